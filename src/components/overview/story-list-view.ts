// The home page's line of claim counts per story.
export function claimCountsText(counts: { agreed: number; diverged: number }): string {
  const total = counts.agreed + counts.diverged;
  return `${counts.agreed} agreed · ${counts.diverged} diverged ${total === 1 ? 'claim' : 'claims'}`;
}
