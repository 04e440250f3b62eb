import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister, canReadAnswers } from "@/lib/auth/policy";
import { EXCHANGE_FORMAT, parseExchangeJson, type AssessmentExchange } from "@/lib/exchange/format";
import { scoresDisagreement } from "@/lib/exchange/scores";
import { lacksReason } from "@/lib/scoring/not-applicable";
import { isLevel } from "@/lib/scoring/rules";
import { scoreAssessment, type AnswerValue } from "@/lib/scoring/score";
import { snapshotOf } from "@/lib/scoring/snapshot";
import { fail, ok, type Result } from "@/lib/validation/result";
import { answerFields, modelOrder } from "./internal/answer-fields";
import { loadAssessment } from "./internal/assessment-access";
import { recordAudit } from "./internal/audit";
import { requireThat } from "./internal/guards";
import { loadModelShapes, submittedScores } from "./internal/scores";

const iso = (d: Date) => d.toISOString();
const person = (u: { name: string; email: string }) => ({ name: u.name, email: u.email });

/** One assessment as an exchange document; whoever may read its answers may export it. */
export async function exportAssessment(actor: Actor, assessmentId: string, now = new Date()): Promise<AssessmentExchange> {
  const { assessment: header } = await loadAssessment(actor, assessmentId);
  requireThat(canReadAnswers(actor, header.program, header.status));
  const a = await db().assessment.findUniqueOrThrow({
    where: { id: header.id },
    select: {
      id: true,
      status: true,
      modelId: true,
      createdAt: true,
      submittedAt: true,
      submittedBy: { select: { name: true, email: true } },
      program: { select: { name: true, agency: { select: { name: true, abbreviation: true } } } },
      cycle: { select: { name: true, startsOn: true, endsOn: true } },
      model: { select: { version: true, name: true } },
      answers: { orderBy: modelOrder, select: answerFields },
      reviews: { orderBy: { createdAt: "asc" }, select: { decision: true, comment: true, createdAt: true, reviewer: { select: { name: true, email: true } } } },
    },
  });
  const scores = a.status === "SUBMITTED" || a.status === "ACCEPTED" ? (await submittedScores([a])).get(a.id) : undefined;
  return {
    format: EXCHANGE_FORMAT,
    exportedAt: iso(now),
    id: a.id,
    status: a.status,
    program: { name: a.program.name, agency: a.program.agency },
    cycle: { name: a.cycle.name, startsOn: iso(a.cycle.startsOn).slice(0, 10), endsOn: iso(a.cycle.endsOn).slice(0, 10) },
    model: a.model,
    createdAt: iso(a.createdAt),
    submittedAt: a.submittedAt ? iso(a.submittedAt) : null,
    submittedBy: a.submittedBy ? person(a.submittedBy) : null,
    answers: a.answers.map((x) => ({
      disciplineKey: x.practice.discipline.key,
      practiceKey: x.practice.key,
      practiceTitle: x.practice.title,
      level: x.notApplicable ? null : x.level,
      notApplicable: x.notApplicable,
      evidenceNote: x.evidenceNote,
      evidenceLinks: x.evidenceLinks,
      answeredBy: person(x.answeredBy),
      answeredAt: iso(x.updatedAt),
    })),
    scores: scores ? { overall: { score: scores.overallScore, level: scores.overallLevel }, disciplines: scores.disciplines } : null,
    reviews: a.reviews.map((r) => ({ decision: r.decision, comment: r.comment, reviewer: person(r.reviewer), at: iso(r.createdAt) })),
  };
}

export type ImportedAssessment = {
  assessmentId: string;
  program: string;
  cycle: string;
  answers: number;
  /** The same document was imported before: nothing was written this time. */
  alreadyImported: boolean;
  /** E-mail addresses in the file with no account here: their answers and decisions are recorded as the importer's. */
  unknownPeople: string[];
};

const NOTHING_IMPORTED = "The assessment file has problems. Nothing was imported.";

