-- AlterTable
ALTER TABLE "AnalysisRun" ADD COLUMN     "jobId" TEXT,
ADD COLUMN     "workerKey" INTEGER;

-- Runs left "running" by the in-process background work that came before durable jobs can never finish.
UPDATE "AnalysisRun" SET "status" = 'failed', "finishedAt" = now(), "error" = 'The analysis stopped before it finished (the server was restarted); add the article again.'
WHERE "status" = 'running';
