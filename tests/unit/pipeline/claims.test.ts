import { describe, expect, it } from 'vitest';
import { runStages } from '@/pipeline/run-pipeline';
import { type Claim, claimsStage } from '@/pipeline/stages/claims';
import { cleanStage } from '@/pipeline/stages/clean';
import { numbersDatesStage } from '@/pipeline/stages/numbers-dates';
import { sentencesStage } from '@/pipeline/stages/sentences';

const raw = [
  'Talks end with a pledge',
  '',
  'The minister promised more than 2,000 new homes on Monday. Yes, really.',
  '',
  'The opposition said the plan came too late for families waiting since March.',
].join('\n');

function claimsOf(text: string): Claim[] {
  const doc = runStages([cleanStage, sentencesStage, numbersDatesStage, claimsStage], {
    sourceFile: 't.txt',
    rawText: text,
    publishedAt: new Date('2021-06-08T12:00:00Z'),
  });
  return doc.claims as Claim[];
}

describe('claims', () => {
  it('claims: one claim per sentence of four words or more, with its span', () => {
    const claims = claimsOf(raw);
    expect(claims.map((claim) => claim.text)).toEqual([
      'Talks end with a pledge',
      'The minister promised more than 2,000 new homes on Monday.',
      'The opposition said the plan came too late for families waiting since March.',
    ]);
  });

  it('claims: carry the quantities and dates of their sentence', () => {
    const [, pledge, reaction] = claimsOf(raw);
    expect(pledge.quantities.map((q) => [q.value, q.qualifier, q.unit])).toEqual([[2000, 'more than', 'homes']]);
    expect(pledge.dates.map((d) => d.date)).toEqual(['2021-06-07']);
    expect(reaction.quantities).toEqual([]);
    expect(reaction.dates.map((d) => d.date)).toEqual(['2021-03']);
  });

  it('claims: keep the kind of the paragraph they come from', () => {
    expect(claimsOf(raw).map((claim) => claim.paragraphKind)).toEqual(['headline', 'body', 'body']);
  });
});
