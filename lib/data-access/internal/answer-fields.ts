import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** An answer as the API and the exchange format give it out: the practice by key, who answered and when. */
export const answerFields = {
  level: true,
  notApplicable: true,
  evidenceNote: true,
  evidenceLinks: true,
  updatedAt: true,
  answeredBy: { select: { name: true, email: true } },
  practice: { select: { key: true, title: true, discipline: { select: { key: true } } } },
} satisfies Prisma.AnswerSelect;

/** Answers in the model's order: by discipline, then practice. */
export const modelOrder = [{ practice: { discipline: { position: "asc" } } }, { practice: { position: "asc" } }] satisfies Prisma.AnswerOrderByWithRelationInput[];
