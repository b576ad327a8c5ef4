// The five seed files analysed once per test file, for the golden scoring tests (outlet
// and publication time from seeds/manifest.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseGoldenFiles, type GoldenAnalysis } from './analyse-golden-files';
import { type FileId, goldenFiles } from './seed-story.golden';

export type SeedAnalysis = GoldenAnalysis<FileId>;

let cached: SeedAnalysis | undefined;

export function analyseSeedStory(): SeedAnalysis {
  if (cached) return cached;
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'seeds/manifest.json'), 'utf8')) as {
    articles: { file: string; outlet: string; publishedAt: string }[];
  };
  cached = analyseGoldenFiles(
    (Object.entries(goldenFiles) as [FileId, { sourceFile: string }][]).map(([id, meta]) => {
      const entry = manifest.articles.find((article) => article.file === meta.sourceFile)!;
      return {
        id,
        path: join(process.cwd(), 'seeds', entry.file),
        sourceFile: entry.file,
        outlet: entry.outlet,
        publishedAt: entry.publishedAt,
      };
    }),
  );
  return cached;
}
