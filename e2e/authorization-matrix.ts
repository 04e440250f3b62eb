// The authorization matrix: every route and every server action × every role, with the outcome
// each role must get. The spec (authorization-matrix.spec.ts) runs it over HTTP against the
// production build, and fails when a route on disk or an action in the build has no row here.
//
// Each row's `expect` lists one outcome per role, in the order of `roles`:
//
//   anonymous  leadA  leadB  ccoX  ccoY  council  admin  disabled  respondentA
//
// Routes:   200          the page or file
//           401          refused for want of an API token (the read API takes no session)
//           404          not found: out of role or out of scope look the same as a missing row
//           in           a redirect to /sign-in
//           >/path       a redirect to /path
// Actions:  write        the action did its work (checked in the database)
//           404          refused as not found, nothing written
//           in           redirected to /sign-in, nothing written
//
// The world: agency X with programs A (lead A, and the disabled user, once a lead of A) and A2;
// agency Y with program B (lead B); a CCO of each agency, a council member, an administrator.
// A and B each have an accepted assessment, a submitted one and a draft, and an action item.
// Respondent A (the respondent role, a member of A) is asked to rate A's draft, and sees nothing else.
import type { AssessmentStatus } from "../lib/db/generated/enums";
import { createAccount, createAssessment, e2eDb, uniqueSuffix } from "./factories";
import { programActionRows } from "./matrix/actions";
import { accountActionRows } from "./matrix/account-actions";
import { notificationActionRows } from "./matrix/notification-actions";
import { outcomeActionRows } from "./matrix/outcome-actions";
import { planActionRows } from "./matrix/plan-actions";
import { secondFactorActionRows } from "./matrix/second-factor-actions";
import { teamActionRows } from "./matrix/team-actions";
import { adminActionRows } from "./matrix/admin-actions";

export const roles = ["anonymous", "leadA", "leadB", "ccoX", "ccoY", "council", "admin", "disabled", "respondentA"] as const;
export type Role = (typeof roles)[number];
export type Account = Exclude<Role, "anonymous">;

// ---------------------------------------------------------------------------------------------
// The world

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A program with what its id-taking routes need: an accepted, a submitted and a draft assessment, an action item, an action plan. */
async function programWithAssessments(programId: string, name: string, leadId: string, cycles: { older: string; newer: string; open: string }, disciplineKey: string) {
  const assessment = async (status: AssessmentStatus, cycleId: string, answered?: number) => (await createAssessment(programId, leadId, { status, cycleId, answered })).assessmentId;
  // One after the other: the trigger that keeps the program's baseline and latest accepted
  // assessment reads them in the snapshot of its statement, so two status changes of one program
  // at the same moment can leave the pointers behind.
  const accepted = await assessment("ACCEPTED", cycles.older);
  const submitted = await assessment("SUBMITTED", cycles.newer);
  const draft = await assessment("DRAFT", cycles.open, 3);
  const actionItem = await e2eDb().actionItem.create({
    data: { programId, disciplineKey, title: `Action of ${name}`, ownerName: "Matrix Owner", createdById: leadId },
    select: { id: true },
  });
  const plan = await e2eDb().actionPlan.create({
    data: { programId, fiscalYear: 2027, createdById: leadId, actions: { create: { position: 1, disciplineKey, title: `Plan action of ${name}` } } },
    select: { id: true, actions: { select: { id: true } } },
  });
  return { id: programId, name, accepted, submitted, draft, actionItem: actionItem.id, plan: plan.id, planAction: plan.actions[0]!.id };
}

