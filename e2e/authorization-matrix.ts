// The authorization matrix: every route and every server action × every role, with the outcome
// each role must get. The spec (authorization-matrix.spec.ts) runs it over HTTP against the
// production build, and fails when a route on disk or an action in the build has no row here.
//
// Each row's `expect` lists one outcome per role, in the order of `roles`:
//
//   anonymous  leadA  leadB  ccoX  ccoY  council  admin  disabled
//
// Routes:   200          the page or file
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
import { randomUUID } from "node:crypto";
import type { AssessmentStatus } from "../lib/db/generated/enums";
import { createAccount, createAssessment, e2eDb, uniqueSuffix } from "./factories";
import type { ActionArgs } from "../testing/next-actions";

export const roles = ["anonymous", "leadA", "leadB", "ccoX", "ccoY", "council", "admin", "disabled"] as const;
export type Role = (typeof roles)[number];
export type Account = Exclude<Role, "anonymous">;

// ---------------------------------------------------------------------------------------------
// The world

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A program with what its id-taking routes need: an accepted, a submitted and a draft assessment, an action item. */
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
  return { id: programId, name, accepted, submitted, draft, actionItem: actionItem.id };
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

  const [leadA, leadB, ccoX, ccoY, council, admin, disabled] = await Promise.all([
    createAccount("LEAD", "Matrix Lead A", { programIds: [a.id] }),
    createAccount("LEAD", "Matrix Lead B", { programIds: [b.id] }),
    createAccount("CCO", "Matrix CCO X", { agencyId: x.id }),
    createAccount("CCO", "Matrix CCO Y", { agencyId: y.id }),
    createAccount("COUNCIL", "Matrix Council"),
    createAccount("ADMIN", "Matrix Admin"),
    createAccount("LEAD", "Matrix Disabled Lead", { programIds: [a.id] }),
  ]);
  const users: Record<Account, { id: string; email: string; name: string }> = { leadA, leadB, ccoX, ccoY, council, admin, disabled };
  const cycles = { older: older.id, newer: newer.id, open: open.id };
  const [programA, programB, resource] = await Promise.all([
    programWithAssessments(a.id, a.name, leadA.id, cycles, discipline.key),
    programWithAssessments(b.id, b.name, leadB.id, cycles, discipline.key),
    db.resource.create({ data: { title: `Matrix resource ${suffix}`, url: "https://digital.gov/", topic: "Matrix", retiredAt: new Date() }, select: { id: true } }),
  ]);

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
  };
  return [w.a.name, w.a2.name, w.b.name].filter((name) => !visible[role].includes(name));
}

// ---------------------------------------------------------------------------------------------
// Routes

export type RouteCase = {
  /** What the case requests, for messages. */
  label: string;
  url: (w: World) => string;
  expect: string;
  /** A further check of a 200 response's body; returns what is wrong, or null. */
  check?: (body: string, role: Role, w: World) => string | null;
};
/**
 * `methods`: the HTTP methods a route handler exports (GET unless listed); a page answers GET.
 * Cases request with GET.
 */
export type RouteRow = { route: string; methods?: string[]; cases: RouteCase[] };

//                   anonymous leadA leadB ccoX ccoY council admin disabled
const signedIn    = "in        200   200   200  200  200     200   in";
const adminOnly   = "in        404   404   404  404  404     200   in";
const councilOnly = "in        404   404   404  404  200     200   in";
const readsA      = "in        200   404   200  404  200     200   in";
const readsB      = "in        404   200   404  200  200     200   in";
const plansA      = "in        200   404   200  404  404     200   in";
const plansB      = "in        404   200   404  200  404     200   in";
const nobody      = "in        404   404   404  404  404     404   in";
const overseers   = "in        404   404   200  200  200     200   in";

/** A 200 must name the program: the checks for names a role may not see read real content. */
const names = (program: (w: World) => { name: string }) => (body: string, _role: Role, w: World) =>
  body.includes(program(w).name) ? null : `the answer does not name ${program(w).name}`;

