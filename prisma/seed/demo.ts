// Demo data for a local start: agencies, programs, cycles, one account per role and assessments
// over three cycles. Never run in a
// production start (see scripts/lib/serve.ts).
import type { PrismaClient } from "../../lib/db/generated/client";
import { hashPassword } from "../../lib/auth/password";
import { seedDemoAssessments } from "./demo-assessments";

export const DEMO_PASSWORD = "demo-password";

const agencies = [
  {
    name: "Department of Veterans Affairs",
    abbreviation: "VA",
    programs: [
      { name: "Veterans Benefits Claims", description: "Applying for and tracking disability compensation claims." },
      { name: "VA Health Care Enrollment", description: "Applying for and enrolling in VA health care." },
    ],
  },
  {
    name: "Social Security Administration",
    abbreviation: "SSA",
    programs: [{ name: "Retirement Benefits", description: "Applying for retirement and spouse’s benefits." }],
  },
  {
    name: "Department of Education",
    abbreviation: "ED",
    programs: [{ name: "Federal Student Aid", description: "Applying for federal student aid and managing loans." }],
  },
];

const cycles = [
  { name: "FY2024", startsOn: new Date("2023-10-01"), endsOn: new Date("2024-09-30"), status: "CLOSED" as const },
  { name: "FY2025", startsOn: new Date("2024-10-01"), endsOn: new Date("2025-09-30"), status: "CLOSED" as const },
  { name: "FY2026", startsOn: new Date("2025-10-01"), endsOn: new Date("2026-09-30"), status: "OPEN" as const },
];

export async function seedDemo(prisma: PrismaClient): Promise<"created" | "present"> {
  if (await prisma.user.findUnique({ where: { email: "admin@example.gov" }, select: { id: true } })) return "present";
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const programIds: Record<string, string> = {};
    const agencyIds: Record<string, string> = {};
    for (const a of agencies) {
      const agency = await tx.agency.create({
        data: { name: a.name, abbreviation: a.abbreviation, programs: { create: a.programs } },
        select: { id: true, programs: { select: { id: true, name: true } } },
      });
      agencyIds[a.abbreviation] = agency.id;
      for (const p of agency.programs) programIds[p.name] = p.id;
    }
    await tx.cycle.createMany({ data: cycles });
    const users = [
      { email: "lead@example.gov", name: "Lena Lead", role: "LEAD" as const, programs: ["Veterans Benefits Claims", "VA Health Care Enrollment"] },
      { email: "lead.ssa@example.gov", name: "Sam Lead", role: "LEAD" as const, programs: ["Retirement Benefits"] },
      { email: "council@example.gov", name: "Casey Council", role: "COUNCIL" as const, programs: [] },
      { email: "cco@example.gov", name: "Chris Officer", role: "CCO" as const, agency: "VA", programs: [] },
      { email: "admin@example.gov", name: "Ada Admin", role: "ADMIN" as const, programs: [] },
    ];
    const userIds: Record<string, string> = {};
    for (const u of users) {
      const user = await tx.user.create({
        data: {
          email: u.email,
          name: u.name,
          role: u.role,
          passwordHash,
          agencyId: "agency" in u && u.agency ? agencyIds[u.agency] : null,
          memberships: { create: u.programs.map((name) => ({ programId: programIds[name]! })) },
        },
        select: { id: true },
      });
      userIds[u.email] = user.id;
      await tx.auditEvent.create({
        data: { actorEmail: "system", action: "user.create", entityType: "User", entityId: user.id, after: { email: u.email, role: u.role } },
      });
    }
    await seedDemoAssessments(tx, { programs: programIds, users: userIds });
  });
  return "created";
}
