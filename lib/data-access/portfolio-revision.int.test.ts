// The portfolio's revision (prisma/migrations/…_portfolio_revision): what changes it and what does not.
// Each check runs in a REPEATABLE READ transaction, so other tests' commits cannot show through; a
// bump that meets another test's bump is a serialization failure, and the check is run again.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { Prisma } from "@/lib/db/generated/client";
import { createAgency, createCycle, createDraft, createUser } from "@/lib/testing/factories";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

type Tx = Prisma.TransactionClient;
const revision = async (tx: Tx) => (await tx.portfolioRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;

/** Runs `change` and says whether the revision moved, then rolls everything back. */
async function bumps(change: (tx: Tx) => Promise<unknown>): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    let moved: boolean | undefined;
    try {
      await prisma.$transaction(
        async (tx) => {
          const before = await revision(tx);
          await change(tx);
          moved = (await revision(tx)) !== before;
          throw new Error("roll back");
        },
        { isolationLevel: "RepeatableRead" },
      );
    } catch (error) {
      if (moved !== undefined) return moved;
      const serialization = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
      if (!serialization || attempt >= 10) throw error;
    }
  }
}

let fixture: { programId: string; programName: string; leadId: string; assessmentId: string; practiceId: string };
beforeAll(async () => {
  const agency = await createAgency(prisma, ["Revision"]);
  const program = agency.programs[0]!;
  const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
  const cycle = await createCycle(prisma, "OPEN", new Date("1990-10-01"));
  const { assessmentId, practices } = await createDraft(prisma, program.id, cycle.id, lead.userId, 1000, 2);
  fixture = { programId: program.id, programName: program.name, leadId: lead.userId, assessmentId, practiceId: practices[0]!.id };
});

describe("the portfolio's revision", () => {
  it("does not move for a draft's answers, a submission or its snapshot", async () => {
    expect(
      await bumps(async (tx) => {
        const { assessmentId, practiceId, leadId } = fixture;
        await tx.answer.update({ where: { assessmentId_practiceId: { assessmentId, practiceId } }, data: { level: 3 } });
        await tx.assessment.update({ where: { id: assessmentId }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: leadId } });
        await tx.scoreSnapshot.create({ data: { assessmentId, overallScore: 2, overallLevel: 2, disciplines: [] } });
      }),
    ).toBe(false);
  });

  it("moves when an assessment is accepted, a target is set, a program is renamed, a resource or an action item is added", async () => {
    const { assessmentId, programId, programName, leadId } = fixture;
    const accepted = { status: "ACCEPTED", submittedAt: new Date(), submittedById: leadId } as const;
    expect(await bumps((tx) => tx.assessment.update({ where: { id: assessmentId }, data: accepted }))).toBe(true);
    expect(await bumps((tx) => tx.target.create({ data: { programId, disciplineKey: "design", targetLevel: 4, setById: leadId } }))).toBe(true);
    expect(await bumps((tx) => tx.program.update({ where: { id: programId }, data: { name: `${programName} renamed` } }))).toBe(true);
    expect(await bumps((tx) => tx.resource.create({ data: { title: "Revision resource", url: "https://example.gov/revision", topic: "Test" } }))).toBe(true);
    // The brief counts the action items falling due.
    expect(await bumps((tx) => tx.actionItem.create({ data: { programId, disciplineKey: "design", title: "Revision item", ownerName: "A. Owner", createdById: leadId } }))).toBe(true);
  });
});
