// A short readable label for an event, cut from a source sentence (never rewritten), and
// a key derived from that label so notes attached to an event survive re-analysis.

import { stableHash } from '../text/stable-hash';
import { contentTerms } from './content-terms';

export const LABEL_MAX = 110;

// Datelines: "CITY —", "City, Country —", "CITY (Agency) -". Requiring capitals, a comma or
// an agency tag keeps "Name - who was …" (an aside, not a dateline) intact.
const DATELINE =
  /^(?:(?:[\p{Lu}][\p{Lu}.'’-]*\s+)*[\p{Lu}][\p{Lu}.'’-]+|[\p{Lu}][\p{L}.'’ -]{1,40},\s*[\p{Lu}][\p{L}.'’ -]{1,30}|[\p{Lu}][\p{L}.'’ -]{1,40}\s*\([\p{Lu}][\p{L}]{1,15}\))\s*[—–-]{1,2}\s+/u;
// Caption lead-ins that point at a photo rather than say anything.
const CAPTION_LEAD = /^(?:pictured|above|below|left|right|top|inset|file photo)\s*:\s*/i;
// A trailing ", the ministry said Sunday." / ", according to officials." after a statement.
const TRAILING_ATTRIBUTION =
  /,?["”’']?,?\s+(?:according to\b[^,]{1,60}|(?:[^,"“”]{1,60}?\s+)?(?:said|says|told|added|stated|noted|announced|reported)\b[^,"“”]{0,60})\.?$/i;

export function cleanLabel(sentence: string): string {
  let label = sentence.replace(/\s+/g, ' ').trim().replace(CAPTION_LEAD, '').replace(DATELINE, '');
  const withoutAttribution = label.replace(TRAILING_ATTRIBUTION, '');
  if (withoutAttribution !== label && withoutAttribution.split(' ').length >= 5) label = withoutAttribution;
  label = label.replace(/^(?:and|but|or)\s+/i, '').replace(/[\s,;:]+$/, '');
  if (/^\p{Ll}/u.test(label)) label = label[0].toUpperCase() + label.slice(1);
  return shorten(label);
}

/** At most LABEL_MAX characters, cut at a word boundary and marked with an ellipsis. */
export function shorten(text: string, max = LABEL_MAX): string {
  if (text.length <= max) return text.replace(/\.$/, '');
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-—–]+$/, '')}…`;
}

/**
 * "2021-06-08/visit-harbour-bridge-1f2e3d4c": the date, the label's first content terms
 * for a reader, and a hash of all of them so two events of one day never share a key.
 */
export function eventKey(date: string, label: string): string {
  const terms = contentTerms(label);
  const slug = [...new Set(terms)].slice(0, 3).join('-');
  return `${date}/${slug}-${stableHash([...new Set(terms)].sort().join(' '))}`;
}
