// The people stage on hand-made articles (names invented for these tests) and on the seeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStages } from '@/pipeline/run-pipeline';
import { cleanStage } from '@/pipeline/stages/clean';
import { type Mention, type Person, peopleStage } from '@/pipeline/stages/people';
import { sentencesStage } from '@/pipeline/stages/sentences';
import { foldAccents } from '@/pipeline/text/fold-accents';
import { type FileId, goldenFiles, goldenPeople } from '../../golden/seed-story.golden';

const SEEDS = join(__dirname, '../../../seeds');

function analyse(rawText: string): { text: string; people: Person[]; mentions: Mention[] } {
  const doc = runStages([cleanStage, sentencesStage, peopleStage], {
    sourceFile: 'test.txt',
    rawText,
    publishedAt: new Date('2024-03-05'),
  });
  return { text: doc.text ?? '', people: doc.people as Person[], mentions: doc.mentions as Mention[] };
}

const keys = (raw: string) =>
  analyse(raw)
    .people.map((p) => p.key)
    .sort();
const person = (raw: string, key: string) => analyse(raw).people.find((p) => p.key === key);

/** The person a reference (the n-th occurrence of `phrase`) resolves to. */
function resolved(raw: string, phrase: string, nth = 0): string | undefined {
  const { text, mentions } = analyse(raw);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return mentions.find((m) => m.kind !== 'name' && m.start >= at && m.start < at + phrase.length)?.personKey;
}

const LEDE = 'Body text follows.\n\n';

describe('people: hand-made articles', () => {
  it.each([
    [
      'discovers a full name after a title',
      `${LEDE}Foreign Minister Talia Brennick met farmers on Monday. Brennick said the plan was ready.`,
      ['talia brennick'],
    ],
    [
      'discovers an untitled full name when it speaks',
      `${LEDE}The rally was loud. "We will win," Oren Vasquell said on Monday.`,
      ['oren vasquell'],
    ],
    ['keeps particles inside a name', `${LEDE}Senator Ines de la Rova spoke first. De la Rova said little.`, ['ines de la rova']],
    [
      'does not make a person of a place or organisation',
      `${LEDE}The talks at Grand Harbor Palace and the Department of Roads ended. Officials in Port Elvin said Lake Morrow was calm. On Tuesday, Mira Holt said so.`,
      ['mira holt'],
    ],
    [
      'discovers a name after a title written without a full stop',
      `${LEDE}Dr Callum Rede chairs the board. Ms Ada Okonjo and Mr Wren met him.`,
      ['ada okonjo', 'callum rede', 'wren'],
    ],
    [
      'does not make a person of an organisation named with "the"',
      `${LEDE}The Northern Liberation Front said it had no demands. The Harbour Trust said the same.`,
      [],
    ],
    [
      'does not make a person of a name after an organisation noun',
      `${LEDE}Jane Roe, an analyst at the consultancy Brightline Risk, the firm said, was cautious. Roe said so.`,
      ['jane roe'],
    ],
    [
      'does not make a person of a sentence-initial common word',
      `${LEDE}Officials met. Yesterday the talks ended and yesterday nobody spoke. Later, Mr. Dunmore left.`,
      ['dunmore'],
    ],
  ])('people: %s', (_, raw, expected) => {
    expect(keys(raw)).toEqual(expected);
  });

  it.each([
    ['merges the surname', `${LEDE}Talia Brennick arrived. Brennick said she was glad.`, 'talia brennick', ['Talia Brennick', 'Brennick']],
    [
      'merges title + surname',
      `${LEDE}Vice President Talia Brennick arrived. Later, Ms. Brennick left.`,
      'talia brennick',
      ['Talia Brennick', 'Vice President Talia Brennick', 'Brennick', 'Ms. Brennick'],
    ],
    [
      'merges accent variants and keeps the accented name',
      `${LEDE}President José Ramón Núñez Ortega spoke. Later, Jose Ramon Nunez Ortega and Nunez Ortega left.`,
      'jose ramon nunez ortega',
      ['José Ramón Núñez Ortega', 'Jose Ramon Nunez Ortega', 'Nunez Ortega'],
    ],
    [
      'merges an initialism introduced in brackets',
      `${LEDE}Talia Brennick (TB) arrived on Monday, officials said. TB said little.`,
      'talia brennick',
      ['Talia Brennick', 'TB'],
    ],
    [
      'merges an all-caps initialism matching the name',
      `${LEDE}Governor Marta Luz Okafor Reyes arrived. MLOR, as fans call her, waved.`,
      'marta luz okafor reyes',
      ['Marta Luz Okafor Reyes', 'MLOR'],
    ],
  ])('people: %s', (_, raw, key, aliases) => {
    const found = person(raw, key);
    expect(found).toBeDefined();
    expect(found?.aliases).toEqual(expect.arrayContaining(aliases));
    expect(keys(raw)).toEqual([key]);
  });

  it('people: picks the accented display name and the title as role', () => {
    const found = person(`${LEDE}Vice President Jose Núñez spoke. Mr. Nunez left.`, 'jose nunez');
    expect(found?.name).toBe('Jose Núñez');
    expect(found?.role).toBe('vice president');
  });

  it.each([
    [
      'resolves a pronoun to the previous subject',
      `${LEDE}Ms. Talia Brennick met Mr. Oren Vasquell on Monday. She said the talks went well.`,
      'She',
      0,
      'talia brennick',
    ],
    [
      'resolves a pronoun by gender',
      `${LEDE}Ms. Talia Brennick met Mr. Oren Vasquell on Monday. He said the talks went well.`,
      'He',
      0,
      'oren vasquell',
    ],
    [
      'resolves a role noun to the holder of that role',
      `${LEDE}Vice President Talia Brennick met President Oren Vasquell. Later the vice president left.`,
      'the vice president',
      0,
      'talia brennick',
    ],
    [
      'resolves a qualified role noun',
      `${LEDE}Ruritanian President Oren Vasquell met Freedonian President Lia Marsh. Later the Ruritanian president left.`,
      'the Ruritanian president',
      0,
      'oren vasquell',
    ],
    [
      'resolves a role noun to the holder of a longer title',
      `${LEDE}Finance Minister Talia Brennick met Oren Vasquell, who leads the opposition. Later the minister left.`,
      'the minister',
      0,
      'talia brennick',
    ],
    [
      'resolves a role noun with the first word of a longer title',
      `${LEDE}Finance Minister Talia Brennick met Oren Vasquell, who leads the opposition. Later the finance minister left.`,
      'the finance minister',
      0,
      'talia brennick',
    ],
    [
      'resolves a pronoun to the speaker rather than a person named inside the quote',
      `${LEDE}"I agree with Governor Oren Vasquell on this," Talia Brennick said. She left soon after.`,
      'She',
      0,
      'talia brennick',
    ],
    [
      'resolves a role noun after a named possessor',
      `${LEDE}Vice President Talia Brennick met farmers. Her spokesman, Oren Vasquell, spoke first.\n\n"We will sign it," Brennick’s spokesman said.`,
      'Brennick’s spokesman',
      0,
      'oren vasquell',
    ],
    [
      'resolves a role noun in apposition',
      `${LEDE}Talia Brennick, who leads the party, spoke. She met the president, Oren Vasquell, later.`,
      'the president',
      0,
      'oren vasquell',
    ],
  ])('people: %s', (_, raw, phrase, nth, key) => {
    expect(resolved(raw, phrase, nth)).toBe(key);
  });

  it('people: does not resolve a role noun nobody holds', () => {
    expect(resolved(`${LEDE}Ms. Talia Brennick spoke. The governor disagreed.`, 'The governor')).toBeUndefined();
  });

  it('people: a vice president does not hold "the president"', () => {
    expect(resolved(`${LEDE}Vice President Talia Brennick spoke. The president disagreed.`, 'The president')).toBeUndefined();
  });

  it('people: mention spans point at the name, with sentence indexes', () => {
    const { text, mentions } = analyse(`${LEDE}Talia Brennick arrived. Brennick said she was glad.`);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.kind, m.sentenceIndex])).toEqual([
      ['Talia Brennick', 'name', 1],
      ['Brennick', 'name', 2],
      ['she', 'pronoun', 2],
    ]);
  });
});

