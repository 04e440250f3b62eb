import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ActionPlanStatus } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/actor";
import { canPlanFor, canReadProgram, canSignOffPlan, programScope } from "@/lib/auth/policy";
import { planProblems } from "@/lib/plans/completeness";
import { fiscalYearOf } from "@/lib/plans/fiscal-year";
import { planLabel } from "@/lib/plans/wording";
import { rankGaps } from "@/lib/scoring/gaps";
import { isLevel } from "@/lib/scoring/rules";
import { todayIso } from "@/lib/scoring/due-dates";
import type { AddPlanActionInput, NewPlanVersionInput, PlanActionInput, PlanNarrativeInput, RemovePlanActionInput, SignOffPlanInput, StartPlanInput } from "@/lib/validation/action-plans";
import { fail, ok, type Result } from "@/lib/validation/result";
import { recordAudit } from "./internal/audit";
import { isUuid, requireRole, requireScope, requireThat } from "./internal/guards";
import { actionFields, actionView, currentDisciplines, namedActions } from "./internal/plans";
import { submittedScores } from "./internal/scores";
import type { PlanActionView } from "./types";

// A program's CX action plans (OMB A-11 §280), one per fiscal year in numbered versions: its leads
// and its agency's CCO write the draft, the CCO signs off a complete one, which locks it.

const programRef = { id: true, agencyId: true, name: true, agency: { select: { id: true, name: true } } } as const;
async function loadProgram(actor: Actor, programId: string) {
  requireThat(isUuid(programId));
  const program = await db().program.findFirst({ where: { id: programId, archivedAt: null }, select: programRef });
  requireThat(program !== null);
  await requireScope(actor, canReadProgram(actor, program), { type: "Program", id: program.id });
  return program;
}

async function loadPlan(actor: Actor, planId: string) {
  requireThat(isUuid(planId));
  const plan = await db().actionPlan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      fiscalYear: true,
      number: true,
      status: true,
      delivered: true,
      planned: true,
      version: true,
      signedOffAt: true,
      signedOffBy: { select: { name: true } },
      program: { select: { ...programRef, archivedAt: true } },
    },
  });
  requireThat(plan !== null && plan.program.archivedAt === null);
  await requireScope(actor, canReadProgram(actor, plan.program), { type: "ActionPlan", id: plan.id });
  return plan;
}

/**
 * Inside a write's transaction: takes the plan's row lock, so a sign-off and an edit cannot cross,
 * and says why the plan cannot change, or null when it can.
 */
async function lockDraft(tx: Prisma.TransactionClient, planId: string): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ status: ActionPlanStatus }[]>`SELECT "status" FROM "ActionPlan" WHERE "id" = ${planId}::uuid FOR UPDATE`;
  return row?.status === "DRAFT" ? null : "This plan was signed off and is locked: start a new version to change it.";
}

/** Any change to a plan's content moves its version: a sign-off is of the plan as the CCO saw it. */
const touch = (tx: Prisma.TransactionClient, planId: string) => tx.actionPlan.update({ where: { id: planId }, data: { version: { increment: 1 } } });

const STALE = "Someone else changed this plan while you were looking at it. The page now shows their changes; make yours again.";

/** The latest accepted levels of a program and its targets: the gaps a plan's actions are built from. */
async function gapsOf(programId: string, disciplines: { key: string; name: string }[]) {
  const [program, targets] = await Promise.all([
    db().program.findUniqueOrThrow({ where: { id: programId }, select: { latestAssessment: { select: { id: true, modelId: true, cycle: { select: { name: true } } } } } }),
    db().target.findMany({ where: { programId }, select: { disciplineKey: true, targetLevel: true } }),
  ]);
  const latest = program.latestAssessment;
  const scored = latest ? (await submittedScores([latest])).get(latest.id) : undefined;
  const levelOf = (key: string) => {
    const level = scored?.disciplines.find((d) => d.key === key)?.level;
    return isLevel(level) ? level : null;
  };
  const targetOf = new Map(targets.map((t) => [t.disciplineKey, t.targetLevel]));
  const gaps = rankGaps(
    disciplines.map((d) => {
      const target = targetOf.get(d.key);
      return { key: d.key, current: levelOf(d.key), ...(isLevel(target) ? { target } : {}) };
    }),
  );
  return {
    cycleName: latest?.cycle.name ?? null,
    gaps: gaps.filter((g) => g.gap > 0).map((g) => ({ ...g, name: disciplines.find((d) => d.key === g.key)!.name })),
  };
}

