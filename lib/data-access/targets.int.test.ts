// Targets are stored only where a person chose one: "next level up" keeps following the level.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createUser } from "@/lib/testing/factories";
import { setTargetsSchema } from "@/lib/validation/targets";
import { setTargets } from "./targets";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const DISCIPLINES = ["strategy", "customer-understanding", "design", "measurement", "governance", "culture"];

/** The targets form as submitted: every discipline's row, "next level up" (empty) unless given. */
const form = (programId: string, chosen: Record<string, { level: string; due?: string; version?: number }>) =>
  setTargetsSchema.parse({
    programId,
    targets: DISCIPLINES.map((key) => ({ disciplineKey: key, targetLevel: chosen[key]?.level ?? "", dueOn: chosen[key]?.due ?? "", expectedVersion: chosen[key]?.version ?? 0 })),
  });

describe("setTargets", () => {
  it("stores only the discipline whose target was chosen", async () => {
    const { programs } = await createAgency(prisma, ["Targets"]);
    const program = programs[0]!;
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const result = await setTargets(lead, form(program.id, { design: { level: "4", due: "2027-09-30" } }));
    expect(result).toEqual({ ok: true, value: { changed: 1 } });
    expect(await prisma.target.findMany({ where: { programId: program.id }, select: { disciplineKey: true, targetLevel: true } })).toEqual([{ disciplineKey: "design", targetLevel: 4 }]);
  });

  it("removes a stored target when “next level up” is chosen again, and audits it", async () => {
    const { programs } = await createAgency(prisma, ["Targets"]);
    const program = programs[0]!;
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    await setTargets(lead, form(program.id, { design: { level: "4" }, culture: { level: "3" } }));
    const result = await setTargets(lead, form(program.id, { culture: { level: "3", version: 1 }, design: { level: "", version: 1 } }));
    expect(result).toEqual({ ok: true, value: { changed: 1 } });
    expect(await prisma.target.findMany({ where: { programId: program.id }, select: { disciplineKey: true } })).toEqual([{ disciplineKey: "culture" }]);
    const cleared = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Target", entityId: `${program.id}:design`, action: "target.cleared" } });
    expect(cleared).toMatchObject({ before: { targetLevel: 4, dueOn: null }, after: null });
  });

  it("refuses a due date without a target level, naming the row, and writes nothing", () => {
    const parsed = setTargetsSchema.safeParse({ programId: crypto.randomUUID(), targets: [{ disciplineKey: "design", targetLevel: "", dueOn: "2027-09-30", expectedVersion: 0 }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["targets.0.dueOn", "A due date needs a target level: choose one, or clear the date"]]);
  });
});