/**
 * Imports an exchange document from another installation, as one transaction: every name in it must
 * match this installation (program, cycle, model version, practices) and its scores must be what
 * this installation's model version computes from its answers; otherwise nothing is written and
 * each problem names its field.
 */
export async function importAssessment(actor: Actor, json: string): Promise<Result<ImportedAssessment>> {
  requireThat(canAdminister(actor));
  const parsed = parseExchangeJson(json);
  if (!parsed.ok) return fail(NOTHING_IMPORTED, { file: parsed.errors });
  const doc = parsed.document;

  return db().$transaction(
    async (tx) => {
      const matched = await match(tx, doc);
      if (!matched.ok) return fail(NOTHING_IMPORTED, { file: matched.errors });
      const { program, cycleId, model, practiceIds } = matched;
      const summary = { program: `${program.name} (${program.agency.abbreviation})`, cycle: doc.cycle.name, answers: doc.answers.length };

      const existing = await tx.assessment.findFirst({ where: { OR: [{ id: doc.id }, { programId: program.id, cycleId }] }, select: { id: true, programId: true, cycleId: true } });
      if (existing?.id === doc.id && existing.programId === program.id && existing.cycleId === cycleId) {
        return ok({ assessmentId: doc.id, ...summary, alreadyImported: true, unknownPeople: [] });
      }
      if (existing?.id === doc.id) return fail(NOTHING_IMPORTED, { file: [`id: an assessment with this id already exists here, for another program or cycle`] });
      if (existing) return fail(NOTHING_IMPORTED, { file: [`cycle.name: ${summary.program} already has an assessment for ${doc.cycle.name}`] });

      const emails = [doc.submittedBy, ...doc.answers.map((x) => x.answeredBy), ...doc.reviews.map((r) => r.reviewer)].flatMap((p) => (p ? [p.email.toLowerCase()] : []));
      const users = await tx.user.findMany({ where: { email: { in: [...new Set(emails)] } }, select: { id: true, email: true } });
      const idOf = new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
      const unknownPeople = [...new Set(emails.filter((e) => !idOf.has(e)))].sort();
      const userId = (p: { email: string }) => idOf.get(p.email.toLowerCase()) ?? actor.userId;

      const hasScores = doc.status === "SUBMITTED" || doc.status === "ACCEPTED";
      const values = new Map<string, AnswerValue>(doc.answers.map((x) => [x.practiceKey, x.notApplicable || !isLevel(x.level) ? "NA" : x.level]));
      const score = scoreAssessment({ rule: model.rule, disciplines: model.disciplines.map((d) => ({ key: d.key, practiceKeys: d.practices.map((p) => p.key) })) }, values);
      const disagreement = hasScores && doc.scores ? scoresDisagreement(doc.scores, snapshotOf(score), doc.model.version) : null;
      if (disagreement) return fail(NOTHING_IMPORTED, { file: [disagreement] });

      await tx.assessment.create({
        data: {
          id: doc.id,
          programId: program.id,
          cycleId,
          modelId: model.id,
          status: doc.status,
          createdAt: new Date(doc.createdAt),
          submittedAt: doc.submittedAt ? new Date(doc.submittedAt) : null,
          submittedById: doc.submittedBy ? userId(doc.submittedBy) : null,
        },
      });
      await tx.answer.createMany({
        data: doc.answers.map((x) => ({
          assessmentId: doc.id,
          practiceId: practiceIds.get(x.practiceKey)!,
          level: x.level,
          notApplicable: x.notApplicable,
          evidenceNote: x.evidenceNote,
          evidenceLinks: x.evidenceLinks,
          answeredById: userId(x.answeredBy),
          updatedAt: new Date(x.answeredAt),
        })),
      });
      await tx.review.createMany({
        data: doc.reviews.map((r) => ({ assessmentId: doc.id, decision: r.decision, comment: r.comment, reviewerId: userId(r.reviewer), createdAt: new Date(r.at) })),
      });
      if (hasScores) await tx.scoreSnapshot.create({ data: { assessmentId: doc.id, ...snapshotOf(score) } });
      await recordAudit(tx, actor, {
        action: "assessment.import",
        entityType: "Assessment",
        entityId: doc.id,
        after: { ...summary, status: doc.status, modelVersion: doc.model.version, exportedAt: doc.exportedAt, unknownPeople } satisfies Prisma.InputJsonValue,
      });
      return ok({ assessmentId: doc.id, ...summary, alreadyImported: false, unknownPeople });
    },
    { isolationLevel: "Serializable" },
  );
}

