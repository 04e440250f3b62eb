// Administration rules on PostgreSQL: one open cycle, closed cycles freeze drafts, archiving, users.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, createSession } from "@/lib/testing/factories";
import { answerSchema } from "@/lib/validation/answers";
import { setCycleStatus } from "./admin-cycles";
import { toggleAgencyArchive } from "./admin-organizations";
import { createUser as adminCreateUser, updateUser } from "./admin-users";
import { importPrograms } from "./admin-import";
import { loadActor } from "./accounts";
import { listPrograms } from "./programs";
import { saveAnswer } from "./questionnaire";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

describe("cycles", () => {
  it("closing a cycle makes its drafts read-only", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const agency = await createAgency(prisma, ["Frozen"]);
    const lead = await createUser(prisma, "LEAD", { programIds: [agency.programs[0]!.id] });
    const cycle = await createCycle(prisma, "OPEN", new Date("2050-10-01"));
    const { assessmentId, practices } = await createDraft(prisma, agency.programs[0]!.id, cycle.id, lead.userId);
    expect(await setCycleStatus(admin, { cycleId: cycle.id, status: "CLOSED", expectedVersion: 1 })).toEqual({ ok: true, value: { version: 2 } });
    const result = await saveAnswer(lead, answerSchema.parse({ assessmentId, practiceId: practices[0]!.id, choice: "3", expectedVersion: 0 }));
    expect(result).toEqual({ ok: false, message: `The ${cycle.name} cycle is closed: its assessments can no longer change.` });
    expect(await prisma.answer.count({ where: { assessmentId } })).toBe(0);
  });
});

describe("agencies", () => {
  it("archiving an agency archives its programs, which leave the lists", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const agency = await createAgency(prisma, ["One", "Two"]);
    const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
    expect((await listPrograms(cco)).programs).toHaveLength(2);
    expect(await toggleAgencyArchive(admin, { agencyId: agency.id, expectedVersion: 1 })).toEqual({ ok: true, value: { archived: true } });
    expect((await listPrograms(cco)).programs).toHaveLength(0);
    expect(await prisma.program.count({ where: { agencyId: agency.id, archivedAt: { not: null } } })).toBe(2);
  });
});

describe("users", () => {
  it("a new lead must have a program, and a scope change ends the user's sessions", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const agency = await createAgency(prisma, ["Scoped"]);
    const email = `scoped-${randomUUID()}@example.gov`;
    const missing = await adminCreateUser(admin, { email, name: "No Scope", password: "long-enough-password", role: "LEAD", agencyId: null, programIds: [randomUUID()] });
    expect(missing).toEqual({ ok: false, message: "Choose programs from the list." });
    const created = await adminCreateUser(admin, { email, name: "Scoped", password: "long-enough-password", role: "LEAD", agencyId: null, programIds: [agency.programs[0]!.id] });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : "";
    const before = await createSession(prisma, id);
    expect(await loadActor(before)).toMatchObject({ role: "LEAD", programIds: [agency.programs[0]!.id] });
    await updateUser(admin, { userId: id, expectedVersion: 1, role: "CCO", agencyId: agency.id, programIds: [] });
    expect(await loadActor(before)).toBeNull();
    expect(await loadActor(await createSession(prisma, id))).toMatchObject({ role: "CCO", agencyId: agency.id, programIds: [] });
  });
});

describe("program import", () => {
  it("writes nothing when one row is bad, and everything when all are good", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const agency = await createAgency(prisma, []);
    const abbreviation = (await prisma.agency.findUniqueOrThrow({ where: { id: agency.id } })).abbreviation;
    const bad = `agency,program\n${abbreviation},Alpha\n${abbreviation},\n`;
    const refused = await importPrograms(admin, bad, true);
    expect(refused.problems).toEqual([{ row: 3, field: "program", message: "Enter the program's name" }]);
    expect(await prisma.program.count({ where: { agencyId: agency.id } })).toBe(0);
    const good = await importPrograms(admin, `agency,program\n${abbreviation},Alpha\n${abbreviation},Beta\n`, true);
    expect(good.imported).toBe(2);
    expect(await prisma.program.count({ where: { agencyId: agency.id } })).toBe(2);
    const again = await importPrograms(admin, `agency,program\n${abbreviation},Alpha\n`, true);
    expect(again.problems[0]).toMatchObject({ row: 2, field: "program" });
  });
});
