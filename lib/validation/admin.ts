import { z } from "zod";
import { text } from "./text";
import { passwordSchema, refusePasswordContext, type PasswordSchema } from "./password";
import { emailAddress, personName } from "./person";

const isoDate = (label: string) => z.iso.date({ error: `Enter the ${label} as a full date, like 2026-10-01` });
const version = z.coerce.number({ error: "Reload the page and try again" }).int().positive();

export const cycleSchema = z
  .object({
    name: text().trim().min(2, "Enter the cycle's name, like FY2027").max(40, "The cycle's name must be 40 characters or fewer"),
    startsOn: isoDate("start date"),
    endsOn: isoDate("end date"),
  })
  .refine((c) => c.endsOn > c.startsOn, { path: ["endsOn"], message: "The end date must be after the start date" });

/** The cycle's due dates: submissions, then reviews; either may be left empty. */
export const cycleDueDatesSchema = z
  .object({
    cycleId: z.uuid({ error: "This cycle does not exist" }),
    submissionDueOn: z.union([z.literal(""), isoDate("submission due date")], { error: "Enter the submission due date as a full date, like 2027-03-31" }),
    reviewDueOn: z.union([z.literal(""), isoDate("review due date")], { error: "Enter the review due date as a full date, like 2027-05-31" }),
    expectedVersion: version,
  })
  .refine((c) => !c.submissionDueOn || !c.reviewDueOn || c.reviewDueOn >= c.submissionDueOn, {
    path: ["reviewDueOn"],
    message: "Reviews cannot be due before the submissions they review",
  });

export const cycleStatusSchema = z.object({
  cycleId: z.uuid({ error: "This cycle does not exist" }),
  status: z.enum(["PLANNED", "OPEN", "CLOSED"], { error: "Choose open or closed" }),
  expectedVersion: version,
});

export const agencySchema = z.object({
  name: text().trim().min(3, "Enter the agency's name").max(200, "The agency's name must be 200 characters or fewer"),
  abbreviation: text()
    .trim()
    .regex(/^[A-Za-z0-9&.-]{2,20}$/, "Enter the agency's abbreviation: 2 to 20 letters or digits, like VA or USDA"),
});

export const renameAgencySchema = z.object({
  agencyId: z.uuid({ error: "This agency does not exist" }),
  name: text().trim().min(3, "Enter the agency's name").max(200, "The agency's name must be 200 characters or fewer"),
  expectedVersion: version,
});

export const archiveAgencySchema = z.object({ agencyId: z.uuid({ error: "This agency does not exist" }), expectedVersion: version });

export const programSchema = z.object({
  agencyId: z.uuid({ error: "Choose the program's agency" }),
  name: text().trim().min(2, "Enter the program's name").max(200, "The program's name must be 200 characters or fewer"),
  description: text().trim().max(1000, "The description must be 1,000 characters or fewer").default(""),
});

export const renameProgramSchema = z.object({
  programId: z.uuid({ error: "This program does not exist" }),
  name: text().trim().min(2, "Enter the program's name").max(200, "The program's name must be 200 characters or fewer"),
  expectedVersion: version,
});

export const archiveProgramSchema = z.object({ programId: z.uuid({ error: "This program does not exist" }), expectedVersion: version });

const roles = ["LEAD", "RESPONDENT", "CCO", "COUNCIL", "ADMIN"] as const;

const scoped = <T extends z.ZodObject>(schema: T) =>
  schema.superRefine((u: { role?: string; agencyId?: string | null; programIds?: string[] }, ctx) => {
    if (u.role === "CCO" && !u.agencyId) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "Choose the agency a CCO oversees" });
    if (u.role === "LEAD" && (u.programIds?.length ?? 0) === 0) ctx.addIssue({ code: "custom", path: ["programIds"], message: "Choose at least one program for a program lead" });
    if (u.role === "RESPONDENT" && (u.programIds?.length ?? 0) === 0) ctx.addIssue({ code: "custom", path: ["programIds"], message: "Choose the program a respondent rates for" });
  });

const scope = {
  role: z.enum(roles, { error: "Choose a role" }),
  agencyId: text()
    .transform((v) => v || null)
    .pipe(z.uuid({ error: "Choose an agency" }).nullable())
    .default(null),
  programIds: z.array(z.uuid({ error: "Choose programs from the list" })).max(50, "Choose at most 50 programs").default([]),
};

// The schemas that take a new password are built with the password rules: `passwordSchema` where the
// breached list is not at hand (a form), `serverPasswordSchema` (lib/auth/breached-passwords.ts), the same
// rules plus the list, in the server actions.
export const createUserSchemaWith = (password: PasswordSchema) =>
  scoped(
    z.object({
      email: emailAddress,
      name: personName,
      /** Blank: the person is e-mailed an invitation to choose their own. */
      password: z.union([z.literal(""), password]),
      ...scope,
    }),
  ).superRefine(refusePasswordContext);
export const createUserSchema = createUserSchemaWith(passwordSchema);

export const updateUserSchema = scoped(z.object({ userId: z.uuid({ error: "This user does not exist" }), expectedVersion: version, ...scope }));

export const userStateSchema = z.object({ userId: z.uuid({ error: "This user does not exist" }), disabled: z.enum(["true", "false"]).transform((v) => v === "true") });

/** The account's e-mail is not in the form: the data-access layer refuses a password built on it. */
export const resetPasswordSchemaWith = (password: PasswordSchema) => z.object({ userId: z.uuid({ error: "This user does not exist" }), password });
export const resetPasswordSchema = resetPasswordSchemaWith(passwordSchema);

export const auditFilterSchema = z.object({
  actor: text().trim().max(254).optional().catch(undefined),
  entityType: text().trim().max(60).optional().catch(undefined),
  action: text().trim().max(60).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const listQuerySchema = z.object({
  q: text().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
