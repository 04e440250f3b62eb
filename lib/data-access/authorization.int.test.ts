// Every role × every data-access operation, from one table: who is allowed and who gets "not found".
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createUser, isNotFound, createSession } from "@/lib/testing/factories";
import { endSession, loadActor } from "./accounts";
import { startAssessment } from "./assessments";
import { getAdminOverview, getCycleStatusCounts } from "./dashboards";
import { getAgencyOverview, getProgramProgress } from "./progress";
import { createActionItem, listActionItems } from "./action-items";
import { exportModel, getCurrentModel, importModel, listModelVersions } from "./models";
import { getProgram, listPrograms } from "./programs";
import { setTargets } from "./targets";
import { answerExportRows, getPortfolio, portfolioExportRows } from "./portfolio";
import { getSubmissionForReview, reviewAssessment } from "./reviews";
import { createDraft } from "@/lib/testing/factories";
import { portfolioQuerySchema } from "@/lib/validation/portfolio";
import { createCycle as adminCreateCycle, listCyclesForAdmin, setCycleStatus } from "./admin-cycles";
import { createAgency as adminCreateAgency, createProgram, listOrganizations } from "./admin-organizations";
import { createUser as adminCreateUser, getUserForAdmin, listUsers, resetPassword, setUserDisabled } from "./admin-users";
import { listAuditEvents } from "./audit-log";
import { setCurrentModel } from "./models";
import { randomUUID } from "node:crypto";
import { defaultModelV1 } from "@/lib/model/default-model";
import { defaultModelV2 } from "@/lib/model/v2/model";

const prisma = createPrismaClient(inject("databaseUrl"));

type World = Awaited<ReturnType<typeof makeWorld>>;
type ActorName = "leadA" | "leadB" | "ccoX" | "ccoY" | "council" | "admin";

async function makeWorld() {
  const x = await createAgency(prisma, ["Program A", "Program B"]);
  const y = await createAgency(prisma, ["Program C"]);
  const [a, b] = x.programs as [(typeof x.programs)[0], (typeof x.programs)[0]];
  const c = y.programs[0]!;
  const actors: Record<ActorName, Actor> = {
    leadA: await createUser(prisma, "LEAD", { programIds: [a.id] }),
    leadB: await createUser(prisma, "LEAD", { programIds: [b.id] }),
    ccoX: await createUser(prisma, "CCO", { agencyId: x.id }),
    ccoY: await createUser(prisma, "CCO", { agencyId: y.id }),
    council: await createUser(prisma, "COUNCIL"),
    admin: await createUser(prisma, "ADMIN"),
  };
  const open = await createCycle(prisma, "OPEN");
  const { assessmentId: submittedC } = await createDraft(prisma, c.id, open.id, actors.ccoY.userId, 1000);
  await prisma.assessment.update({ where: { id: submittedC }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: actors.ccoY.userId, version: 2 } });
  const planned = await createCycle(prisma, "PLANNED", new Date("2040-10-01"));
  const victim = await createUser(prisma, "COUNCIL");
  const spare = await createAgency(prisma, []);
  return { a, b, c, actors, open, submittedC, planned, victim, spare };
}

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});
afterAll(() => prisma.$disconnect());

type Operation = {
  name: string;
  run: (actor: Actor, w: World) => Promise<unknown>;
  allowed: ActorName[];
};

const everyone: ActorName[] = ["leadA", "leadB", "ccoX", "ccoY", "council", "admin"];

