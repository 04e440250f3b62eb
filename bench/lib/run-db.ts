// What the benchmark reads and resets directly in the seeded database, with pg.
import pg from "pg";

export type AutosaveTarget = {
  assessmentId: string;
  practiceId: string;
  disciplineKey: string;
  /** The answer's current version (0: not answered yet), choice, note and links. */
  version: number;
  choice: string | null;
  evidenceNote: string;
  evidenceLinks: string;
};

export async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}

export async function autosaveTargets(client: pg.Client, entries: readonly { assessmentId: string; practiceId: string }[]): Promise<AutosaveTarget[]> {
  const { rows } = await client.query<{
    assessmentId: string;
    practiceId: string;
    disciplineKey: string;
    status: string;
    version: number | null;
    level: number | null;
    notApplicable: boolean | null;
    evidenceNote: string | null;
    evidenceLinks: string[] | null;
  }>(
    `SELECT e."assessmentId", e."practiceId", d."key" AS "disciplineKey", a."status",
            ans."version", ans."level", ans."notApplicable", ans."evidenceNote", ans."evidenceLinks"
       FROM unnest($1::uuid[], $2::uuid[]) AS e("assessmentId", "practiceId")
       JOIN "Assessment" a ON a."id" = e."assessmentId"
       JOIN "Practice" p ON p."id" = e."practiceId"
       JOIN "Discipline" d ON d."id" = p."disciplineId" AND d."modelId" = a."modelId"
       LEFT JOIN "Answer" ans ON ans."assessmentId" = e."assessmentId" AND ans."practiceId" = e."practiceId"`,
    [entries.map((e) => e.assessmentId), entries.map((e) => e.practiceId)],
  );
  const byKey = new Map(rows.map((r) => [`${r.assessmentId}/${r.practiceId}`, r]));
  return entries.map((e) => {
    const r = byKey.get(`${e.assessmentId}/${e.practiceId}`);
    if (!r) throw new Error(`Autosave entry ${e.assessmentId}/${e.practiceId}: no such assessment, or the practice is not in its model`);
    if (r.status !== "DRAFT" && r.status !== "RETURNED") throw new Error(`Autosave entry ${e.assessmentId}: the assessment is ${r.status}, not editable`);
    return {
      assessmentId: r.assessmentId,
      practiceId: r.practiceId,
      disciplineKey: r.disciplineKey,
      version: r.version ?? 0,
      choice: r.version === null ? null : r.notApplicable ? "NA" : String(r.level),
      evidenceNote: r.evidenceNote ?? "",
      evidenceLinks: (r.evidenceLinks ?? []).join("\n"),
    };
  });
}

/** Puts the submit scenario's assessments back to unsubmitted drafts, so the benchmark can run again. */
export async function resetToDrafts(client: pg.Client, ids: readonly string[]): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(`DELETE FROM "ScoreSnapshot" WHERE "assessmentId" = ANY($1::uuid[])`, [ids]);
    const updated = await client.query(
      `UPDATE "Assessment" SET "status" = 'DRAFT', "submittedAt" = NULL, "submittedById" = NULL, "submitKey" = NULL, "version" = "version" + 1
        WHERE "id" = ANY($1::uuid[])`,
      [ids],
    );
    if (updated.rowCount !== ids.length) throw new Error(`Reset ${updated.rowCount} of ${ids.length} submit assessments; the others do not exist`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

export async function submittedWithSnapshot(client: pg.Client, ids: readonly string[]): Promise<{ submitted: number; withSnapshot: number }> {
  const { rows } = await client.query<{ submitted: string; withSnapshot: string }>(
    `SELECT count(*) FILTER (WHERE a."status" = 'SUBMITTED') AS "submitted",
            count(*) FILTER (WHERE a."status" = 'SUBMITTED' AND s."assessmentId" IS NOT NULL) AS "withSnapshot"
       FROM "Assessment" a LEFT JOIN "ScoreSnapshot" s ON s."assessmentId" = a."id"
      WHERE a."id" = ANY($1::uuid[])`,
    [ids],
  );
  return { submitted: Number(rows[0]?.submitted ?? 0), withSnapshot: Number(rows[0]?.withSnapshot ?? 0) };
}

export async function draftCount(client: pg.Client, ids: readonly string[]): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Assessment" WHERE "id" = ANY($1::uuid[]) AND "status" = 'DRAFT'`, [ids]);
  return Number(rows[0]?.n ?? 0);
}

/** Accepted assessments, a stable choice: the reports the benchmark prints. */
export async function acceptedAssessmentIds(client: pg.Client, n: number): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Assessment" WHERE "status" = 'ACCEPTED' ORDER BY "id" LIMIT $1`, [n]);
  if (rows.length < n) throw new Error(`Expected ${n} accepted assessments to print, found ${rows.length}`);
  return rows.map((r) => r.id);
}
