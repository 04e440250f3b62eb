// Assessments and their reviews, with the audit trail of each status change: start, submissions,
// returns and acceptances as the synthetic plan's history has them.
import { randomUUID } from "node:crypto";
import { bulkInsert, bulkInsertCommitted, inTransaction } from "./bulk-insert";
import type { LoadContext } from "./load-context";
import { tables, type AssessmentRow, type ReviewRow } from "./load-tables";
import type { HistoryStep } from "./synthetic-portfolio";

const acceptComments = ["Evidence supports the levels chosen.", "Accepted. Keep linking survey results as evidence.", "Well supported; the action plan addresses the largest gaps."];
const returnComments = [
  "Please link the survey results the measurement levels rest on, then submit again.",
  "Several levels rose two steps since last year with no new evidence. Please explain or revise.",
];

export async function loadHistory(ctx: LoadContext): Promise<void> {
  const { pool, plan, model, log, programIds, cycleIds, idOf, at, council, leadOf, record } = ctx;
  // Assessments and their reviews, with the audit trail of each status change. Inserted cycle by
  // cycle (committed a batch at a time): the standing trigger then meets each program's accepted
  // assessments in date order.
  const assessments: AssessmentRow[] = [];
  const reviews: ReviewRow[] = [];
  for (const a of plan.assessments) {
    const id = idOf(a);
    const lead = leadOf[a.programIndex]!;
    const when = (step: HistoryStep) => at(a.cycleIndex, step.day, a.programIndex);
    let version = 1;
    let status = "DRAFT";
    let submitKey: string | null = null;
    let submittedAt: Date | null = null;
    for (const step of a.history) {
      const time = when(step);
      if (step.kind === "start") {
        record(time, lead, "assessment.start", "Assessment", id, undefined, { programId: programIds[a.programIndex], cycleId: cycleIds[a.cycleIndex], modelId: model.id, status });
        continue;
      }
      if (step.kind === "submit") {
        submitKey = randomUUID();
        submittedAt = time;
        record(time, lead, "assessment.submit", "Assessment", id, { status, version }, { status: "SUBMITTED", version: version + 1, submitKey });
        status = "SUBMITTED";
      } else {
        const decision = step.kind === "accept" ? "ACCEPTED" : "RETURNED";
        const comments = decision === "ACCEPTED" ? acceptComments : returnComments;
        const review = { id: randomUUID(), assessmentId: id, decision, comment: comments[(a.programIndex + a.cycleIndex) % comments.length]!, reviewerId: council.id, createdAt: time };
        reviews.push(review);
        record(time, council, decision === "ACCEPTED" ? "assessment.accept" : "assessment.return", "Assessment", id, { status, version }, {
          status: decision,
          version: version + 1,
          reviewId: review.id,
          comment: review.comment,
        });
        status = decision;
        submitKey = null;
      }
      version++;
    }
    const start = when(a.history[0]!);
    assessments.push({
      id,
      programId: programIds[a.programIndex]!,
      cycleId: cycleIds[a.cycleIndex]!,
      modelId: model.id,
      status,
      version,
      submittedAt,
      submittedById: submittedAt ? lead.id : null,
      submitKey,
      createdAt: start,
      updatedAt: when(a.history.at(-1)!),
    });
  }
  await bulkInsertCommitted(pool, tables.assessment, assessments, 5_000);
  await inTransaction(pool, (client) => bulkInsert(client, tables.review, reviews));
  log(`Assessments: ${assessments.length}, reviews: ${reviews.length}.`);
}
