// Generated from prisma/migrations by scripts/lib/expected-migrations.ts (npm run db:migrate:create
// rewrites it); a unit test fails when the two disagree. Do not edit by hand.
export const expectedMigrations: readonly string[] = [
  "20261124233056_init",
  "20261125005528_sign_in_attempts",
  "20261125014500_score_snapshots_and_program_standing",
  "20261125020000_sessions",
  "20261125030000_program_standing_lock",
  "20261130080000_portfolio_revision",
  "20261130100000_model_v2",
  "20261130110000_api_tokens",
  "20261130120000_session_user_agent",
  "20261130130000_security_event_windows",
  "20261130150000_second_factors",
  "20261130160000_carry_forward",
  "20261130170000_assignments",
  "20261130180000_cycle_due_dates",
  "20261130190000_notifications",
  "20261130200000_reminders",
  "20261130210000_discussion",
  "20261201090000_practice_assignments",
  "20261201100000_action_plans",
  "20261201110000_outcomes",
];
