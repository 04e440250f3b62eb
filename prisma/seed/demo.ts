// Demo data for a local start: agencies, programs, cycles, one account per role and assessments
// over three cycles. Never run in a production start (see scripts/lib/serve.ts).
import type { PrismaClient } from "../../lib/db/generated/client";
import { hashPassword } from "../../lib/auth/password";
import { seedDemoOutcomes } from "./demo-outcomes";
import { seedDemoPlans } from "./demo-plans";
import { seedDemoTeam, seedDemoValidation } from "./demo-team";
import { seedDemoAssessments } from "./demo-assessments";
import { DEMO_TOTP_SECRET } from "./demo-second-factor";

export const DEMO_PASSWORD = "demo-password";

// Real agencies and High Impact Service Providers, so the council's portfolio reads like the real one.
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
  {
    name: "Department of the Treasury",
    abbreviation: "TREAS",
    programs: [
      { name: "IRS Individual Taxpayer Services", description: "Filing individual tax returns, getting refunds and resolving account questions with the IRS." },
    ],
  },
  {
    name: "Department of Homeland Security",
    abbreviation: "DHS",
    programs: [
      { name: "USCIS Immigration Benefits", description: "Applying for green cards, citizenship and other immigration benefits and tracking the case." },
      { name: "FEMA Disaster Assistance", description: "Applying for individual assistance after a declared disaster and following up on the decision." },
    ],
  },
  {
    name: "Department of Health and Human Services",
    abbreviation: "HHS",
    programs: [
      { name: "CMS Medicare", description: "Enrolling in Medicare, comparing coverage options and getting help with claims." },
      { name: "CMS HealthCare.gov Marketplace", description: "Shopping for, enrolling in and renewing Marketplace health coverage." },
    ],
  },
  {
    name: "Small Business Administration",
    abbreviation: "SBA",
    programs: [{ name: "SBA Disaster Loans", description: "Applying for low-interest disaster loans for businesses, homeowners and renters." }],
  },
  {
    name: "Department of Agriculture",
    abbreviation: "USDA",
    programs: [{ name: "FSA Farm Loans", description: "Applying for Farm Service Agency direct and guaranteed loans to start or keep a farm." }],
  },
  {
    name: "Department of State",
    abbreviation: "DOS",
    programs: [{ name: "Passport Services", description: "Applying for and renewing U.S. passports and tracking the application." }],
  },
  {
    name: "Office of Personnel Management",
    abbreviation: "OPM",
    programs: [{ name: "Federal Retirement Services", description: "Applying for federal civilian retirement and managing annuity payments." }],
  },
  {
    name: "Department of the Interior",
    abbreviation: "DOI",
    programs: [{ name: "Recreation.gov", description: "Finding and reserving campsites, tours, permits and passes on federal lands and waters." }],
  },
  {
    name: "Department of Housing and Urban Development",
    abbreviation: "HUD",
    programs: [{ name: "Public Housing", description: "Applying for public housing and working with the local housing agency while a tenant." }],
  },
];

function daysFromToday(days: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}

const cycles = [
  { name: "FY2024", startsOn: new Date("2023-10-01"), endsOn: new Date("2024-09-30"), status: "CLOSED" as const },
  { name: "FY2025", startsOn: new Date("2024-10-01"), endsOn: new Date("2025-09-30"), status: "CLOSED" as const },
  // Due a month and two months after the demo starts, so a fresh demo shows the dates and nothing overdue yet.
  { name: "FY2026", startsOn: new Date("2025-10-01"), endsOn: new Date("2026-09-30"), status: "OPEN" as const, submissionDueOn: daysFromToday(30), reviewDueOn: daysFromToday(60) },
];

type DemoUser = { email: string; name: string; role: "LEAD" | "RESPONDENT" | "CCO" | "COUNCIL" | "ADMIN"; programs?: string[]; agency?: string };

