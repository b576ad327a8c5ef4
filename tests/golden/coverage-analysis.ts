// The second golden story (eight coverage articles, see coverage-story.golden.ts) analysed
// once per test file, for the alignment scoring tests.
import { join } from 'node:path';
import { analyseGoldenFiles, type GoldenAnalysis } from './analyse-golden-files';
import { type CoverageFileId, coverageFiles } from './coverage-story.golden';

let cached: GoldenAnalysis<CoverageFileId> | undefined;

export function analyseCoverageStory(): GoldenAnalysis<CoverageFileId> {
  cached ??= analyseGoldenFiles(
    (Object.entries(coverageFiles) as [CoverageFileId, { sourceFile: string; outlet: string; publishedAt: string }][]).map(
      ([id, meta]) => ({
        id,
        path: join(process.cwd(), 'tests/fixtures/coverage', meta.sourceFile),
        sourceFile: meta.sourceFile,
        outlet: meta.outlet,
        publishedAt: meta.publishedAt,
      }),
    ),
  );
  return cached;
}
