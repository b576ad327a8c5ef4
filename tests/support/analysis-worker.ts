// An analysis worker in the test process, as `npm run worker` runs one: uploads and corrections
// only queue jobs, so a test that expects their analysis to complete needs one running.
import type { AnalysisWorker } from '../../src/server/jobs/analysis-worker';

export async function startTestWorker(url: string): Promise<AnalysisWorker> {
  const { startAnalysisWorker } = await import('../../src/server/jobs/analysis-worker');
  return startAnalysisWorker({ url, log: () => undefined });
}
