import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignClaims } from '@/pipeline/cross-article/align-claims';
import { buildTimeline } from '@/pipeline/cross-article/timeline';
import { cleanLabel, eventKey } from '@/pipeline/cross-article/timeline-label';
import type { EventDraft, GroupDraft, StoryArticle, StoryClaim, StoryInput } from '@/pipeline/cross-article/types';
import { analyseArticle } from '@/pipeline/stages';
import type { Claim } from '@/pipeline/stages/claims';
import { parsePublishedAt } from '@/server/services/import/manifest';
import { type FileId, goldenEvents } from '../../golden/seed-story.golden';

type DateSpec = [text: string, date: string];

/** A claim whose dates are given as [surface text, resolved date]; spans are computed. */
function claim(
  id: number,
  articleId: number,
  sentenceIndex: number,
  text: string,
  dates: DateSpec[] = [],
  kind: StoryClaim['paragraphKind'] = 'body',
): StoryClaim {
  const start = sentenceIndex * 1000;
  return {
    id,
    articleId,
    sentenceIndex,
    start,
    end: start + text.length,
    text,
    paragraphKind: kind,
    quantities: [],
    personKeys: [],
    dates: dates.map(([surface, date]) => {
      const at = start + text.indexOf(surface);
      return { start: at, end: at + surface.length, text: surface, date, precision: date.length === 10 ? 'day' : 'month' };
    }),
  };
}

function article(id: number, outlet: string, publishedOn: string, claims: StoryClaim[]): StoryArticle {
  return { id, outlet, publishedOn, headline: '', text: '', language: 'en', paragraphs: [], sentences: [], claims, quotes: [] };
}

function group(...members: StoryClaim[]): GroupDraft {
  return {
    key: members.map((m) => m.id).join('-'),
    kind: 'fact',
    status: 'agreed',
    label: '',
    score: 0.5,
    divergences: [],
    members: members.map((m) => ({ articleId: m.articleId, claimId: m.id, similarity: 0.5 })),
  };
}

const eventWith = (events: EventDraft[], articleId: number, sentenceIndex: number) =>
  events.find((e) => e.sources.some((s) => s.articleId === articleId && s.sentenceIndex === sentenceIndex));

// A small invented story: a council vote, a strike the same day, talks a month apart.
const vote = claim(1, 1, 0, 'The city council approved the harbour bridge budget on Tuesday after a long debate.', [
  ['on Tuesday', '2024-03-12'],
]);
const strike = claim(2, 1, 1, 'Dock workers walked out over pay on Tuesday, halting the ferry service.', [['on Tuesday', '2024-03-12']]);
const talks = claim(3, 1, 2, 'The mayor held talks with the port operator in February about the ferry contract.', [
  ['in February', '2024-02'],
]);
const voteUndated = claim(4, 2, 0, 'Councillors backed the bridge budget for the harbour after hours of argument.');
const strikeAgain = claim(5, 2, 1, 'Dock workers struck over pay on March 12, stopping the ferries.', [['March 12', '2024-03-12']]);
const aprilTalks = claim(6, 3, 0, 'The mayor held talks with the port operator on April 12 about the ferry contract.', [
  ['on April 12', '2024-04-12'],
]);
const marchTalks = claim(7, 2, 2, 'The mayor held talks with the port operator on March 12 about the ferry contract.', [
  ['on March 12', '2024-03-12'],
]);

function smallStory(order: 'forward' | 'reversed' = 'forward'): StoryInput {
  const articles = [
    article(1, 'Harbour Gazette', '2024-03-13', [vote, strike, talks]),
    article(2, 'Coast Daily', '2024-03-13', [voteUndated, strikeAgain, marchTalks]),
    article(3, 'Port Weekly', '2024-04-13', [aprilTalks]),
    article(4, 'Early Bird', '2024-03-01', []),
  ];
  return {
    articles: order === 'forward' ? articles : articles.reverse().map((a) => ({ ...a, claims: [...a.claims].reverse() })),
    people: [],
  };
}

