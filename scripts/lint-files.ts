// The source files the lints read: every TypeScript or JavaScript file under a folder.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SOURCE_FILE = /\.(?:[cm]?ts|tsx|[cm]?js)$/;

/** Every source file under `dir`, in name order (none when it does not exist). */
export function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE_FILE.test(name) ? [path] : [];
  });
}

/** A path from the repository root, with forward slashes on every system. */
export const relativePath = (root: string, path: string): string => relative(root, path).split(sep).join('/');
