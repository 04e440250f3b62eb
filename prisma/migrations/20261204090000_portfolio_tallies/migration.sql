-- CreateTable
CREATE TABLE "PracticeTally" (
    "role" TEXT NOT NULL,
    "levels" TEXT NOT NULL,
    "cycleId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "overallLevel" INTEGER NOT NULL,
    "disciplineKey" TEXT NOT NULL,
    "practiceKey" TEXT NOT NULL,
    "counts" INTEGER[],
    "belowTarget" INTEGER NOT NULL,

    CONSTRAINT "PracticeTally_pkey" PRIMARY KEY ("role","levels","cycleId","agencyId","overallLevel","disciplineKey","practiceKey")
);

-- CreateTable
CREATE TABLE "ProgramTally" (
    "role" TEXT NOT NULL,
    "levels" TEXT NOT NULL,
    "cycleId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "overallLevel" INTEGER NOT NULL,
    "programs" INTEGER NOT NULL,
    "optimismTotal" INTEGER NOT NULL,
    "optimismCount" INTEGER NOT NULL,
    "validatedDifferently" INTEGER NOT NULL,

    CONSTRAINT "ProgramTally_pkey" PRIMARY KEY ("role","levels","cycleId","agencyId","overallLevel")
);

-- CreateTable
CREATE TABLE "DisciplineTally" (
    "role" TEXT NOT NULL,
    "levels" TEXT NOT NULL,
    "cycleId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "overallLevel" INTEGER NOT NULL,
    "disciplineKey" TEXT NOT NULL,
    "counts" INTEGER[],

    CONSTRAINT "DisciplineTally_pkey" PRIMARY KEY ("role","levels","cycleId","agencyId","overallLevel","disciplineKey")
);

-- CreateTable
CREATE TABLE "TalliedAssessment" (
    "assessmentId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "roles" TEXT[],
    "overallLevel" INTEGER NOT NULL,
    "selfReportedOverallLevel" INTEGER NOT NULL,
    "validatedDifferently" BOOLEAN NOT NULL,
    "disciplines" JSONB NOT NULL,
    "practices" JSONB NOT NULL,

    CONSTRAINT "TalliedAssessment_pkey" PRIMARY KEY ("assessmentId")
);

-- Hand-written from here: what each accepted assessment adds to the portfolio's tallies, the function
-- that takes an assessment's old figures back and adds its new ones, the triggers that call it in the
-- same transaction as every change the figures are computed from, and the first fill.

-- The entries of the given assessments as they stand: accepted, of a program not archived, and scored
-- (a snapshot). The goal of a discipline is its target, or one level above the discipline's attained
-- level; level 1 where the snapshot does not score the discipline. Self-reported levels are the
-- program's own where the council validated another answer or score.
CREATE FUNCTION "tallied_assessments"("ids" UUID[]) RETURNS SETOF "TalliedAssessment" LANGUAGE sql STABLE AS $$
  SELECT a."id", p."agencyId", a."cycleId",
         ARRAY['cycle']
           || CASE WHEN p."latestAssessmentId" = a."id" THEN ARRAY['latest'] ELSE ARRAY[]::text[] END
           || CASE WHEN p."baselineAssessmentId" = a."id" THEN ARRAY['baseline'] ELSE ARRAY[]::text[] END,
         COALESCE(s."overallLevel", 0),
         COALESCE(CASE WHEN s."selfReportedDisciplines" IS NULL THEN s."overallLevel" ELSE s."selfReportedOverallLevel" END, 0),
         s."selfReportedDisciplines" IS NOT NULL,
         COALESCE((
           SELECT jsonb_agg(jsonb_build_object('disciplineKey', e->>'key', 'validated', (e->>'level')::int, 'selfReported', (own->>'level')::int))
           FROM jsonb_array_elements(s."disciplines") e
           LEFT JOIN jsonb_array_elements(COALESCE(s."selfReportedDisciplines", s."disciplines")) own ON own->>'key' = e->>'key'), '[]'::jsonb),
         COALESCE((
           SELECT jsonb_agg(jsonb_build_object(
                    'practiceKey', pr."key", 'disciplineKey', d."key",
                    'validated', an."level", 'selfReported', own."level",
                    'validatedBelow', an."level" < goal."validated", 'selfReportedBelow', own."level" < goal."selfReported")
                  ORDER BY d."position", pr."position")
           FROM "Answer" an
           JOIN "Practice" pr ON pr."id" = an."practiceId"
           JOIN "Discipline" d ON d."id" = pr."disciplineId"
           CROSS JOIN LATERAL (SELECT CASE WHEN an."selfReportedNotApplicable" IS NULL THEN an."level" ELSE an."selfReportedLevel" END AS "level") own
           CROSS JOIN LATERAL (
             SELECT COALESCE((SELECT COALESCE(t."targetLevel", LEAST(5, COALESCE((e->>'level')::int, 0) + 1))
                              FROM jsonb_array_elements(s."disciplines") e WHERE e->>'key' = d."key"), 1) AS "validated",
                    COALESCE((SELECT COALESCE(t."targetLevel", LEAST(5, COALESCE((e->>'level')::int, 0) + 1))
                              FROM jsonb_array_elements(COALESCE(s."selfReportedDisciplines", s."disciplines")) e WHERE e->>'key' = d."key"), 1) AS "selfReported"
             FROM (SELECT 1) one LEFT JOIN "Target" t ON t."programId" = p."id" AND t."disciplineKey" = d."key") goal
           WHERE an."assessmentId" = a."id" AND (an."level" IS NOT NULL OR own."level" IS NOT NULL)), '[]'::jsonb)
  FROM "Assessment" a
  JOIN "Program" p ON p."id" = a."programId"
  JOIN "ScoreSnapshot" s ON s."assessmentId" = a."id"
  WHERE a."id" = ANY("ids") AND a."status" = 'ACCEPTED' AND p."archivedAt" IS NULL