// Every program with assessments needs a lead: they answer and submit them.
const users: DemoUser[] = [
  { email: "lead@example.gov", name: "Lena Lead", role: "LEAD", programs: ["Veterans Benefits Claims", "VA Health Care Enrollment"] },
  { email: "lead.ssa@example.gov", name: "Sam Lead", role: "LEAD", programs: ["Retirement Benefits"] },
  { email: "lead.ed@example.gov", name: "Eddie Lead", role: "LEAD", programs: ["Federal Student Aid"] },
  { email: "lead.irs@example.gov", name: "Irene Lead", role: "LEAD", programs: ["IRS Individual Taxpayer Services"] },
  { email: "lead.dhs@example.gov", name: "Dana Lead", role: "LEAD", programs: ["USCIS Immigration Benefits", "FEMA Disaster Assistance"] },
  { email: "lead.hhs@example.gov", name: "Carmen Lead", role: "LEAD", programs: ["CMS Medicare", "CMS HealthCare.gov Marketplace"] },
  { email: "lead.sba@example.gov", name: "Sasha Lead", role: "LEAD", programs: ["SBA Disaster Loans"] },
  { email: "lead.usda@example.gov", name: "Uma Lead", role: "LEAD", programs: ["FSA Farm Loans"] },
  { email: "lead.state@example.gov", name: "Stella Lead", role: "LEAD", programs: ["Passport Services"] },
  { email: "lead.opm@example.gov", name: "Owen Lead", role: "LEAD", programs: ["Federal Retirement Services"] },
  { email: "lead.doi@example.gov", name: "Dario Lead", role: "LEAD", programs: ["Recreation.gov"] },
  { email: "lead.hud@example.gov", name: "Hugo Lead", role: "LEAD", programs: ["Public Housing"] },
  { email: "respondent@example.gov", name: "Rita Respondent", role: "RESPONDENT", programs: ["Veterans Benefits Claims"] },
  { email: "respondent.two@example.gov", name: "Omar Respondent", role: "RESPONDENT", programs: ["Veterans Benefits Claims"] },
  { email: "council@example.gov", name: "Casey Council", role: "COUNCIL" },
  { email: "cco@example.gov", name: "Chris Officer", role: "CCO", agency: "VA" },
  { email: "admin@example.gov", name: "Ada Admin", role: "ADMIN" },
];

export async function seedDemo(prisma: PrismaClient): Promise<"created" | "present"> {
  if (await prisma.user.findUnique({ where: { email: "admin@example.gov" }, select: { id: true } })) return "present";
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Some forty assessments with their answers: more than the default five seconds on a slow machine.
  await prisma.$transaction(
    async (tx) => {
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
      const leads: Record<string, string> = {};
      const userIds: Record<string, string> = {};
      let council: string | undefined;
      let cco: string | undefined;
      let admin: string | undefined;
      for (const u of users) {
        const programs = u.programs ?? [];
        const user = await tx.user.create({
          data: {
            email: u.email,
            name: u.name,
            role: u.role,
            passwordHash,
            agencyId: u.agency ? agencyIds[u.agency] : null,
            memberships: { create: programs.map((name) => ({ programId: programIds[name]! })) },
            // The roles that sign in with a second factor by default (SECOND_FACTOR_ROLES) have the published demo key.
            ...(u.role === "ADMIN" || u.role === "COUNCIL" ? { secondFactors: { create: { kind: "TOTP", label: "Demo authenticator app", totpSecret: DEMO_TOTP_SECRET } } } : {}),
          },
          select: { id: true },
        });
        if (u.role === "LEAD") for (const name of programs) leads[name] ??= user.id;
        userIds[u.email] = user.id;
        if (u.role === "COUNCIL") council ??= user.id;
        if (u.role === "CCO") cco ??= user.id;
        if (u.role === "ADMIN") admin ??= user.id;
        await tx.auditEvent.create({
          data: { actorEmail: "system", action: "user.create", entityType: "User", entityId: user.id, after: { email: u.email, role: u.role } },
        });
      }
      if (!council) throw new Error("The demo data needs a council member to review assessments.");
      if (!cco) throw new Error("The demo data needs a CCO to sign off action plans.");
      if (!admin) throw new Error("The demo data needs an administrator to have imported survey results.");
      await seedDemoAssessments(tx, { programs: programIds, leads, council });
      await seedDemoPlans(tx, { programs: programIds, leads, cco });
      await seedDemoOutcomes(tx, { programs: programIds, importedBy: admin });
      await seedDemoTeam(tx, { programs: programIds, users: userIds });
      await seedDemoValidation(tx, { programs: programIds });
    },
    { timeout: 60_000 },
  );
  return "created";
}
