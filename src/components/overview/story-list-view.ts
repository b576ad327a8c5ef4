// The home page's line of row counts per story: the same count as every other page.
export { rowCountsText as claimCountsText } from '@/lib/row-counts';
