// A cycle's due dates: set by an administrator (audited, versioned); work past them is overdue on the
// leads' and the council's pages; a discipline may be due no later than the cycle's submissions.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser, isNotFound, refusal } from "@/lib/testing/factories";
import { setCycleDueDates } from "./admin-cycles";
import { assignWork } from "./assignments";
import { getCycleStatusCounts, listProgramsByStatus } from "./dashboards";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

describe("cycle due dates", () => {
  it("are set by an administrator, audited, and refused on a stale version or for anyone else", async () => {
    const admin = await createUser(prisma, "ADMIN");
    const council = await createUser(prisma, "COUNCIL");
    const cycle = await createCycle(prisma, "PLANNED");
    expect(await setCycleDueDates(admin, { cycleId: cycle.id, submissionDueOn: "2031-03-31", reviewDueOn: "2031-05-31", expectedVersion: 1 })).toEqual({ ok: true, value: { version: 2 } });
    expect(await setCycleDueDates(admin, { cycleId: cycle.id, submissionDueOn: "", reviewDueOn: "", expectedVersion: 1 })).toMatchObject({ ok: false });
    expect(isNotFound(await refusal(setCycleDueDates(council, { cycleId: cycle.id, submissionDueOn: "", reviewDueOn: "", expectedVersion: 2 })))).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cycle.id, action: "cycle.due-dates" }, select: { actorId: true, before: true, after: true } });
    expect(audit).toEqual({ actorId: admin.userId, before: { submissionDueOn: null, reviewDueOn: null }, after: { submissionDueOn: "2031-03-31", reviewDueOn: "2031-05-31" } });
  });

  it("mark late submissions and late reviews for the council, and keep a discipline's due date within the cycle's", async () => {
    const agency = await createAgency(prisma, ["Late", "Waiting"]);
    const [late, waiting] = agency.programs as [(typeof agency.programs)[0], (typeof agency.programs)[0]];
    const lead = await createUser(prisma, "LEAD", { programIds: [late.id] });
    const council = await createUser(prisma, "COUNCIL");
    const cycle = await createCycle(prisma, "OPEN", new Date("2019-10-01"));
    await prisma.cycle.update({ where: { id: cycle.id }, data: { submissionDueOn: new Date("2020-03-31"), reviewDueOn: new Date("2020-05-31") } });
    const draft = await createDraft(prisma, late.id, cycle.id, lead.userId, 1);
    const submitted = await createDraft(prisma, waiting.id, cycle.id, lead.userId, 1000);
    await prisma.assessment.update({ where: { id: submitted.assessmentId }, data: { status: "SUBMITTED", submittedAt: new Date("2020-03-01"), submittedById: lead.userId } });

    const overview = await getCycleStatusCounts(council, cycle.name);
    expect(overview).toMatchObject({ submissionDueOn: "2020-03-31", reviewDueOn: "2020-05-31" });
    const drafts = await listProgramsByStatus(council, cycle.name, "DRAFT");
    expect(drafts.rows.find((r) => r.programId === late.id)).toMatchObject({ overdue: true });
    const waitingRows = await listProgramsByStatus(council, cycle.name, "SUBMITTED");
    expect(waitingRows.rows.find((r) => r.programId === waiting.id)).toMatchObject({ overdue: true });

    expect(await assignWork(lead, { assessmentId: draft.assessmentId, disciplineKey: "strategy", userId: lead.userId, dueOn: "2020-04-30" })).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ["Choose a date on or before 2020-03-31"] },
    });
    expect(await assignWork(lead, { assessmentId: draft.assessmentId, disciplineKey: "strategy", userId: lead.userId, dueOn: "2020-03-15" })).toMatchObject({ ok: true });
  });
});
