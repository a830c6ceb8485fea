// `npm start`: the development server, and the game opened in a browser when this machine
// has a way to open one. On a server or in CI there is no opener (no xdg-open): the script
// then prints the address to open instead of failing with a stack trace.
//
//   npm start [-- --port 5173] [-- --host]
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';

/** The command that opens a URL in the default browser on this platform. */
export function openerCommand(platform: NodeJS.Platform = process.platform): string {
  return platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer.exe' : 'xdg-open';
}

/** The full path of `command` on `path` (the PATH variable), or null when it is not there. */
export function findOnPath(command: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const full = join(dir, command);
    try {
      accessSync(full, constants.X_OK);
      return full;
    } catch {
      // not in this folder
    }
  }
  return null;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Opens `url` with the opener, or says where to go; an opener that fails is reported in one line. */
function openBrowser(url: string): void {
  const opener = findOnPath(openerCommand());
  if (!opener) {
    console.log(`  No browser opener here (${openerCommand()} not found): open ${url} in a browser.`);
    return;
  }
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', (e) => console.log(`  Could not open a browser (${e.message}): open ${url} in a browser.`));
  child.unref();
}

async function main(): Promise<void> {
  const port = option('--port');
  const server = await createServer({
    server: { open: false, ...(port ? { port: Number(port) } : {}), ...(process.argv.includes('--host') ? { host: true } : {}) },
  });
  await server.listen();
  server.printUrls();
  const url = server.resolvedUrls?.local[0];
  if (url) openBrowser(url);
}

// Run as a command only (the tests import the helpers above without starting a server).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(`The development server did not start: ${(e as Error).message}`);
    process.exit(1);
  });
}