export async function buildWorld(label: string) {
  const db = e2eDb();
  const suffix = uniqueSuffix();
  const open = await db.cycle.findFirstOrThrow({ where: { status: "OPEN" }, orderBy: { startsOn: "desc" }, select: { id: true, name: true } });
  const [newer, older] = await db.cycle.findMany({ where: { status: "CLOSED" }, orderBy: { startsOn: "desc" }, take: 2, select: { id: true } });
  if (!newer || !older) throw new Error("The matrix needs two closed cycles (the demo data has FY2024 and FY2025).");
  const model = await db.maturityModel.findFirstOrThrow({
    where: { isCurrent: true },
    select: { version: true, disciplines: { orderBy: { position: "asc" }, take: 1, select: { key: true, practices: { orderBy: { position: "asc" }, take: 1, select: { id: true } } } } },
  });
  const discipline = model.disciplines[0]!;

  const agency = (letter: string, programs: string[]) =>
    db.agency.create({
      data: { name: `Matrix ${label} Agency ${letter} ${suffix}`, abbreviation: `M${letter}${suffix}`, programs: { create: programs.map((name) => ({ name })) } },
      select: { id: true, name: true, abbreviation: true, programs: { select: { id: true, name: true } } },
    });
  const programName = (letter: string) => `Matrix ${label} Program ${letter} ${suffix}`;
  const x = await agency("X", [programName("A"), programName("A2")]);
  const y = await agency("Y", [programName("B")]);
  const find = (programs: { id: string; name: string }[], letter: string) => programs.find((p) => p.name === programName(letter))!;
  const [a, a2, b] = [find(x.programs, "A"), find(x.programs, "A2"), find(y.programs, "B")];

  const [leadA, leadB, ccoX, ccoY, council, admin, disabled, respondentA] = await Promise.all([
    createAccount("LEAD", "Matrix Lead A", { programIds: [a.id] }),
    createAccount("LEAD", "Matrix Lead B", { programIds: [b.id] }),
    createAccount("CCO", "Matrix CCO X", { agencyId: x.id }),
    createAccount("CCO", "Matrix CCO Y", { agencyId: y.id }),
    createAccount("COUNCIL", "Matrix Council"),
    createAccount("ADMIN", "Matrix Admin"),
    createAccount("LEAD", "Matrix Disabled Lead", { programIds: [a.id] }),
    createAccount("RESPONDENT", "Matrix Respondent A", { programIds: [a.id] }),
  ]);
  const users: Record<Account, { id: string; email: string; name: string }> = { leadA, leadB, ccoX, ccoY, council, admin, disabled, respondentA };
  const cycles = { older: older.id, newer: newer.id, open: open.id };
  const [programA, programB, resource, mail] = await Promise.all([
    programWithAssessments(a.id, a.name, leadA.id, cycles, discipline.key),
    programWithAssessments(b.id, b.name, leadB.id, cycles, discipline.key),
    db.resource.create({ data: { title: `Matrix resource ${suffix}`, url: "https://digital.gov/", topic: "Matrix", retiredAt: new Date() }, select: { id: true } }),
    db.outgoingMail.create({
      data: { toAddress: leadA.email, toName: leadA.name, category: "ACCEPTED", subject: `Matrix mail ${suffix}`, text: "Matrix", html: "<p>Matrix</p>", status: "KEPT" },
      select: { id: true },
    }),
  ]);
  await db.respondent.create({ data: { assessmentId: programA.draft, userId: respondentA.id, invitedById: leadA.id } });

  return {
    label,
    suffix,
    x: { id: x.id, name: x.name, abbreviation: x.abbreviation },
    y: { id: y.id, name: y.name, abbreviation: y.abbreviation },
    a: programA,
    a2: { id: a2.id, name: a2.name },
    b: programB,
    users,
    openCycle: open.id,
    model: { version: model.version, disciplineKey: discipline.key, practiceId: discipline.practices[0]!.id },
    resource: resource.id,
    /** A message of the outbox, for the administrators' outgoing mail page. */
    mail: mail.id,
    /** Cycles the actions created, removed after the run so that no other test sees them. */
    createdCycles: [] as string[],
  };
}

/**
 * The world's programs a role may not see: their names must appear in no response to that role
 * (a page, a file, a not-found page, an action's answer).
 */
export function hiddenPrograms(w: World, role: Role): string[] {
  const visible: Record<Role, string[]> = {
    anonymous: [],
    leadA: [w.a.name],
    leadB: [w.b.name],
    ccoX: [w.a.name, w.a2.name],
    ccoY: [w.b.name],
    council: [w.a.name, w.a2.name, w.b.name],
    admin: [w.a.name, w.a2.name, w.b.name],
    disabled: [],
    respondentA: [w.a.name],
  };
  return [w.a.name, w.a2.name, w.b.name].filter((name) => !visible[role].includes(name));
}

export { routeRows, type RouteCase, type RouteRow } from "./matrix/routes";
export { type ActionCall, type ActionRow } from "./matrix/actions";
export const actionRows = [...programActionRows, ...adminActionRows, ...accountActionRows, ...secondFactorActionRows, ...notificationActionRows, ...planActionRows, ...outcomeActionRows, ...teamActionRows];

/** The outcomes a route's row may list (see the legend above). */
export const ROUTE_OUTCOMES = /^(200|401|404|in|>\/\S*)$/;

/** A row's outcomes by role, checked against the tokens a row may use. */
export function outcomes(expect: string, allowed: RegExp): Record<Role, string> {
  const tokens = expect.trim().split(/\s+/);
  if (tokens.length !== roles.length) throw new Error(`"${expect}" lists ${tokens.length} outcomes for ${roles.length} roles`);
  const bad = tokens.filter((t) => !allowed.test(t));
  if (bad.length) throw new Error(`"${expect}": unknown outcome ${bad.join(", ")}`);
  return Object.fromEntries(roles.map((role, i) => [role, tokens[i]!])) as Record<Role, string>;
}
