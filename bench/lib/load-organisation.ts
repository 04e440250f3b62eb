// Agencies, programs, cycles, the accounts (with their audit events) and the leads' memberships.
import { bulkInsert, inTransaction } from "./bulk-insert";
import type { LoadContext } from "./load-context";
import { tables } from "./load-tables";

export async function loadOrganisation(ctx: LoadContext): Promise<void> {
  const { pool, plan, log, created, agencyIds, programIds, cycleIds, users, leadOf, record } = ctx;
  await inTransaction(pool, async (client) => {
    await bulkInsert(client, tables.agency, plan.agencies.map((a) => ({ id: agencyIds[a.index]!, name: a.name, abbreviation: a.abbreviation, createdAt: created, updatedAt: created })));
    await bulkInsert(
      client,
      tables.program,
      plan.programs.map((p) => ({ id: programIds[p.index]!, agencyId: agencyIds[p.agencyIndex]!, name: p.name, description: p.description, createdAt: created, updatedAt: created })),
    );
    await bulkInsert(
      client,
      tables.cycle,
      plan.cycles.map((c) => ({ id: cycleIds[c.index]!, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn, status: c.status, createdAt: created, updatedAt: created })),
    );
    await bulkInsert(client, tables.user, users);
    await bulkInsert(client, tables.membership, plan.programs.map((p) => ({ userId: leadOf[p.index]!.id, programId: programIds[p.index]!, createdAt: created })));
  });
  for (const u of users) record(created, null, "user.create", "User", u.id, undefined, { email: u.email, role: u.role });
  log(`Organisation: ${plan.agencies.length} agencies, ${plan.programs.length} programs, ${plan.cycles.length} cycles, ${users.length} users.`);
}