/** Finds the document's program, cycle, model version and practices here, or says which field names none. */
async function match(tx: Prisma.TransactionClient, doc: AssessmentExchange) {
  const errors: string[] = [];
  const [program, cycle, modelRow] = await Promise.all([
    tx.program.findFirst({
      where: { name: { equals: doc.program.name, mode: "insensitive" }, archivedAt: null, agency: { abbreviation: { equals: doc.program.agency.abbreviation, mode: "insensitive" }, archivedAt: null } },
      select: { id: true, name: true, agency: { select: { abbreviation: true } } },
    }),
    tx.cycle.findUnique({ where: { name: doc.cycle.name }, select: { id: true } }),
    tx.maturityModel.findUnique({ where: { version: doc.model.version }, select: { id: true } }),
  ]);
  if (!program) {
    const agency = await tx.agency.findFirst({ where: { abbreviation: { equals: doc.program.agency.abbreviation, mode: "insensitive" }, archivedAt: null }, select: { name: true } });
    errors.push(
      agency
        ? `program.name: ${agency.name} has no program named “${doc.program.name}” here. Create it first (Admin › Organizations).`
        : `program.agency.abbreviation: no agency here is abbreviated “${doc.program.agency.abbreviation}”. Create it first (Admin › Organizations).`,
    );
  }
  if (!cycle) errors.push(`cycle.name: there is no cycle named “${doc.cycle.name}” here. Create it first (Admin › Cycles).`);
  if (!modelRow) errors.push(`model.version: there is no model version ${doc.model.version} here. Import that version first (Admin › Model).`);
  const model = modelRow ? (await loadModelShapes([modelRow.id], tx)).get(modelRow.id)! : undefined;
  const practiceIds = new Map<string, string>();
  if (model) {
    const disciplineOf = new Map(model.disciplines.flatMap((d) => d.practices.map((p) => [p.key, { disciplineKey: d.key, id: p.id }] as const)));
    doc.answers.forEach((x, i) => {
      const found = disciplineOf.get(x.practiceKey);
      if (!found) errors.push(`answers[${i}].practiceKey: model version ${doc.model.version} here has no practice “${x.practiceKey}”`);
      else if (found.disciplineKey !== x.disciplineKey) errors.push(`answers[${i}].disciplineKey: practice “${x.practiceKey}” belongs to “${found.disciplineKey}” here, not “${x.disciplineKey}”`);
      else practiceIds.set(x.practiceKey, found.id);
      // As at submission here: under a rule that asks for one, "not applicable" says why.
      if (doc.status !== "DRAFT" && doc.status !== "RETURNED" && model.rule.notApplicableNeedsReason && lacksReason(x)) {
        errors.push(`answers[${i}].evidenceNote: practice “${x.practiceKey}” is marked not applicable without a reason, which model version ${doc.model.version} asks for`);
      }
    });
  }
  if (errors.length > 0 || !program || !cycle || !model || !modelRow) return { ok: false as const, errors };
  return { ok: true as const, program, cycleId: cycle.id, model: { ...model, id: modelRow.id }, practiceIds };
}

/** What an imported file can name here, to show beside the upload: cycles and model versions. */
export async function importTargets(actor: Actor): Promise<{ cycles: string[]; modelVersions: number[] }> {
  requireThat(canAdminister(actor));
  const [cycles, models] = await Promise.all([
    db().cycle.findMany({ orderBy: { startsOn: "desc" }, select: { name: true } }),
    db().maturityModel.findMany({ orderBy: { version: "asc" }, select: { version: true } }),
  ]);
  return { cycles: cycles.map((c) => c.name), modelVersions: models.map((m) => m.version) };
}