/** A program's plans, newest first, each with whether it is complete; and the fiscal year to start. */
export async function listProgramPlans(actor: Actor, programId: string) {
  const program = await loadProgram(actor, programId);
  const plans = await db().actionPlan.findMany({
    where: { programId: program.id },
    orderBy: [{ fiscalYear: "desc" }, { number: "desc" }],
    select: { id: true, fiscalYear: true, number: true, status: true, signedOffAt: true, updatedAt: true, actions: { select: actionFields } },
  });
  const currentFiscalYear = fiscalYearOf(todayIso());
  return {
    program,
    currentFiscalYear,
    canStart: canPlanFor(actor, program) && !plans.some((p) => p.fiscalYear === currentFiscalYear),
    plans: plans.map(({ actions, ...p }) => ({ ...p, actions: actions.length, problems: planProblems({ actions: actions.map(actionView) }) })),
  };
}

/** One plan: its narratives, its actions, why it is not complete, the gaps to plan for, and what the actor may do. */
export async function getPlan(actor: Actor, planId: string) {
  const plan = await loadPlan(actor, planId);
  const disciplines = await currentDisciplines();
  const [actions, newer] = await Promise.all([
    namedActions(plan.id, disciplines),
    db().actionPlan.findFirst({ where: { programId: plan.program.id, fiscalYear: plan.fiscalYear, number: { gt: plan.number } }, orderBy: { number: "desc" }, select: { id: true, number: true } }),
  ]);
  const draft = plan.status === "DRAFT";
  const canPlan = canPlanFor(actor, plan.program);
  return {
    plan: { ...plan, label: planLabel(plan) },
    actions,
    problems: planProblems({ actions }),
    gaps: draft && canPlan ? await gapsOf(plan.program.id, disciplines) : { cycleName: null, gaps: [] },
    newerVersion: newer,
    canEdit: draft && canPlan,
    canSignOff: draft && canSignOffPlan(actor, plan.program),
    canStartNewVersion: !draft && canPlan && newer === null,
  };
}

/** One action of a draft the actor may change, with the choices its form offers: its discipline's practices, the levels. */
export async function getPlanAction(actor: Actor, planId: string, actionId: string) {
  requireThat(isUuid(actionId));
  const action = await db().planAction.findUnique({ where: { id: actionId }, select: { ...actionFields, planId: true } });
  requireThat(action !== null && action.planId === planId);
  const { plan, canEdit } = await getPlan(actor, action.planId);
  requireThat(canEdit);
  const [disciplines, levels] = await Promise.all([currentDisciplines(), db().level.findMany({ where: { model: { isCurrent: true } }, orderBy: { rank: "asc" }, select: { rank: true, name: true } })]);
  const discipline = disciplines.find((d) => d.key === action.disciplineKey) ?? { key: action.disciplineKey, name: action.disciplineKey, practices: [] };
  return { plan, action: actionView(action), discipline, levels };
}

