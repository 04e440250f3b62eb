-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "baselineAssessmentId" UUID,
ADD COLUMN     "latestAssessmentId" UUID;

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "assessmentId" UUID NOT NULL,
    "overallScore" DOUBLE PRECISION,
    "overallLevel" INTEGER,
    "disciplines" JSONB NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreSnapshot_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Program_baselineAssessmentId_key" ON "Program"("baselineAssessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Program_latestAssessmentId_key" ON "Program"("latestAssessmentId");

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_baselineAssessmentId_fkey" FOREIGN KEY ("baselineAssessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_latestAssessmentId_fkey" FOREIGN KEY ("latestAssessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the database keeps each program's baseline and latest accepted assessment current,
-- whatever writes the assessment (the app, the seed, a bulk load), so the two can never disagree.
CREATE FUNCTION "refresh_program_standing"("program" UUID) RETURNS void LANGUAGE sql AS $$
  UPDATE "Program" SET
    "baselineAssessmentId" = (
      SELECT a."id" FROM "Assessment" a JOIN "Cycle" c ON c."id" = a."cycleId"
      WHERE a."programId" = "program" AND a."status" = 'ACCEPTED'
      ORDER BY c."startsOn" ASC LIMIT 1),
    "latestAssessmentId" = (
      SELECT a."id" FROM "Assessment" a JOIN "Cycle" c ON c."id" = a."cycleId"
      WHERE a."programId" = "program" AND a."status" = 'ACCEPTED'
      ORDER BY c."startsOn" DESC LIMIT 1)
  WHERE "id" = "program";
$$;

CREATE FUNCTION "assessment_changes_program_standing"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "refresh_program_standing"(OLD."programId");
  ELSIF TG_OP = 'INSERT' THEN
    IF NEW."status" = 'ACCEPTED' THEN PERFORM "refresh_program_standing"(NEW."programId"); END IF;
  ELSIF NEW."status" IS DISTINCT FROM OLD."status" OR NEW."cycleId" <> OLD."cycleId" OR NEW."programId" <> OLD."programId" THEN
    PERFORM "refresh_program_standing"(NEW."programId");
    IF NEW."programId" <> OLD."programId" THEN PERFORM "refresh_program_standing"(OLD."programId"); END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Assessment_program_standing"
  AFTER INSERT OR DELETE OR UPDATE OF "status", "cycleId", "programId" ON "Assessment"
  FOR EACH ROW EXECUTE FUNCTION "assessment_changes_program_standing"();

-- A cycle's new start date can reorder a program's accepted assessments.
CREATE FUNCTION "cycle_changes_program_standing"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_program_standing"(p."programId")
    FROM (SELECT DISTINCT a."programId" FROM "Assessment" a WHERE a."status" = 'ACCEPTED') p;
  RETURN NULL;
END $$;

CREATE TRIGGER "Cycle_program_standing"
  AFTER UPDATE OF "startsOn" ON "Cycle"
  FOR EACH STATEMENT EXECUTE FUNCTION "cycle_changes_program_standing"();

-- Backfill what exists.
SELECT "refresh_program_standing"("id") FROM "Program";
