import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';
import { snapshotStory } from '../support/snapshot-story';

const SEEDS = path.resolve('seeds');
const SLUG = 'harris-lopez-obrador-2021';
let database: FreshDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));

function runImport(args: string[]) {
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'src/cli/import.ts', ...args], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

beforeAll(async () => {
  database = await freshDatabase();
  const result = runImport([]);
  expect(result.stderr).toContain('5 added');
  expect(result.status).toBe(0);
});
afterAll(async () => {
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import (CLI, real PostgreSQL)', () => {
  it('prints progress per file and a summary on stderr, nothing on stdout', () => {
    const result = runImport([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/\[1\/5\] 000_90bccb72a864c0a1\.txt: unchanged/);
    expect(result.stderr).toMatch(/0 added, 0 replaced, 5 unchanged/);
  });

  const manifestDir = mkdtempSync(path.join(dir, 'bad-manifest-'));
  copyFileSync(path.join(SEEDS, '000_90bccb72a864c0a1.txt'), path.join(manifestDir, '000_90bccb72a864c0a1.txt'));
  writeFileSync(
    path.join(manifestDir, 'manifest.json'),
    JSON.stringify({
      story: { slug: SLUG, title: 'x' },
      articles: [{ file: '000_90bccb72a864c0a1.txt', outlet: 'X', publishedAt: 'yesterday' }],
    }),
  );
  const common = ['--story', SLUG, '--outlet', 'Some Outlet', '--published', '2021-06-09'];

  it.each([
    ['a missing file', () => [path.join(dir, 'missing.txt'), ...common], /missing\.txt: file not found/],
    ['an empty file', () => [file('empty.txt', ''), ...common], /empty\.txt: is empty/],
    [
      'a binary file',
      () => [file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), ...common],
      /binary\.txt: looks like a binary file/,
    ],
    ['a non-UTF-8 file', () => [file('latin1.txt', Buffer.from('L\xf3pez dijo', 'latin1')), ...common], /latin1\.txt: is not valid UTF-8/],
    [
      'a file over the size limit',
      () => [file('huge.txt', 'word '.repeat(1_100_000)), ...common],
      /huge\.txt: \d+ bytes is over the \d+-byte limit/,
    ],
    ['a malformed manifest', () => [manifestDir], /invalid manifest: field "articles\.0\.publishedAt"/],
    [
      'two files of the same name',
      () => {
        const other = mkdtempSync(path.join(dir, 'same-'));
        writeFileSync(path.join(other, 'twin.txt'), 'Twin B\n\nBody B.');
        return [file('twin.txt', 'Twin A\n\nBody A.'), path.join(other, 'twin.txt'), ...common];
      },
      /another file named twin\.txt/,
    ],
    [
      'a symbolic link in the folder to a file outside it',
      () => {
        const folder = mkdtempSync(path.join(dir, 'linked-'));
        writeFileSync(path.join(folder, 'a.txt'), 'A headline\n\nA body.');
        symlinkSync(file('passwd', 'root:x:0:0:root:/root:/bin/bash\n'), path.join(folder, 'b.txt'));
        return [folder, ...common];
      },
      /b\.txt: is a symbolic link to .*passwd, outside the folder/,
    ],
    [
      'an impossible --published date',
      () => [file('dated.txt', 'A headline\n\nA body.'), '--story', SLUG, '--outlet', 'Some Outlet', '--published', '2021-02-30'],
      /--published: "2021-02-30" is not a real date: February 2021 has 28 days/,
    ],
    [
      'a file not in the manifest and no outlet',
      () => [file('unlisted.txt', 'A headline\n\nA body.'), '--manifest', path.join(SEEDS, 'manifest.json')],
      /unlisted\.txt: not listed in .*manifest\.json and no --outlet given/,
    ],
  ])('refuses %s with a clear error, exit code 1, and the database unchanged', async (_label, args, message) => {
    const before = await snapshotStory(SLUG);
    const result = runImport(args());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^error: /m);
    expect(await snapshotStory(SLUG)).toEqual(before);
  });

  it('a batch with one bad file among good ones stores none of them', async () => {
    const before = await snapshotStory(SLUG);
    const good = file('good.txt', 'A good headline\n\nA good body.');
    const bad = file('bad.txt', '');
    const result = runImport([good, bad, ...common]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad.txt: is empty');
    expect(await snapshotStory(SLUG)).toEqual(before);
  });
});
