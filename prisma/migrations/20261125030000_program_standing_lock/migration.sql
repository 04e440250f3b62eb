-- Hand-written: two transactions changing assessments of one program at once each computed the
-- program's pointers from a snapshot without the other's change, and the later write lost it.
-- Locking the program row first serialises them; the UPDATE then reads what the other committed.
CREATE OR REPLACE FUNCTION "refresh_program_standing"("program" UUID) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Program" WHERE "id" = "program" FOR UPDATE;
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
END $$;
