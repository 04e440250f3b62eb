import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { canAdminister } from "@/lib/auth/policy";
import { readProgramImport, type ImportProblem, type ImportRow } from "@/lib/validation/program-import";
import { recordAudit } from "./internal/audit";
import { requireThat } from "./internal/guards";

export type ImportOutcome = { rows: (ImportRow & { agencyName: string })[]; problems: ImportProblem[]; imported: number };

/**
 * Checks a program CSV against the database and, when asked and only if every row is valid, writes
 * all of it in one transaction: one bad row means nothing is imported.
 */
export async function importPrograms(actor: Actor, csv: string, commit: boolean): Promise<ImportOutcome> {
  requireThat(canAdminister(actor));
  const { rows, problems } = readProgramImport(csv);
  const agencies = await db().agency.findMany({ where: { archivedAt: null }, select: { id: true, name: true, abbreviation: true } });
  const agencyOf = (ref: string) => agencies.find((a) => a.name.toLowerCase() === ref.toLowerCase() || a.abbreviation.toLowerCase() === ref.toLowerCase());
  const emails = [...new Set(rows.flatMap((r) => r.leadEmails))];
  const users = await db().user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, role: true } });
  const existing = await db().program.findMany({ where: { agencyId: { in: agencies.map((a) => a.id) } }, select: { agencyId: true, name: true } });
  const taken = new Set(existing.map((p) => `${p.agencyId}|${p.name.toLowerCase()}`));

  const checked: ImportOutcome["rows"] = [];
  for (const row of rows) {
    const agency = agencyOf(row.agency);
    if (!agency) {
      problems.push({ row: row.row, field: "agency", message: `No agency is named or abbreviated “${row.agency}”. Create it first.` });
      continue;
    }
    const key = `${agency.id}|${row.program.toLowerCase()}`;
    if (taken.has(key)) problems.push({ row: row.row, field: "program", message: `${agency.name} already has a program named “${row.program}”.` });
    taken.add(key);
    for (const email of row.leadEmails) {
      const user = users.find((u) => u.email === email);
      if (!user) problems.push({ row: row.row, field: "lead emails", message: `No account for ${email}. Create it first, as a program lead.` });
      else if (user.role !== "LEAD") problems.push({ row: row.row, field: "lead emails", message: `${email} is not a program lead.` });
    }
    checked.push({ ...row, agencyName: agency.name });
  }
  problems.sort((a, b) => a.row - b.row);
  if (!commit || problems.length > 0 || checked.length === 0) return { rows: checked, problems, imported: 0 };

  await db().$transaction(async (tx) => {
    for (const row of checked) {
      const agency = agencyOf(row.agency)!;
      const leadIds = row.leadEmails.map((e) => users.find((u) => u.email === e)!.id);
      const program = await tx.program.create({
        data: { agencyId: agency.id, name: row.program, memberships: { create: leadIds.map((userId) => ({ userId })) } },
        select: { id: true },
      });
      await recordAudit(tx, actor, { action: "program.import", entityType: "Program", entityId: program.id, after: { agency: agency.name, name: row.program, leads: row.leadEmails } });
    }
  });
  return { rows: checked, problems, imported: checked.length };
}

/** The agencies a CSV may name, by name or abbreviation. */
export async function importableAgencies(actor: Actor) {
  requireThat(canAdminister(actor));
  return db().agency.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { name: true, abbreviation: true } });
}