describe('people: seed files', () => {
  const files = Object.entries(goldenFiles) as [FileId, { sourceFile: string }][];
  const results = new Map(files.map(([id, f]) => [id, analyse(readFileSync(join(SEEDS, f.sourceFile), 'utf8'))]));
  const fold = (s: string) => foldAccents(s).toLowerCase();

  it('people: the main people are found in every file that names them, accent variants merged', () => {
    const main = goldenPeople.filter((p) =>
      ['Kamala Harris', 'Andrés Manuel López Obrador', 'Alexandria Ocasio-Cortez', 'Symone Sanders'].includes(p.name),
    );
    for (const golden of main) {
      for (const file of golden.files) {
        const people = results.get(file)?.people ?? [];
        const found = people.filter((p) => fold(p.name) === fold(golden.name));
        expect(found, `${golden.name} in ${file}`).toHaveLength(1);
      }
    }
    const lopez = files.map(([id]) => results.get(id)?.people.find((p) => p.key.endsWith('lopez obrador'))?.key);
    expect(new Set(lopez)).toEqual(new Set(['andres manuel lopez obrador']));
    expect(results.get('004')?.people.find((p) => p.key === 'andres manuel lopez obrador')?.aliases).toContain('AMLO');
    expect(results.get('002')?.people.find((p) => p.key === 'andres manuel lopez obrador')?.name).toBe('Andrés Manuel López Obrador');
  });

  it('people: no seed person is a place, building or aircraft', () => {
    for (const [, result] of results) {
      for (const p of result.people) expect(p.name).not.toMatch(/\b(?:Airport|Air Force|Building|Palace|Patio|Title)\b/);
    }
  });
});
