import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedCopy } from '@/server/database/postgres-binaries';
import { initialiseCluster } from '@/server/database/postgres-process';

const scratch = mkdtempSync(path.join(tmpdir(), 'parallax-binaries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A stand-in for the platform package: package.json beside native/{bin,lib}.
function fakePackage(version: string): string {
  const pkg = path.join(scratch, `pkg-${version}`);
  if (existsSync(pkg)) return path.join(pkg, 'native');
  mkdirSync(path.join(pkg, 'native', 'bin'), { recursive: true });
  mkdirSync(path.join(pkg, 'native', 'lib'), { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ version }));
  writeFileSync(path.join(pkg, 'native', 'bin', 'postgres'), '#!/bin/sh\n', { mode: 0o755 });
  writeFileSync(path.join(pkg, 'native', 'lib', 'libpq.so.5.18'), 'lib');
  symlinkSync('libpq.so.5.18', path.join(pkg, 'native', 'lib', 'libpq.so.5'));
  return path.join(pkg, 'native');
}

describe('postgres binaries', () => {
  it('sharedCopy: copies the native folder once, keyed by version, keeping modes and relative links', () => {
    const root = path.join(scratch, 'shared');
    mkdirSync(root, { mode: 0o755 });
    chmodSync(root, 0o755);
    const copy = sharedCopy(fakePackage('1.2.3'), root);
    expect(copy).toBe(path.join(root, 'parallax-pg-1.2.3'));
    expect(statSync(path.join(copy, 'bin', 'postgres')).mode & 0o777).toBe(0o755);
    expect(readlinkSync(path.join(copy, 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect(sharedCopy(fakePackage('1.2.3'), root)).toBe(copy); // found, not copied again
    expect(readdirSync(root)).toEqual(['parallax-pg-1.2.3']);
  });

  it('sharedCopy: refuses a folder others can write to', () => {
    const root = path.join(scratch, 'open');
    mkdirSync(path.join(root, 'parallax-pg-9.9.9'), { recursive: true });
    chmodSync(path.join(root, 'parallax-pg-9.9.9'), 0o777);
    expect(() => sharedCopy(fakePackage('9.9.9'), root)).toThrow(/not a folder only .* can change/);
  });

  it('initialiseCluster: a failed initdb leaves no data folder and no password file behind', async () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('parallax-initdb-'));
    const dataDir = path.join(scratch, 'data');
    const binaries = { initdb: path.join(scratch, 'missing-initdb'), postgres: '', pgCtl: '', nativeDir: scratch };
    await expect(initialiseCluster({ binaries, dataDir, runAs: null, user: 'postgres', password: 'secret' })).rejects.toThrow(
      /cannot run .*missing-initdb/,
    );
    expect(existsSync(dataDir)).toBe(false);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('parallax-initdb-'))).toEqual(before);
  });
});
