// The worker's own notifications: reminders of work due soon and overdue, once per stage, and the
// opening of a cycle, once per program and person.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/scripts/lib/prisma";
import { createAgency, createCycle, createDraft, createUser } from "@/lib/testing/factories";
import { assignWork } from "./assignments";
import { notifyCycleOpened, sendReminders } from "./worker-notifications";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const titlesOf = async (userId: string) => (await prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { title: true } })).map((n) => n.title);

describe("reminders", () => {
  it("come for an assigned discipline and for the self-assessment's due date, once per stage", async () => {
    const agency = await createAgency(prisma, ["Reminded"]);
    const program = agency.programs[0]!;
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const colleague = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const cycle = await createCycle(prisma, "OPEN");
    await prisma.cycle.update({ where: { id: cycle.id }, data: { submissionDueOn: new Date(`${day(7)}T00:00:00Z`) } });
    const { assessmentId } = await createDraft(prisma, program.id, cycle.id, lead.userId);
    await assignWork(lead, { assessmentId, disciplineKey: "design", userId: colleague.userId, dueOn: day(1) });
    const where = `${program.name}, ${cycle.name}`;

    await sendReminders(day(0));
    await sendReminders(day(0));
    expect(await titlesOf(colleague.userId)).toEqual([`Design assigned to you: ${where}`, `Due soon: The Design discipline, ${where}`, `Due soon: The self-assessment, ${where}`]);
    expect(await titlesOf(lead.userId)).toEqual([`Due soon: The self-assessment, ${where}`]);
    const [soon] = await prisma.notification.findMany({ where: { userId: colleague.userId, kind: "DUE_SOON" }, orderBy: { createdAt: "asc" }, select: { body: true } });
    expect(soon!.body).toBe(`The Design discipline of ${program.name}'s ${cycle.name} self-assessment is due tomorrow.`);

    // Two days later: the discipline is overdue; the self-assessment's week reminder is not repeated.
    await sendReminders(day(2));
    expect((await titlesOf(colleague.userId)).slice(3)).toEqual([`Overdue: The Design discipline, ${where}`]);
    expect(await titlesOf(lead.userId)).toHaveLength(1);
    // A submitted assessment is reminded of nothing more.
    await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: lead.userId } });
    await sendReminders(day(8));
    expect(await titlesOf(lead.userId)).toHaveLength(1);
  });

  it("come for a single practice assigned with a due date, named with its discipline", async () => {
    const agency = await createAgency(prisma, ["Practice reminded"]);
    const program = agency.programs[0]!;
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const cycle = await createCycle(prisma, "OPEN");
    const { assessmentId } = await createDraft(prisma, program.id, cycle.id, lead.userId);
    const practice = await prisma.practice.findFirstOrThrow({ where: { discipline: { key: "design", model: { isCurrent: true } } }, orderBy: { position: "asc" }, select: { key: true, title: true } });
    await assignWork(lead, { assessmentId, disciplineKey: "design", practiceKey: practice.key, userId: lead.userId, dueOn: day(-1) });
    await sendReminders(day(0));
    await sendReminders(day(0));
    expect(await titlesOf(lead.userId)).toEqual([`${practice.title} (Design) assigned to you: ${program.name}, ${cycle.name}`, `Overdue: The practice “${practice.title}” of the Design discipline, ${program.name}, ${cycle.name}`]);
  });

  // Two instances of the app each run the morning's reminders (pg-boss's singleton queue normally lets
  // only one run at a time); run at the same moment, they still tell each person once, by one e-mail.
  it("come once when two instances run them at the same time", async () => {
    const agency = await createAgency(prisma, ["Twice reminded"]);
    const program = agency.programs[0]!;
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const colleague = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const cycle = await createCycle(prisma, "OPEN");
    const { assessmentId } = await createDraft(prisma, program.id, cycle.id, lead.userId);
    for (const disciplineKey of ["design", "culture", "strategy"]) await assignWork(lead, { assessmentId, disciplineKey, userId: colleague.userId, dueOn: day(-1) });
    await Promise.all([sendReminders(day(0)), sendReminders(day(0)), sendReminders(day(0))]);
    const overdue = await prisma.notification.findMany({ where: { userId: colleague.userId, kind: "OVERDUE" }, select: { title: true } });
    expect(overdue.map((n) => n.title).sort()).toEqual(["Culture", "Design", "Strategy"].map((d) => `Overdue: The ${d} discipline, ${program.name}, ${cycle.name}`));
    expect(await prisma.outgoingMail.count({ where: { userId: colleague.userId, category: "OVERDUE" } })).toBe(3);
  });

  it("tell every member of each program that a cycle opened, once", async () => {
    const agency = await createAgency(prisma, ["Opening"]);
    const program = agency.programs[0]!;
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const cycle = await createCycle(prisma, "OPEN");
    await notifyCycleOpened(cycle.id);
    await notifyCycleOpened(cycle.id);
    const told = await prisma.notification.findMany({ where: { userId: lead.userId }, select: { kind: true, title: true, link: true } });
    expect(told).toEqual([{ kind: "CYCLE_OPENED", title: `The ${cycle.name} cycle is open: ${program.name}`, link: `/programs/${program.id}` }]);
    expect(await prisma.outgoingMail.count({ where: { userId: lead.userId, category: "CYCLE_OPENED" } })).toBe(1);
  });

  it("come for a program's action items not done and its targets, to its members and whoever planned the item", async () => {
    const agency = await createAgency(prisma, ["Planned"]);
    const program = agency.programs[0]!;
    const lead = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const cco = await createUser(prisma, "CCO", { agencyId: agency.id });
    const due = (days: number) => new Date(`${day(days)}T00:00:00Z`);
    await prisma.actionItem.createMany({
      data: [
        { programId: program.id, disciplineKey: "design", title: "Survey the top tasks", ownerName: "Ana", dueOn: due(1), createdById: cco.userId },
        { programId: program.id, disciplineKey: "design", title: "Already done", ownerName: "Ana", dueOn: due(1), status: "DONE", completedAt: new Date(), createdById: cco.userId },
      ],
    });
    await prisma.target.create({ data: { programId: program.id, disciplineKey: "measurement", targetLevel: 4, dueOn: due(5), setById: lead.userId } });

    await sendReminders(day(0));
    await sendReminders(day(0));
    expect(await titlesOf(lead.userId)).toEqual([`Due soon: The action item “Survey the top tasks”, ${program.name}`, `Due soon: The target of level 4 in Measurement, ${program.name}`]);
    expect(await titlesOf(cco.userId)).toEqual([`Due soon: The action item “Survey the top tasks”, ${program.name}`]);
    // Someone no longer in scope is not reminded: a lead taken off the program, a CCO of another agency now.
    const gone = await createUser(prisma, "LEAD", { programIds: [program.id] });
    const moved = await createUser(prisma, "CCO", { agencyId: agency.id });
    await prisma.actionItem.create({ data: { programId: program.id, disciplineKey: "culture", title: "Planned by the moved CCO", ownerName: "Bo", dueOn: due(1), createdById: moved.userId } });
    const cycle = await createCycle(prisma, "OPEN");
    const { assessmentId } = await createDraft(prisma, program.id, cycle.id, lead.userId);
    await assignWork(lead, { assessmentId, disciplineKey: "culture", userId: gone.userId, dueOn: day(1) });
    await prisma.programMembership.deleteMany({ where: { userId: gone.userId } });
    await prisma.user.update({ where: { id: moved.userId }, data: { agencyId: (await createAgency(prisma, ["Elsewhere"])).id } });
    await sendReminders(day(0));
    expect(await prisma.notification.count({ where: { userId: gone.userId, kind: "DUE_SOON" } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: moved.userId } })).toBe(0);

    // Past their dates: the item is overdue; whether the target was met is for the progress page to say.
    await sendReminders(day(9));
    expect((await titlesOf(lead.userId)).filter((t) => t.startsWith("Overdue: The action item")).sort()).toEqual([
      `Overdue: The action item “Planned by the moved CCO”, ${program.name}`,
      `Overdue: The action item “Survey the top tasks”, ${program.name}`,
    ].sort());
  });
});