/** Pages and files about one program's objects: program A's and, the other way round, program B's. */
const aAndB = (label: string, url: (p: World["a"], w: World) => string, a: string, b: string): RouteCase[] => [
  { label: `program A's ${label}`, url: (w) => url(w.a, w), expect: a, check: names((w) => w.a) },
  { label: `program B's ${label}`, url: (w) => url(w.b, w), expect: b, check: names((w) => w.b) },
];

/**
 * next-auth's session endpoint reads the signed cookie and nothing else, so the disabled user's
 * still names them. That is all it gives: every page, file and action loads the session and the
 * user again and refuses them (every other row), and disabling through the app also moves the
 * user's session version on, which revokes every session they had: the cookie cannot come back.
 */
const sessionOf = (body: string, role: Role, w: World) => {
  const session = JSON.parse(body) as { sessionId?: string; user?: { email?: string } };
  const expected = role === "anonymous" ? undefined : w.users[role].email;
  const names = session.sessionId ? session.user?.email : undefined;
  return names === expected ? null : `the session names ${names ?? "nobody"}, expected ${expected ?? "nobody"}`;
};

export const routeRows: RouteRow[] = [
  { route: "/", cases: [{ label: "home", url: () => "/", expect: "in >/lead >/lead >/cco >/cco >/council >/admin in" }] },
  { route: "/sign-in", cases: [{ label: "sign-in form", url: () => "/sign-in", expect: "200 >/lead >/lead >/cco >/cco >/council >/admin 200" }] },
  {
    route: "/api/auth/[...nextauth]",
    // POST is next-auth's sign-in (and sign-out): every session of this matrix comes from it.
    methods: ["GET", "POST"],
    cases: [
      { label: "session", url: () => "/api/auth/session", expect: "200 200 200 200 200 200 200 200", check: sessionOf },
      { label: "CSRF token", url: () => "/api/auth/csrf", expect: "200 200 200 200 200 200 200 200" },
      { label: "providers", url: () => "/api/auth/providers", expect: "200 200 200 200 200 200 200 200" },
    ],
  },
  // Liveness and readiness are for the orchestrator and the load balancer, which sign in as nobody.
  { route: "/api/health", cases: [{ label: "liveness", url: () => "/api/health", expect: "200 200 200 200 200 200 200 200" }] },
  { route: "/api/ready", cases: [{ label: "readiness", url: () => "/api/ready", expect: "200 200 200 200 200 200 200 200" }] },
  { route: "/account", cases: [{ label: "account", url: () => "/account", expect: signedIn }] },
  { route: "/methodology", cases: [{ label: "methodology", url: () => "/methodology", expect: signedIn }] },
  { route: "/lead", cases: [{ label: "lead home", url: () => "/lead", expect: "in 200 200 404 404 404 404 in" }] },
  { route: "/cco", cases: [{ label: "CCO home", url: () => "/cco", expect: "in 404 404 200 200 404 404 in" }] },
  { route: "/cco/action-items", cases: [{ label: "agency action items", url: () => "/cco/action-items", expect: overseers }] },
  {
    route: "/action-items/export.csv",
    cases: [
      { label: "program A's action items", url: (w) => `/action-items/export.csv?programId=${w.a.id}`, expect: readsA, check: names((w) => w.a) },
      { label: "program B's action items", url: (w) => `/action-items/export.csv?programId=${w.b.id}`, expect: readsB, check: names((w) => w.b) },
      { label: "the actor's action items", url: () => "/action-items/export.csv", expect: overseers },
    ],
  },
  { route: "/council", cases: [{ label: "council home", url: () => "/council", expect: councilOnly }] },
  { route: "/council/programs", cases: [{ label: "submitted programs", url: () => "/council/programs?status=SUBMITTED", expect: councilOnly }] },
  { route: "/council/review/[assessmentId]", cases: aAndB("submission", (p) => `/council/review/${p.submitted}`, councilOnly, councilOnly) },
  {
    route: "/portfolio",
    cases: [
      { label: "portfolio", url: () => "/portfolio", expect: overseers },
      // A filter names an agency; it must not widen a CCO's scope to it.
      { label: "portfolio of agency X", url: (w) => `/portfolio?agency=${w.x.id}`, expect: overseers },
      { label: "portfolio of agency Y", url: (w) => `/portfolio?agency=${w.y.id}`, expect: overseers },
    ],
  },
  {
    route: "/portfolio/export/[file]",
    cases: [
      // CSV both ways; a workbook (the same rows, slower to build) for agency Y, which CCO X must not see.
      ...["portfolio.csv", "answers.csv"].map((file) => ({ label: `${file} of agency X`, url: (w: World) => `/portfolio/export/${file}?agency=${w.x.id}`, expect: overseers })),
      ...["portfolio.csv", "answers.csv", "portfolio.xlsx", "answers.xlsx"].map((file) => ({
        label: `${file} of agency Y`,
        url: (w: World) => `/portfolio/export/${file}?agency=${w.y.id}`,
        expect: overseers,
        check: (body: string, role: Role, w: World) => (role === "ccoX" ? null : names((v) => v.b)(body, role, w)),
      })),
      { label: "an unknown file", url: () => "/portfolio/export/secrets.txt", expect: nobody },
    ],
  },
  { route: "/programs/[programId]", cases: aAndB("page", (p) => `/programs/${p.id}`, readsA, readsB) },
  { route: "/programs/[programId]/progress", cases: aAndB("progress", (p) => `/programs/${p.id}/progress`, readsA, readsB) },
  {
    route: "/programs/[programId]/action-items/new",
    cases: aAndB("new action item", (p, w) => `/programs/${p.id}/action-items/new?discipline=${w.model.disciplineKey}`, plansA, plansB),
  },
  { route: "/assessments/[assessmentId]", cases: aAndB("draft", (p) => `/assessments/${p.draft}`, readsA, readsB) },
  {
    route: "/assessments/[assessmentId]/disciplines/[disciplineKey]",
    cases: [
      ...aAndB("draft's first discipline", (p, w) => `/assessments/${p.draft}/disciplines/${w.model.disciplineKey}`, readsA, readsB),
      { label: "an unknown discipline", url: (w) => `/assessments/${w.a.draft}/disciplines/no-such-discipline`, expect: nobody },
    ],
  },
  { route: "/assessments/[assessmentId]/check", cases: aAndB("draft's check page", (p) => `/assessments/${p.draft}/check`, readsA, readsB) },
  {
    route: "/assessments/[assessmentId]/results",
    cases: [
      ...aAndB("accepted results", (p) => `/assessments/${p.accepted}/results`, readsA, readsB),
      ...aAndB("submitted results", (p) => `/assessments/${p.submitted}/results`, readsA, readsB),
      { label: "a draft's results", url: (w) => `/assessments/${w.a.draft}/results`, expect: nobody },
    ],
  },
  {
    // Each allowed request prints a PDF in a Chromium: program A's only (B's mirror it in the
    // results rows above, through the same data-access call).
    route: "/assessments/[assessmentId]/report.pdf",
    cases: [
      { label: "program A's submitted report", url: (w) => `/assessments/${w.a.submitted}/report.pdf`, expect: readsA },
      { label: "a draft's report", url: (w) => `/assessments/${w.a.draft}/report.pdf`, expect: nobody },
    ],
  },
  { route: "/admin", cases: [{ label: "admin home", url: () => "/admin", expect: adminOnly }] },
  { route: "/admin/audit", cases: [{ label: "audit log", url: () => "/admin/audit", expect: adminOnly }] },
  { route: "/admin/audit/export.csv", cases: [{ label: "audit CSV", url: (w) => `/admin/audit/export.csv?actor=${encodeURIComponent(w.users.admin.email)}`, expect: adminOnly }] },
  { route: "/admin/cycles", cases: [{ label: "cycles", url: () => "/admin/cycles", expect: adminOnly }] },
  { route: "/admin/model", cases: [{ label: "model versions", url: () => "/admin/model", expect: adminOnly }] },
  { route: "/admin/model/[version]/export", cases: [{ label: "model export", url: (w) => `/admin/model/${w.model.version}/export`, expect: adminOnly }] },
  { route: "/admin/organizations", cases: [{ label: "agencies and programs", url: (w) => `/admin/organizations?q=${w.suffix}`, expect: adminOnly }] },
  { route: "/admin/organizations/import", cases: [{ label: "program import", url: () => "/admin/organizations/import", expect: adminOnly }] },
  { route: "/admin/resources", cases: [{ label: "resources", url: () => "/admin/resources", expect: adminOnly }] },
  { route: "/admin/resources/[resourceId]", cases: [{ label: "a resource", url: (w) => `/admin/resources/${w.resource}`, expect: adminOnly }] },
  { route: "/admin/users", cases: [{ label: "users", url: () => "/admin/users", expect: adminOnly }] },
  { route: "/admin/users/[userId]", cases: [{ label: "lead A's account", url: (w) => `/admin/users/${w.users.leadA.id}`, expect: adminOnly }] },
];

