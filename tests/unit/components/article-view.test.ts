import { describe, expect, it } from 'vitest';
import { buildArticleView, segmentSentence, sentenceNotes } from '@/components/article/article-view';
import type { ArticleReadingDto } from '@/server/data/articles/get-article-reading';
import type { StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

// Hand-built: an article of three paragraphs (headline, transcript line, body with a quote
// across two sentences) and a second outlet carrying the body's first statement.
const text = 'Mayor opens bridge\nReporter: “Is it safe?”\nThe bridge opened on Monday. “It is safe. It is strong,” the mayor said.';
const headlineEnd = text.indexOf('\n');
const transcriptStart = headlineEnd + 1;
const transcriptEnd = text.indexOf('\n', transcriptStart);
const bodyStart = transcriptEnd + 1;
const s3start = text.indexOf('“It is safe.');

const reading: ArticleReadingDto = {
  id: 10,
  storySlug: 'bridge-story',
  sourceFile: 'a.txt',
  outlet: { slug: 'gazette', name: 'Gazette' },
  headline: 'Mayor opens bridge',
  publishedAt: '2024-03-04T12:00:00.000Z',
  url: 'javascript:alert(1)',
  language: 'en',
  wordCount: 20,
  familyKey: 'fam-1',
  skippedStages: [],
  cleanedText: text,
  paragraphs: [
    { id: 1, index: 0, kind: 'headline', start: 0, end: headlineEnd },
    { id: 2, index: 1, kind: 'transcript', start: transcriptStart, end: transcriptEnd },
    { id: 3, index: 2, kind: 'body', start: bodyStart, end: text.length },
  ],
  sentences: [
    { id: 101, index: 0, paragraphId: 1, start: 0, end: headlineEnd },
    { id: 102, index: 1, paragraphId: 2, start: transcriptStart, end: transcriptEnd },
    { id: 103, index: 2, paragraphId: 3, start: bodyStart, end: bodyStart + 'The bridge opened on Monday.'.length },
    { id: 104, index: 3, paragraphId: 3, start: s3start, end: s3start + '“It is safe.'.length },
    { id: 105, index: 4, paragraphId: 3, start: s3start + '“It is safe. '.length, end: text.length },
  ],
  quotes: [
    {
      id: 7,
      sentenceId: 102,
      start: text.indexOf('Is it'),
      end: text.indexOf('?”') + 1,
      speakerName: null,
      speakerLabel: 'Reporter',
      verb: null,
      kind: 'transcript',
    },
    {
      id: 8,
      sentenceId: 104,
      start: s3start + 1,
      end: text.indexOf(',” the'),
      speakerName: 'Ann Mayor',
      speakerLabel: 'the mayor',
      verb: 'said',
      kind: 'direct',
    },
  ],
  claims: [{ id: 1, sentenceId: 103 }],
};

const analysis: Pick<StoryAnalysisDto, 'articles' | 'groups'> = {
  articles: [
    {
      id: 10,
      sourceFile: 'a.txt',
      outlet: { slug: 'gazette', name: 'Gazette' },
      headline: '',
      publishedAt: '',
      url: null,
      language: 'en',
      wordCount: 1,
      familyKey: 'fam-1',
      skippedStages: [],
    },
    {
      id: 11,
      sourceFile: 'b.txt',
      outlet: { slug: 'herald', name: 'Herald' },
      headline: '',
      publishedAt: '',
      url: null,
      language: 'en',
      wordCount: 1,
      familyKey: 'fam-2',
      skippedStages: [],
    },
    {
      id: 12,
      sourceFile: 'c.txt',
      outlet: { slug: 'wire', name: 'Wire' },
      headline: '',
      publishedAt: '',
      url: null,
      language: 'en',
      wordCount: 1,
      familyKey: 'fam-1',
      skippedStages: [],
    },
  ],
  groups: [
    {
      id: 50,
      key: 'g1',
      kind: 'fact',
      status: 'diverged',
      label: 'bridge opened',
      score: 0.8,
      members: [
        { id: 1, articleId: 10, claimId: 1, quoteId: null, sentenceId: 103, text: 'The bridge opened on Monday.', similarity: 1 },
        { id: 2, articleId: 11, claimId: 2, quoteId: null, sentenceId: 203, text: 'The bridge opened on Tuesday.', similarity: 0.7 },
      ],
      divergences: [
        { id: 9, kind: 'date', detail: 'Monday against Tuesday', score: 0.6, data: {}, memberIds: [1, 2], articleIds: [10, 11] },
      ],
    },
    {
      id: 51,
      key: 'g2',
      kind: 'fact',
      status: 'single',
      label: 'alone',
      score: 1,
      members: [{ id: 3, articleId: 10, claimId: 3, quoteId: null, sentenceId: 105, text: 'x', similarity: 1 }],
      divergences: [],
    },
  ],
};

describe('segmentSentence', () => {
  it('cuts a sentence into plain and quoted slices of the text, marking where the quote ends', () => {
    const segments = segmentSentence(text, reading.sentences[3], reading.quotes);
    expect(segments.map((segment) => segment.text)).toEqual(['“', 'It is safe.']);
    expect(segments[1]).toMatchObject({ quoteId: 8, quoteEnd: null });
    const next = segmentSentence(text, reading.sentences[4], reading.quotes);
    // The speaker follows the closing mark, not the quoted words inside it.
    expect(next.map((segment) => segment.text)).toEqual(['It is strong', ',”', ' the mayor said.']);
    expect(next[0]).toMatchObject({ quoteId: 8, quoteEnd: null });
    expect(next[1]).toMatchObject({ quoteId: null, quoteEnd: { quoteId: 8, speaker: 'Ann Mayor', verb: 'said', kind: 'direct' } });
  });

  it('keeps a transcript label apart from the quote', () => {
    const segments = segmentSentence(text, reading.sentences[1], reading.quotes, {
      start: transcriptStart,
      end: transcriptStart + 'Reporter:'.length,
    });
    expect(segments[0]).toMatchObject({ text: 'Reporter:', isLabel: true, quoteId: null });
    expect(segments.find((segment) => segment.quoteId === 7)?.text).toBe('Is it safe?');
    // The label already names the speaker: no second tag.
    expect(segments.some((segment) => segment.quoteEnd !== null)).toBe(false);
    // Without a label, a transcript quote is tagged with its speaker label.
    const unlabelled = segmentSentence(text, reading.sentences[1], reading.quotes);
    expect(unlabelled.find((segment) => segment.quoteEnd)?.quoteEnd?.speaker).toBe('Reporter');
  });
});

describe('sentenceNotes', () => {
  it('gives shared claims their outlet count, counterparts with links, and divergence kinds', () => {
    const notes = sentenceNotes(reading, analysis);
    expect([...notes.keys()]).toEqual([103]);
    const note = notes.get(103)!;
    expect(note.outletCount).toBe(2);
    expect(note.divergenceKinds).toEqual(['date']);
    expect(note.groups[0].counterparts).toEqual([
      {
        articleId: 11,
        outletName: 'Herald',
        text: 'The bridge opened on Tuesday.',
        similarity: 0.7,
        href: '/stories/bridge-story/articles/11#sentence-203',
      },
    ]);
  });
});

describe('possibly related rows and omissions', () => {
  // Sentence 104 is on a row the alignment is not sure of; sentence 105 states a fact the Herald left out.
  const unsure: Pick<StoryAnalysisDto, 'articles' | 'groups'> = {
    articles: analysis.articles,
    groups: [
      ...analysis.groups.filter((group) => group.id === 50),
      {
        id: 60,
        key: 'g3',
        kind: 'fact',
        status: 'possible',
        label: 'crowd',
        score: 0.25,
        members: [
          { id: 4, articleId: 10, claimId: 4, quoteId: null, sentenceId: 104, text: 'A crowd gathered.', similarity: 0.25 },
          { id: 5, articleId: 11, claimId: 5, quoteId: null, sentenceId: 204, text: 'People came to watch.', similarity: 0.25 },
          { id: 6, articleId: 12, claimId: 6, quoteId: null, sentenceId: 304, text: 'Onlookers lined the banks.', similarity: 0.22 },
        ],
        divergences: [],
      },
      {
        id: 61,
        key: 'g4',
        kind: 'fact',
        status: 'agreed',
        label: 'toll',
        score: 0.9,
        members: [
          { id: 7, articleId: 10, claimId: 7, quoteId: null, sentenceId: 105, text: 'The toll is two dollars.', similarity: 0.9 },
          { id: 8, articleId: 12, claimId: 8, quoteId: null, sentenceId: 305, text: 'The toll is $2.', similarity: 0.9 },
        ],
        divergences: [
          { id: 10, kind: 'omission', detail: 'Herald leaves it out', score: 0.9, data: {}, memberIds: [7, 8], articleIds: [11] },
        ],
      },
    ],
  };

  it('a possibly related row is not counted as shared: it has its own count and the note says it is unsure', () => {
    const notes = sentenceNotes(reading, unsure);
    const note = notes.get(104)!;
    expect(note.outletCount).toBe(0);
    expect(note.possibleOutletCount).toBe(3);
    expect(note.groups[0].status).toBe('possible');
    const view = buildArticleView(reading, unsure);
    // 103 (diverged) and 105 (agreed) are shared; 104 is only possibly related.
    expect(view.counts.shared).toBe(2);
    expect(view.counts.possible).toBe(1);
  });

  it('an omission by another outlet is not this outlet reporting the fact differently', () => {
    const view = buildArticleView(reading, unsure);
    expect(sentenceNotes(reading, unsure).get(105)!.divergenceKinds).toEqual(['omission']);
    // Only 103's date divergence counts as reported differently.
    expect(view.counts.divergent).toBe(1);
  });
});

describe('buildArticleView', () => {
  const view = buildArticleView(reading, analysis);

  it('takes the headline paragraph out as the heading and keeps the others in order', () => {
    expect(view.headline?.parts).toHaveLength(1);
    expect(view.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['transcript', 'body']);
  });

  it('rebuilds every paragraph exactly from its slices, gaps included', () => {
    for (const paragraph of [view.headline!, ...view.paragraphs]) {
      const source = reading.paragraphs.find((candidate) => candidate.id === paragraph.id)!;
      const rebuilt = paragraph.parts
        .map((part) => (part.type === 'gap' ? part.text : part.segments.map((segment) => segment.text).join('')))
        .join('');
      expect(rebuilt).toBe(text.slice(source.start, source.end));
    }
  });

  it('anchors each sentence and labels transcript speakers', () => {
    const anchors = [view.headline!, ...view.paragraphs].flatMap((paragraph) =>
      paragraph.parts.flatMap((part) => (part.type === 'sentence' ? [part.anchor] : [])),
    );
    expect(anchors).toEqual(['sentence-101', 'sentence-102', 'sentence-103', 'sentence-104', 'sentence-105']);
    const transcript = view.paragraphs[0].parts[0];
    expect(transcript.type === 'sentence' && transcript.segments[0]).toMatchObject({ text: 'Reporter:', isLabel: true });
  });

  it('lists the source family, counts, speakers, and drops a non-web URL', () => {
    expect(view.family).toEqual([{ articleId: 12, outletName: 'Wire', href: '/stories/bridge-story/articles/12' }]);
    expect(view.counts).toEqual({ sentences: 5, quotes: 2, shared: 1, possible: 0, divergent: 1 });
    expect(view.speakers).toEqual([
      { name: 'Ann Mayor', count: 1 },
      { name: 'Reporter', count: 1 },
    ]);
    expect(view.url).toBeNull();
  });
});
