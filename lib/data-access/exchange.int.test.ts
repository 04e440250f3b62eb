// The assessment exchange format on PostgreSQL: what is exported is what is stored, an import writes
// exactly the document (or, on any problem, nothing, with the field named), and a repeated import is
// recognised.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { assessmentExchangeSchema, type AssessmentExchange } from "@/lib/exchange/format";
import { exportAssessment, importAssessment } from "./exchange";
import { reviewAssessment } from "./reviews";
import { submitAssessment } from "./submission";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

/** An accepted assessment with a history: submitted, returned with a comment, submitted again, accepted. */
async function acceptedAssessment() {
  const agency = await createAgency(prisma, ["Exchange"]);
  const program = agency.programs[0]!;
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const council = await createUser(prisma, "COUNCIL");
  const admin = await createUser(prisma, "ADMIN");
  const cycle = await createCycle(prisma, "OPEN");
  const { assessmentId, practices } = await createDraft(prisma, program.id, cycle.id, lead.userId, 1000, 3);
  await prisma.answer.updateMany({ where: { assessmentId, practiceId: practices[0]!.id }, data: { level: 4, evidenceNote: "Journey maps, line one\nline two", evidenceLinks: ["https://example.gov/maps"] } });
  await prisma.answer.updateMany({ where: { assessmentId, practiceId: practices[1]!.id }, data: { level: null, notApplicable: true, evidenceNote: "We have no call centre." } });
  const submit = () => submitAssessment(lead, { assessmentId, submitKey: randomUUID() });
  const version = async () => (await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { version: true } })).version;
  expect((await submit()).ok).toBe(true);
  expect((await reviewAssessment(council, { assessmentId, decision: "RETURNED", comment: "Say more about the journey maps.", expectedVersion: await version() })).ok).toBe(true);
  expect((await submit()).ok).toBe(true);
  expect((await reviewAssessment(council, { assessmentId, decision: "ACCEPTED", comment: "", expectedVersion: await version() })).ok).toBe(true);
  return { agency, program, lead, council, admin, cycle, assessmentId, practices };
}

/** What an import of the program's assessment could have written (other tests write elsewhere at the same time). */
const writes = async ({ program: { id: programId }, admin }: { program: { id: string }; admin: { userId: string } }) => ({
  assessments: await prisma.assessment.count({ where: { programId } }),
  answers: await prisma.answer.count({ where: { assessment: { programId } } }),
  reviews: await prisma.review.count({ where: { assessment: { programId } } }),
  snapshots: await prisma.scoreSnapshot.count({ where: { assessment: { programId } } }),
  audit: await prisma.auditEvent.count({ where: { action: "assessment.import", actorId: admin.userId } }),
});

/** Removes the assessment, as if the document came to an installation that never had it. */
const forget = (assessmentId: string) => prisma.assessment.delete({ where: { id: assessmentId } });

const withoutExportTime = ({ exportedAt: _at, ...doc }: AssessmentExchange) => doc;