const operations: Operation[] = [
  { name: "read program A", run: (actor, w) => getProgram(actor, w.a.id), allowed: ["leadA", "ccoX", "council", "admin"] },
  { name: "read program C", run: (actor, w) => getProgram(actor, w.c.id), allowed: ["ccoY", "council", "admin"] },
  { name: "list programs", run: (actor) => listPrograms(actor), allowed: everyone },
  { name: "cycle status counts", run: (actor) => getCycleStatusCounts(actor), allowed: ["council", "admin"] },
  { name: "CCO agency overview", run: (actor) => getAgencyOverview(actor), allowed: ["ccoX", "ccoY"] },
  { name: "program A's progress", run: (actor, w) => getProgramProgress(actor, w.a.id), allowed: ["leadA", "ccoX", "council", "admin"] },
  { name: "program A's action items", run: (actor, w) => listActionItems(actor, { programId: w.a.id }), allowed: ["leadA", "ccoX", "council", "admin"] },
  {
    name: "plan an action item for program A",
    run: (actor, w) =>
      createActionItem(actor, { programId: w.a.id, disciplineKey: "design", practiceKey: null, title: "Map the journey", ownerName: "Pat", dueOn: null, notes: "", resourceIds: [] }),
    allowed: ["leadA", "ccoX", "admin"],
  },
  { name: "admin overview", run: (actor) => getAdminOverview(actor), allowed: ["admin"] },
  { name: "portfolio", run: (actor) => getPortfolio(actor, portfolioQuerySchema.parse({})), allowed: ["ccoX", "ccoY", "council", "admin"] },
  { name: "open a submission for review", run: (actor, w) => getSubmissionForReview(actor, w.submittedC), allowed: ["council", "admin"] },
  {
    name: "review a submission",
    run: (actor, w) => reviewAssessment(actor, { assessmentId: w.submittedC, decision: "RETURNED", comment: "Please add evidence.", expectedVersion: 2 }),
    allowed: ["council", "admin"],
  },
  { name: "admin: list cycles", run: (actor) => listCyclesForAdmin(actor), allowed: ["admin"] },
  {
    name: "admin: create a cycle",
    run: (actor) => adminCreateCycle(actor, { name: `FY-auth-${randomUUID().slice(0, 8)}`, startsOn: "2041-10-01", endsOn: "2042-09-30" }),
    allowed: ["admin"],
  },
  { name: "admin: close a cycle", run: (actor, w) => setCycleStatus(actor, { cycleId: w.planned.id, status: "CLOSED", expectedVersion: 1 }), allowed: ["admin"] },
  { name: "admin: list agencies", run: (actor) => listOrganizations(actor, { page: 1 }), allowed: ["admin"] },
  { name: "admin: create an agency", run: (actor) => adminCreateAgency(actor, { name: `Agency ${randomUUID()}`, abbreviation: `X${randomUUID().slice(0, 6)}` }), allowed: ["admin"] },
  { name: "admin: create a program", run: (actor, w) => createProgram(actor, { agencyId: w.spare.id, name: `Program ${randomUUID()}`, description: "" }), allowed: ["admin"] },
  { name: "admin: list users", run: (actor) => listUsers(actor, { page: 1 }), allowed: ["admin"] },
  { name: "admin: read a user", run: (actor, w) => getUserForAdmin(actor, w.victim.userId), allowed: ["admin"] },
  {
    name: "admin: create a user",
    run: (actor) => adminCreateUser(actor, { email: `u-${randomUUID()}@example.gov`, name: "New Person", password: "long-enough-password", role: "COUNCIL", agencyId: null, programIds: [] }),
    allowed: ["admin"],
  },
  { name: "admin: disable a user", run: (actor, w) => setUserDisabled(actor, { userId: w.victim.userId, disabled: true }), allowed: ["admin"] },
  { name: "admin: reset a password", run: (actor, w) => resetPassword(actor, { userId: w.victim.userId, password: "another-long-password" }), allowed: ["admin"] },
  { name: "admin: read the audit log", run: (actor) => listAuditEvents(actor, { page: 1 }), allowed: ["admin"] },
  // The version already in use: recorded like any choice, changing nothing for tests running beside it.
  { name: "admin: choose the model in use", run: (actor) => setCurrentModel(actor, 2), allowed: ["admin"] },
  { name: "read the current model", run: (actor) => getCurrentModel(actor), allowed: everyone },
  { name: "list model versions", run: (actor) => listModelVersions(actor), allowed: ["admin"] },
  { name: "export model version 1", run: (actor) => exportModel(actor, 1), allowed: ["admin"] },
  { name: "import a model version", run: (actor) => importModel(actor, JSON.stringify(defaultModelV2), false), allowed: ["admin"] },
  {
    name: "set program A's targets",
    run: (actor, w) => setTargets(actor, { programId: w.a.id, targets: [{ disciplineKey: "design", targetLevel: 3, dueOn: null, expectedVersion: 0 }] }),
    allowed: ["leadA", "ccoX", "admin"],
  },
  {
    name: "start program B's assessment",
    run: (actor, w) => startAssessment(actor, { programId: w.b.id, cycleId: w.open.id }),
    allowed: ["leadB"],
  },
];

