/**
 * Sanity checks for the hand-built golden dataset, against the RAW seed files only.
 * This test never imports pipeline code: it only proves that the golden data is
 * internally consistent and that every string it cites really is in the article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type FileId,
  goldenDivergences,
  goldenEvents,
  goldenExcludedRegions,
  goldenFiles,
  goldenNonQuotes,
  goldenNotDivergences,
  goldenNotPeople,
  goldenPeople,
  goldenQuotes,
  goldenSharedFacts,
  goldenTraps,
  speakerLabels,
} from './seed-story.golden';

const SEEDS = join(process.cwd(), 'seeds');
const FILE_IDS = Object.keys(goldenFiles) as FileId[];
const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);

/** Non-breaking and other horizontal spaces -> ' ' (length-preserving, so offsets stay valid). */
const hspace = (s: string) => s.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
/** Whitespace-insensitive form used for substring lookups. */
const norm = (s: string) => hspace(s).replace(/\s+/g, ' ').trim();
const countWords = (s: string) =>
  norm(s)
    .split(' ')
    .filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

const raw = {} as Record<FileId, string>;
for (const id of FILE_IDS) {
  let text = readFileSync(join(SEEDS, goldenFiles[id].sourceFile), 'utf8');
  for (const region of goldenExcludedRegions.filter((r) => r.file === id)) {
    const at = text.indexOf(region.startsWith);
    if (at >= 0) text = text.slice(0, at); // story part only
  }
  raw[id] = hspace(text);
}
const normText = Object.fromEntries(FILE_IDS.map((id) => [id, norm(raw[id])])) as Record<FileId, string>;

const found = (file: FileId, needle: string) => normText[file].includes(norm(needle));
const expectFound = (file: FileId, needle: string, what: string) =>
  expect(found(file, needle), `${what} not found in ${file}: ${JSON.stringify(needle)}`).toBe(true);

