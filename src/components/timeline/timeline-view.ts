// The student timeline, derived purely from the story analysis: events in date order, the
// outlets that reported each one, editor notes, source sentences, an outlet filter, and
// the positions of the events on a time axis proportional to time.

import { articleHref, timelineHref } from '@/lib/links';
import type { StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { type AxisCluster, axisClusters } from './axis-clusters';

export interface TimelineSource {
  articleId: number;
  sentenceId: number;
  outletName: string;
  text: string;
  href: string;
}

export interface TimelineEvent {
  id: number;
  key: string;
  anchor: string;
  /** 1-based position in the (filtered) list, also shown on the axis. */
  number: number;
  date: string;
  precision: 'day' | 'month';
  /** "8 Jun 2021" or "June 2021". */
  dateLabel: string;
  label: string;
  note: string | null;
  editorNotes: { id: number; body: string; author: string | null; createdAt: string }[];
  outlets: { slug: string; name: string }[];
  sources: TimelineSource[];
}

export interface AxisItem {
  eventId: number;
  number: number;
  anchor: string;
  precision: 'day' | 'month';
  /** Left edge and width in axis units (a month-precision event spans its month). */
  x: number;
  width: number;
  lane: number;
  title: string;
}

export interface TimelineAxis {
  width: number;
  lanes: number;
  items: AxisItem[];
  ticks: { x: number; label: string; year: boolean }[];
  /** Labelled groups of events (a meeting and the days around it, a month of events). */
  clusters: AxisCluster[];
  /** Where a narrow screen's scrolled axis opens: the largest cluster (axis units). */
  focusX: number;
  startLabel: string;
  endLabel: string;
}

export interface OutletFilter {
  slug: string;
  name: string;
  count: number;
  href: string;
  current: boolean;
}

export interface TimelineView {
  events: TimelineEvent[];
  totalEvents: number;
  filters: OutletFilter[];
  allHref: string;
  selected: { slug: string; name: string } | null;
  axis: TimelineAxis | null;
}

const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-06-08" (day) → [that day, the next day); "2021-06" (month) → [1 June, 1 July), as UTC ms. */
export function eventRange(date: string, precision: 'day' | 'month'): [number, number] | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  if (precision === 'month' || !match[3]) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
  const start = Date.UTC(year, month, Number(match[3]));
  return [start, start + DAY_MS];
}

export function formatEventDate(date: string, precision: 'day' | 'month'): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const month = MONTHS[Number(match[2]) - 1] ?? match[2];
  if (precision === 'month' || !match[3]) return `${month} ${match[1]}`;
  return `${Number(match[3])} ${month.slice(0, 3)} ${match[1]}`;
}

/** Events by date (a month before the days inside it), then by key, for a stable order. */
export function orderEvents<T extends { date: string; precision: 'day' | 'month'; key: string }>(events: T[]): T[] {
  return [...events].sort((a, b) => {
    const ra = eventRange(a.date, a.precision)?.[0] ?? 0;
    const rb = eventRange(b.date, b.precision)?.[0] ?? 0;
    if (ra !== rb) return ra - rb;
    if (a.precision !== b.precision) return a.precision === 'month' ? -1 : 1;
    return a.key.localeCompare(b.key);
  });
}

/**
 * Positions on an axis of `width` units: x proportional to time; items that would overlap
 * (closer than `gap` units) go to the next free lane.
 */
