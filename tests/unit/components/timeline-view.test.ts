import { describe, expect, it } from 'vitest';
import { buildTimelineView, eventRange, formatEventDate, layoutAxis, orderEvents } from '@/components/timeline/timeline-view';
import type { StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

const article = (id: number, slug: string, name: string) => ({
  id,
  sourceFile: `${id}.txt`,
  outlet: { slug, name },
  headline: '',
  publishedAt: '',
  url: null,
  language: 'en',
  wordCount: 1,
  familyKey: null,
  skippedStages: [],
});

const analysis: Pick<StoryAnalysisDto, 'story' | 'outlets' | 'articles' | 'events' | 'annotations'> = {
  story: { id: 1, slug: 'river-story', title: 'River', revision: 1, analysed: true },
  outlets: [
    { slug: 'gazette', name: 'Gazette' },
    { slug: 'herald', name: 'Herald' },
  ],
  articles: [article(1, 'gazette', 'Gazette'), article(2, 'herald', 'Herald')],
  events: [
    {
      id: 3,
      key: 'e-june',
      date: '2022-06-08',
      precision: 'day',
      label: 'Second meeting',
      note: 'Reported by Gazette and Herald.',
      sources: [
        { articleId: 2, sentenceId: 21, text: 'They met again.' },
        { articleId: 1, sentenceId: 11, text: 'The two met again.' },
      ],
    },
    {
      id: 1,
      key: 'e-may',
      date: '2022-05-07',
      precision: 'day',
      label: 'First meeting',
      note: null,
      sources: [{ articleId: 2, sentenceId: 22, text: 'They met online.' }],
    },
    {
      id: 2,
      key: 'e-month',
      date: '2022-05',
      precision: 'month',
      label: 'Talks in May',
      note: null,
      sources: [{ articleId: 1, sentenceId: 12, text: 'Talks went on in May.' }],
    },
  ],
  annotations: [
    {
      id: 9,
      targetType: 'event',
      targetKey: 'e-june',
      body: 'Context for students.',
      author: 'Editor',
      createdAt: '2024-01-01T00:00:00.000Z',
    },
    { id: 10, targetType: 'group', targetKey: 'e-june', body: 'Not an event note.', author: null, createdAt: '2024-01-01T00:00:00.000Z' },
  ],
};

describe('dates', () => {
  it('formats day and month precision', () => {
    expect(formatEventDate('2021-06-08', 'day')).toBe('8 Jun 2021');
    expect(formatEventDate('2021-06', 'month')).toBe('June 2021');
  });

  it('gives a month event the whole month', () => {
    expect(eventRange('2021-02', 'month')).toEqual([Date.UTC(2021, 1, 1), Date.UTC(2021, 2, 1)]);
    expect(eventRange('nonsense', 'day')).toBeNull();
  });

  it('orders by date, a month before the days in it', () => {
    expect(orderEvents(analysis.events).map((event) => event.key)).toEqual(['e-month', 'e-may', 'e-june']);
  });
});

describe('buildTimelineView', () => {
  it('lists every event in order with outlets, sources linked to sentences and editor notes', () => {
    const view = buildTimelineView(analysis);
    expect(view.events.map((event) => [event.number, event.dateLabel, event.label])).toEqual([
      [1, 'May 2022', 'Talks in May'],
      [2, '7 May 2022', 'First meeting'],
      [3, '8 Jun 2022', 'Second meeting'],
    ]);
    const june = view.events[2];
    expect(june.outlets.map((outlet) => outlet.slug)).toEqual(['gazette', 'herald']);
    expect(june.sources.map((source) => source.href)).toEqual([
      '/stories/river-story/articles/1#sentence-11',
      '/stories/river-story/articles/2#sentence-21',
    ]);
    expect(june.editorNotes.map((note) => note.body)).toEqual(['Context for students.']);
    expect(june.note).toBe('Reported by Gazette and Herald.');
    expect(view.filters.map((filter) => [filter.slug, filter.count, filter.href])).toEqual([
      ['gazette', 2, '/stories/river-story/timeline?outlet=gazette'],
      ['herald', 2, '/stories/river-story/timeline?outlet=herald'],
    ]);
    expect(view.selected).toBeNull();
  });

  it('keeps only the chosen outlet’s events', () => {
    const view = buildTimelineView(analysis, 'herald');
    expect(view.selected?.name).toBe('Herald');
    expect(view.events.map((event) => event.key)).toEqual(['e-may', 'e-june']);
    expect(view.totalEvents).toBe(3);
    expect(view.filters.find((filter) => filter.current)?.slug).toBe('herald');
  });
});

describe('layoutAxis', () => {
  it('places events proportionally to time, spans a month event over its month, and stacks close ones', () => {
    const view = buildTimelineView(analysis);
    const axis = layoutAxis(view.events, 1000)!;
    // May and June 2022: 61 days over 1000 units.
    const perDay = 1000 / 61;
    const [month, may, june] = axis.items;
    expect(month).toMatchObject({ x: 0, precision: 'month' });
    expect(month.width).toBeCloseTo(31 * perDay);
    expect(may.x).toBeCloseTo(6 * perDay);
    expect(june.x).toBeCloseTo(38 * perDay);
    expect(may.lane).toBe(1);
    expect(june.lane).toBe(0);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['May 2022', 'Jun', 'Jul']);
    expect(axis.startLabel).toBe('May 2022');
    expect(axis.endLabel).toBe('June 2022');
  });

  it('labels groups of events and opens a narrow axis on the largest one', () => {
    const view = buildTimelineView(analysis);
    const at = (date: string, id: number) => ({ ...view.events[1], id, date, precision: 'day' as const });
    const events = [
      view.events[0],
      at('2022-06-07', 101),
      at('2022-06-08', 102),
      at('2022-06-08', 103),
      at('2022-05-20', 104),
      at('2022-05-21', 105),
    ];
    const axis = layoutAxis(events, 1000)!;
    expect(axis.clusters.map((cluster) => cluster.label)).toEqual(['20–21 May 2022 · 2 events', '7–8 Jun 2022 · 3 events']);
    expect(axis.focusX).toBe(axis.clusters[1].x);
  });

  it('has no axis without dated events', () => {
    expect(layoutAxis([])).toBeNull();
  });
});
