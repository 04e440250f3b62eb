import { describe, expect, it } from "vitest";
import { termsUsed } from "./glossary";

const glossary = [
  { term: "top tasks", definition: "The few tasks most customers come to do." },
  { term: "CX", definition: "Customer experience." },
  { term: "backlog", definition: "Work waiting, counted." },
];

describe("termsUsed", () => {
  it("finds terms as whole words, in any case, in glossary order", () => {
    expect(termsUsed(glossary, ["The backlog of Top Tasks is tracked.", "A CX lead"]).map((t) => t.term)).toEqual(["top tasks", "CX", "backlog"]);
  });

  it("does not match inside other words", () => {
    expect(termsUsed(glossary, ["CXO reports", "backlogs"])).toEqual([]);
  });
});
