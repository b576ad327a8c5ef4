-- Rows that are only possibly one fact (no agreement, divergence or omission verdict rests on them).
ALTER TYPE "GroupStatus" ADD VALUE 'possible';