// ---------------------------------------------------------------------------------------------
// Server actions

export type ActionCall = {
  /** The page the form is on: the action is posted there, as the browser does. */
  page: string;
  args: ActionArgs;
  /** Whether the action did its work, read from the database (or, where noted, the answer). */
  done: (answer: string) => Promise<boolean>;
};
/** `call` prepares fresh objects of program A's agency (X) for each role, so no call depends on another. */
export type ActionRow = { action: string; expect: string; call: (w: World, role: Role) => Promise<ActionCall> };

//                      anonymous leadA leadB ccoX  ccoY council admin disabled
const leadOfA        = "in        write 404   404   404  404     404   in";
const plannersOfA    = "in        write 404   write 404  404     write in";
const reviewers      = "in        404   404   404   404  write   write in";
const administrators = "in        404   404   404   404  404     write in";

const db = () => e2eDb();

/** A new program of agency X led by lead A and the disabled user (who would be allowed, if enabled). */
async function freshProgram(w: World, what: string) {
  const program = await db().program.create({ data: { agencyId: w.x.id, name: `Matrix ${what} ${uniqueSuffix()}` }, select: { id: true } });
  await db().programMembership.createMany({ data: [w.users.leadA.id, w.users.disabled.id].map((userId) => ({ userId, programId: program.id })) });
  return program.id;
}

