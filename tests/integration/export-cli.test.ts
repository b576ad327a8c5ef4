// npm run -s export: the document alone on stdout (valid JSON of the contract), logs on
// stderr, and clear errors with exit code 1 for an unknown story or bad arguments.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyExportSchema } from '@/lib/story-export';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const SLUG = 'harris-lopez-obrador-2021';
let database: FreshDatabase;

function run(script: string, args: string[]) {
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', script, ...args], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  database = await freshDatabase();
  expect(run('src/cli/import.ts', []).status).toBe(0);
});
afterAll(async () => {
  await database.drop();
});

describe('npm run export (CLI, real PostgreSQL)', () => {
  it('writes the JSON document, and nothing else, to standard output', () => {
    const result = run('src/cli/export.ts', ['--story', SLUG, '--format', 'json']);
    expect(result.status).toBe(0);
    const document = storyExportSchema.parse(JSON.parse(result.stdout));
    expect(document.story.slug).toBe(SLUG);
    expect(document.articles).toHaveLength(5);
    expect(document.claims.some((claim) => claim.divergences.some((d) => d.kind === 'number' && d.detail.includes('178,120')))).toBe(true);
    expect(document.events.some((event) => event.date === '2021-05-07')).toBe(true);
  });

  it('writes to a file with --out and says so on stderr', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-export-'));
    try {
      const out = path.join(dir, 'story.json');
      const result = run('src/cli/export.ts', ['--story', SLUG, '--out', out]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(out);
      expect(storyExportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).articles).toHaveLength(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unknown story is a clear error with exit code 1 and an empty standard output', () => {
    const result = run('src/cli/export.ts', ['--story', 'no-such-story', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('No story "no-such-story"');
  });

  it('a missing story or an unknown format names the argument at fault', () => {
    const missing = run('src/cli/export.ts', ['--format', 'json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--story');
    const format = run('src/cli/export.ts', ['--story', SLUG, '--format', 'xml']);
    expect(format.status).toBe(1);
    expect(format.stderr).toContain('--format');
  });
});
