// Seed helpers for specs with an app of their own (own-app.ts): only what those specs read, written
// straight through the spec's Prisma client. The password is hashed once and shared (bcrypt at cost
// 12 takes a good part of a second on a busy machine).
import { hashPassword } from "../lib/auth/password";
import type { PrismaClient, Role } from "../lib/db/generated/client";
import { seedDefaultModel } from "../prisma/seed/model";

export const OWN_APP_PASSWORD = "own-app-password-long-enough";

let passwordHash: Promise<string> | undefined;
const sharedHash = () => (passwordHash ??= hashPassword(OWN_APP_PASSWORD));

/** The default model (the one in use) and an open cycle: what starting and submitting need. */
export async function seedModelAndOpenCycle(prisma: PrismaClient) {
  await seedDefaultModel(prisma);
  const model = await prisma.maturityModel.findFirstOrThrow({ where: { isCurrent: true }, select: { id: true } });
  const cycle = await prisma.cycle.create({
    data: { name: "FY2026", startsOn: new Date("2025-10-01"), endsOn: new Date("2026-09-30"), status: "OPEN" },
    select: { id: true },
  });
  const practices = await prisma.practice.findMany({
    where: { discipline: { modelId: model.id } },
    orderBy: [{ discipline: { position: "asc" } }, { position: "asc" }],
    select: { id: true, discipline: { select: { key: true } } },
  });
  return { modelId: model.id, cycleId: cycle.id, practices: practices.map((p) => ({ id: p.id, disciplineKey: p.discipline.key })) };
}

/** An agency with one program. */
export async function createAgencyWithProgram(prisma: PrismaClient, name: string, abbreviation: string) {
  const agency = await prisma.agency.create({
    data: { name, abbreviation, programs: { create: { name: `${name} Program` } } },
    select: { id: true, programs: { select: { id: true } } },
  });
  return { agencyId: agency.id, programId: agency.programs[0]!.id };
}

/** Accounts with OWN_APP_PASSWORD; leads are members of `programId`. */
export async function createUsers(prisma: PrismaClient, users: { email: string; name: string; role: Role; programId?: string }[]) {
  const hash = await sharedHash();
  const created: { id: string; email: string }[] = [];
  for (const u of users) {
    created.push(
      await prisma.user.create({
        data: { email: u.email, name: u.name, role: u.role, passwordHash: hash, memberships: u.programId ? { create: { programId: u.programId } } : undefined },
        select: { id: true, email: true },
      }),
    );
  }
  return created;
}

/** A draft on the current model in the open cycle, with the first `answered` practices answered at level 3. */
export async function createDraft(
  prisma: PrismaClient,
  seed: Awaited<ReturnType<typeof seedModelAndOpenCycle>>,
  programId: string,
  leadId: string,
  answered = seed.practices.length,
) {
  const assessment = await prisma.assessment.create({ data: { programId, cycleId: seed.cycleId, modelId: seed.modelId }, select: { id: true } });
  await prisma.answer.createMany({
    data: seed.practices.slice(0, answered).map((p) => ({ assessmentId: assessment.id, practiceId: p.id, level: 3, answeredById: leadId })),
  });
  return assessment.id;
}