describe('timeline', () => {
  it('timeline: events come in date order, month-only events before the days of their month', () => {
    const events = buildTimeline(smallStory(), [group(vote, voteUndated)]);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2024-02');
    expect(dates.at(-1)).toBe('2024-04-12');
    const input = smallStory();
    input.articles[2].claims.push(claim(8, 3, 1, 'Ticket prices for the museum rose in March by a fifth.', [['in March', '2024-03']]));
    const withMonth = buildTimeline(input, []).map((e) => e.date);
    expect(withMonth.indexOf('2024-03')).toBeLessThan(withMonth.indexOf('2024-03-12'));
  });

  it('timeline: a month-only statement of the same fact as a day of that month joins the day', () => {
    const input = smallStory();
    input.articles[2].claims.push(
      claim(8, 3, 1, 'Dock workers walked out over pay in March, halting the ferry service.', [['in March', '2024-03']]),
    );
    const events = buildTimeline(input, []);
    expect(eventWith(events, 3, 1)).toBe(eventWith(events, 1, 1));
    expect(events.some((e) => e.date === '2024-03')).toBe(false);
  });

  it('timeline: two statements of one date about different things are two events', () => {
    const events = buildTimeline(smallStory(), []);
    expect(eventWith(events, 1, 0)).not.toBe(eventWith(events, 1, 1));
    // The same strike told by two outlets in other words is one event.
    expect(eventWith(events, 1, 1)).toBe(eventWith(events, 2, 1));
  });

  it('timeline: an undated claim grouped with a dated one joins its event', () => {
    const events = buildTimeline(smallStory(), [group(vote, voteUndated)]);
    expect(eventWith(events, 2, 0)?.date).toBe('2024-03-12');
    expect(eventWith(events, 2, 0)).toBe(eventWith(events, 1, 0));
    // Without the group it is in no event: it has no date of its own.
    expect(eventWith(buildTimeline(smallStory(), []), 2, 0)).toBeUndefined();
  });

  it('timeline: a possible (unconfirmed) group attaches no sentence to an event and merges no events', () => {
    const protest = claim(9, 2, 3, 'Protesters with banners gathered outside the consulate in the border town.');
    const possible = (...members: StoryClaim[]): GroupDraft => ({ ...group(...members), status: 'possible', score: 0.25 });
    const events = buildTimeline(
      { ...smallStory(), articles: smallStory().articles.map((a) => (a.id === 2 ? { ...a, claims: [...a.claims, protest] } : a)) },
      [possible(vote, protest), possible(vote, strike)],
    );
    expect(eventWith(events, 2, 3)).toBeUndefined();
    expect(eventWith(events, 1, 0)).not.toBe(eventWith(events, 1, 1));
    // A confident group still carries its undated member into the event.
    expect(eventWith(buildTimeline(smallStory(), [group(vote, voteUndated)]), 2, 0)?.date).toBe('2024-03-12');
  });

  it('timeline: the same kind of meeting a month later is another event, even when grouped', () => {
    const events = buildTimeline(smallStory(), [group(marchTalks, aprilTalks)]);
    expect(eventWith(events, 2, 2)?.date).toBe('2024-03-12');
    expect(eventWith(events, 3, 0)?.date).toBe('2024-04-12');
    expect(eventWith(events, 2, 2)).not.toBe(eventWith(events, 3, 0));
  });

  it('timeline: keys survive reordered input and new ids', () => {
    const groups = [group(vote, voteUndated)];
    const first = buildTimeline(smallStory(), groups);
    const renumber = (input: StoryInput): StoryInput => ({
      ...input,
      articles: input.articles.map((a) => ({
        ...a,
        id: a.id + 100,
        claims: a.claims.map((c) => ({ ...c, id: c.id + 50, articleId: c.articleId + 100 })),
      })),
    });
    const again = buildTimeline(renumber(smallStory('reversed')), [
      group({ ...voteUndated, id: 54, articleId: 102 }, { ...vote, id: 51, articleId: 101 }),
    ]);
    expect(again.map((e) => e.key)).toEqual(first.map((e) => e.key));
    expect(again.map((e) => e.label)).toEqual(first.map((e) => e.label));
    expect(new Set(first.map((e) => e.key)).size).toBe(first.length);
  });

  it('timeline: the note names the reporting outlets and those published since that did not report it', () => {
    const divergent = {
      ...group(strike, strikeAgain),
      divergences: [
        { kind: 'number' as const, detail: 'Harbour Gazette: 300 workers; Coast Daily: 250', score: 0.8, memberIndexes: [0, 1], data: {} },
      ],
    };
    const events = buildTimeline(smallStory(), [divergent]);
    const strikeEvent = eventWith(events, 1, 1)!;
    expect(strikeEvent.note).toMatch(/^Reported by Coast Daily and Harbour Gazette; not mentioned by Port Weekly\./);
    expect(strikeEvent.note).not.toContain('Early Bird'); // published before the strike
    expect(strikeEvent.note).toContain('The outlets differ on a number: Harbour Gazette: 300 workers; Coast Daily: 250.');
  });

  it('timeline: labels drop datelines, caption lead-ins and trailing attribution, and stay short', () => {
    expect(cleanLabel('PORT TOWN — The council approved the budget on Tuesday, the mayor said.')).toBe(
      'The council approved the budget on Tuesday',
    );
    expect(cleanLabel('Pictured: Dock workers march to the harbour on Tuesday.')).toBe('Dock workers march to the harbour on Tuesday');
    expect(cleanLabel('Ann Lee - who chairs the board - resigned.')).toBe('Ann Lee - who chairs the board - resigned');
    const long = cleanLabel(`The council ${'approved the long harbour bridge budget '.repeat(5)}today.`);
    expect(long.length).toBeLessThanOrEqual(110);
    expect(long.endsWith('…')).toBe(true);
    expect(eventKey('2024-03-12', 'The council approved the budget')).toBe(eventKey('2024-03-12', 'the council approved the budget'));
  });

  it('timeline: a date that only repeats the publication day in boilerplate, or a photo date, is no event', () => {
    const boiler = claim(10, 1, 5, 'Published March 13, 2024 updated at noon', [['March 13, 2024', '2024-03-13']]);
    const photo = claim(11, 1, 6, 'The mayor, pictured on March 2, defended the ferry contract.', [['March 2', '2024-03-02']], 'caption');
    const input = smallStory();
    input.articles[0].claims.push(boiler, photo);
    const events = buildTimeline(input, []);
    expect(eventWith(events, 1, 5)).toBeUndefined();
    expect(eventWith(events, 1, 6)).toBeUndefined();
  });

  it('timeline: a sentence an article repeats word for word (a caption copying the body) is one source', () => {
    const body = claim(15, 2, 8, "The harbour master said on Tuesday that the ferries would run 'as usual.'", [
      ['on Tuesday', '2024-03-12'],
    ]);
    const caption = claim(
      16,
      2,
      4,
      "The harbour master said on Tuesday that the ferries would run 'as usual'",
      [['on Tuesday', '2024-03-12']],
      'caption',
    );
    const input = smallStory();
    input.articles[1].claims.push(caption, body);
    const event = eventWith(buildTimeline(input, []), 2, 8)!;
    expect(event.sources.filter((s) => s.articleId === 2 && (s.sentenceIndex === 4 || s.sentenceIndex === 8))).toEqual([
      { articleId: 2, sentenceIndex: 8 },
    ]);
  });

  it('timeline: a date that only bounds a period ("since …", "until …") dates no event', () => {
    const trip = claim(12, 1, 7, 'The mayor, on her first trip abroad since taking office last January, toured the harbour on Tuesday.', [
      ['last January', '2024-01'],
      ['on Tuesday', '2024-03-12'],
    ]);
    const fares = claim(13, 2, 7, 'Ferry fares have risen steadily since April 2023.', [['April 2023', '2023-04']]);
    const closure = claim(14, 3, 7, 'The old pier stays closed until May 2024.', [['May 2024', '2024-05']]);
    const input = smallStory();
    input.articles[0].claims.push(trip);
    input.articles[1].claims.push(fares);
    input.articles[2].claims.push(closure);
    const events = buildTimeline(input, []);
    expect(events.map((e) => e.date)).not.toContain('2024-01');
    expect(eventWith(events, 1, 7)?.date).toBe('2024-03-12');
    expect(eventWith(events, 2, 7)).toBeUndefined();
    expect(eventWith(events, 3, 7)).toBeUndefined();
  });
});

