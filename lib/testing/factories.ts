// Test data for integration tests: each call makes uniquely named rows, so tests never collide.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import type { Actor } from "../auth/actor";

const short = () => randomUUID().replaceAll("-", "").slice(0, 10);

export async function createAgency(prisma: PrismaClient, programNames: string[]) {
  const id = short();
  return prisma.agency.create({
    data: { name: `Agency ${id}`, abbreviation: `AG${id}`, programs: { create: programNames.map((n) => ({ name: `${n} ${id}` })) } },
    select: { id: true, name: true, programs: { select: { id: true, name: true, agencyId: true }, orderBy: { name: "asc" } } },
  });
}

export async function createUser(
  prisma: PrismaClient,
  role: Role,
  scope: { agencyId?: string; programIds?: string[]; disabled?: boolean } = {},
): Promise<Actor> {
  const user = await prisma.user.create({
    data: {
      email: `${role.toLowerCase()}-${short()}@example.gov`,
      name: `Test ${role}`,
      role,
      agencyId: scope.agencyId ?? null,
      disabledAt: scope.disabled ? new Date() : null,
      memberships: { create: (scope.programIds ?? []).map((programId) => ({ programId })) },
    },
    select: { id: true, email: true, name: true },
  });
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role,
    agencyId: role === "CCO" ? (scope.agencyId ?? null) : null,
    programIds: role === "LEAD" || role === "RESPONDENT" ? (scope.programIds ?? []) : [],
  };
}

export async function createCycle(prisma: PrismaClient, status: "PLANNED" | "OPEN" | "CLOSED", startsOn = new Date("2030-10-01")) {
  const endsOn = new Date(startsOn);
  endsOn.setUTCFullYear(endsOn.getUTCFullYear() + 1);
  return prisma.cycle.create({ data: { name: `FY-test-${short()}`, startsOn, endsOn, status }, select: { id: true, name: true } });
}

/** True when the error is Next's notFound(): what a refused or missing read or write gives. */
/** What a call threw, or null when it did not: for refusals, which the layer signals by throwing. */
export const refusal = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

export function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && String((error as { digest?: unknown }).digest).startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
}

/** A draft on the current model (or the given version) in the given cycle, with the first `answered` practices at `level`. */
export async function createDraft(prisma: PrismaClient, programId: string, cycleId: string, answeredBy: string, answered = 0, level = 3, modelVersion?: number) {
  const model = await prisma.maturityModel.findFirstOrThrow({ where: modelVersion ? { version: modelVersion } : { isCurrent: true }, select: { id: true } });
  const practices = await prisma.practice.findMany({
    where: { discipline: { modelId: model.id } },
    orderBy: [{ discipline: { position: "asc" } }, { position: "asc" }],
    select: { id: true, key: true },
  });
  const assessment = await prisma.assessment.create({ data: { programId, cycleId, modelId: model.id }, select: { id: true, version: true } });
  await prisma.answer.createMany({
    data: practices.slice(0, answered).map((p) => ({ assessmentId: assessment.id, practiceId: p.id, level, answeredById: answeredBy })),
  });
  return { assessmentId: assessment.id, practices };
}

const DISCIPLINES = ["strategy", "customer-understanding", "design", "measurement", "governance", "culture"];

/**
 * An accepted assessment with every practice at `level` (some practices overridden by key), and a
 * stored snapshot whose overall score is `overall` and whose disciplines all sit at `level`, strategy
 * scoring `strategy`.
 */
export async function createAccepted(
  prisma: PrismaClient,
  programId: string,
  cycleId: string,
  leadId: string,
  s: { level: number; overall: number; strategy?: number; overrides?: Record<string, number>; modelVersion?: number },
) {
  const { assessmentId, practices } = await createDraft(prisma, programId, cycleId, leadId, 1000, s.level, s.modelVersion);
  for (const [key, level] of Object.entries(s.overrides ?? {})) {
    await prisma.answer.update({ where: { assessmentId_practiceId: { assessmentId, practiceId: practices.find((p) => p.key === key)!.id } }, data: { level } });
  }
  await prisma.scoreSnapshot.create({
    data: {
      assessmentId,
      overallScore: s.overall,
      overallLevel: Math.floor(s.overall),
      disciplines: DISCIPLINES.map((key) => ({ key, score: key === "strategy" ? (s.strategy ?? s.level) : s.level, level: s.level })),
    },
  });
  await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "ACCEPTED", submittedAt: new Date(), submittedById: leadId } });
  return { assessmentId, practices };
}

/** A signed-in session for the user, as a successful sign-in starts one. */
export async function createSession(prisma: PrismaClient, userId: string, times: { createdAt?: Date; lastSeenAt?: Date } = {}) {
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const session = await prisma.session.create({ data: { userId, sessionVersion, ...times }, select: { id: true } });
  return session.id;
}
