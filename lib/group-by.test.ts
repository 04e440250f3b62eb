import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("groups by key, keeping the items' order within each group", () => {
    const groups = groupBy([{ a: 1, n: "x" }, { a: 2, n: "y" }, { a: 1, n: "z" }], (i) => i.a);
    expect([...groups.entries()]).toEqual([
      [1, [{ a: 1, n: "x" }, { a: 1, n: "z" }]],
      [2, [{ a: 2, n: "y" }]],
    ]);
  });
});
