export type MigrationRow = { name: string; finished: boolean; rolledBack: boolean };

/**
 * The migrations this build expects that the database has not applied: absent from
 * `_prisma_migrations`, or only recorded as failed (not finished) or rolled back. Rows the build does
 * not know (a database already migrated by a newer release) are no reason to refuse traffic.
 */
export function pendingMigrations(expected: readonly string[], rows: readonly MigrationRow[]): string[] {
  const applied = new Set(rows.filter((r) => r.finished && !r.rolledBack).map((r) => r.name));
  return expected.filter((name) => !applied.has(name));
}