async function freshAssessment(w: World, status: AssessmentStatus, answered = 0) {
  const programId = await freshProgram(w, `${status.toLowerCase()} assessment`);
  const { assessmentId } = await createAssessment(programId, w.users.leadA.id, { status, answered });
  return assessmentId;
}

const freshAgency = async () => (await db().agency.create({ data: { name: `Matrix agency ${uniqueSuffix()}`, abbreviation: `MG${uniqueSuffix()}` }, select: { id: true } })).id;

/** An account that cannot sign in, for the administrators' user actions to change. */
const freshUser = async () => (await createAccount("COUNCIL", "Matrix Victim", { canSignIn: false })).id;

/** Retired (unless asked) and mapped to nothing: no gap recommends it while the suite runs. */
const freshResource = async (retired = true) =>
  (await db().resource.create({ data: { title: `Matrix resource ${uniqueSuffix()}`, url: "https://digital.gov/", topic: "Matrix", retiredAt: retired ? new Date() : null }, select: { id: true } })).id;

async function freshCycle(w: World) {
  const cycle = await db().cycle.create({
    data: { name: `Matrix ${uniqueSuffix()}`, startsOn: new Date("2090-10-01"), endsOn: new Date("2091-09-30") },
    select: { id: true },
  });
  w.createdCycles.push(cycle.id);
  return cycle.id;
}

const resourceFields = { url: "https://digital.gov/guides/", publisher: "", format: "", size: "", topic: "Matrix", subheading: "" };