export function layoutAxis(events: TimelineEvent[], width = 1000, gap = 14): TimelineAxis | null {
  const ranged = events
    .map((event) => ({ event, range: eventRange(event.date, event.precision) }))
    .filter((item): item is { event: TimelineEvent; range: [number, number] } => item.range !== null);
  if (ranged.length === 0) return null;
  const firstMs = Math.min(...ranged.map((item) => item.range[0]));
  const lastMs = Math.max(...ranged.map((item) => item.range[1]));
  // Whole months, so that the ticks fall on month starts.
  const first = new Date(firstMs);
  const last = new Date(lastMs - 1);
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  const scale = width / Math.max(end - start, DAY_MS);
  const laneEnds: number[] = [];
  const items: AxisItem[] = ranged.map(({ event, range }) => {
    const x = (range[0] - start) * scale;
    const w = event.precision === 'month' ? Math.max((range[1] - range[0]) * scale, 2) : 0;
    const occupiedTo = x + Math.max(w, 0) + gap;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= x);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(occupiedTo);
    } else laneEnds[lane] = occupiedTo;
    return {
      eventId: event.id,
      number: event.number,
      anchor: event.anchor,
      precision: event.precision,
      x,
      width: w,
      lane,
      title: `${event.number}. ${event.dateLabel}: ${event.label}`,
    };
  });
  const ticks: TimelineAxis['ticks'] = [];
  for (
    let cursor = new Date(start);
    cursor.getTime() <= end;
    cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))
  ) {
    const month = cursor.getUTCMonth();
    ticks.push({
      x: (cursor.getTime() - start) * scale,
      label: `${MONTHS[month].slice(0, 3)}${month === 0 || ticks.length === 0 ? ` ${cursor.getUTCFullYear()}` : ''}`,
      year: month === 0,
    });
  }
  // The axis is at least 44rem (704 px) wide, so `width` units take at least 704 px less the padding.
  const clusters = axisClusters(
    ranged.map(({ event, range }, index) => ({ precision: event.precision, start: range[0], x: items[index].x })),
    { pxPerUnit: 672 / width, axisPx: 672 },
  );
  const largest = clusters.reduce<AxisCluster | null>((best, cluster) => (!best || cluster.count > best.count ? cluster : best), null);
  return {
    width,
    lanes: Math.max(laneEnds.length, 1),
    items,
    ticks,
    clusters,
    focusX: largest ? largest.x : (items[0]?.x ?? 0),
    startLabel: formatEventDate(new Date(start).toISOString().slice(0, 7), 'month'),
    endLabel: formatEventDate(new Date(end - 1).toISOString().slice(0, 7), 'month'),
  };
}

export function buildTimelineView(
  analysis: Pick<StoryAnalysisDto, 'story' | 'outlets' | 'articles' | 'events' | 'annotations'>,
  outletSlug?: string,
): TimelineView {
  const slug = analysis.story.slug;
  const articleOutlet = new Map(analysis.articles.map((article) => [article.id, article.outlet]));
  const outletOrder = new Map(analysis.outlets.map((outlet, index) => [outlet.slug, index]));
  const all = orderEvents(analysis.events).map((event) => {
    const outlets = new Map<string, { slug: string; name: string }>();
    for (const source of event.sources) {
      const outlet = articleOutlet.get(source.articleId);
      if (outlet) outlets.set(outlet.slug, outlet);
    }
    return { event, outlets: [...outlets.values()].sort((a, b) => (outletOrder.get(a.slug) ?? 0) - (outletOrder.get(b.slug) ?? 0)) };
  });
  const filters: OutletFilter[] = analysis.outlets.map((outlet) => ({
    slug: outlet.slug,
    name: outlet.name,
    count: all.filter((item) => item.outlets.some((candidate) => candidate.slug === outlet.slug)).length,
    href: timelineHref(slug, outlet.slug),
    current: outlet.slug === outletSlug,
  }));
  const selected = analysis.outlets.find((outlet) => outlet.slug === outletSlug) ?? null;
  const kept = selected ? all.filter((item) => item.outlets.some((outlet) => outlet.slug === selected.slug)) : all;
  const events: TimelineEvent[] = kept.map(({ event, outlets }, index) => {
    const seen = new Set<number>();
    const sources = event.sources
      .filter((source) => !seen.has(source.sentenceId) && seen.add(source.sentenceId))
      .map((source) => ({
        articleId: source.articleId,
        sentenceId: source.sentenceId,
        outletName: articleOutlet.get(source.articleId)?.name ?? `Article ${source.articleId}`,
        text: source.text,
        href: articleHref(slug, source.articleId, source.sentenceId),
      }))
      .sort(
        (a, b) =>
          (outletOrder.get(articleOutlet.get(a.articleId)?.slug ?? '') ?? 0) -
            (outletOrder.get(articleOutlet.get(b.articleId)?.slug ?? '') ?? 0) || a.sentenceId - b.sentenceId,
      );
    return {
      id: event.id,
      key: event.key,
      anchor: `event-${event.id}`,
      number: index + 1,
      date: event.date,
      precision: event.precision,
      dateLabel: formatEventDate(event.date, event.precision),
      label: event.label,
      note: event.note,
      editorNotes: analysis.annotations
        .filter((annotation) => annotation.targetType === 'event' && annotation.targetKey === event.key)
        .map(({ id, body, author, createdAt }) => ({ id, body, author, createdAt })),
      outlets,
      sources,
    };
  });
  return { events, totalEvents: all.length, filters, allHref: timelineHref(slug), selected, axis: layoutAxis(events) };
}
