// Prints the rows of a story the golden sets never saw, for reading by hand: the five seed
// articles together with the sixteen coverage articles (tests/fixtures/coverage), or only
// the coverage files named. It checks the alignment's precision where nothing was tuned.
// `npx tsx tests/golden/combined-rows-report.ts [all|08,10,15] [confident|possible]`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseGoldenFiles } from './analyse-golden-files';

interface CoverageEntry {
  file: string;
  outlet: string;
  published: string;
}

const [which = 'all', level] = process.argv.slice(2);
const index = JSON.parse(readFileSync('tests/fixtures/coverage/index.json', 'utf8')) as { files: CoverageEntry[] };
const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as {
  articles: { file: string; outlet: string; publishedAt: string }[];
};
const prefixes = which.split(',');
const coverage = index.files
  .filter((entry) => which === 'all' || prefixes.some((prefix) => entry.file.startsWith(prefix)))
  .map((entry) => ({
    id: entry.file.slice(0, 2),
    path: join('tests/fixtures/coverage', entry.file),
    sourceFile: entry.file,
    outlet: entry.outlet,
    publishedAt: entry.published,
  }));
const seeds =
  which === 'all'
    ? manifest.articles.map((entry) => ({
        id: `s${entry.file.slice(0, 3)}`,
        path: join('seeds', entry.file),
        sourceFile: entry.file,
        outlet: entry.outlet,
        publishedAt: entry.publishedAt,
      }))
    : [];
const files = [...seeds, ...coverage];
const story = analyseGoldenFiles(files);
const claims = new Map(story.input.articles.flatMap((article) => article.claims).map((claim) => [claim.id, claim]));
const quotes = new Map(story.input.articles.flatMap((article) => article.quotes).map((quote) => [quote.id, quote]));
const counts: Record<string, number> = {};
for (const row of story.analysis.groups) counts[row.status] = (counts[row.status] ?? 0) + 1;
console.log(`${files.map((file) => `${file.id}=${file.outlet} ${file.publishedAt}`).join('; ')}\nrows ${JSON.stringify(counts)}`);
let shown = 0;
for (const row of story.analysis.groups) {
  if (new Set(row.members.map((member) => member.articleId)).size < 2) continue;
  if (level === 'confident' && row.status === 'possible') continue;
  if (level === 'possible' && row.status !== 'possible') continue;
  console.log(`\n#${++shown} [${row.kind} ${row.status} ${row.score.toFixed(2)}] ${row.divergences.map((d) => d.kind).join(',')}`);
  for (const member of row.members) {
    const text = member.claimId ? claims.get(member.claimId)!.text : `“${quotes.get(member.quoteId!)!.text}”`;
    console.log(`  ${story.fileOf(member.articleId)} ${member.similarity.toFixed(2)} ${text.replace(/\s+/g, ' ').slice(0, 240)}`);
  }
}
