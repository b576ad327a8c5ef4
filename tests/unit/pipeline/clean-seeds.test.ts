// The clean stage on the real seed files and on the extra coverage files. Expectations were
// written by reading the files (see DESIGN.md, "Traps in the files"), not from the output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '@/pipeline/stages';
import { cleanArticleText } from '@/pipeline/stages/clean';
import { expectValidParagraphSpans, expectValidSentenceSpans, textsOfKind } from './article-assertions';

const SEEDS = join(__dirname, '../../../seeds');
const COVERAGE = join(__dirname, '../../fixtures/coverage');
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix))!;
  return cleanArticleText(readFileSync(join(SEEDS, name), 'utf8'));
};
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('clean: seed files', () => {
  it.each([
    [
      '000',
      'Can Kamala clinch a deal to secure the border? VP lands in Mexico for crunch meeting with president she has been courting for months',
    ],
    ['001', 'Harris Meets With Mexico’s President'],
    ['003', 'US Vice President Calls for Immigration Effort With Mexico'],
    ['004', 'AMLO welcomes US Vice President Kamala Harris'],
  ])('clean: seed %s has its real headline', (prefix, headline) => {
    const { text, paragraphs, headline: found } = seed(prefix);
    expect(found).toBe(headline);
    expect(textsOfKind(text, paragraphs, 'headline')).toEqual([headline]);
  });

  it('clean: seed 002 (no headline in the file) starts with its lede as body, one paragraph per line', () => {
    const { text, paragraphs, headline } = seed('002');
    expect(paragraphs).toHaveLength(16);
    expect(paragraphs.every((p) => p.kind === 'body')).toBe(true);
    expect(headline).toMatch(/^The Vice President of the United States, Kamala Harris, arrived this Tuesday/);
    expect(text).toContain('Andrés Manuel López Obrador');
  });

  it('clean: seed 000 keeps summary bullets without their markers and drops non-breaking spaces', () => {
    const { text, paragraphs } = seed('000');
    const bullets = textsOfKind(text, paragraphs, 'bullet');
    expect(bullets).toHaveLength(5);
    expect(bullets[0]).toBe("To close her first foreign trip, Harris will meet Mexico's President Lopez Obrador");
    expect(text).not.toMatch(/[\u00a0•]/);
    expect(text).toContain('Lopez Obrador’s party'); // U+00B4 used as an apostrophe
  });

  it('clean: seed 000 prints each duplicated caption once, and keeps the body paragraph a caption repeats', () => {
    const { text, paragraphs } = seed('000');
    const captions = textsOfKind(text, paragraphs, 'caption');
    expect(count(text, "Harris' first international trip was met with protesters demanding she 'mind your own business'")).toBe(1);
    expect(captions).toContain("Harris' first international trip was met with protesters demanding she 'mind your own business'");
    expect(count(text, 'Pictured: Migrants and pro-migrants advocates demonstrate')).toBe(1);
    expect(count(text, 'Alexandria Ocasio-Cortez, pictured on June 5')).toBe(1);
    expect(textsOfKind(text, paragraphs, 'body')).toContain(
      'Vice President Kamala Harris has landed in Mexico for a crunch meeting with President Andres Manuel Lopez Obrador, who she has been courting for months.',
    );
    expect(captions.filter((c) => c.startsWith('Vice President Kamala Harris has landed in Mexico'))).toHaveLength(1);
  });

  it('clean: seed 000 loses the appended story on the Mexican election and its wire credit', () => {
    const { text, paragraphs } = seed('000');
    expect(text).not.toContain('Mexico president upbeat despite election setback');
    expect(text).not.toContain('Morena');
    expect(text).not.toContain('Reporting by');
    const last = paragraphs[paragraphs.length - 1];
    expect(text.slice(last.start, last.end)).toMatch(/^'And this has caused Central American migrants/);
    expect(textsOfKind(text, paragraphs, 'subhead')).toEqual([
      "Kamala says she WON'T visit the border because it would just be a 'grand gesture' at Guatemala press conference",
    ]);
  });

  it('clean: seed 001 loses its chrome and the repeated video title; keeps the dek and the caption once without credit', () => {
    const { text, paragraphs } = seed('001');
    expect(text).not.toContain('Continue reading the main story');
    expect(text).not.toContain('Leave a Reply');
    expect(text).not.toMatch(/Credit|Erin Schaff|1:07 p\.m\./);
    expect(count(text, 'Harris Meets With Mexico’s President')).toBe(1);
    expect(textsOfKind(text, paragraphs, 'standfirst')[0]).toMatch(/^While meeting with Mexico’s president/);
    expect(textsOfKind(text, paragraphs, 'caption')).toEqual([
      'Vice President Kamala Harris met with President Andres Manuel Lopez Obrador of Mexico on Tuesday to discuss migration, human trafficking and economic cooperation.',
    ]);
  });

  it('clean: seed 001 video transcript turns are transcript paragraphs, one per speaker label', () => {
    const { text, paragraphs } = seed('001');
    expect(textsOfKind(text, paragraphs, 'transcript')).toEqual([
      'Reporter: “Will you increase your assistance in immigration enforcement?”',
      'Translator: “We will be speaking to the vice president, and we are very pleased to have her here.”',
      'Translator: “And we will touch on that subject.”',
      'Translator: “But always addressing the fundamental root causes.”',
    ]);
  });

  it('clean: seed 003 loses its chrome and keeps its photo caption and two subheads', () => {
    const { text, paragraphs } = seed('003');
    expect(text).not.toMatch(/Accessibility links|Breaking News/);
    expect(textsOfKind(text, paragraphs, 'transcript')).toEqual([]);
    expect(textsOfKind(text, paragraphs, 'subhead')).toEqual(["'Range of challenges'", 'Guatemala trip']);
    expect(textsOfKind(text, paragraphs, 'caption')[0]).toMatch(/^Vice President Kamala Harris speaks during a virtual meeting/);
  });

  it('clean: seed 004 loses the skip link and opens the body with its dateline', () => {
    const { text, paragraphs } = seed('004');
    expect(text).not.toMatch(/skip to content/i);
    expect(text.slice(paragraphs[1].start, paragraphs[1].end)).toMatch(/^Mexico City, Mexico — President Andrés Manuel López Obrador/);
  });
});

const OBVIOUS_CHROME = [
  /continue reading/i,
  /skip to/i,
  /leave a reply/i,
  /your email address/i,
  /html tags/i,
  /^advertisement$/i,
  /^by [A-Z]/,
  /sign up|subscribe|newsletter|join now/i,
  /^(published|updated)\b/i,
  /^\d{1,2}:\d{2}$/,
  /^no menu items/i,
  /\(@\w+\)/,
  /see below:$/,
  /^\[.*\]$/,
  /^leer en/i,
  /credit/i,
  /^source:/i,
  /What we know/,
  /stories$/i,
  /^date /i,
];

describe('clean: coverage files', () => {
  const files = readdirSync(COVERAGE).filter((file) => file.endsWith('.txt'));
  it.each(files)('clean: %s gives sane text, headline, spans and no obvious chrome', (file) => {
    const doc = analyseArticle({
      sourceFile: file,
      rawText: readFileSync(join(COVERAGE, file), 'utf8'),
      publishedAt: new Date('2021-06-08'),
    });
    const text = doc.text!;
    expect(text.length).toBeGreaterThan(300);
    expect(doc.headline!.length).toBeGreaterThan(10);
    expectValidParagraphSpans(text, doc.paragraphs!);
    expectValidSentenceSpans(text, doc.paragraphs!, doc.sentences!);
    for (const paragraph of doc.paragraphs!) {
      const slice = text.slice(paragraph.start, paragraph.end);
      for (const pattern of OBVIOUS_CHROME) expect(slice, `${paragraph.kind}: ${slice}`).not.toMatch(pattern);
    }
    expect(doc.language).toBe(file.includes('_es_') ? 'es' : 'en');
  });

  it.each([
    ['04_', 'Mexico hails Harris after visit, flags more border talks'],
    ['10_', 'Kamala Harris says Mexico, US are entering new era'],
    ['35_', 'Harris turns focus to Mexico on trip to address migration'],
  ])('clean: coverage %s headline is found under the chrome and without its stamp', (prefix, headline) => {
    const file = files.find((name) => name.startsWith(prefix))!;
    expect(cleanArticleText(readFileSync(join(COVERAGE, file), 'utf8')).headline).toBe(headline);
  });
});
