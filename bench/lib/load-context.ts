// What every step of the portfolio load shares: the plan, the ids its rows get, the clock that
// turns a plan's days into timestamps, the accounts that act, and the audit events they leave.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { ScoringRule } from "../../lib/scoring/rules";
import type { AuditRow, UserRow } from "./load-tables";
import type { AssessmentPlan, Portfolio } from "./synthetic-portfolio";

export type ModelShape = { id: string; rule: ScoringRule; disciplines: { key: string; practices: { id: string; key: string }[] }[] };
export type BenchAccounts = { council: string; admin: string; cco: string; lead: string };
export type LoadOptions = { seed: number; model: ModelShape; resourcesByDiscipline: Map<string, string[]>; passwordHash: string; accounts: BenchAccounts; log: (line: string) => void };

export type Actor = { id: string; email: string };
export type LoadContext = ReturnType<typeof loadContext>;

export const DAY = 86_400_000;
const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export function loadContext(pool: pg.Pool, plan: Portfolio, options: LoadOptions) {
  const { seed, model, log } = options;
  const created = new Date(Date.UTC(2016, 8, 1, 12));
  const agencyIds = plan.agencies.map(() => randomUUID());
  const programIds = plan.programs.map(() => randomUUID());
  const cycleIds = plan.cycles.map(() => randomUUID());
  const cycleStart = plan.cycles.map((c) => Date.parse(`${c.startsOn}T00:00:00Z`));
  // Office hours, spread over the day by program, so events of a day do not share a timestamp.
  const at = (cycleIndex: number, day: number, programIndex: number) =>
    new Date(cycleStart[cycleIndex]! + day * DAY + (13 * 60 + (programIndex * 7) % 540) * 60_000);

  // Accounts: the four the benchmarks sign in with, and one lead per agency who wrote every
  // assessment the bench lead does not own (someone has to have answered and submitted them).
  const users: UserRow[] = [];
  const addUser = (email: string, name: string, role: string, agencyId: string | null): Actor => {
    const row = { id: randomUUID(), email, name, passwordHash: options.passwordHash, role, agencyId, createdAt: created, updatedAt: created };
    users.push(row);
    return row;
  };
  const council = addUser(options.accounts.council, "Casey Council (bench)", "COUNCIL", null);
  addUser(options.accounts.admin, "Ada Admin (bench)", "ADMIN", null);
  addUser(options.accounts.cco, "Chris Officer (bench)", "CCO", agencyIds[0]!);
  const benchLead = addUser(options.accounts.lead, "Lena Lead (bench)", "LEAD", null);
  const agencyLeads = plan.agencies.map((a) =>
    addUser(`lead.a${String(a.index + 1).padStart(3, "0")}@bench.example.gov`, `${a.abbreviation} Program Lead`, "LEAD", null),
  );
  const leadOf = plan.programs.map((p) => (p.lead === "none" ? agencyLeads[p.agencyIndex]! : benchLead));

  const audit: AuditRow[] = [];
  const record = (when: Date, actor: Actor | null, action: string, entityType: string, entityId: string, before?: unknown, after?: unknown) =>
    audit.push({ at: when, actorId: actor?.id ?? null, actorEmail: actor?.email ?? "system", action, entityType, entityId, before: json(before), after: json(after) });

  const assessmentIds = plan.cycles.map(() => plan.programs.map(() => randomUUID()));
  const idOf = (a: AssessmentPlan) => assessmentIds[a.cycleIndex]![a.programIndex]!;
  return { pool, plan, options, seed, model, log, created, agencyIds, programIds, cycleIds, assessmentIds, idOf, at, users, council, leadOf, audit, record };
}
