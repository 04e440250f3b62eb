// Writes the synthetic portfolio (synthetic-portfolio.ts) into a migrated database that has the
// default model and toolkit, as rows the app itself would have written: the same statuses,
// versions, reviews, score snapshots and audit events as starting, answering, submitting and
// reviewing through the app leave behind.
//
// One step per file, in this order: load-organisation, load-history (assessments and reviews),
// load-answers (answers and score snapshots), load-plans (targets and action items); the audit
// events every step recorded go in last.
import type pg from "pg";
import { bulkInsert, inTransaction } from "./bulk-insert";
import { loadAnswers } from "./load-answers";
import { loadContext, type LoadOptions } from "./load-context";
import { loadHistory } from "./load-history";
import { loadOrganisation } from "./load-organisation";
import { loadPlans } from "./load-plans";
import { tables } from "./load-tables";
import type { Portfolio } from "./synthetic-portfolio";

export type LoadResult = {
  agencyIds: string[];
  programIds: string[];
  /** Per cycle, per program. */
  assessmentIds: string[][];
  submittedOrAccepted: number;
  answers: number;
};

export async function loadPortfolio(pool: pg.Pool, plan: Portfolio, options: LoadOptions): Promise<LoadResult> {
  const ctx = loadContext(pool, plan, options);
  const { log, audit, agencyIds, programIds, assessmentIds } = ctx;
  await loadOrganisation(ctx);
  await loadHistory(ctx);
  // Targets before answers: the database tallies an accepted assessment once it has a snapshot, and
  // again for each change to its program's targets after that.
  await loadPlans(ctx);
  const { answers, snapshots } = await loadAnswers(ctx);

  // The audit log pages by id, newest first: ids must follow time, as they do in the app.
  audit.sort((x, y) => x.at.getTime() - y.at.getTime());
  await inTransaction(pool, (client) => bulkInsert(client, tables.audit, audit));
  log(`Audit events: ${audit.length}.`);

  return { agencyIds, programIds, assessmentIds, submittedOrAccepted: snapshots, answers };
}
