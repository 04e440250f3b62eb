// Test data for end-to-end tests, written straight to the e2e database: each test makes its own.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import type { PrismaClient } from "../lib/db/generated/client";
import { e2eDatabase } from "../scripts/lib/app-database";
import { createPrismaClient } from "../scripts/lib/prisma";

const url = process.env.E2E_DATABASE_URL ?? `postgresql://postgres:cx-local@127.0.0.1:${e2eDatabase.port}/cx_maturity`;
let prisma: PrismaClient | undefined;

export function e2eDb(): PrismaClient {
  prisma ??= createPrismaClient(url);
  return prisma;
}

export const TEST_PASSWORD = "e2e-password-long-enough";

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
    select: { id: true, email: true },
  });
  return { agencyId: agency.id, program, lead };
}
