import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// A production build is current when it was made from the same sources. The hash of the
// inputs is written next to the build; `npm start` rebuilds when it differs.
const INPUTS = ['src', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
const SKIP = new Set(['generated', 'node_modules', 'cli']);
const DIST = process.env.NEXT_DIST_DIR || '.next';
const STAMP = path.join(DIST, 'parallax-build-hash');

function collect(entry: string, files: string[]): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) {
      if (!SKIP.has(name)) collect(path.join(entry, name), files);
    }
  } else {
    files.push(entry);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(input, files);
  const hash = createHash('sha1');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(DIST, 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash();
}

export function markBuildCurrent(): void {
  writeFileSync(STAMP, sourceHash());
}
