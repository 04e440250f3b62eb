// Writes the synthetic portfolio (synthetic-portfolio.ts) into a migrated database that has the
// default model and toolkit, as rows the app itself would have written: the same statuses,
// versions, reviews, score snapshots and audit events as starting, answering, submitting and
// reviewing through the app leave behind.
import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import type pg from "pg";
import { scoreAssessment, type AnswerValue } from "../../lib/scoring/score";
import { snapshotOf } from "../../lib/scoring/snapshot";
import { bulkInsert, inParallel, inTransaction, textArrayLiteral, type Table } from "./bulk-insert";
import {
  actionItemsFor,
  answerFor,
  OPEN_CYCLE_INDEX,
  targetsFor,
  type AssessmentPlan,
  type HistoryStep,
  type Portfolio,
} from "./synthetic-portfolio";

export type ModelShape = { id: string; disciplines: { key: string; practices: { id: string; key: string }[] }[] };
export type BenchAccounts = { council: string; admin: string; cco: string; lead: string };

export type LoadResult = {
  agencyIds: string[];
  programIds: string[];
  /** Per cycle, per program. */
  assessmentIds: string[][];
  submittedOrAccepted: number;
  answers: number;
};

type Ids = { id: string };
type AgencyRow = Ids & { name: string; abbreviation: string; createdAt: Date; updatedAt: Date };
type ProgramRow = Ids & { agencyId: string; name: string; description: string; createdAt: Date; updatedAt: Date };
type CycleRow = Ids & { name: string; startsOn: string; endsOn: string; status: string; createdAt: Date; updatedAt: Date };
type UserRow = Ids & { email: string; name: string; passwordHash: string; role: string; agencyId: string | null; createdAt: Date; updatedAt: Date };
type MembershipRow = { userId: string; programId: string; createdAt: Date };
type AssessmentRow = Ids & {
  programId: string;
  cycleId: string;
  modelId: string;
  status: string;
  version: number;
  submittedAt: Date | null;
  submittedById: string | null;
  submitKey: string | null;
  createdAt: Date;
  updatedAt: Date;
};
type ReviewRow = Ids & { assessmentId: string; decision: string; comment: string; reviewerId: string; createdAt: Date };
type AnswerRow = Ids & {
  assessmentId: string;
  practiceId: string;
  level: number | null;
  notApplicable: boolean;
  evidenceNote: string;
  evidenceLinks: string;
  answeredById: string;
  updatedAt: Date;
};
type SnapshotRow = { assessmentId: string; overallScore: number | null; overallLevel: number | null; disciplines: string; takenAt: Date };
type TargetRow = Ids & { programId: string; disciplineKey: string; targetLevel: number; dueOn: string; setById: string; createdAt: Date; updatedAt: Date };
type ActionItemRow = Ids & {
  programId: string;
  disciplineKey: string;
  practiceKey: string | null;
  title: string;
  ownerName: string;
  dueOn: string;
  status: string;
  completedAt: Date | null;
  createdById: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};
type ActionItemResourceRow = { actionItemId: string; resourceId: string };
type AuditRow = { at: Date; actorId: string | null; actorEmail: string; action: string; entityType: string; entityId: string; before: string | null; after: string | null };

