// The built game served beside the rooms: files of the folder only, never above it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticFiles } from '../../src/server/static-files';

const PORT = 4630;
let server: Server;
const root = mkdtempSync(join(tmpdir(), 'static-test-'));

beforeAll(async () => {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>game</title>');
  writeFileSync(join(dist, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'not served');
  const serve = staticFiles(dist);
  server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404);
      res.end('next');
    }),
  );
  await new Promise<void>((done) => server.listen(PORT, '127.0.0.1', done));
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(root, { recursive: true, force: true });
});

/** A raw request (the path sent as written, dots included). */
function get(path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the static files', () => {
  it('serves index.html for the folder, and files with their type', async () => {
    expect(await get('/')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>game</title>' });
    expect(await get('/?join=ABCDEF')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/assets/main.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log(1)' });
    expect(await get('/assets/main.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('passes on what it does not serve: missing files, other methods, and anything above the folder', async () => {
    expect(await get('/missing.js')).toMatchObject({ status: 404, body: 'next' });
    expect(await get('/assets/main.js', 'POST')).toMatchObject({ status: 404, body: 'next' });
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      expect(await get(path)).toMatchObject({ status: 404, body: 'next' });
    }
  });
});
