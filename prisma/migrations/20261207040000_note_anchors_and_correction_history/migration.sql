-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "anchors" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "targetLabel" TEXT;

-- AlterTable
ALTER TABLE "Correction" ADD COLUMN     "reason" TEXT,
ADD COLUMN     "undoneAt" TIMESTAMP(3),
ADD COLUMN     "undoneBy" TEXT;

-- Notes written before anchors were kept: anchor them now to their targets' current
-- positions (an event's source sentences, a row's claims or quotations: file @ offset).
UPDATE "Annotation" AS a
SET "anchors" = t."anchors", "targetLabel" = t."label"
FROM (
  SELECT e."storyId", e."key", e."label",
         ARRAY_AGG(ar."sourceFile" || '@' || s."start" ORDER BY ar."sourceFile", s."start") AS "anchors"
  FROM "Event" e
  JOIN "EventSource" es ON es."eventId" = e."id"
  JOIN "Sentence" s ON s."id" = es."sentenceId"
  JOIN "Article" ar ON ar."id" = s."articleId"
  GROUP BY e."storyId", e."key", e."label"
) AS t
WHERE a."targetType" = 'event' AND a."storyId" = t."storyId" AND a."targetKey" = t."key";

UPDATE "Annotation" AS a
SET "anchors" = t."anchors", "targetLabel" = t."label"
FROM (
  SELECT g."storyId", g."key", g."label",
         ARRAY_AGG(ar."sourceFile" || '@' || COALESCE(c."start", q."start") ORDER BY ar."sourceFile") AS "anchors"
  FROM "ClaimGroup" g
  JOIN "ClaimGroupMember" m ON m."groupId" = g."id"
  JOIN "Article" ar ON ar."id" = m."articleId"
  LEFT JOIN "Claim" c ON c."id" = m."claimId"
  LEFT JOIN "Quote" q ON q."id" = m."quoteId"
  WHERE c."id" IS NOT NULL OR q."id" IS NOT NULL
  GROUP BY g."storyId", g."key", g."label"
) AS t
WHERE a."targetType" IN ('claimGroup', 'quote') AND a."storyId" = t."storyId" AND a."targetKey" = t."key";
