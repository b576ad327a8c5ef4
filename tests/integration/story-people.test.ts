// People across the seed story's articles (real PostgreSQL): each person the golden set
// names, by reading the five articles, is one person of the stored story, whichever
// article arrives first: an outlet that only writes the surname does not make a second one.

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/server/db';
import { importStory } from '@/server/services/import/import-story';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { goldenFiles, goldenPeople } from '../golden/seed-story.golden';
import { type FreshDatabase, freshDatabase } from '../support/fresh-database';

const SEEDS = path.resolve('seeds');
let database: FreshDatabase;

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^(mr|mrs|ms|president|representative|u\.s\. president|guatemalan president)\.?\s+/i, '')
    .toLowerCase();

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function storedPeople(slug: string) {
  return getDb().person.findMany({
    where: { story: { slug } },
    select: { name: true, aliases: { select: { alias: true } }, mentions: { select: { article: { select: { sourceFile: true } } } } },
  });
}

/** The stored people each golden person's spellings point at. */
function matches(people: Awaited<ReturnType<typeof storedPeople>>, aliases: string[]) {
  const wanted = new Set(aliases.map(fold));
  return people.filter((person) => [person.name, ...person.aliases.map((row) => row.alias)].some((alias) => wanted.has(fold(alias))));
}

describe('people across articles (real PostgreSQL)', () => {
  it('articles that name a person only by surname, imported before the others, still add to one person', async () => {
    const request = await resolveImportRequest({ paths: [] }, SEEDS);
    const surnameOnly = ['001', '004'] as const; // per the golden set, these two write "Biden" and never "Joe Biden"
    const first = request.articles.filter((article) => surnameOnly.some((id) => article.file.sourceFile === goldenFiles[id].sourceFile));
    const rest = request.articles.filter((article) => !first.includes(article));
    await importStory(getDb(), { ...request, articles: first });
    await importStory(getDb(), { ...request, articles: rest });

    const people = await storedPeople(request.story.slug);
    const biden = goldenPeople.find((person) => person.files.length === 4 && person.aliases.includes('Biden'))!;
    const found = matches(people, biden.aliases);
    expect(found.map((person) => person.name)).toEqual([biden.name]);
    const files = new Set(found[0].mentions.map((mention) => mention.article.sourceFile));
    for (const id of biden.files) expect(files, goldenFiles[id].sourceFile).toContain(goldenFiles[id].sourceFile);
  });

  it('no person of the golden set is split in two', async () => {
    const slug = (await resolveImportRequest({ paths: [] }, SEEDS)).story.slug;
    const people = await storedPeople(slug);
    for (const golden of goldenPeople.filter((person) => !person.incidental)) {
      expect(matches(people, golden.aliases).length, golden.name).toBeLessThanOrEqual(1);
    }
  });

  it('each person is shown with the accents any article gives the name', async () => {
    const slug = (await resolveImportRequest({ paths: [] }, SEEDS)).story.slug;
    const people = await storedPeople(slug);
    const shown = goldenPeople
      .filter((golden) => !golden.incidental)
      .flatMap((golden) => matches(people, golden.aliases).map((person) => [golden.name, person.name]));
    // The per-article stage may pick another full form ("Donald J. Trump"); what is checked
    // here is the accents of the form it picked.
    const sameForm = shown.filter(([golden, stored]) => fold(golden) === fold(stored));
    expect(sameForm.map(([golden]) => golden)).toContain('Andrés Manuel López Obrador');
    for (const [golden, stored] of sameForm) expect(stored, golden).toBe(golden);
  });
});