// --- The seed story -----------------------------------------------------------------

const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as {
  articles: { file: string; outlet: string; publishedAt: string }[];
};

function seedStory(): { input: StoryInput; groups: GroupDraft[] } {
  let nextId = 1;
  const articles = manifest.articles.map((entry, articleId) => {
    const doc = analyseArticle({
      sourceFile: entry.file,
      rawText: readFileSync(`seeds/${entry.file}`, 'utf8'),
      publishedAt: parsePublishedAt(entry.publishedAt)!,
    });
    const claims = (doc.claims as Claim[]).map((c) => ({ ...c, id: nextId++, articleId }));
    return { ...article(articleId, entry.outlet, entry.publishedAt.slice(0, 10), claims), text: doc.text ?? '' };
  });
  const flat = articles.flatMap((a) => a.claims.map((c) => ({ ...c, referenceDate: a.publishedOn })));
  const groups: GroupDraft[] = alignClaims(flat).map((g, index) => ({
    key: String(index),
    kind: 'fact',
    status: g.members.length < 2 ? 'single' : g.confidence === 'possible' ? 'possible' : 'agreed',
    label: '',
    score: g.score,
    divergences: [],
    members: g.members.map((m, i) => ({ articleId: flat[m].articleId, claimId: flat[m].id, similarity: g.similarities[i] })),
  }));
  return { input: { articles, people: [] }, groups };
}

