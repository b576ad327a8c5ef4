// An article's metadata read from the page itself, in a fixed order of trust: schema.org
// NewsArticle/Article JSON-LD, then Open Graph and article: meta tags, then the document
// (<title>, <h1>, <html lang>, <link rel=canonical>, <time datetime>, meta name=author).
// Each field records where it came from, so the editor sees how sure it is.

export type MetadataSource = 'json-ld' | 'open-graph' | 'document' | 'address';

export interface PageTime {
  /** As written on the page. */
  text: string;
  /** The instant; for a date without a time, noon UTC of that day. */
  iso: string;
  /** "+02:00", "Z", or null when the page gave no time zone (the time is then read as UTC). */
  zone: string | null;
}

export interface Sourced<T> {
  value: T;
  source: MetadataSource;
}

export interface PageMetadata {
  outlet: Sourced<string> | null;
  headline: Sourced<string> | null;
  authors: Sourced<string[]> | null;
  published: Sourced<PageTime> | null;
  modified: Sourced<PageTime> | null;
  canonicalUrl: Sourced<string> | null;
  language: Sourced<string> | null;
  /** schema.org isAccessibleForFree: false: the page may show only part of the article. */
  paywalled: boolean;
  /** The schema.org type found (NewsArticle, LiveBlogPosting, …), if any. */
  schemaType: string | null;
  /** CSS selectors of the parts schema.org marks as not free (hasPart.cssSelector): where a paywall prompt sits. */
  paywallSelectors: string[];
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|Report)$/;

export function readPageMetadata(document: Document, pageUrl: string): PageMetadata {
  const ld = findArticleJsonLd(document);
  const meta = (key: string) => metaContent(document, key);
  const first = <T>(...candidates: (Sourced<T> | null)[]): Sourced<T> | null => candidates.find((c) => c !== null) ?? null;
  const from = <T>(source: MetadataSource, value: T | null | undefined): Sourced<T> | null =>
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
      ? null
      : { value: typeof value === 'string' ? (clean(value) as T) : value, source };

  const h1 = document.querySelector('h1')?.textContent;
  const canonicalLink = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const timeElement = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const host = hostName(pageUrl);

  return {
    outlet: first(
      from('json-ld', nameOf(ld?.publisher)),
      from('open-graph', meta('og:site_name')),
      from('document', meta('application-name')),
      from('address', host),
    ),
    headline: first(
      from('json-ld', stringOf(ld?.headline) ?? stringOf(ld?.name)),
      from('open-graph', meta('og:title')),
      from('document', h1 ?? document.title),
    ),
    authors: first(
      from('json-ld', namesOf(ld?.author)),
      from(
        'open-graph',
        metaAll(document, 'article:author').filter((value) => !/^https?:/i.test(value)),
      ),
      from('document', metaAll(document, 'author')),
    ),
    published: first(
      from('json-ld', pageTime(stringOf(ld?.datePublished))),
      from('open-graph', pageTime(meta('article:published_time'))),
      from('document', pageTime(meta('date') ?? meta('pubdate') ?? meta('datePublished') ?? timeElement)),
    ),
    modified: first(
      from('json-ld', pageTime(stringOf(ld?.dateModified))),
      from('open-graph', pageTime(meta('article:modified_time') ?? meta('og:updated_time'))),
    ),
    canonicalUrl: first(
      from('json-ld', webAddress(urlOf(ld?.mainEntityOfPage) ?? stringOf(ld?.url), pageUrl)),
      from('open-graph', webAddress(meta('og:url'), pageUrl)),
      from('document', webAddress(canonicalLink, pageUrl)),
    ),
    language: first(
      from('json-ld', languageTag(stringOf(ld?.inLanguage))),
      from('open-graph', languageTag(meta('og:locale'))),
      from('document', languageTag(document.documentElement.getAttribute('lang'))),
    ),
    paywalled: notFree(ld?.isAccessibleForFree),
    schemaType: ld ? (typesOf(ld).find((type) => ARTICLE_TYPE.test(type)) ?? null) : null,
    paywallSelectors: flatten(ld?.hasPart)
      .filter((part) => notFree(part.isAccessibleForFree))
      .map((part) => stringOf(part.cssSelector))
      .filter((selector): selector is string => Boolean(selector)),
  };
}

/** The first schema.org article object among the page's JSON-LD blocks (inside @graph or arrays too). */
function findArticleJsonLd(document: Document): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is skipped; the next sources still apply
    }
    const found = flatten(data).find((item) => typesOf(item).some((type) => ARTICLE_TYPE.test(type)));
    if (found) return found;
  }
  return null;
}

function flatten(data: unknown, depth = 0): JsonObject[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item) => flatten(item, depth + 1));
  const object = data as JsonObject;
  return [object, ...flatten(object['@graph'], depth + 1)];
}

function notFree(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.toLowerCase() === 'false');
}

function typesOf(item: JsonObject): string[] {
  const type = item['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((entry): entry is string => typeof entry === 'string').map((entry) => entry.replace(/^.*[/:]/, ''));
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as JsonObject).name);
  return null;
}

function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const names = list.map(nameOf).filter((name): name is string => Boolean(name?.trim()));
  return [...new Set(names.map(clean))].slice(0, 20);
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return stringOf((value as JsonObject)['@id']) ?? stringOf((value as JsonObject).url);
  return null;
}

function metaContent(document: Document, key: string): string | null {
  return metaAll(document, key)[0] ?? null;
}

function metaAll(document: Document, key: string): string[] {
  const values: string[] = [];
  for (const element of document.querySelectorAll('meta')) {
    const name = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    if (name?.toLowerCase() !== key.toLowerCase()) continue;
    const content = element.getAttribute('content')?.trim();
    if (content) values.push(content);
  }
  return values;
}

const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO 8601 time as pages write it; its zone is kept apart so the form can show it. */
export function pageTime(text: string | null | undefined): PageTime | null {
  if (!text) return null;
  const trimmed = text.trim();
  const match = TIME.exec(trimmed);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (h === undefined) return { text: trimmed, iso: new Date(Date.UTC(year, month - 1, day, 12)).toISOString(), zone: null };
  const [hour, minute, second] = [Number(h), Number(mi), Number(s ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  const normalisedZone = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : null;
  if (normalisedZone && normalisedZone !== 'Z')
    offset = (normalisedZone[0] === '-' ? -1 : 1) * (Number(normalisedZone.slice(1, 3)) * 60 + Number(normalisedZone.slice(4)));
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return { text: trimmed, iso: new Date(instant).toISOString(), zone: normalisedZone };
}

function webAddress(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function languageTag(value: string | null | undefined): string | null {
  const tag = value?.trim().replace('_', '-');
  return tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag.split('-')[0].toLowerCase() : null;
}

function hostName(pageUrl: string): string | null {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, 500);
}
