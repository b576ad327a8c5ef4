// Generates the Prisma client offline. `prisma generate` refuses to run unless it finds the
// native schema engine, which cannot be downloaded here; generation itself does not use it,
// so point the check at an existing file when none is configured.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync('prisma', ['generate'], { stdio: ['ignore', 'inherit', 'inherit'], env, shell: false });
process.exit(result.status ?? 1);
