import "server-only";
import { db } from "@/lib/db/client";
import type { RatedChoice } from "@/lib/scoring/agreement";

export const toChoice = (r: { level: number | null; notApplicable: boolean }): RatedChoice => (r.notApplicable || r.level === null ? "NA" : r.level);

/** The finished respondents' ratings (the only ones that count), in the order they were invited. */
export async function countedRatings(assessmentId: string, practiceId?: string) {
  return db().rating.findMany({
    where: { respondent: { assessmentId, finishedAt: { not: null } }, ...(practiceId ? { practiceId } : {}) },
    orderBy: { respondent: { createdAt: "asc" } },
    select: { practiceId: true, level: true, notApplicable: true, confidence: true, note: true, respondentId: true },
  });
}
