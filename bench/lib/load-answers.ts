// Every assessment's answers, with a quarter of their saves in the audit log, and the score
// snapshot the app takes on submit, from the same pure scorer.
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { scoreAssessment, type AnswerValue } from "../../lib/scoring/score";
import { snapshotOf } from "../../lib/scoring/snapshot";
import { bulkInsert, bulkInsertCommitted, inParallel, inTransaction, textArrayLiteral } from "./bulk-insert";
import type { LoadContext } from "./load-context";
import { tables, type AnswerRow, type SnapshotRow } from "./load-tables";
import { answerFor } from "./synthetic-portfolio";

/** Assessments whose answers are written per transaction: 10,000 answers. */
const ANSWER_CHUNK = 250;
/** Answer chunks in flight at once: the database is the slower side, but Node needs a core too. */
export const PARALLEL = Math.max(2, Math.min(4, availableParallelism()));

/** Writes the answers and snapshots; returns how many of each. */
export async function loadAnswers(ctx: LoadContext): Promise<{ answers: number; snapshots: number }> {
  const { pool, plan, seed, model, log, idOf, at, leadOf, record } = ctx;
  const scoring = { rule: model.rule, disciplines: model.disciplines.map((d) => ({ key: d.key, practiceKeys: d.practices.map((p) => p.key) })) };
  const snapshots: SnapshotRow[] = [];
  const practiceCount = scoring.disciplines.reduce((n, d) => n + d.practiceKeys.length, 0);
  const chunks = Math.ceil(plan.assessments.length / ANSWER_CHUNK);
  let answers = 0;
  await inParallel(chunks, PARALLEL, async (chunk) => {
    const rows: AnswerRow[] = [];
    for (const a of plan.assessments.slice(chunk * ANSWER_CHUNK, (chunk + 1) * ANSWER_CHUNK)) {
      const id = idOf(a);
      const lead = leadOf[a.programIndex]!;
      const values = new Map<string, AnswerValue>();
      // Saved between the start and the first submission (drafts: over their first month).
      const first = a.history[0]!.day;
      const span = (a.history[1]?.day ?? first + 30) - first;
      model.disciplines.forEach((d, di) =>
        d.practices.forEach((p, pi) => {
          const answer = answerFor(seed, a.programIndex, a.cycleIndex, di, pi);
          const links = answer.evidenceLink ? [answer.evidenceLink] : [];
          const savedAt = at(a.cycleIndex, first + ((di * 7 + pi) % Math.max(1, span)), a.programIndex);
          values.set(p.key, answer.level ?? "NA");
          rows.push({
            id: randomUUID(),
            assessmentId: id,
            practiceId: p.id,
            level: answer.level,
            notApplicable: answer.level === null,
            evidenceNote: answer.evidenceNote,
            evidenceLinks: textArrayLiteral(links),
            answeredById: lead.id,
            updatedAt: savedAt,
          });
          if (answer.audited) {
            const choice = answer.level === null ? "NA" : String(answer.level);
            record(savedAt, lead, "answer.save", "Answer", `${id}:${p.id}`, undefined, { choice, evidenceNote: answer.evidenceNote, evidenceLinks: links, version: 1 });
          }
        }),
      );
      if (a.status === "SUBMITTED" || a.status === "ACCEPTED") {
        const snapshot = snapshotOf(scoreAssessment(scoring, values));
        const submitted = a.history.filter((s) => s.kind === "submit").at(-1)!;
        snapshots.push({
          assessmentId: id,
          overallScore: snapshot.overallScore,
          overallLevel: snapshot.overallLevel,
          disciplines: JSON.stringify(snapshot.disciplines),
          takenAt: at(a.cycleIndex, submitted.day, a.programIndex),
        });
      }
    }
    const written = await inTransaction(pool, (client) => bulkInsert(client, tables.answer, rows));
    const before = answers;
    answers += written;
    if (Math.floor(answers / 200_000) > Math.floor(before / 200_000)) {
      log(`Answers: ${answers.toLocaleString("en-US")} of ${(plan.assessments.length * practiceCount).toLocaleString("en-US")}.`);
    }
  });
  await bulkInsertCommitted(pool, tables.snapshot, snapshots, 5_000);
  log(`Score snapshots: ${snapshots.length}.`);
  return { answers, snapshots: snapshots.length };
}
