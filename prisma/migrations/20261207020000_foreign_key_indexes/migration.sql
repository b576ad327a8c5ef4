-- Foreign keys that had no index: deleting a sentence (replacing or deleting a large
-- article) or a claim-group member (every re-analysis) scanned these whole tables once
-- per deleted row, which is quadratic in the size of a large article or story.

-- CreateIndex
CREATE INDEX "Mention_sentenceId_idx" ON "Mention"("sentenceId");

-- CreateIndex
CREATE INDEX "Quote_sentenceId_idx" ON "Quote"("sentenceId");

-- CreateIndex
CREATE INDEX "Claim_sentenceId_idx" ON "Claim"("sentenceId");

-- CreateIndex
CREATE INDEX "DivergenceMember_memberId_idx" ON "DivergenceMember"("memberId");

-- CreateIndex
CREATE INDEX "EventSource_sentenceId_idx" ON "EventSource"("sentenceId");
