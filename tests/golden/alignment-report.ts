// Prints both golden stories' alignment for reading by hand: the scores and, with --rows,
// every multi-outlet row with its members. `npx tsx tests/golden/alignment-report.ts [--rows] [seed|coverage]`
import { goldenStories, scoreAlignment } from './golden-stories';

const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
for (const golden of goldenStories().filter((g) => !only || g.name === only)) {
  const claims = new Map(golden.input.articles.flatMap((a) => a.claims).map((c) => [c.id, c]));
  const quotes = new Map(golden.input.articles.flatMap((a) => a.quotes).map((q) => [q.id, q]));
  const multi = golden.analysis.groups.filter((g) => new Set(g.members.map((m) => m.articleId)).size > 1);
  if (process.argv.includes('--rows')) {
    for (const g of multi) {
      console.log(`\n[${golden.name} ${g.kind} ${g.status} ${g.score.toFixed(2)}] ${g.divergences.map((d) => d.kind).join(',')}`);
      for (const m of g.members) {
        const text = m.claimId ? claims.get(m.claimId)!.text : `“${quotes.get(m.quoteId!)!.text}”`;
        console.log(`  ${golden.fileOf(m.articleId)} ${m.similarity.toFixed(2)} ${text.replace(/\s+/g, ' ').slice(0, 230)}`);
      }
    }
  }
  const counts = { agreed: 0, diverged: 0, possible: 0, single: 0 };
  for (const g of golden.analysis.groups) counts[g.status]++;
  const s = scoreAlignment(golden);
  console.log(
    `\n${golden.name}: rows ${JSON.stringify(counts)}; golden facts ${s.grouped}/${s.facts} on confident rows (${Math.round((100 * s.grouped) / s.facts)}%), ${s.possible} more on possible rows`,
  );
  console.log(`  missed: ${s.missed.join(' ')}\n  different-fact pairs on a confident row: ${s.wronglyGrouped.join(' ') || 'none'}`);
  console.log(`  labelled pairs on confident rows: ${s.labelledPairs.same} same fact, ${s.labelledPairs.different} different facts`);
}
