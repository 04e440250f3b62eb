// Whether an action plan can be judged by its progress (GAO-25-107652 found A-11 plans that could
// not): every action needs a measure, a target value, a time frame and an owner; an action that is
// not planned needs the reason. A plan with no action is not a plan yet.
import type { PlanActionContent } from "./action";

export type PlanActionFacts = Pick<PlanActionContent, "title" | "notPlanned" | "notPlannedReason" | "measure" | "targetValue" | "startOn" | "dueOn" | "ownerName">;

/** What an action lacks, in words that fit "… needs …"; empty when it is complete. */
export function actionMissing(action: PlanActionFacts): string[] {
  if (action.notPlanned) return action.notPlannedReason.trim() ? [] : ["the reason it is not planned"];
  const missing: string[] = [];
  if (!action.measure.trim()) missing.push("a measure");
  if (action.targetValue === null) missing.push("a target value");
  if (!action.startOn || !action.dueOn) missing.push("a time frame (start and due dates)");
  else if (action.dueOn < action.startOn) missing.push("a due date on or after its start date");
  if (!action.ownerName.trim()) missing.push("an owner");
  return missing;
}

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Why a plan is not complete, one sentence per problem; empty when it is complete. */
export function planProblems(plan: { actions: readonly PlanActionFacts[] }): string[] {
  if (plan.actions.length === 0) return ["The plan has no actions yet: add one for a gap."];
  return plan.actions.flatMap((a) => {
    const missing = actionMissing(a);
    return missing.length ? [`“${a.title}” needs ${listInWords(missing)}.`] : [];
  });
}
