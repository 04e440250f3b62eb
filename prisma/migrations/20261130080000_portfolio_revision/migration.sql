-- CreateTable
CREATE TABLE "PortfolioRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "PortfolioRevision_pkey" PRIMARY KEY ("id")
);

-- Hand-written from here: the one row, and the triggers that give it a new revision. That is an UPDATE
-- of the row, so it commits (or rolls back) with the change that caused it: a reader that sees the new
-- revision also sees the change. Writes the portfolio does not show (drafts, submissions, answers,
-- sessions) do not bump it, so they never wait on its lock.
INSERT INTO "PortfolioRevision" ("id") VALUES (1);

CREATE FUNCTION "bump_portfolio_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "PortfolioRevision" SET "revision" = gen_random_uuid() WHERE "id" = 1;
  RETURN NULL;
END $$;

-- Only accepted assessments reach the portfolio: becoming accepted, or ceasing to be, counts. Named to
-- fire after "Assessment_program_standing" (triggers fire in name order), so every writer takes the
-- program's row lock before this row's, and two of them never wait on each other in opposite order.
CREATE TRIGGER "Assessment_revision_insert" AFTER INSERT ON "Assessment"
  FOR EACH ROW WHEN (NEW."status" = 'ACCEPTED') EXECUTE FUNCTION "bump_portfolio_revision"();
CREATE TRIGGER "Assessment_revision_update" AFTER UPDATE ON "Assessment"
  FOR EACH ROW WHEN ((OLD."status" = 'ACCEPTED' OR NEW."status" = 'ACCEPTED') AND OLD IS DISTINCT FROM NEW)
  EXECUTE FUNCTION "bump_portfolio_revision"();
CREATE TRIGGER "Assessment_revision_delete" AFTER DELETE ON "Assessment"
  FOR EACH ROW WHEN (OLD."status" = 'ACCEPTED') EXECUTE FUNCTION "bump_portfolio_revision"();

-- A snapshot is taken at submission (not shown yet), or later for an accepted assessment that had none.
CREATE FUNCTION "snapshot_bumps_portfolio_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Assessment" WHERE "id" = COALESCE(NEW."assessmentId", OLD."assessmentId") AND "status" = 'ACCEPTED') THEN
    UPDATE "PortfolioRevision" SET "revision" = gen_random_uuid() WHERE "id" = 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "ScoreSnapshot_portfolio_revision" AFTER INSERT OR UPDATE OR DELETE ON "ScoreSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "snapshot_bumps_portfolio_revision"();

-- The program pointers are rewritten (often unchanged) on every assessment status change: only a real
-- change of what the portfolio reads counts.
CREATE TRIGGER "Program_portfolio_revision_update" AFTER UPDATE ON "Program"
  FOR EACH ROW WHEN (
    OLD."name" IS DISTINCT FROM NEW."name" OR OLD."agencyId" IS DISTINCT FROM NEW."agencyId"
    OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt"
    OR OLD."baselineAssessmentId" IS DISTINCT FROM NEW."baselineAssessmentId"
    OR OLD."latestAssessmentId" IS DISTINCT FROM NEW."latestAssessmentId")
  EXECUTE FUNCTION "bump_portfolio_revision"();
CREATE TRIGGER "Program_portfolio_revision" AFTER INSERT OR DELETE ON "Program"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_portfolio_revision"();

-- Every change to these tables counts, once per statement.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Target', 'Agency', 'Cycle', 'MaturityModel', 'Level', 'Discipline', 'Practice', 'Resource', 'ResourcePractice', 'ResourceDiscipline'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_portfolio_revision"()', t || '_portfolio_revision', t);
  END LOOP;
END $$;