/** True if some occurrence of `text` is delimited by quotation marks (or runs on to a paragraph end). */
function isQuotedSomewhere(file: FileId, text: string): boolean {
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

const canonicalNames = new Set(goldenPeople.map((p) => p.name));
const isDate = (d: string) => /^\d{4}-\d{2}(-\d{2})?$/.test(d);

describe('golden data: files', () => {
  it('every seed file exists and the excluded region of 000 is found exactly once', () => {
    for (const id of FILE_IDS) expect(raw[id].length).toBeGreaterThan(1000);
    for (const r of goldenExcludedRegions) {
      const full = readFileSync(join(SEEDS, goldenFiles[r.file].sourceFile), 'utf8');
      expect(full.split(r.startsWith).length - 1).toBe(1);
      const region = hspace(full.slice(full.indexOf(r.startsWith)));
      for (const q of r.quotesOnlyInRegion) expect(region.includes(q), q).toBe(true);
      for (const p of r.peopleOnlyInRegion) {
        expect(region.includes(p), p).toBe(true);
        expect(raw[r.file].includes(p), `${p} must only be in the excluded region`).toBe(false);
      }
    }
  });
});

describe('golden data: quotes', () => {
  it.each(goldenQuotes.map((q) => [q.file, q.text.slice(0, 60), q] as const))('%s %s', (_f, _t, q) => {
    expect(raw[q.file].includes(q.text), `quote text must be an exact substring of ${q.file}`).toBe(true);
    expect(isQuotedSomewhere(q.file, q.text), 'quote text must sit between quotation marks').toBe(true);
    expect(q.words).toBe(countWords(q.text));
    expect(['direct', 'partial', 'transcript']).toContain(q.kind);
    expect(canonicalNames.has(q.speaker) || (speakerLabels as readonly string[]).includes(q.speaker), q.speaker).toBe(true);
    if (q.onBehalfOf) expect(canonicalNames.has(q.onBehalfOf)).toBe(true);
    if (q.cue) expectFound(q.file, q.cue, 'cue');
  });

  it('has no duplicate (file, text) entries and continuations follow an entry of the same file', () => {
    const keys = goldenQuotes.map((q) => `${q.file}|${q.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    goldenQuotes.forEach((q, i) => {
      if (q.continues) {
        expect(i).toBeGreaterThan(0);
        expect(goldenQuotes[i - 1].file).toBe(q.file);
      }
    });
  });

  it('non-quotes are quoted phrases in the file and are not listed as quotes', () => {
    for (const n of goldenNonQuotes) {
      expect(raw[n.file].includes(n.text), n.text).toBe(true);
      expect(isQuotedSomewhere(n.file, n.text), n.text).toBe(true);
      expect(goldenQuotes.some((q) => q.file === n.file && q.text === n.text)).toBe(false);
    }
  });
});

describe('golden data: people', () => {
  it('canonical names are unique', () => {
    expect(canonicalNames.size).toBe(goldenPeople.length);
  });
  it.each(goldenPeople.map((p) => [p.name, p] as const))('%s', (_n, p) => {
    const wordRe = (a: string) => new RegExp(`(^|[^\\p{L}])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
    for (const alias of p.aliases) {
      expect(
        p.files.some((f) => wordRe(alias).test(normText[f])),
        `alias "${alias}" not in ${p.files}`,
      ).toBe(true);
    }
    for (const f of p.files) {
      expect(
        p.aliases.some((a) => wordRe(a).test(normText[f])),
        `no alias of ${p.name} in ${f}`,
      ).toBe(true);
    }
    for (const f of FILE_IDS.filter((id) => !p.files.includes(id))) {
      const surname = p.name.split(' ').at(-1)!;
      expect(wordRe(surname).test(normText[f]), `${p.name} seems to be mentioned in unlisted file ${f}`).toBe(false);
    }
    for (const r of p.roleReferences ?? []) {
      expect(p.files).toContain(r.file);
      expectFound(r.file, r.text, 'role reference');
    }
  });
  it('not-people strings are present', () => {
    for (const n of goldenNotPeople) expectFound(n.file, n.text, 'not-person');
  });
});

describe('golden data: shared facts', () => {
  it('ids are unique', () => {
    const ids = goldenSharedFacts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each(goldenSharedFacts.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const files = new Set(f.sources.map((s) => s.file));
    expect(files.size, 'a shared fact needs two or more outlets').toBeGreaterThanOrEqual(2);
    expect(files.size, 'one source per file').toBe(f.sources.length);
    for (const s of f.sources) {
      expectFound(s.file, s.text, 'fact substring');
      expect(countWords(s.text), `fact substring too short: ${s.text}`).toBeGreaterThanOrEqual(6);
    }
    if (f.event)
      expect(
        goldenEvents.some((e) => e.id === f.event),
        f.event,
      ).toBe(true);
  });
});

describe('golden data: divergences', () => {
  it.each(goldenDivergences.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    expect(['number', 'wording', 'attribution', 'date', 'omission']).toContain(d.kind);
    for (const m of d.members) expectFound(m.file, m.text, 'divergence substring');
    if (d.factId)
      expect(
        goldenSharedFacts.some((f) => f.id === d.factId),
        d.factId,
      ).toBe(true);
    if (d.kind === 'omission') {
      expect(d.omittedBy?.length).toBeGreaterThan(0);
      for (const f of d.omittedBy!) expect(d.members.some((m) => m.file === f)).toBe(false);
    } else {
      expect(new Set(d.members.map((m) => m.file)).size, 'a divergence involves two or more outlets').toBeGreaterThanOrEqual(2);
      expect(d.omittedBy).toBeUndefined();
    }
    expect(d.explanation.length).toBeGreaterThan(10);
  });
  it('ids are unique and not-divergences are found', () => {
    const ids = goldenDivergences.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const nd of goldenNotDivergences) for (const m of nd.members) expectFound(m.file, m.text, nd.id);
  });
});

describe('golden data: events', () => {
  it.each(goldenEvents.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(isDate(e.date), e.date).toBe(true);
    expect(e.precision).toBe(e.date.length === 10 ? 'day' : 'month');
    expect(e.sources.length).toBeGreaterThan(0);
    expect(new Set(e.sources.map((s) => s.file)).size).toBe(e.sources.length);
    for (const s of e.sources) {
      expectFound(s.file, s.text, 'event substring');
      if (s.dateText) expect(s.text.includes(s.dateText), `${s.dateText} not inside ${s.text}`).toBe(true);
    }
  });
  it('ids are unique and the May and June meetings are distinct events', () => {
    const ids = goldenEvents.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(goldenEvents.find((e) => e.id === 'E01-may-virtual-meeting')?.date).toBe('2021-05-07');
    expect(goldenEvents.find((e) => e.id === 'E02-june-meeting')?.date).toBe('2021-06-08');
  });
});

describe('golden data: traps', () => {
  it('every trap substring is in its file', () => {
    for (const t of goldenTraps) {
      const inStory = found(t.file, t.text);
      const inFull = norm(readFileSync(join(SEEDS, goldenFiles[t.file].sourceFile), 'utf8')).includes(norm(t.text));
      expect(inStory || inFull, `${t.file}: ${t.text}`).toBe(true);
    }
  });
});
