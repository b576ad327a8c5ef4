import { describe, expect, it } from 'vitest';
import { evidenceSource } from '@/components/compare/why-details';

describe('evidenceSource', () => {
  it('evidenceSource: names the evidence route of the row the fallback link points at, keeping the outlets', () => {
    expect(evidenceSource('/stories/a-story/compare?outlets=alpha,beta&kind=number&why=42#row-42')).toBe(
      '/api/stories/a-story/rows/42/evidence?outlets=alpha,beta',
    );
    expect(evidenceSource('/stories/a-story/compare?why=7#row-7')).toBe('/api/stories/a-story/rows/7/evidence');
  });
});
