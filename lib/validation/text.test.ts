import { describe, expect, it } from "vitest";
import { answerSchema } from "./answers";
import { agencySchema } from "./admin";
import { portfolioQuerySchema } from "./portfolio";
import { NUL_MESSAGE, text } from "./text";

describe("text", () => {
  it("takes any text but a NUL character", () => {
    expect(text().safeParse("plain, “quoted”, \t tabbed, émoji 🙂").success).toBe(true);
    expect(text().safeParse("before\u0000after").error?.issues[0]?.message).toBe(NUL_MESSAGE);
  });

  it("is what the shared schemas read text with, so a NUL is refused with the field named", () => {
    const answer = answerSchema.safeParse({
      assessmentId: "00000000-0000-4000-8000-000000000000",
      practiceId: "00000000-0000-4000-8000-000000000000",
      choice: "3",
      evidenceNote: "see\u0000",
      expectedVersion: 0,
    });
    expect(answer.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["evidenceNote", NUL_MESSAGE]]);
    expect(agencySchema.safeParse({ name: "Agency\u0000", abbreviation: "AG" }).error?.issues[0]?.message).toBe(NUL_MESSAGE);
    // A filter with one falls back to no filter, as any filter that is not a cycle's name does.
    expect(portfolioQuerySchema.safeParse({ cycle: "FY2025\u0000" }).data?.cycle).toBeUndefined();
  });
});