describe("Assessment exchange", () => {
  it("exports everything stored, in the published schema, and round-trips through an import unchanged", async () => {
    const w = await acceptedAssessment();
    const exported = await exportAssessment(w.council, w.assessmentId);
    expect(assessmentExchangeSchema.parse(exported)).toEqual(exported);
    expect(exported).toMatchObject({
      id: w.assessmentId,
      status: "ACCEPTED",
      program: { name: w.program.name, agency: { name: w.agency.name } },
      cycle: { name: w.cycle.name, startsOn: "2030-10-01", endsOn: "2031-10-01" },
      submittedBy: { email: w.lead.email },
      reviews: [
        { decision: "RETURNED", comment: "Say more about the journey maps.", reviewer: { email: w.council.email } },
        { decision: "ACCEPTED", comment: "", reviewer: { email: w.council.email } },
      ],
    });
    expect(exported.answers).toHaveLength(w.practices.length);
    expect(exported.answers[0]).toMatchObject({ practiceKey: w.practices[0]!.key, level: 4, notApplicable: false, evidenceNote: "Journey maps, line one\nline two", evidenceLinks: ["https://example.gov/maps"], answeredBy: { email: w.lead.email } });
    expect(exported.answers[1]).toMatchObject({ level: null, notApplicable: true, evidenceNote: "We have no call centre." });
    expect(exported.scores?.disciplines).toHaveLength(6);

    await forget(w.assessmentId);
    const imported = await importAssessment(w.admin, JSON.stringify(exported));
    expect(imported).toEqual({ ok: true, value: { assessmentId: w.assessmentId, program: expect.stringContaining(w.program.name), cycle: w.cycle.name, answers: w.practices.length, alreadyImported: false, unknownPeople: [] } });
    expect(withoutExportTime(await exportAssessment(w.council, w.assessmentId))).toEqual(withoutExportTime(exported));
    // It counts as the program's accepted assessment, as if taken here.
    expect(await prisma.program.findUniqueOrThrow({ where: { id: w.program.id }, select: { latestAssessmentId: true } })).toEqual({ latestAssessmentId: w.assessmentId });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "assessment.import", entityId: w.assessmentId }, select: { actorId: true, after: true } })).toMatchObject({
      actorId: w.admin.userId,
      after: { status: "ACCEPTED", answers: w.practices.length, exportedAt: exported.exportedAt },
    });
  });

  it("recognises the same document imported again, and writes nothing", async () => {
    const w = await acceptedAssessment();
    const json = JSON.stringify(await exportAssessment(w.admin, w.assessmentId));
    await forget(w.assessmentId);
    expect(await importAssessment(w.admin, json)).toMatchObject({ ok: true, value: { alreadyImported: false } });
    const before = await writes(w);
    expect(await importAssessment(w.admin, json)).toMatchObject({ ok: true, value: { assessmentId: w.assessmentId, alreadyImported: true } });
    expect(await writes(w)).toEqual(before);
  });

  it("records people without an account here as the importer, and says who they were", async () => {
    const w = await acceptedAssessment();
    const doc = await exportAssessment(w.admin, w.assessmentId);
    await forget(w.assessmentId);
    const stranger = { name: "Pat Elsewhere", email: "pat@other-installation.example.gov" };
    const changed = { ...doc, answers: doc.answers.map((a, i) => (i === 0 ? { ...a, answeredBy: stranger } : a)) };
    expect(await importAssessment(w.admin, JSON.stringify(changed))).toMatchObject({ ok: true, value: { unknownPeople: [stranger.email] } });
    const first = await prisma.answer.findFirstOrThrow({ where: { assessmentId: w.assessmentId, practiceId: w.practices[0]!.id }, select: { answeredById: true } });
    expect(first.answeredById).toBe(w.admin.userId);
  });

  describe("refuses a document that does not match this installation, naming the field, and writes nothing", () => {
    const cases: [string, (doc: AssessmentExchange) => AssessmentExchange, RegExp][] = [
      ["an agency it does not have", (d) => ({ ...d, program: { ...d.program, agency: { ...d.program.agency, abbreviation: "NOPE" } } }), /^program\.agency\.abbreviation: no agency here is abbreviated “NOPE”/],
      ["a program its agency does not have", (d) => ({ ...d, program: { ...d.program, name: "Somewhere Else" } }), /^program\.name: Agency \w+ has no program named “Somewhere Else”/],
      ["a cycle it does not have", (d) => ({ ...d, cycle: { ...d.cycle, name: "FY1999" } }), /^cycle\.name: there is no cycle named “FY1999” here/],
      ["a model version it does not have", (d) => ({ ...d, model: { ...d.model, version: 99 } }), /^model\.version: there is no model version 99 here/],
      ["a practice its model version does not have", (d) => ({ ...d, answers: d.answers.map((a, i) => (i === 2 ? { ...a, practiceKey: "no-such-practice" } : a)) }), /^answers\[2\]\.practiceKey: model version \d+ here has no practice “no-such-practice”/],
      ["a practice under another discipline", (d) => ({ ...d, answers: d.answers.map((a, i) => (i === 0 ? { ...a, disciplineKey: "culture" } : a)) }), /^answers\[0\]\.disciplineKey: practice “[\w-]+” belongs to “strategy” here, not “culture”/],
      ["scores its answers do not give here", (d) => ({ ...d, scores: { ...d.scores!, overall: { score: 4.9, level: 5 } } }), /^scores\.overall: the file says level 5, score 4\.9, but model version \d+ here scores the file's answers differently/],
      ["a level out of range", (d) => ({ ...d, answers: d.answers.map((a, i) => (i === 3 ? { ...a, level: 7 } : a)) }), /^answers\[3\]\.level: must be a whole number from 1 to 5/],
      ["a practice answered twice", (d) => ({ ...d, answers: [...d.answers, d.answers[0]!] }), /^answers\[\d+\]\.practiceKey: answers "[\w-]+" a second time/],
      ["another format", (d) => ({ ...d, format: "cx-maturity-assessment/v9" as never }), /^format: must be "cx-maturity-assessment\/v1"/],
    ];
    it.each(cases)("%s", async (_, change, message) => {
      const w = await acceptedAssessment();
      const doc = await exportAssessment(w.admin, w.assessmentId);
      await forget(w.assessmentId);
      const before = await writes(w);
      const result = await importAssessment(w.admin, JSON.stringify(change(doc)));
      expect(result).toMatchObject({ ok: false, message: "The assessment file has problems. Nothing was imported." });
      expect(result.ok ? [] : result.fieldErrors?.file).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
      expect(await writes(w)).toEqual(before);
    });

    it("an assessment the program already has for the cycle", async () => {
      const w = await acceptedAssessment();
      const doc = await exportAssessment(w.admin, w.assessmentId);
      const result = await importAssessment(w.admin, JSON.stringify({ ...doc, id: randomUUID() }));
      expect(result.ok ? [] : result.fieldErrors?.file).toEqual([`cycle.name: ${w.program.name} (${doc.program.agency.abbreviation}) already has an assessment for ${w.cycle.name}`]);
    });
  });

  it("is exported only by whoever may read the answers, and imported only by administrators", async () => {
    const w = await acceptedAssessment();
    const otherLead = await createUser(prisma, "LEAD", { programIds: [(await createAgency(prisma, ["Other"])).programs[0]!.id] });
    expect(isNotFound(await refusal(exportAssessment(otherLead, w.assessmentId)))).toBe(true);
    expect(isNotFound(await refusal(exportAssessment(w.council, randomUUID())))).toBe(true);
    const draft = await createDraft(prisma, (await createAgency(prisma, ["Drafting"])).programs[0]!.id, w.cycle.id, w.lead.userId, 3);
    expect(isNotFound(await refusal(exportAssessment(w.council, draft.assessmentId)))).toBe(true);
    const json = JSON.stringify(await exportAssessment(w.lead, w.assessmentId));
    for (const actor of [w.lead, w.council]) expect(isNotFound(await refusal(importAssessment(actor, json)))).toBe(true);
  });

  it("survives any change to a valid document: imported, or refused with messages and nothing written (fuzzing)", async () => {
    const w = await acceptedAssessment();
    const doc = await exportAssessment(w.admin, w.assessmentId);
    await forget(w.assessmentId);
    // Any field of the document replaced by any JSON value.
    const paths = fieldPaths(doc);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), async (path, value) => {
        const before = await writes(w);
        const result = await importAssessment(w.admin, JSON.stringify(replaced(doc, path, value)));
        if (result.ok) {
          if (!result.value.alreadyImported) await forget(result.value.assessmentId);
        } else {
          expect(result.fieldErrors?.file?.length).toBeGreaterThan(0);
          expect(await writes(w)).toEqual(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});

type Json = unknown;
function fieldPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.slice(0, 3).flatMap((v, i) => fieldPaths(v, [...prefix, i]))];
  if (value && typeof value === "object") return [prefix, ...Object.entries(value).flatMap(([k, v]) => fieldPaths(v, [...prefix, k]))];
  return [prefix];
}
function replaced(value: Json, path: (string | number)[], next: Json): Json {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  copy[head!] = replaced(copy[head!], rest, next);
  return copy;
}