$$;

-- Adds the stored entries of the given assessments to the tallies, `sign` times: a row per role and
-- levels in each, and per discipline or practice in theirs. Rows are written in key order.
CREATE FUNCTION "add_portfolio_tallies"("ids" UUID[], "sign" INT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ProgramTally" AS pt ("role", "levels", "cycleId", "agencyId", "overallLevel", "programs", "optimismTotal", "optimismCount", "validatedDifferently")
  SELECT r."role", m."levels", t."cycleId", t."agencyId", m."overallLevel", sign * count(*),
         sign * COALESCE(sum(t."selfReportedOverallLevel" - t."overallLevel") FILTER (WHERE t."overallLevel" > 0 AND t."selfReportedOverallLevel" > 0), 0),
         sign * count(*) FILTER (WHERE t."overallLevel" > 0 AND t."selfReportedOverallLevel" > 0),
         sign * count(*) FILTER (WHERE t."validatedDifferently")
  FROM "TalliedAssessment" t
  CROSS JOIN unnest(t."roles") r("role")
  CROSS JOIN LATERAL (VALUES ('validated', t."overallLevel"), ('self-reported', t."selfReportedOverallLevel")) m("levels", "overallLevel")
  WHERE t."assessmentId" = ANY("ids")
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("role", "levels", "cycleId", "agencyId", "overallLevel") DO UPDATE SET
    "programs" = pt."programs" + EXCLUDED."programs",
    "optimismTotal" = pt."optimismTotal" + EXCLUDED."optimismTotal",
    "optimismCount" = pt."optimismCount" + EXCLUDED."optimismCount",
    "validatedDifferently" = pt."validatedDifferently" + EXCLUDED."validatedDifferently";

  INSERT INTO "DisciplineTally" AS dt ("role", "levels", "cycleId", "agencyId", "overallLevel", "disciplineKey", "counts")
  SELECT r."role", m."levels", t."cycleId", t."agencyId", m."overallLevel", e->>'disciplineKey',
         ARRAY[sign * count(*) FILTER (WHERE x."level" = 1), sign * count(*) FILTER (WHERE x."level" = 2), sign * count(*) FILTER (WHERE x."level" = 3),
               sign * count(*) FILTER (WHERE x."level" = 4), sign * count(*) FILTER (WHERE x."level" = 5)]::int[]
  FROM "TalliedAssessment" t
  CROSS JOIN unnest(t."roles") r("role")
  CROSS JOIN LATERAL (VALUES ('validated', t."overallLevel", 'validated'), ('self-reported', t."selfReportedOverallLevel", 'selfReported')) m("levels", "overallLevel", "field")
  CROSS JOIN jsonb_array_elements(t."disciplines") e
  CROSS JOIN LATERAL (SELECT (e->>m."field")::int AS "level") x
  WHERE t."assessmentId" = ANY("ids") AND x."level" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("role", "levels", "cycleId", "agencyId", "overallLevel", "disciplineKey") DO UPDATE SET
    "counts" = ARRAY[dt."counts"[1] + EXCLUDED."counts"[1], dt."counts"[2] + EXCLUDED."counts"[2], dt."counts"[3] + EXCLUDED."counts"[3],
                     dt."counts"[4] + EXCLUDED."counts"[4], dt."counts"[5] + EXCLUDED."counts"[5]];

  INSERT INTO "PracticeTally" AS pt ("role", "levels", "cycleId", "agencyId", "overallLevel", "disciplineKey", "practiceKey", "counts", "belowTarget")
  SELECT r."role", m."levels", t."cycleId", t."agencyId", m."overallLevel", e->>'disciplineKey', e->>'practiceKey',
         ARRAY[sign * count(*) FILTER (WHERE x."level" = 1), sign * count(*) FILTER (WHERE x."level" = 2), sign * count(*) FILTER (WHERE x."level" = 3),
               sign * count(*) FILTER (WHERE x."level" = 4), sign * count(*) FILTER (WHERE x."level" = 5)]::int[],
         sign * count(*) FILTER (WHERE x."below")
  FROM "TalliedAssessment" t
  CROSS JOIN unnest(t."roles") r("role")
  CROSS JOIN LATERAL (VALUES ('validated', t."overallLevel", 'validated'), ('self-reported', t."selfReportedOverallLevel", 'selfReported')) m("levels", "overallLevel", "field")
  CROSS JOIN jsonb_array_elements(t."practices") e
  CROSS JOIN LATERAL (SELECT (e->>m."field")::int AS "level", (e->>(m."field" || 'Below'))::boolean AS "below") x
  WHERE t."assessmentId" = ANY("ids") AND x."level" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("role", "levels", "cycleId", "agencyId", "overallLevel", "disciplineKey", "practiceKey") DO UPDATE SET
    "counts" = ARRAY[pt."counts"[1] + EXCLUDED."counts"[1], pt."counts"[2] + EXCLUDED."counts"[2], pt."counts"[3] + EXCLUDED."counts"[3],
                     pt."counts"[4] + EXCLUDED."counts"[4], pt."counts"[5] + EXCLUDED."counts"[5]],
    "belowTarget" = pt."belowTarget" + EXCLUDED."belowTarget"
$$;

-- Takes back what the given assessments added and adds what they add now. Assessments that neither
-- count (accepted and scored) nor were counted, such as drafts being saved, cost one look-up. Writers
-- take the portfolio's revision row first (and give it a new revision: the figures change), so two of
-- them never interleave.
CREATE FUNCTION "refresh_portfolio_tallies"("ids" UUID[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  "changed" UUID[];
BEGIN
  SELECT array_agg(x."id") INTO "changed" FROM (
    SELECT a."id" FROM "Assessment" a JOIN "ScoreSnapshot" s ON s."assessmentId" = a."id" WHERE a."id" = ANY("ids") AND a."status" = 'ACCEPTED'
    UNION SELECT t."assessmentId" FROM "TalliedAssessment" t WHERE t."assessmentId" = ANY("ids")) x;
  IF "changed" IS NULL THEN RETURN; END IF;
  UPDATE "PortfolioRevision" SET "revision" = gen_random_uuid() WHERE "id" = 1;
  PERFORM "add_portfolio_tallies"("changed", -1);
  DELETE FROM "TalliedAssessment" WHERE "assessmentId" = ANY("changed");
  INSERT INTO "TalliedAssessment" SELECT * FROM "tallied_assessments"("changed");
  PERFORM "add_portfolio_tallies"("changed", 1);
END $$;

-- The rows a statement wrote name assessments by the column TG_ARGV[0] or, when TG_ARGV[1] is
-- 'program', programs, whose every assessment they reach (a target is a goal of each of them).
-- Transition tables need one trigger per event.
CREATE FUNCTION "rows_refresh_portfolio_tallies"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "named" UUID[];
BEGIN
  EXECUTE format(CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT array_agg(DISTINCT %1$I) FROM "new_rows"'
      WHEN 'DELETE' THEN 'SELECT array_agg(DISTINCT %1$I) FROM "old_rows"'
      ELSE 'SELECT array_agg(DISTINCT x) FROM (SELECT %1$I AS x FROM "new_rows" UNION ALL SELECT %1$I FROM "old_rows") u' END, TG_ARGV[0]) INTO "named";
  IF TG_ARGV[1] = 'program' THEN
    "named" := ARRAY(SELECT a."id" FROM "Assessment" a WHERE a."programId" = ANY("named"));
  END IF;
  PERFORM "refresh_portfolio_tallies"("named");
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text[];
BEGIN
  FOREACH t SLICE 1 IN ARRAY ARRAY[
    ['Assessment', 'id', 'assessment'], ['Answer', 'assessmentId', 'assessment'],
    ['ScoreSnapshot', 'assessmentId', 'assessment'], ['Target', 'programId', 'program']] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "rows_refresh_portfolio_tallies"(%L, %L)',
      t[1] || '_portfolio_tally_insert', t[1], t[2], t[3]);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "rows_refresh_portfolio_tallies"(%L, %L)',
      t[1] || '_portfolio_tally_update', t[1], t[2], t[3]);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "rows_refresh_portfolio_tallies"(%L, %L)',
      t[1] || '_portfolio_tally_delete', t[1], t[2], t[3]);
  END LOOP;
END $$;

-- A program's pointers are rewritten (often unchanged) on every status change of its assessments:
-- only a change of what the tallies read counts.
CREATE FUNCTION "programs_refresh_portfolio_tallies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_portfolio_tallies"(ARRAY(
    SELECT a."id" FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id" JOIN "Assessment" a ON a."programId" = n."id"
    WHERE o."agencyId" IS DISTINCT FROM n."agencyId" OR o."archivedAt" IS DISTINCT FROM n."archivedAt"
       OR o."latestAssessmentId" IS DISTINCT FROM n."latestAssessmentId" OR o."baselineAssessmentId" IS DISTINCT FROM n."baselineAssessmentId"));
  RETURN NULL;
END $$;
CREATE TRIGGER "Program_portfolio_tally_update" AFTER UPDATE ON "Program"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "programs_refresh_portfolio_tallies"();

SELECT "refresh_portfolio_tallies"(ARRAY(SELECT "id" FROM "Assessment" WHERE "status" = 'ACCEPTED'));