export const actionRows: ActionRow[] = [
  {
    action: "lib/actions/assessments.ts#startAssessmentAction",
    expect: leadOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "to start");
      return {
        page: `/programs/${programId}`,
        args: { form: { programId, cycleId: w.openCycle } },
        done: async () => (await db().assessment.count({ where: { programId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/answers.ts#saveAnswerAction",
    expect: leadOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "DRAFT");
      return {
        page: `/assessments/${assessmentId}/disciplines/${w.model.disciplineKey}`,
        // The questionnaire's autosave passes one plain object, not a form.
        args: { values: [{ assessmentId, practiceId: w.model.practiceId, choice: "3", evidenceNote: "", evidenceLinks: "", expectedVersion: 0 }] },
        done: async () => (await db().answer.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/answers.ts#saveDisciplineAction",
    expect: leadOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "DRAFT");
      const practice = w.model.practiceId;
      return {
        page: `/assessments/${assessmentId}/disciplines/${w.model.disciplineKey}`,
        args: { form: { assessmentId, next: `/assessments/${assessmentId}/check`, practiceIds: practice, [`choice-${practice}`]: "4", [`version-${practice}`]: "0" } },
        done: async () => (await db().answer.count({ where: { assessmentId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/answers.ts#submitAssessmentAction",
    expect: leadOfA,
    call: async (w) => {
      const assessmentId = await freshAssessment(w, "DRAFT", Number.MAX_SAFE_INTEGER);
      return {
        page: `/assessments/${assessmentId}/check`,
        args: { form: { assessmentId, submitKey: randomUUID() } },
        done: async () => (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status === "SUBMITTED",
      };
    },
  },
  {
    action: "lib/actions/reviews.ts#reviewAction",
    expect: reviewers,
    call: async (w) => {
      // Returned, not accepted: an accepted assessment would join every portfolio other tests read.
      const assessmentId = await freshAssessment(w, "SUBMITTED", Number.MAX_SAFE_INTEGER);
      return {
        page: `/council/review/${assessmentId}`,
        args: { form: { assessmentId, decision: "RETURNED", comment: "Matrix: please link the evidence.", expectedVersion: "2" } },
        done: async () => (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status === "RETURNED",
      };
    },
  },
  {
    action: "lib/actions/targets.ts#setTargetsAction",
    expect: plannersOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "targets");
      const key = w.model.disciplineKey;
      return {
        // The form is on the results page; program A's accepted results stand in for the new program's.
        page: `/assessments/${w.a.accepted}/results`,
        args: { form: { programId, disciplineKey: key, [`target-${key}`]: "4", [`due-${key}`]: "", [`version-${key}`]: "0" } },
        done: async () => (await db().target.count({ where: { programId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/action-items.ts#createActionItemAction",
    expect: plannersOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "action item");
      return {
        page: `/programs/${programId}/action-items/new?discipline=${w.model.disciplineKey}`,
        args: { form: { programId, disciplineKey: w.model.disciplineKey, practiceKey: "", title: "Matrix: map the journey", ownerName: "Pat Owner", dueOn: "", notes: "" } },
        done: async () => (await db().actionItem.count({ where: { programId } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/action-items.ts#setActionItemStatusAction",
    expect: plannersOfA,
    call: async (w) => {
      const programId = await freshProgram(w, "action item status");
      const item = await db().actionItem.create({
        data: { programId, disciplineKey: w.model.disciplineKey, title: "Matrix: survey", ownerName: "Pat Owner", createdById: w.users.leadA.id },
        select: { id: true },
      });
      return {
        page: `/programs/${programId}/progress`,
        args: { form: { actionItemId: item.id, status: "IN_PROGRESS", expectedVersion: "1" } },
        done: async () => (await db().actionItem.findUniqueOrThrow({ where: { id: item.id } })).status === "IN_PROGRESS",
      };
    },
  },
  {
    action: "lib/actions/admin.ts#createAgencyAction",
    expect: administrators,
    call: async () => {
      const name = `Matrix new agency ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations",
        args: { form: { name, abbreviation: `MN${uniqueSuffix()}` } },
        done: async () => (await db().agency.count({ where: { name } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#renameAgencyAction",
    expect: administrators,
    call: async () => {
      const agencyId = await freshAgency();
      const name = `Matrix renamed agency ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations",
        args: { form: { agencyId, name, expectedVersion: "1" } },
        done: async () => (await db().agency.findUniqueOrThrow({ where: { id: agencyId } })).name === name,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#toggleAgencyArchiveAction",
    expect: administrators,
    call: async () => {
      const agencyId = await freshAgency();
      return {
        page: "/admin/organizations",
        args: { form: { agencyId, expectedVersion: "1" } },
        done: async () => (await db().agency.findUniqueOrThrow({ where: { id: agencyId } })).archivedAt !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#createProgramAction",
    expect: administrators,
    call: async (w) => {
      const name = `Matrix new program ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations",
        args: { form: { agencyId: w.x.id, name, description: "" } },
        done: async () => (await db().program.count({ where: { agencyId: w.x.id, name } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#renameProgramAction",
    expect: administrators,
    call: async (w) => {
      const programId = await freshProgram(w, "to rename");
      const name = `Matrix renamed program ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations",
        args: { form: { programId, name, expectedVersion: "1" } },
        done: async () => (await db().program.findUniqueOrThrow({ where: { id: programId } })).name === name,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#toggleProgramArchiveAction",
    expect: administrators,
    call: async (w) => {
      const programId = await freshProgram(w, "to archive");
      return {
        page: "/admin/organizations",
        args: { form: { programId, expectedVersion: "1" } },
        done: async () => (await db().program.findUniqueOrThrow({ where: { id: programId } })).archivedAt !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#importProgramsAction",
    expect: administrators,
    call: async (w) => {
      const name = `Matrix imported program ${uniqueSuffix()}`;
      return {
        page: "/admin/organizations/import",
        args: { form: { csv: `agency,program,lead emails\n${w.x.abbreviation},${name},\n`, confirm: "yes" } },
        done: async () => (await db().program.count({ where: { agencyId: w.x.id, name } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#createUserAction",
    expect: administrators,
    call: async () => {
      const email = `matrix-new-${uniqueSuffix()}@example.gov`;
      return {
        page: "/admin/users",
        args: { form: { email, name: "Matrix New Person", password: randomUUID(), role: "COUNCIL", agencyId: "" } },
        done: async () => (await db().user.count({ where: { email } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#updateUserAction",
    expect: administrators,
    call: async (w) => {
      const userId = await freshUser();
      return {
        page: `/admin/users/${userId}`,
        args: { form: { userId, expectedVersion: "1", role: "CCO", agencyId: w.x.id } },
        done: async () => (await db().user.findUniqueOrThrow({ where: { id: userId } })).role === "CCO",
      };
    },
  },
  {
    action: "lib/actions/admin.ts#setUserDisabledAction",
    expect: administrators,
    call: async () => {
      const userId = await freshUser();
      return {
        page: `/admin/users/${userId}`,
        args: { form: { userId, disabled: "true" } },
        done: async () => (await db().user.findUniqueOrThrow({ where: { id: userId } })).disabledAt !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#resetPasswordAction",
    expect: administrators,
    call: async () => {
      const userId = await freshUser();
      return {
        page: `/admin/users/${userId}`,
        args: { form: { userId, password: randomUUID() } },
        done: async () => (await db().user.findUniqueOrThrow({ where: { id: userId } })).passwordHash !== null,
      };
    },
  },
  {
    action: "lib/actions/admin.ts#createCycleAction",
    expect: administrators,
    call: async (w) => {
      const name = `Matrix ${uniqueSuffix()}`;
      return {
        page: "/admin/cycles",
        args: { form: { name, startsOn: "2090-10-01", endsOn: "2091-09-30" } },
        done: async () => {
          const cycle = await db().cycle.findUnique({ where: { name }, select: { id: true } });
          if (cycle) w.createdCycles.push(cycle.id);
          return cycle !== null;
        },
      };
    },
  },
  {
    action: "lib/actions/admin.ts#setCycleStatusAction",
    expect: administrators,
    call: async (w) => {
      const cycleId = await freshCycle(w);
      return {
        page: "/admin/cycles",
        args: { form: { cycleId, status: "CLOSED", expectedVersion: "1" } },
        done: async () => (await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).status === "CLOSED",
      };
    },
  },
  {
    action: "lib/actions/admin.ts#setCurrentModelAction",
    expect: administrators,
    call: async (w, role) => {
      // Chooses the version already in use: recorded like any choice, changing nothing for other tests.
      const since = new Date();
      const actorId = role === "anonymous" ? null : w.users[role].id;
      return {
        page: "/admin/model",
        args: { form: { version: String(w.model.version) } },
        done: async () => (await db().auditEvent.count({ where: { action: "model.use", actorId, at: { gte: since } } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/models.ts#importModelAction",
    expect: administrators,
    call: async () => {
      // A valid file would add a model version that other tests count; a malformed one is read and
      // refused with the field named only once the actor passed the authorization check, so that
      // answer stands for the work done (and nothing is written either way).
      const file = { name: "matrix-model.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "cx-maturity-model/v1", name: "Matrix" })) };
      return {
        page: "/admin/model",
        args: { form: { file, makeCurrent: "" } },
        done: async (answer) => answer.includes("The model file has problems. Nothing was imported."),
      };
    },
  },
  {
    action: "lib/actions/admin-resources.ts#createResourceAction",
    expect: administrators,
    call: async () => {
      const title = `Matrix new resource ${uniqueSuffix()}`;
      return {
        page: "/admin/resources",
        args: { form: { title, ...resourceFields } },
        done: async () => (await db().resource.count({ where: { title } })) > 0,
      };
    },
  },
  {
    action: "lib/actions/admin-resources.ts#updateResourceAction",
    expect: administrators,
    call: async () => {
      const resourceId = await freshResource();
      const title = `Matrix edited resource ${uniqueSuffix()}`;
      return {
        page: `/admin/resources/${resourceId}`,
        args: { form: { resourceId, title, ...resourceFields } },
        done: async () => (await db().resource.findUniqueOrThrow({ where: { id: resourceId } })).title === title,
      };
    },
  },
  {
    action: "lib/actions/admin-resources.ts#setResourceRetiredAction",
    expect: administrators,
    call: async () => {
      const resourceId = await freshResource(false);
      return {
        page: `/admin/resources/${resourceId}`,
        args: { form: { resourceId, retired: "true" } },
        done: async () => (await db().resource.findUniqueOrThrow({ where: { id: resourceId } })).retiredAt !== null,
      };
    },
  },
  {
    action: "lib/actions/admin-resources.ts#setResourceMappingAction",
    expect: administrators,
    call: async (w) => {
      const resourceId = await freshResource();
      return {
        page: `/admin/resources/${resourceId}`,
        args: { form: { resourceId, disciplineKeys: [w.model.disciplineKey], practiceKeys: [], currentOrder: [] } },
        done: async () => (await db().resourceDiscipline.count({ where: { resourceId } })) > 0,
      };
    },
  },
];

/** A row's outcomes by role, checked against the tokens a row may use. */
export function outcomes(expect: string, allowed: RegExp): Record<Role, string> {
  const tokens = expect.trim().split(/\s+/);
  if (tokens.length !== roles.length) throw new Error(`"${expect}" lists ${tokens.length} outcomes for ${roles.length} roles`);
  const bad = tokens.filter((t) => !allowed.test(t));
  if (bad.length) throw new Error(`"${expect}": unknown outcome ${bad.join(", ")}`);
  return Object.fromEntries(roles.map((role, i) => [role, tokens[i]!])) as Record<Role, string>;
}