const stamps = { createdAt: "timestamptz", updatedAt: "timestamptz" } as const;
const tables = {
  agency: { name: "Agency", columns: { id: "uuid", name: "text", abbreviation: "text", ...stamps } } satisfies Table<AgencyRow>,
  program: { name: "Program", columns: { id: "uuid", agencyId: "uuid", name: "text", description: "text", ...stamps } } satisfies Table<ProgramRow>,
  cycle: {
    name: "Cycle",
    columns: { id: "uuid", name: "text", startsOn: "date", endsOn: "date", status: 'text::"CycleStatus"', ...stamps },
  } satisfies Table<CycleRow>,
  user: {
    name: "User",
    columns: { id: "uuid", email: "text", name: "text", passwordHash: "text", role: 'text::"Role"', agencyId: "uuid", ...stamps },
  } satisfies Table<UserRow>,
  membership: { name: "ProgramMembership", columns: { userId: "uuid", programId: "uuid", createdAt: "timestamptz" } } satisfies Table<MembershipRow>,
  assessment: {
    name: "Assessment",
    columns: {
      id: "uuid",
      programId: "uuid",
      cycleId: "uuid",
      modelId: "uuid",
      status: 'text::"AssessmentStatus"',
      version: "int",
      submittedAt: "timestamptz",
      submittedById: "uuid",
      submitKey: "text",
      ...stamps,
    },
  } satisfies Table<AssessmentRow>,
  review: {
    name: "Review",
    columns: { id: "uuid", assessmentId: "uuid", decision: 'text::"ReviewDecision"', comment: "text", reviewerId: "uuid", createdAt: "timestamptz" },
  } satisfies Table<ReviewRow>,
  answer: {
    name: "Answer",
    columns: {
      id: "uuid",
      assessmentId: "uuid",
      practiceId: "uuid",
      level: "int",
      notApplicable: "bool",
      evidenceNote: "text",
      evidenceLinks: "text::text[]",
      answeredById: "uuid",
      updatedAt: "timestamptz",
    },
  } satisfies Table<AnswerRow>,
  snapshot: {
    name: "ScoreSnapshot",
    columns: { assessmentId: "uuid", overallScore: "float8", overallLevel: "int", disciplines: "text::jsonb", takenAt: "timestamptz" },
  } satisfies Table<SnapshotRow>,
  target: {
    name: "Target",
    columns: { id: "uuid", programId: "uuid", disciplineKey: "text", targetLevel: "int", dueOn: "date", setById: "uuid", ...stamps },
  } satisfies Table<TargetRow>,
  actionItem: {
    name: "ActionItem",
    columns: {
      id: "uuid",
      programId: "uuid",
      disciplineKey: "text",
      practiceKey: "text",
      title: "text",
      ownerName: "text",
      dueOn: "date",
      status: 'text::"ActionItemStatus"',
      completedAt: "timestamptz",
      createdById: "uuid",
      version: "int",
      ...stamps,
    },
  } satisfies Table<ActionItemRow>,
  actionItemResource: { name: "ActionItemResource", columns: { actionItemId: "uuid", resourceId: "uuid" } } satisfies Table<ActionItemResourceRow>,
  audit: {
    name: "AuditEvent",
    columns: {
      at: "timestamptz",
      actorId: "uuid",
      actorEmail: "text",
      action: "text",
      entityType: "text",
      entityId: "text",
      before: "text::jsonb",
      after: "text::jsonb",
    },
  } satisfies Table<AuditRow>,
};

const DAY = 86_400_000;
/** Assessments whose answers are written per transaction: 10,000 answers. */
const ANSWER_CHUNK = 250;
/** Answer chunks in flight at once: the database is the slower side, but Node needs a core too. */
export const PARALLEL = Math.max(2, Math.min(4, availableParallelism()));
const acceptComments = ["Evidence supports the levels chosen.", "Accepted. Keep linking survey results as evidence.", "Well supported; the action plan addresses the largest gaps."];
const returnComments = [
  "Please link the survey results the measurement levels rest on, then submit again.",
  "Several levels rose two steps since last year with no new evidence. Please explain or revise.",
];

