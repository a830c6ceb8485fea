// `npm start` on a machine without a browser opener (a server, CI): it serves the game and
// prints the address to open, with no stack trace. The test runs the real start command
// with a PATH that holds only node, npm and a shell, on a free loopback port, for at most
// half a minute, and stops the server's whole process group afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findOnPath, openerCommand } from '../scripts/start';

const root = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A folder for PATH with only the commands `npm start` needs: no browser opener among them. */
function barePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'no-opener-'));
  for (const command of ['node', 'npm', 'sh']) {
    const found = command === 'node' ? process.execPath : findOnPath(command);
    if (!found) throw new Error(`${command} is not on PATH`);
    symlinkSync(found, join(dir, command));
  }
  return dir;
}

let child: ChildProcess | null = null;
let bare: string | null = null;

afterEach(() => {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  child = null;
  if (bare) rmSync(bare, { recursive: true, force: true });
  bare = null;
});

describe('npm start', () => {
  it('knows the opener of each platform and finds commands only where they are', () => {
    expect(openerCommand('linux')).toBe('xdg-open');
    expect(openerCommand('darwin')).toBe('open');
    expect(findOnPath('node', '/nowhere-at-all')).toBeNull();
    expect(findOnPath('node', `/nowhere-at-all:${join(process.execPath, '..')}`)).toBe(process.execPath);
  });

  it('without xdg-open on the PATH, serves the game and prints its address instead of a stack trace', async () => {
    bare = barePath();
    expect(findOnPath(openerCommand(), bare)).toBeNull();
    const port = await freePort();
    const proc = spawn('npm', ['start', '--', '--port', String(port)], {
      cwd: root,
      env: { ...process.env, PATH: bare, BROWSER: '', CI: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let out = '';
    let errors = '';
    proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
    const address = `http://localhost:${port}/`;
    const deadline = Date.now() + 30_000;
    while (!out.includes(`open ${address} in a browser`) && Date.now() < deadline && proc.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain(`open ${address} in a browser`);
    // The server really answers on the printed address (loopback only).
    const page = await fetch(address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app"');
    expect(proc.exitCode).toBeNull();
    expect(`${out}\n${errors}`).not.toMatch(/ENOENT|\n\s+at .+:\d+:\d+/);
  }, 45_000);
});
