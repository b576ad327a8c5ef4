// Shared assertions for the per-article stage tests: spans must point at exactly the text they claim.
import { expect } from 'vitest';
import type { ParagraphSpan, SentenceSpan } from '@/pipeline/types';

export function expectValidParagraphSpans(text: string, paragraphs: ParagraphSpan[]): void {
  let previousEnd = -2;
  for (const paragraph of paragraphs) {
    const slice = text.slice(paragraph.start, paragraph.end);
    expect(paragraph.start).toBe(previousEnd + 2); // exactly one blank line between paragraphs
    expect(slice.length).toBeGreaterThan(0);
    expect(slice).toBe(slice.trim());
    expect(slice).not.toContain('\n');
    previousEnd = paragraph.end;
  }
  expect(previousEnd === -2 ? 0 : previousEnd).toBe(text.length);
}

export function expectValidSentenceSpans(text: string, paragraphs: ParagraphSpan[], sentences: SentenceSpan[]): void {
  let previousEnd = 0;
  for (const sentence of sentences) {
    const paragraph = paragraphs[sentence.paragraphIndex];
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    const slice = text.slice(sentence.start, sentence.end);
    expect(slice).toBe(slice.trim());
    expect(slice.length).toBeGreaterThan(0);
    previousEnd = sentence.end;
  }
  // every paragraph holds at least one sentence
  expect(new Set(sentences.map((s) => s.paragraphIndex)).size).toBe(paragraphs.length);
}

/** Paragraph texts of a given kind. */
export function textsOfKind(text: string, paragraphs: ParagraphSpan[], kind: ParagraphSpan['kind']): string[] {
  return paragraphs.filter((p) => p.kind === kind).map((p) => text.slice(p.start, p.end));
}

/** Each paragraph as "kind: text", for readable failures. */
export function describeParagraphs(text: string, paragraphs: ParagraphSpan[]): string[] {
  return paragraphs.map((p) => `${p.kind}: ${text.slice(p.start, p.end)}`);
}
