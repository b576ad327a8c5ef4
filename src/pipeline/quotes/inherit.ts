// Transcript turns, and speakers carried over to unattributed quotes (same sentence, a quote
// running on into the next paragraph, a colon-introduced paragraph, a floating quote).
import type { ParagraphSpan, SentenceSpan } from '../types';
import { attributionBefore } from './attribution';
import { scanQuoteMarks } from './marks';
import { type Found, sentenceAt, wordCount } from './model';

export function transcriptTurn(text: string, paragraph: ParagraphSpan, pi: number, label: string, sentences: SentenceSpan[]): Found[] {
  const ptext = text.slice(paragraph.start, paragraph.end);
  const colon = ptext.indexOf(':');
  const spans = scanQuoteMarks(ptext).filter((s) => s.open > colon);
  const ranges = spans.length > 0 ? spans.map((s) => [s.start, s.end]) : [[colon + 1, ptext.length]];
  const out: Found[] = [];
  for (const [from, to] of ranges) {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(ptext[s])) s++;
    while (e > s && /\s/.test(ptext[e - 1])) e--;
    if (e <= s) continue;
    const start = paragraph.start + s;
    out.push({
      start,
      end: paragraph.start + e,
      text: text.slice(start, paragraph.start + e),
      speakerLabel: label,
      verb: null,
      kind: 'transcript',
      confidence: 0.95,
      sentenceIndex: sentenceAt(sentences, start),
      isQuotation: true,
      paragraphIndex: pi,
      fillsParagraph: true,
      continuation: false,
      attributed: true,
    });
  }
  return out;
}

/** Unattributed quotes take the speaker of the quote they continue (same paragraph, run-on, or floating). */
export function inherit(found: Found[], text: string, paragraphs: ParagraphSpan[]): void {
  // `"…," and had "…," X said`: an attribution later in the same sentence covers both fragments.
  for (let i = found.length - 2; i >= 0; i--) {
    const q = found[i];
    const next = found[i + 1];
    if (q.attributed || q.naming || q.kind === 'transcript' || next.paragraphIndex !== q.paragraphIndex || !next.speakerLabel) continue;
    const between = text.slice(q.end, next.start);
    if (/[.!?]["”’']?\s+\p{Lu}/u.test(between) || /[.!?]$/.test(q.text) || /\b(?:while|whereas|but|although)\b/.test(between)) continue;
    Object.assign(q, { speakerLabel: next.speakerLabel, verb: next.verb, confidence: 0.8, attributed: true, isQuotation: true });
  }
  // The latest earlier quote with a speaker, kept as the loop goes (a backward search from
  // every quote was quadratic in the number of quotes of a long article).
  let prev: Found | undefined;
  const canLend = (p: Found) => p.isQuotation && !!p.speakerLabel && p.kind !== 'transcript';
  for (let i = 0; i < found.length; i++) {
    if (i > 0 && canLend(found[i - 1])) prev = found[i - 1];
    const q = found[i];
    if (q.attributed || q.naming || q.kind === 'transcript') continue;
    if (q.continuation) {
      // "…added:" at the end of the previous paragraph introduces this one.
      const prevPara = paragraphs[q.paragraphIndex - 1];
      const intro = prevPara ? text.slice(prevPara.start, prevPara.end) : '';
      const introduced =
        /:\s*$/.test(intro) && (!prev || prev.paragraphIndex !== q.paragraphIndex - 1)
          ? attributionBefore(intro.split(/(?<=[.!?])\s+/).pop() ?? '')
          : null;
      if (introduced) {
        Object.assign(q, { speakerLabel: introduced.label, verb: introduced.verb, confidence: q.confidence + 0.3 });
        q.isQuotation = true;
        if (/^[\p{Lu}\p{N}]/u.test(q.text)) q.kind = 'direct';
        continue;
      }
    }
    if (!prev) continue;
    const sameParagraph = prev.paragraphIndex === q.paragraphIndex;
    const runOn = q.continuation && prev.paragraphIndex === q.paragraphIndex - 1;
    const floating = q.fillsParagraph && q.paragraphIndex - prev.paragraphIndex <= 2 && wordCount(q.text) >= 4;
    if (!sameParagraph && !runOn && !floating) continue;
    q.speakerLabel = prev.speakerLabel;
    q.verb = null;
    q.confidence = runOn || sameParagraph ? 0.75 : 0.6;
    if (runOn || floating) {
      q.isQuotation = true;
      if (/^[\p{Lu}\p{N}]/u.test(q.text)) q.kind = 'direct';
    }
  }
}
