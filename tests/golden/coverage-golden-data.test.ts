/**
 * Sanity checks for the hand-built coverage golden story, against the RAW fixture
 * files only (tests/fixtures/coverage). This test never imports pipeline code: it
 * only proves that the golden data is internally consistent and that every string
 * it cites really is in the article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CoverageFileId,
  type CoverageSource,
  coverageDifferentFactPairs,
  coverageDivergences,
  coverageEvents,
  coverageFiles,
  coverageNotDivergences,
  coverageQuotes,
  coverageSharedFacts,
  coverageTraps,
} from './coverage-story.golden';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'coverage');
const FILE_IDS = Object.keys(coverageFiles) as CoverageFileId[];
const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);
const MIN_WORDS = 6;

/** Non-breaking and other horizontal spaces -> ' ' (length-preserving). */
const hspace = (s: string) => s.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
/** Whitespace-insensitive form used for substring lookups. */
const norm = (s: string) => hspace(s).replace(/\s+/g, ' ').trim();
const countWords = (s: string) =>
  norm(s)
    .split(' ')
    .filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as {
  files: { file: string; outlet: string; published: string }[];
};
const raw = {} as Record<CoverageFileId, string>;
for (const id of FILE_IDS) raw[id] = hspace(readFileSync(join(DIR, coverageFiles[id].sourceFile), 'utf8'));
const normText = Object.fromEntries(FILE_IDS.map((id) => [id, norm(raw[id])])) as Record<CoverageFileId, string>;

const found = (file: CoverageFileId, needle: string) => normText[file].includes(norm(needle));
function expectSource(s: CoverageSource, what: string) {
  expect(FILE_IDS, `${what}: unknown file ${s.file}`).toContain(s.file);
  expect(found(s.file, s.text), `${what} not found in ${s.file}: ${JSON.stringify(s.text)}`).toBe(true);
  expect(countWords(s.text), `${what} has fewer than ${MIN_WORDS} words: ${JSON.stringify(s.text)}`).toBeGreaterThanOrEqual(MIN_WORDS);
}

/** True if some occurrence of `text` is delimited by quotation marks (or runs on to a paragraph end). */
function isQuotedSomewhere(file: CoverageFileId, text: string): boolean {
  const hay = raw[file];
  for (let at = hay.indexOf(text); at >= 0; at = hay.indexOf(text, at + 1)) {
    const before = hay[at - 1];
    let j = at + text.length;
    const endsParagraph = j >= hay.length || hay[j] === '\n';
    while (hay[j] === ' ') j++;
    if (QUOTE_MARKS.has(before) && (endsParagraph || QUOTE_MARKS.has(hay[j]))) return true;
  }
  return false;
}

const factIds = new Set(coverageSharedFacts.map((f) => f.id));
const unique = (ids: string[]) => new Set(ids).size === ids.length;

describe('coverage golden: files', () => {
  it('6 to 8 files, each present, and outlet/date agree with index.json', () => {
    expect(FILE_IDS.length).toBeGreaterThanOrEqual(6);
    expect(FILE_IDS.length).toBeLessThanOrEqual(8);
    for (const id of FILE_IDS) {
      const f = coverageFiles[id];
      expect(f.sourceFile.startsWith(`${id}_`), f.sourceFile).toBe(true);
      expect(raw[id].length).toBeGreaterThan(1000);
      const entry = index.files.find((e) => e.file === f.sourceFile);
      expect(entry, `${f.sourceFile} not in index.json`).toBeDefined();
      expect(f.outlet).toBe(entry!.outlet);
      expect(f.publishedAt).toBe(entry!.published);
    }
  });
  it('event dates are ISO days', () => {
    for (const e of Object.values(coverageEvents)) expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('coverage golden: shared facts', () => {
  it('ids are unique', () => {
    expect(unique(coverageSharedFacts.map((f) => f.id))).toBe(true);
  });
  it.each(coverageSharedFacts.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const files = new Set(f.sources.map((s) => s.file));
    expect(files.size, 'a shared fact needs two or more different files').toBeGreaterThanOrEqual(2);
    expect(files.size, 'one source per file').toBe(f.sources.length);
    for (const s of f.sources) expectSource(s, `${f.id} substring`);
    if (f.event) expect(Object.keys(coverageEvents)).toContain(f.event);
    expect(f.statement.length).toBeGreaterThan(10);
  });
});

describe('coverage golden: different-fact pairs', () => {
  it('ids are unique', () => {
    expect(unique(coverageDifferentFactPairs.map((p) => p.id))).toBe(true);
  });
  it.each(coverageDifferentFactPairs.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    expect(p.a.file, 'a pair joins two different articles').not.toBe(p.b.file);
    expectSource(p.a, `${p.id} a`);
    expectSource(p.b, `${p.id} b`);
    expect(p.explanation.length).toBeGreaterThan(10);
  });
});

describe('coverage golden: divergences', () => {
  it('ids are unique', () => {
    expect(unique(coverageDivergences.map((d) => d.id))).toBe(true);
    expect(unique(coverageNotDivergences.map((d) => d.id))).toBe(true);
  });
  it.each(coverageDivergences.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    expect(['number', 'wording', 'attribution', 'date', 'omission']).toContain(d.kind);
    expect(new Set(d.members.map((m) => m.file)).size, 'a divergence involves two or more files').toBeGreaterThanOrEqual(2);
    for (const m of d.members) expectSource(m, `${d.id} member`);
    if (d.factId) expect(factIds.has(d.factId), d.factId).toBe(true);
    if (d.quoteVariant) expect(d.kind).toBe('wording');
    expect(d.detail.length).toBeGreaterThan(10);
  });
  it.each(coverageNotDivergences.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    expect(new Set(d.members.map((m) => m.file)).size).toBeGreaterThanOrEqual(2);
    for (const m of d.members) expectSource(m, `${d.id} member`);
  });
});

describe('coverage golden: quotes', () => {
  it('ids are unique', () => {
    expect(unique(coverageQuotes.map((q) => q.id))).toBe(true);
  });
  it.each(coverageQuotes.map((q) => [q.id, q] as const))('%s', (_id, q) => {
    expect(new Set(q.renderings.map((r) => r.file)).size, 'a shared quote needs two or more files').toBeGreaterThanOrEqual(2);
    q.renderings.forEach((r, i) => {
      expect(raw[r.file].includes(r.text), `rendering must be an exact substring of ${r.file}: ${JSON.stringify(r.text)}`).toBe(true);
      expect(isQuotedSomewhere(r.file, r.text), `rendering must sit between quotation marks: ${JSON.stringify(r.text)}`).toBe(true);
      if (r.continues) expect(i > 0 && q.renderings[i - 1].file === r.file).toBe(true);
    });
    if (q.event) expect(Object.keys(coverageEvents)).toContain(q.event);
  });
});

describe('coverage golden: traps', () => {
  it('every trap substring is in its file', () => {
    for (const t of coverageTraps) expect(found(t.file, t.text), `${t.file}: ${t.text}`).toBe(true);
  });
});
