// Test data for end-to-end tests, written straight to the e2e database: each test makes its own.
import { randomUUID } from "node:crypto";
import { generateSecret } from "otplib";
import { hashPassword } from "../lib/auth/password";
import type { PrismaClient } from "../lib/db/generated/client";
import type { AssessmentStatus, Role } from "../lib/db/generated/enums";
import { e2eDatabase } from "../scripts/lib/app-database";
import { createPrismaClient } from "../scripts/lib/prisma";

export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? `postgresql://postgres:cx-local@127.0.0.1:${e2eDatabase.port}/cx_maturity`;
let prisma: PrismaClient | undefined;

export function e2eDb(): PrismaClient {
  prisma ??= createPrismaClient(e2eDatabaseUrl);
  return prisma;
}

export const TEST_PASSWORD = "e2e-password-long-enough";

let testPasswordHash: Promise<string> | undefined;
/** TEST_PASSWORD hashed once per worker: bcrypt at the app's cost takes a good fraction of a second. */
export function hashedTestPassword(): Promise<string> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

/** A suffix that keeps names unique between tests running at the same time on the same database. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** A fresh agency with one program and its lead, named uniquely for this test. */
export async function createProgramWithLead(label: string) {
  const suffix = randomUUID().slice(0, 8);
  const agency = await e2eDb().agency.create({
    data: { name: `${label} Agency ${suffix}`, abbreviation: `A${suffix}`, programs: { create: { name: `${label} Program ${suffix}` } } },
    select: { id: true, programs: { select: { id: true, name: true } } },
  });
  const program = agency.programs[0]!;
  const lead = await e2eDb().user.create({
    data: {
      email: `lead-${suffix}@example.gov`,
      name: `${label} Lead`,
      role: "LEAD",
      passwordHash: await hashPassword(TEST_PASSWORD),
      memberships: { create: { programId: program.id } },
    },
    select: { id: true, email: true, name: true },
  });
  return { agencyId: agency.id, program, lead };
}

/** Another lead for an existing program. */
export async function addLead(programId: string, label: string) {
  const suffix = randomUUID().slice(0, 8);
  return e2eDb().user.create({
    data: {
      email: `lead-${suffix}@example.gov`,
      name: `${label} ${suffix}`,
      role: "LEAD",
      passwordHash: await hashPassword(TEST_PASSWORD),
      memberships: { create: { programId } },
    },
    select: { id: true, email: true, name: true },
  });
}

/**
 * An account with a role and its scope (a lead's programs, a CCO's agency) that signs in with
 * TEST_PASSWORD, or cannot sign in at all with `canSignIn: false`.
 */
export async function createAccount(role: Role, label: string, scope: { agencyId?: string; programIds?: string[]; canSignIn?: boolean; secondFactor?: boolean } = {}) {
  const suffix = uniqueSuffix();
  // The roles that sign in with a second factor have an authenticator app, unless the test is about adding one.
  const app = scope.canSignIn !== false && scope.secondFactor !== false && (role === "ADMIN" || role === "COUNCIL");
  return e2eDb().user.create({
    data: {
      email: `${role.toLowerCase()}-${suffix}@example.gov`,
      name: `${label} ${suffix}`,
      role,
      agencyId: scope.agencyId,
      passwordHash: scope.canSignIn === false ? null : await hashedTestPassword(),
      memberships: { create: (scope.programIds ?? []).map((programId) => ({ programId })) },
      ...(app ? { secondFactors: { create: { kind: "TOTP", label: "Test app", totpSecret: generateSecret() } } } : {}),
    },
    select: { id: true, email: true, name: true },
  });
}

/**
 * An assessment of the program in a cycle (the open one unless given) at `status`: `answered`
 * practices (all by default) at `level`, answered and, past a draft, submitted by the lead.
 */
export async function createAssessment(
  programId: string,
  leadId: string,
  options: { status?: AssessmentStatus; cycleId?: string; answered?: number; level?: number } = {},
) {
  const { status = "DRAFT", answered = Number.MAX_SAFE_INTEGER, level = 3 } = options;
  const draft = await createDraft(programId, leadId, { answered, level, cycleId: options.cycleId });
  if (status !== "DRAFT") {
    await e2eDb().assessment.update({
      where: { id: draft.assessmentId },
      data: { status, submittedAt: new Date(), submittedById: leadId, version: status === "SUBMITTED" ? 2 : 3 },
    });
  }
  return draft;
}

/** A draft in the open cycle (or `cycleId`) on the current model; `answered` practices (from the first) at `level`. */
export async function createDraft(programId: string, leadId: string, options: { answered?: number; level?: number; cycleId?: string } = {}) {
  const cycle = await e2eDb().cycle.findFirstOrThrow({ where: options.cycleId ? { id: options.cycleId } : { status: "OPEN" }, orderBy: { startsOn: "desc" } });
  const model = await e2eDb().maturityModel.findFirstOrThrow({ where: { isCurrent: true } });
  const practices = await e2eDb().practice.findMany({
    where: { discipline: { modelId: model.id } },
    orderBy: [{ discipline: { position: "asc" } }, { position: "asc" }],
    select: { id: true },
  });
  const assessment = await e2eDb().assessment.create({ data: { programId, cycleId: cycle.id, modelId: model.id }, select: { id: true } });
  await e2eDb().answer.createMany({
    data: practices.slice(0, options.answered ?? 0).map((p) => ({ assessmentId: assessment.id, practiceId: p.id, level: options.level ?? 3, answeredById: leadId })),
  });
  return { assessmentId: assessment.id, practiceCount: practices.length };
}

/** A complete assessment at `level` everywhere, submitted by the lead, waiting for review. */
export async function createSubmitted(programId: string, leadId: string, level: number) {
  const draft = await createDraft(programId, leadId, { answered: Number.MAX_SAFE_INTEGER, level });
  await e2eDb().assessment.update({
    where: { id: draft.assessmentId },
    data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: leadId, version: 2 },
  });
  return draft;
}

/** The account's authenticator-app key and the last time step the server took, as the server keeps them. */
export async function appFactorOf(email: string) {
  const factor = await e2eDb().secondFactor.findFirst({ where: { kind: "TOTP", user: { email: email.toLowerCase() } }, select: { totpSecret: true, totpLastStep: true } });
  return factor?.totpSecret ? { secret: factor.totpSecret, lastStep: factor.totpLastStep === null ? null : Number(factor.totpLastStep) } : null;
}