/** Starts a program's plan for a fiscal year; a plan that exists already for that year is returned as it is. */
export async function startPlan(actor: Actor, input: StartPlanInput): Promise<Result<{ planId: string }>> {
  const program = await loadProgram(actor, input.programId);
  await requireScope(actor, canPlanFor(actor, program), { type: "Program", id: program.id });
  return db().$transaction(async (tx) => {
    const created = await tx.actionPlan.createManyAndReturn({
      data: [{ programId: program.id, fiscalYear: input.fiscalYear, createdById: actor.userId }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (created.length === 0) {
      const existing = await tx.actionPlan.findFirstOrThrow({ where: { programId: program.id, fiscalYear: input.fiscalYear }, orderBy: { number: "desc" }, select: { id: true } });
      return ok({ planId: existing.id });
    }
    const planId = created[0]!.id;
    await recordAudit(tx, actor, { action: "action-plan.start", entityType: "ActionPlan", entityId: planId, after: { programId: program.id, fiscalYear: input.fiscalYear, number: 1 } });
    return ok({ planId });
  });
}

/** Loads the plan for a change by someone who plans for its program; null result when it is theirs to change. */
async function planForChange(actor: Actor, planId: string) {
  const plan = await loadPlan(actor, planId);
  await requireScope(actor, canPlanFor(actor, plan.program), { type: "ActionPlan", id: plan.id });
  return plan;
}

/** What was delivered in the past year and what is planned for the next. Audited. */
export async function savePlanNarrative(actor: Actor, input: PlanNarrativeInput): Promise<Result<{ version: number }>> {
  const plan = await planForChange(actor, input.planId);
  return db().$transaction(async (tx) => {
    const locked = await lockDraft(tx, plan.id);
    if (locked) return fail(locked);
    const before = await tx.actionPlan.findUniqueOrThrow({ where: { id: plan.id }, select: { delivered: true, planned: true, version: true } });
    if (before.version !== input.expectedVersion) return fail(STALE);
    const after = await tx.actionPlan.update({ where: { id: plan.id }, data: { delivered: input.delivered, planned: input.planned, version: { increment: 1 } }, select: { version: true } });
    await recordAudit(tx, actor, {
      action: "action-plan.narrative",
      entityType: "ActionPlan",
      entityId: plan.id,
      before: { delivered: before.delivered, planned: before.planned },
      after: { delivered: input.delivered, planned: input.planned },
    });
    return ok(after);
  });
}

/**
 * Adds an action for one of the program's gaps, expected to reach the gap's target level. Asked again
 * before anyone edited it (a retried click), the same action is returned.
 */
export async function addPlanAction(actor: Actor, input: AddPlanActionInput): Promise<Result<{ actionId: string }>> {
  const plan = await planForChange(actor, input.planId);
  const disciplines = await currentDisciplines();
  const discipline = disciplines.find((d) => d.key === input.disciplineKey);
  if (!discipline) return fail("Choose a discipline of the current model.", { disciplineKey: ["Choose a discipline of the model"] });
  const gap = (await gapsOf(plan.program.id, disciplines)).gaps.find((g) => g.key === discipline.key);
  const title = gap ? `Raise ${discipline.name} to level ${gap.target}` : `Keep ${discipline.name} where it is`;
  return db().$transaction(async (tx) => {
    const locked = await lockDraft(tx, plan.id);
    if (locked) return fail(locked);
    const untouched = await tx.planAction.findFirst({ where: { planId: plan.id, disciplineKey: discipline.key, title, version: 1 }, select: { id: true } });
    if (untouched) return ok({ actionId: untouched.id });
    const last = await tx.planAction.aggregate({ where: { planId: plan.id }, _max: { position: true } });
    const action = await tx.planAction.create({
      data: { planId: plan.id, position: (last._max.position ?? 0) + 1, disciplineKey: discipline.key, title, expectedLevel: gap?.target ?? null },
      select: { id: true },
    });
    await touch(tx, plan.id);
    await recordAudit(tx, actor, { action: "action-plan.action-add", entityType: "PlanAction", entityId: action.id, after: { planId: plan.id, disciplineKey: discipline.key, title, expectedLevel: gap?.target ?? null } });
    return ok({ actionId: action.id });
  });
}

/** What an audit entry keeps of an action: its content, without its identity and version. */
const auditedAction = ({ id: _id, position: _position, version: _version, disciplineKey: _disciplineKey, ...content }: PlanActionView) => content;

async function actionForChange(actor: Actor, actionId: string) {
  requireThat(isUuid(actionId));
  const action = await db().planAction.findUnique({ where: { id: actionId }, select: { planId: true, disciplineKey: true } });
  requireThat(action !== null);
  const plan = await planForChange(actor, action.planId);
  return { plan, disciplineKey: action.disciplineKey };
}

/** Saves one action if nobody changed it since it was loaded (its version). Audited, before and after. */
export async function savePlanAction(actor: Actor, input: PlanActionInput): Promise<Result<{ version: number; planId: string }>> {
  const { plan, disciplineKey } = await actionForChange(actor, input.actionId);
  const discipline = (await currentDisciplines()).find((d) => d.key === disciplineKey);
  const unknown = input.practiceKeys.filter((k) => !discipline?.practices.some((p) => p.key === k));
  if (unknown.length) return fail("Choose practices of this action's discipline.", { practiceKeys: ["Choose practices from the list"] });
  const { actionId, expectedVersion, ...fields } = input;
  const data = { ...fields, practiceKeys: [...new Set(fields.practiceKeys)], startOn: fields.startOn ? new Date(`${fields.startOn}T00:00:00Z`) : null, dueOn: fields.dueOn ? new Date(`${fields.dueOn}T00:00:00Z`) : null };
  return db().$transaction(async (tx) => {
    const locked = await lockDraft(tx, plan.id);
    if (locked) return fail(locked);
    const before = await tx.planAction.findUnique({ where: { id: actionId }, select: actionFields });
    if (!before || before.version !== expectedVersion) return fail(STALE);
    const after = await tx.planAction.update({ where: { id: actionId }, data: { ...data, version: { increment: 1 } }, select: actionFields });
    await touch(tx, plan.id);
    await recordAudit(tx, actor, { action: "action-plan.action-save", entityType: "PlanAction", entityId: actionId, before: auditedAction(actionView(before)), after: auditedAction(actionView(after)) });
    return ok({ version: after.version, planId: plan.id });
  });
}

export async function removePlanAction(actor: Actor, input: RemovePlanActionInput): Promise<Result<{ planId: string }>> {
  const { plan } = await actionForChange(actor, input.actionId);
  return db().$transaction(async (tx) => {
    const locked = await lockDraft(tx, plan.id);
    if (locked) return fail(locked);
    const before = await tx.planAction.findUnique({ where: { id: input.actionId }, select: actionFields });
    if (!before || before.version !== input.expectedVersion) return fail(STALE);
    await tx.planAction.delete({ where: { id: input.actionId } });
    await touch(tx, plan.id);
    await recordAudit(tx, actor, { action: "action-plan.action-remove", entityType: "PlanAction", entityId: input.actionId, before: { planId: plan.id, disciplineKey: before.disciplineKey, ...auditedAction(actionView(before)) } });
    return ok({ planId: plan.id });
  });
}

/**
 * The agency's CCO signs off the plan as they saw it (its version), only when it is complete; it is
 * locked from then on. An incomplete plan is refused with what each action lacks. Audited.
 */
export async function signOffPlan(actor: Actor, input: SignOffPlanInput): Promise<Result<{ signedOffAt: Date }>> {
  const plan = await loadPlan(actor, input.planId);
  await requireScope(actor, canSignOffPlan(actor, plan.program), { type: "ActionPlan", id: plan.id });
  return db().$transaction(async (tx) => {
    const locked = await lockDraft(tx, plan.id);
    if (locked) return fail("This plan is signed off already.");
    const current = await tx.actionPlan.findUniqueOrThrow({ where: { id: plan.id }, select: { version: true, actions: { select: actionFields } } });
    if (current.version !== input.expectedVersion) return fail(STALE);
    const problems = planProblems({ actions: current.actions.map(actionView) });
    if (problems.length) return fail("This plan cannot be signed off until it is complete.", { plan: problems });
    const signedOffAt = new Date();
    await tx.actionPlan.update({ where: { id: plan.id }, data: { status: "SIGNED_OFF", signedOffById: actor.userId, signedOffAt, version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "action-plan.sign-off", entityType: "ActionPlan", entityId: plan.id, before: { status: "DRAFT" }, after: { status: "SIGNED_OFF", actions: current.actions.length } });
    return ok({ signedOffAt });
  });
}

/** A new draft version of a signed-off plan, with its narratives and actions; asked again, the same one. Audited. */
export async function startNewPlanVersion(actor: Actor, input: NewPlanVersionInput): Promise<Result<{ planId: string }>> {
  const plan = await planForChange(actor, input.planId);
  if (plan.status !== "SIGNED_OFF") return fail("This plan is still a draft: change it as it is.");
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "ActionPlan" WHERE "id" = ${plan.id}::uuid FOR UPDATE`;
    const newer = await tx.actionPlan.findFirst({ where: { programId: plan.program.id, fiscalYear: plan.fiscalYear, number: { gt: plan.number } }, select: { id: true } });
    if (newer) return ok({ planId: newer.id });
    const actions = await tx.planAction.findMany({ where: { planId: plan.id }, orderBy: { position: "asc" }, select: actionFields });
    const created = await tx.actionPlan.create({
      data: {
        programId: plan.program.id,
        fiscalYear: plan.fiscalYear,
        number: plan.number + 1,
        delivered: plan.delivered,
        planned: plan.planned,
        createdById: actor.userId,
        actions: { create: actions.map(({ id: _id, version: _version, ...a }) => a) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "action-plan.new-version", entityType: "ActionPlan", entityId: created.id, after: { from: plan.id, fiscalYear: plan.fiscalYear, number: plan.number + 1 } });
    return ok({ planId: created.id });
  });
}

/**
 * Every program's plan for a fiscal year in the actor's scope (the council: all; a CCO: their
 * agency's), its latest version: signed off, complete, or what it lacks; and programs with none.
 */
export async function listPlansForYear(actor: Actor, fiscalYear = fiscalYearOf(todayIso())) {
  requireRole(actor, "COUNCIL", "CCO", "ADMIN");
  const programs = await db().program.findMany({
    where: { ...programScope(actor), archivedAt: null },
    orderBy: [{ agency: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      agency: { select: { name: true } },
      actionPlans: { where: { fiscalYear }, orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, status: true, signedOffAt: true, actions: { select: actionFields } } },
    },
  });
  return {
    fiscalYear,
    programs: programs.map(({ actionPlans, ...p }) => {
      const plan = actionPlans[0];
      return { ...p, plan: plan ? { id: plan.id, number: plan.number, status: plan.status, signedOffAt: plan.signedOffAt, problems: planProblems({ actions: plan.actions.map(actionView) }) } : null };
    }),
  };
}