describe.each(operations)("$name", (operation) => {
  it.each(everyone)("as %s", async (name) => {
    const attempt = operation.run(world.actors[name], world);
    if (operation.allowed.includes(name)) {
      await expect(attempt).resolves.toBeDefined();
    } else {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      expect(isNotFound(error), `expected "not found" for ${name}`).toBe(true);
    }
  });
});

describe("scope of lists", () => {
  it("a lead lists only their programs; a CCO only their agency's; the council all", async () => {
    const ids = async (name: ActorName) => (await listPrograms(world.actors[name])).programs.map((p) => p.id);
    expect(await ids("leadA")).toEqual([world.a.id]);
    expect((await ids("ccoX")).sort()).toEqual([world.a.id, world.b.id].sort());
    expect(await ids("ccoY")).toEqual([world.c.id]);
    expect(await ids("council")).toEqual(expect.arrayContaining([world.a.id, world.b.id, world.c.id]));
  });

  it("a missing id and a malformed id are 'not found' too", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "' OR 1=1 --"]) {
      const error = await getProgram(world.actors.admin, id).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isNotFound(error)).toBe(true);
    }
  });
});

describe("refused writes write nothing", () => {
  it("no role but the program's own lead can start its assessment, and refusals leave no row or audit event", async () => {
    const w = await makeWorld();
    for (const name of ["leadA", "ccoX", "ccoY", "council", "admin"] as const) {
      const error = await startAssessment(w.actors[name], { programId: w.b.id, cycleId: w.open.id }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isNotFound(error), name).toBe(true);
    }
    expect(await prisma.assessment.count({ where: { programId: w.b.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "assessment.start", actorId: { in: Object.values(w.actors).map((a) => a.userId) } } })).toBe(0);
  });
});

describe("starting an assessment", () => {
  it("is idempotent under concurrent retries: one assessment, one audit event", async () => {
    const w = await makeWorld();
    const results = await Promise.all(Array.from({ length: 5 }, () => startAssessment(w.actors.leadA, { programId: w.a.id, cycleId: w.open.id })));
    const ids = new Set(results.map((r) => (r.ok ? r.value.assessmentId : r.message)));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect(await prisma.assessment.count({ where: { programId: w.a.id } })).toBe(1);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: id, action: "assessment.start" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.actors.leadA.userId, entityType: "Assessment" });
  });

  it("refuses a cycle that is not open, with a message, and writes nothing", async () => {
    const w = await makeWorld();
    const closed = await createCycle(prisma, "CLOSED", new Date("2020-10-01"));
    const result = await startAssessment(w.actors.leadA, { programId: w.a.id, cycleId: closed.id });
    expect(result).toMatchObject({ ok: false, message: `The ${closed.name} cycle is not open for assessments.` });
    expect(await prisma.assessment.count({ where: { programId: w.a.id } })).toBe(0);
  });
});