const norm = (s: string) =>
  s
    .replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ')
    .replace(/[’´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('timeline on the seed story', () => {
  const { input, groups } = seedStory();
  const events = buildTimeline(input, groups);
  const sentenceOf = (articleId: number, sentenceIndex: number) =>
    input.articles[articleId].claims.find((c) => c.sentenceIndex === sentenceIndex)!.text;
  const fileOf = (articleId: number) => manifest.articles[articleId].file.slice(0, 3) as FileId;
  const cites = (event: EventDraft, file: FileId, words: string) =>
    event.sources.some((s) => fileOf(s.articleId) === file && norm(sentenceOf(s.articleId, s.sentenceIndex)).includes(norm(words)));

  it('timeline: the May virtual meeting and the June meeting are two events', () => {
    const may = events.find((e) => e.date === '2021-05-07' && e.sources.some((s) => fileOf(s.articleId) === '003'));
    const june = events.find(
      (e) => e.date === '2021-06-08' && cites(e, '001', 'met with Mexican President Andres Manuel Lopez Obrador on Tuesday'),
    );
    expect(may).toBeDefined();
    expect(june).toBeDefined();
    expect(june).not.toBe(may);
    const juneFiles = new Set(june!.sources.map((s) => fileOf(s.articleId)));
    expect(juneFiles.size).toBeGreaterThanOrEqual(3);
    expect(juneFiles.has('003')).toBe(false);
    expect(june!.note).not.toContain('Voice of America'); // published a month before
  });

  it('timeline: finds most golden events at the right date', () => {
    const found = goldenEvents.filter((golden) =>
      events.some((e) => e.date === golden.date && golden.sources.some((source) => cites(e, source.file, source.text))),
    );
    // Measured 17 of 23: the misses are undated in the text ("just days after", "will witness"),
    // or a month ("early last month") folded into the day another outlet gives for the same fact.
    // Two more are dated in the answer key by a date that bounds a period ("since taking office
    // last January", "since April 2020"); the timeline takes no event date from such an anchor
    // (the alignment's rule), as it otherwise dates the sentence's main event (a June trip) there.
    expect(found.length).toBeGreaterThanOrEqual(17);
    console.info(
      `timeline: ${found.length}/${goldenEvents.length} golden events found; missing: ${goldenEvents
        .filter((g) => !found.includes(g))
        .map((g) => g.id)
        .join(', ')}`,
    );
  });

  it('timeline: every event has a short label, a note and sources, and keys are unique', () => {
    expect(new Set(events.map((e) => e.key)).size).toBe(events.length);
    for (const event of events) {
      expect(event.label.length).toBeLessThanOrEqual(110);
      expect(event.note).toMatch(/^(Reported by|Announced in advance by) /);
      expect(event.sources.length).toBeGreaterThan(0);
    }
  });
});
