import type { TestProject } from 'vitest/node';
import { createDatabaseIfMissing, dropDatabase } from '../../src/server/database/ensure-database';
import { installJobQueue } from '../../src/server/jobs/job-queue';
import { applyMigrations } from '../../src/server/migrations/schema-engine';
import { testServer, withDatabaseName } from '../support/database-urls';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

// One migrated template database per run; each test file clones it (CREATE DATABASE …
// TEMPLATE) so that every file works on a fresh database of its own.
export default async function setup(project: TestProject) {
  const { adminUrl, handle } = await testServer();
  const template = `parallax_it_template_${process.pid}`;
  await dropDatabase(adminUrl, template);
  await createDatabaseIfMissing(adminUrl, template);
  await applyMigrations(withDatabaseName(adminUrl, template));
  await installJobQueue(withDatabaseName(adminUrl, template));
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(adminUrl, template);
    await handle.stop();
  };
}