describe("sessions", () => {
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

  it("end on sign-out, when the user is disabled, or when their session version moves on", async () => {
    const active = await createUser(prisma, "COUNCIL");
    const session = await createSession(prisma, active.userId);
    const other = await createSession(prisma, active.userId);
    expect(await loadActor(session)).toMatchObject({ userId: active.userId, role: "COUNCIL" });
    await endSession(session);
    expect(await loadActor(session)).toBeNull();
    expect(await loadActor(other)).toMatchObject({ userId: active.userId });
    await prisma.user.update({ where: { id: active.userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(other)).toBeNull();
    const disabled = await createUser(prisma, "COUNCIL", { disabled: true });
    expect(await loadActor(await createSession(prisma, disabled.userId))).toBeNull();
    expect(await loadActor(randomUUID())).toBeNull();
  });

  it("end after the idle and the absolute limit, and record activity at most once a minute", async () => {
    const user = await createUser(prisma, "COUNCIL");
    expect(await loadActor(await createSession(prisma, user.userId, { lastSeenAt: minutesAgo(31) }))).toBeNull();
    expect(await loadActor(await createSession(prisma, user.userId, { createdAt: minutesAgo(8 * 60 + 1), lastSeenAt: minutesAgo(1) }))).toBeNull();
    const busy = await createSession(prisma, user.userId, { createdAt: minutesAgo(20), lastSeenAt: minutesAgo(20) });
    expect(await loadActor(busy)).not.toBeNull();
    const touched = (await prisma.session.findUniqueOrThrow({ where: { id: busy } })).lastSeenAt;
    expect(Date.now() - touched.getTime()).toBeLessThan(10_000);
    await loadActor(busy);
    expect((await prisma.session.findUniqueOrThrow({ where: { id: busy } })).lastSeenAt).toEqual(touched);
  });
});

describe("the audit log", () => {
  it("refuses updates and deletes", async () => {
    const event = await prisma.auditEvent.create({ data: { actorEmail: "test", action: "test", entityType: "Test", entityId: "1" } });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });
});

describe("model import", () => {
  it("rejects a malformed model with the field named and writes nothing", async () => {
    const versions = await prisma.maturityModel.count();
    const broken = structuredClone(defaultModelV2);
    broken.disciplines[1]!.practices[0]!.descriptors = ["only one"];
    const result = await importModel(world.actors.admin, JSON.stringify(broken), true);
    expect(result).toEqual({
      ok: false,
      message: "The model file has problems. Nothing was imported.",
      fieldErrors: { file: ["disciplines[1].practices[0].descriptors: descriptors must list exactly 5 texts, one per level from Reactive to Customer-centric"] },
    });
    expect(await prisma.maturityModel.count()).toBe(versions);
  });

  it("exports each shipped version with its rule, and it imports back as an identical new version", async () => {
    expect(await exportModel(world.actors.admin, 1)).toEqual(defaultModelV1);
    const exported = await exportModel(world.actors.admin, 2);
    expect(exported).toEqual(defaultModelV2);
    const imported = await importModel(world.actors.admin, JSON.stringify(exported), false);
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(await exportModel(world.actors.admin, imported.value.version)).toEqual(exported);
    // A practice's evidence level travels with the model.
    const strict = structuredClone(exported);
    strict.disciplines[3]!.practices[0]!.evidenceFromLevel = 3;
    const withLevel = await importModel(world.actors.admin, JSON.stringify(strict), false);
    if (withLevel.ok) expect((await exportModel(world.actors.admin, withLevel.value.version)).disciplines[3]!.practices[0]!.evidenceFromLevel).toBe(3);
    expect(withLevel.ok).toBe(true);
    expect((await prisma.maturityModel.findFirstOrThrow({ where: { isCurrent: true } })).version).toBe(2);
  });

  it("refuses a malformed scoring rule precisely and writes nothing", async () => {
    const versions = await prisma.maturityModel.count();
    const broken = { ...structuredClone(defaultModelV2), scoring: { ...defaultModelV2.scoring, minAnsweredShare: "half" } };
    const result = await importModel(world.actors.admin, JSON.stringify(broken), true);
    expect(!result.ok && result.fieldErrors?.file).toEqual([
      "scoring.minAnsweredShare: must be a number from 0.5 to 1: the share of a discipline's practices that must be answered with a level",
    ]);
    expect(await prisma.maturityModel.count()).toBe(versions);
  });
});

describe("portfolio scope", () => {
  it("shows a CCO only their agency's programs", async () => {
    const w = await makeWorld();
    await prisma.assessment.update({ where: { id: w.submittedC }, data: { status: "ACCEPTED" } });
    const query = portfolioQuerySchema.parse({});
    const ids = async (a: Actor) => (await getPortfolio(a, query)).entries.map((e) => e.programId);
    expect(await ids(w.actors.ccoY)).toEqual([w.c.id]);
    expect(await ids(w.actors.ccoX)).not.toContain(w.c.id);
    // Filtered to the agency: the council's whole portfolio may run to several pages.
    expect((await getPortfolio(w.actors.council, portfolioQuerySchema.parse({ agency: w.c.agencyId }))).entries.map((e) => e.programId)).toContain(w.c.id);
  });

  it("narrows a CCO's portfolio and exports to an agency filter, never widens them to another agency", async () => {
    const w = await makeWorld();
    await prisma.assessment.update({ where: { id: w.submittedC }, data: { status: "ACCEPTED" } });
    const otherAgency = portfolioQuerySchema.parse({ agency: w.c.agencyId });
    expect((await getPortfolio(w.actors.ccoX, otherAgency)).entries).toEqual([]);
    const rows = [];
    for await (const row of (await portfolioExportRows(w.actors.ccoX, otherAgency)).rows) rows.push(row);
    expect(rows).toEqual([]);
    const answers = [];
    for await (const row of (await answerExportRows(w.actors.ccoX, otherAgency)).rows) answers.push(row);
    expect(answers).toEqual([]);
    expect((await getPortfolio(w.actors.ccoY, otherAgency)).entries.map((e) => e.programId)).toEqual([w.c.id]);
  });
});
