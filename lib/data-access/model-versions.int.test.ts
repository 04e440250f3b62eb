// Model versions on PostgreSQL: each keeps its rule, its crosswalk and its glossary; assessments are
// scored by their own version's rule; version 2 asks why a practice does not apply; resources follow
// the level a program has reached.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser } from "@/lib/testing/factories";
import { RULE_V1, RULE_V2 } from "@/lib/scoring/rules";
import { createResource, setResourceMapping } from "./admin-resources";
import { scoreAssessments } from "./internal/scores";
import { resourcesFor } from "./internal/resources";
import { submitAssessment } from "./submission";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

async function leadWithDraft(answered: number, level: number, modelVersion: number) {
  const agency = await createAgency(prisma, [`Versions ${randomUUID().slice(0, 8)}`]);
  const programId = agency.programs[0]!.id;
  const lead = await createUser(prisma, "LEAD", { programIds: [programId] });
  const cycle = await createCycle(prisma, "OPEN");
  const draft = await createDraft(prisma, programId, cycle.id, lead.userId, answered, level, modelVersion);
  return { lead, ...draft };
}

describe("the shipped model versions", () => {
  it("are version 1 with its rule, and version 2 with the stricter rule, in use for new assessments", async () => {
    const models = await prisma.maturityModel.findMany({ where: { version: { in: [1, 2] } }, orderBy: { version: "asc" }, select: { isCurrent: true, scoringRule: true, glossary: true } });
    expect(models.map((m) => [m.isCurrent, m.scoringRule])).toEqual([
      [false, RULE_V1],
      [true, RULE_V2],
    ]);
    expect((models[1]!.glossary as unknown[]).length).toBeGreaterThan(5);
    expect(await prisma.practice.count({ where: { discipline: { model: { version: 2 } }, a11Areas: { isEmpty: true } } })).toBe(0);
  });
});

describe("scoring by the assessment's own version", () => {
  it("gives the same answers the level each version's rule says", async () => {
    const results = [];
    for (const version of [1, 2]) {
      const { assessmentId, practices } = await leadWithDraft(1000, 5, version);
      const governance = await prisma.practice.findFirstOrThrow({
        where: { discipline: { key: "governance", model: { version } } },
        orderBy: { position: "asc" },
        select: { id: true },
      });
      expect(practices.some((p) => p.id === governance.id)).toBe(true);
      // "No one is responsible for CX": the first governance practice at level 1, everything else at 5.
      await prisma.answer.updateMany({ where: { assessmentId, practiceId: governance.id }, data: { level: 1 } });
      const modelId = (await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { modelId: true } })).modelId;
      const { score } = (await scoreAssessments([{ id: assessmentId, modelId }])).get(assessmentId)!;
      results.push({ governance: score.disciplines.find((d) => d.key === "governance")!.level, overall: score.level });
    }
    expect(results).toEqual([
      { governance: 5, overall: 5 },
      { governance: 2, overall: 2 },
    ]);
  });
});

describe("“not applicable” on submit", () => {
  it("needs a reason on version 2, naming each practice without one, and writes nothing until given", async () => {
    const { lead, assessmentId, practices } = await leadWithDraft(1000, 3, 2);
    const [first, second] = practices;
    await prisma.answer.updateMany({ where: { assessmentId, practiceId: { in: [first!.id, second!.id] } }, data: { level: null, notApplicable: true, evidenceNote: "  " } });
    const titles = await prisma.practice.findMany({ where: { id: { in: [first!.id, second!.id] } }, orderBy: { position: "asc" }, select: { title: true } });

    const refused = await submitAssessment(lead, { assessmentId, submitKey: randomUUID() });
    expect(refused).toEqual({
      ok: false,
      message: `2 practices are marked “not applicable” without a reason: ${titles.map((t) => `“${t.title}”`).join(", ")}. Say in the evidence note why each does not apply to your program, then submit.`,
    });
    expect(await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true } })).toEqual({ status: "DRAFT" });

    await prisma.answer.updateMany({ where: { assessmentId, notApplicable: true }, data: { evidenceNote: "The program has no partners in this journey." } });
    expect(await submitAssessment(lead, { assessmentId, submitKey: randomUUID() })).toEqual({ ok: true, value: { alreadySubmitted: false } });
  });

  it("needs none on version 1, whose rule did not ask for it", async () => {
    const { lead, assessmentId, practices } = await leadWithDraft(1000, 3, 1);
    await prisma.answer.updateMany({ where: { assessmentId, practiceId: practices[0]!.id }, data: { level: null, notApplicable: true, evidenceNote: "" } });
    expect(await submitAssessment(lead, { assessmentId, submitKey: randomUUID() })).toMatchObject({ ok: true });
  });
});

describe("resources by level band", () => {
  it("offer help only at the levels it is mapped for, and keep it off the discipline's list below them", async () => {
    const tag = randomUUID();
    const discipline = `test-discipline-${tag}`;
    const practice = `test-practice-${tag}`;
    const later = await prisma.resource.create({
      data: {
        title: `Later help ${tag}`,
        url: `https://example.gov/later/${tag}`,
        topic: "Test",
        disciplines: { create: [{ disciplineKey: discipline }] },
        practices: { create: [{ practiceKey: practice, fromLevel: 3, toLevel: 5 }] },
      },
    });
    const early = await prisma.resource.create({
      data: { title: `Early help ${tag}`, url: `https://example.gov/early/${tag}`, topic: "Test", practices: { create: [{ practiceKey: practice, fromLevel: 1, toLevel: 2 }] } },
    });
    const titles = async (level: number | null) => (await resourcesFor(discipline, [{ key: practice, level }])).map((r) => r.title);
    expect(await titles(1)).toEqual([early.title]);
    expect(await titles(3)).toEqual([later.title]);
    expect(await titles(null)).toEqual([later.title, early.title]);
  });

  it("survive an administrator's new mapping, with mappings for earlier versions' practices", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const tag = randomUUID();
    const created = await createResource(admin, { title: `Banded ${tag}`, url: `https://example.gov/banded/${tag}`, publisher: "", format: "", size: "", topic: "Test", subheading: "" });
    if (!created.ok) throw new Error(created.message);
    const resourceId = created.value.id;
    const [kept, added] = await prisma.practice.findMany({ where: { discipline: { model: { isCurrent: true } } }, orderBy: { key: "asc" }, take: 2, select: { key: true } });
    const onlyInV1 = `retired-practice-${tag}`;
    await prisma.resourcePractice.createMany({
      data: [
        { resourceId, practiceKey: kept!.key, fromLevel: 3, toLevel: 5 },
        { resourceId, practiceKey: onlyInV1, fromLevel: 1, toLevel: 2 },
      ],
    });
    expect(await setResourceMapping(admin, { resourceId, disciplineKeys: [], practiceKeys: [added!.key, kept!.key] })).toMatchObject({ ok: true });
    const rows = await prisma.resourcePractice.findMany({ where: { resourceId }, orderBy: { practiceKey: "asc" }, select: { practiceKey: true, rank: true, fromLevel: true, toLevel: true } });
    expect(rows).toEqual(
      [
        { practiceKey: added!.key, rank: 1, fromLevel: 1, toLevel: 5 },
        { practiceKey: kept!.key, rank: 2, fromLevel: 3, toLevel: 5 },
        { practiceKey: onlyInV1, rank: 1, fromLevel: 1, toLevel: 2 },
      ].sort((a, b) => a.practiceKey.localeCompare(b.practiceKey)),
    );
  });
});
