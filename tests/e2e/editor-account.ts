import { spawnSync } from 'node:child_process';
import { expect } from './fixtures';

/** Creates an editor account in the e2e server's database with the operators' command. */
export function addEditorAccount(email: string, password: string): void {
  const env = { ...process.env, EMBEDDED_PG_DATABASE: process.env.E2E_DATABASE ?? 'parallax_e2e' };
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'src/cli/editor-add.ts', email], {
    env,
    input: `${password}\n`,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
}
