import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSourceFamilies } from '@/pipeline/cross-article/source-families';

const WIRE = [
  'HARBOURTOWN (Wire) — The regional council voted late on Thursday to close the old ferry terminal and move its services to a new pier north of the river mouth, ending a dispute that has divided the town for three years.',
  'Council leader Mira Vaskova said the move would save money and cut waiting times for commuters, but shop owners near the old terminal warned that they would lose most of their customers.',
  'The new pier, built with a loan from the national development bank, is expected to open in the spring after safety inspections are complete.',
  'Opponents collected more than four thousand signatures against the closure and said they would ask a court to review the decision before the end of the month.',
  'The ferry operator declined to comment on whether ticket prices would change once the services had moved to the new pier.',
].join('\n\n');

const OTHER = [
  'A new bakery opened on the main square this weekend, and the queue stretched around the block before the doors opened on Saturday morning.',
  'The owners, two sisters who trained in the capital, said they had waited years for the right building and hoped to hire six more staff by the summer.',
  'The regional council voted late on Thursday to approve the permit, after a short debate about parking near the square.',
  'Shop owners near the old terminal said the bakery would bring more people into the centre, which they welcomed after a difficult year.',
].join('\n\n');

/** The wire story as a reprint site shows it: its own chrome and headline, a cut ending, small edits. */
const REPRINT = [
  'Skip to content | Menu | Subscribe | Log in',
  'Ferry terminal to close as council backs new pier',
  WIRE.split('\n\n').slice(0, 3).join('\n\n').replace('late on Thursday', 'on Thursday night').replace('three years', '3 years'),
  'Share this article: Facebook Twitter Email',
  'Related: Weather warning for the coast this weekend',
].join('\n\n');

describe('source-families', () => {
  it('source-families: two short items sharing one sentence are not copies of one source', () => {
    const shared = 'people attended the harbour festival on Saturday, a record for the town';
    const a = { id: 1, text: `Festival draws record crowd. The council said 41,372 ${shared}.` };
    const b = { id: 2, text: `Harbour festival breaks its record. More than 60,000 ${shared}, the council said.` };
    expect(findSourceFamilies([a, b])).toEqual([]);
  });

  it('source-families: two different articles that share a few stock phrases are not a family', () => {
    expect(
      findSourceFamilies([
        { id: 1, text: WIRE },
        { id: 2, text: OTHER },
      ]),
    ).toEqual([]);
  });

  it('source-families: a reprint with other chrome, a new headline, small edits and a cut ending is a family', () => {
    const families = findSourceFamilies([
      { id: 1, text: WIRE },
      { id: 2, text: OTHER },
      { id: 3, text: REPRINT },
    ]);
    expect(families).toHaveLength(1);
    expect(families[0].articleIds).toEqual([1, 3]);
    expect(families[0].similarity).toBeGreaterThan(0.6);
    expect(families[0].key).toMatch(/^family-[0-9a-f]{8}$/);
  });

  it('source-families: three copies form one family whose key does not depend on ids or order', () => {
    const copy = `Breaking news alert\n\n${WIRE}\n\nRead more stories like this.`;
    const first = findSourceFamilies([
      { id: 1, text: WIRE },
      { id: 2, text: REPRINT },
      { id: 3, text: copy },
      { id: 4, text: OTHER },
    ]);
    const second = findSourceFamilies([
      { id: 40, text: OTHER },
      { id: 30, text: copy },
      { id: 20, text: REPRINT },
      { id: 10, text: WIRE },
    ]);
    expect(first.map((f) => f.articleIds)).toEqual([[1, 2, 3]]);
    expect(second.map((f) => f.articleIds)).toEqual([[10, 20, 30]]);
    expect(second[0].key).toBe(first[0].key);
  });

  it('source-families: articles too short to judge are left alone', () => {
    expect(
      findSourceFamilies([
        { id: 1, text: 'Council backs pier' },
        { id: 2, text: 'Council backs pier' },
      ]),
    ).toEqual([]);
  });

  it('source-families: 1,000 synthetic articles of 800 words complete, and the planted copies are found', () => {
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const syllables = ['ka', 'lo', 'mi', 'ter', 'san', 'vo', 'ril', 'du', 'pe', 'nor', 'ash', 'gim'];
    const vocabulary = Array.from(
      { length: 3000 },
      (_, i) => syllables[i % 12] + syllables[Math.floor(i / 12) % 12] + syllables[Math.floor(i / 144) % 12],
    );
    // Zipf-like draws, so common words repeat as in real prose and chance 5-gram matches occur.
    const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)];
    const chrome = 'skip to content menu subscribe log in share this article on social media';
    const articles = Array.from({ length: 1000 }, (_, id) => ({
      id,
      text: `${chrome} ${Array.from({ length: 800 }, word).join(' ')} ${chrome}`,
    }));
    // Ten stories copied twice each: one full copy, one cut to its first half.
    for (let f = 0; f < 10; f++) {
      const body = articles[f * 90].text;
      articles[f * 90 + 1].text = `other headline ${body}`;
      articles[f * 90 + 2].text = body.slice(0, body.length / 2);
    }
    const started = performance.now();
    const families = findSourceFamilies(articles);
    console.log(`source-families: 1,000 articles in ${Math.round(performance.now() - started)} ms`);
    expect(families.map((f) => f.articleIds)).toEqual(Array.from({ length: 10 }, (_, f) => [f * 90, f * 90 + 1, f * 90 + 2]));
  });

  it('source-families: on real coverage, finds the copies verified by reading and nothing else', () => {
    const files = [
      ...(JSON.parse(readFileSync('tests/fixtures/coverage/index.json', 'utf8')) as { files: { file: string }[] }).files.map(
        (f) => `tests/fixtures/coverage/${f.file}`,
      ),
      ...(JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { articles: { file: string }[] }).articles.map(
        (a) => `seeds/${a.file}`,
      ),
    ];
    const families = findSourceFamilies(files.map((file, id) => ({ id, text: readFileSync(file, 'utf8') })));
    const named = families.map((f) => f.articleIds.map((id) => files[id].split('/').pop()!.slice(0, 3)).sort());
    // 13 and seed 002 are two English renderings of one Spanish wire story (same sentences in
    // the same order, with translation differences). Seed 000 reprints the AP paragraphs that
    // make up half of the short AP capture 35, typo ("polcies") included.
    expect(named.sort()).toEqual([
      ['000', '35_'],
      ['002', '13_'],
    ]);
  });
});