type Actor = { id: string; email: string };
const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export async function loadPortfolio(
  pool: pg.Pool,
  plan: Portfolio,
  options: { seed: number; model: ModelShape; resourcesByDiscipline: Map<string, string[]>; passwordHash: string; accounts: BenchAccounts; log: (line: string) => void },
): Promise<LoadResult> {
  const { seed, model, log } = options;
  const created = new Date(Date.UTC(2016, 8, 1, 12));
  const agencyIds = plan.agencies.map(() => randomUUID());
  const programIds = plan.programs.map(() => randomUUID());
  const cycleIds = plan.cycles.map(() => randomUUID());
  const cycleStart = plan.cycles.map((c) => Date.parse(`${c.startsOn}T00:00:00Z`));
  // Office hours, spread over the day by program, so events of a day do not share a timestamp.
  const at = (cycleIndex: number, day: number, programIndex: number) =>
    new Date(cycleStart[cycleIndex]! + day * DAY + (13 * 60 + (programIndex * 7) % 540) * 60_000);

  // Accounts: the four the benchmarks sign in with, and one lead per agency who wrote every
  // assessment the bench lead does not own (someone has to have answered and submitted them).
  const users: UserRow[] = [];
  const addUser = (email: string, name: string, role: string, agencyId: string | null): Actor => {
    const row = { id: randomUUID(), email, name, passwordHash: options.passwordHash, role, agencyId, createdAt: created, updatedAt: created };
    users.push(row);
    return row;
  };
  const council = addUser(options.accounts.council, "Casey Council (bench)", "COUNCIL", null);
  addUser(options.accounts.admin, "Ada Admin (bench)", "ADMIN", null);
  addUser(options.accounts.cco, "Chris Officer (bench)", "CCO", agencyIds[0]!);
  const benchLead = addUser(options.accounts.lead, "Lena Lead (bench)", "LEAD", null);
  const agencyLeads = plan.agencies.map((a) =>
    addUser(`lead.a${String(a.index + 1).padStart(3, "0")}@bench.example.gov`, `${a.abbreviation} Program Lead`, "LEAD", null),
  );
  const leadOf = plan.programs.map((p) => (p.lead === "none" ? agencyLeads[p.agencyIndex]! : benchLead));

  const audit: AuditRow[] = [];
  const record = (when: Date, actor: Actor | null, action: string, entityType: string, entityId: string, before?: unknown, after?: unknown) =>
    audit.push({ at: when, actorId: actor?.id ?? null, actorEmail: actor?.email ?? "system", action, entityType, entityId, before: json(before), after: json(after) });

  await inTransaction(pool, async (client) => {
    await bulkInsert(client, tables.agency, plan.agencies.map((a) => ({ id: agencyIds[a.index]!, name: a.name, abbreviation: a.abbreviation, createdAt: created, updatedAt: created })));
    await bulkInsert(
      client,
      tables.program,
      plan.programs.map((p) => ({ id: programIds[p.index]!, agencyId: agencyIds[p.agencyIndex]!, name: p.name, description: p.description, createdAt: created, updatedAt: created })),
    );
    await bulkInsert(
      client,
      tables.cycle,
      plan.cycles.map((c) => ({ id: cycleIds[c.index]!, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn, status: c.status, createdAt: created, updatedAt: created })),
    );
    await bulkInsert(client, tables.user, users);
    await bulkInsert(client, tables.membership, plan.programs.map((p) => ({ userId: leadOf[p.index]!.id, programId: programIds[p.index]!, createdAt: created })));
  });
  for (const u of users) record(created, null, "user.create", "User", u.id, undefined, { email: u.email, role: u.role });
  log(`Organisation: ${plan.agencies.length} agencies, ${plan.programs.length} programs, ${plan.cycles.length} cycles, ${users.length} users.`);

  // Assessments and their reviews, with the audit trail of each status change. Inserted cycle by
  // cycle: the standing trigger then meets each program's accepted assessments in date order.
  const assessmentIds = plan.cycles.map(() => plan.programs.map(() => randomUUID()));
  const idOf = (a: AssessmentPlan) => assessmentIds[a.cycleIndex]![a.programIndex]!;
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
  await inTransaction(pool, async (client) => {
    await bulkInsert(client, tables.assessment, assessments, 5_000);
    await bulkInsert(client, tables.review, reviews);
  });
  log(`Assessments: ${assessments.length}, reviews: ${reviews.length}.`);

  // Answers, with a quarter of their saves in the audit log, and the score snapshot the app takes
  // on submit, from the same pure scorer.
  const scoring = { disciplines: model.disciplines.map((d) => ({ key: d.key, practiceKeys: d.practices.map((p) => p.key) })) };
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
  await inTransaction(pool, (client) => bulkInsert(client, tables.snapshot, snapshots));
  log(`Score snapshots: ${snapshots.length}.`);

  // Plans: targets and action items, set by each program's lead during the open cycle.
  const targets: TargetRow[] = [];
  const items: ActionItemRow[] = [];
  const links: ActionItemResourceRow[] = [];
  const practiceCounts = model.disciplines.map((d) => d.practices.length);
  for (const p of plan.programs) {
    const lead = leadOf[p.index]!;
    const programId = programIds[p.index]!;
    const setAt = at(OPEN_CYCLE_INDEX, 5 + (p.index % 20), p.index);
    for (const t of targetsFor(seed, p.index, model.disciplines.length)) {
      const disciplineKey = model.disciplines[t.disciplineIndex]!.key;
      targets.push({ id: randomUUID(), programId, disciplineKey, targetLevel: t.targetLevel, dueOn: t.dueOn, setById: lead.id, createdAt: setAt, updatedAt: setAt });
      record(setAt, lead, "target.set", "Target", `${programId}:${disciplineKey}`, undefined, { targetLevel: t.targetLevel, dueOn: t.dueOn });
    }
    for (const [k, item] of actionItemsFor(seed, p.index, practiceCounts).entries()) {
      const discipline = model.disciplines[item.disciplineIndex]!;
      const practiceKey = item.practiceIndex === null ? null : discipline.practices[item.practiceIndex]!.key;
      const changedAt = new Date(setAt.getTime() + (10 + k) * DAY);
      const id = randomUUID();
      items.push({
        id,
        programId,
        disciplineKey: discipline.key,
        practiceKey,
        title: item.title,
        ownerName: item.ownerName,
        dueOn: item.dueOn,
        status: item.status,
        completedAt: item.status === "DONE" ? changedAt : null,
        createdById: lead.id,
        version: item.status === "PLANNED" ? 1 : 2,
        createdAt: setAt,
        updatedAt: item.status === "PLANNED" ? setAt : changedAt,
      });
      // Resources mapped to the item's discipline, rotated so programs link different ones.
      const mapped = options.resourcesByDiscipline.get(discipline.key) ?? [];
      const resourceIds = mapped.length ? Array.from(new Set(Array.from({ length: item.resources }, (_, r) => mapped[(p.index + k + r) % mapped.length]!))) : [];
      for (const resourceId of resourceIds) links.push({ actionItemId: id, resourceId });
      const { title, ownerName, dueOn } = item;
      record(setAt, lead, "action-item.create", "ActionItem", id, undefined, { disciplineKey: discipline.key, practiceKey, title, ownerName, dueOn, notes: "", resourceIds, programId });
      if (item.status !== "PLANNED") record(changedAt, lead, "action-item.status", "ActionItem", id, { status: "PLANNED", version: 1 }, { status: item.status, version: 2 });
    }
  }
  await inTransaction(pool, async (client) => {
    await bulkInsert(client, tables.target, targets);
    await bulkInsert(client, tables.actionItem, items);
    await bulkInsert(client, tables.actionItemResource, links);
  });
  log(`Targets: ${targets.length}, action items: ${items.length} (${links.length} resource links).`);

  // The audit log pages by id, newest first: ids must follow time, as they do in the app.
  audit.sort((x, y) => x.at.getTime() - y.at.getTime());
  await inTransaction(pool, (client) => bulkInsert(client, tables.audit, audit));
  log(`Audit events: ${audit.length}.`);

  return { agencyIds, programIds, assessmentIds, submittedOrAccepted: snapshots.length, answers };
}
