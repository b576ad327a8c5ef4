import { describe, expect, it } from 'vitest';
import { evidenceSummaryName } from '@/components/ui/evidence-details';

describe('evidenceSummaryName', () => {
  it.each([
    ['a short label whole', 'Why?', 'Harris met López Obrador', 'Why: Harris met López Obrador'],
    [
      'a long label cut at a word, with an ellipsis',
      'Why?',
      'US Border Patrol recorded more than 170,000 encounters at the southern border in April, the most in two decades',
      'Why: US Border Patrol recorded more than 170,000 encounters at…',
    ],
    ['white space folded', 'Why?', '  two\n  lines ', 'Why: two lines'],
  ])('evidence details: names %s', (_name, summary, about, expected) => {
    expect(evidenceSummaryName(summary, about)).toBe(expected);
  });
});
