import { describe, expect, it } from "vitest";
import { pendingMigrations } from "./pending-migrations";

const expected = ["1_init", "2_more", "3_latest"];
const applied = (name: string) => ({ name, finished: true, rolledBack: false });

describe("pendingMigrations", () => {
  it("is empty when every expected migration finished", () => {
    expect(pendingMigrations(expected, expected.map(applied))).toEqual([]);
  });

  it("names the missing ones, in order", () => {
    expect(pendingMigrations(expected, [applied("1_init")])).toEqual(["2_more", "3_latest"]);
    expect(pendingMigrations(expected, [])).toEqual(expected);
  });

  it("counts a failed (unfinished) or rolled-back row as not applied, unless a later row finished it", () => {
    const rows = [applied("1_init"), { name: "2_more", finished: false, rolledBack: false }, { name: "3_latest", finished: true, rolledBack: true }];
    expect(pendingMigrations(expected, rows)).toEqual(["2_more", "3_latest"]);
    expect(pendingMigrations(expected, [...rows, applied("3_latest")])).toEqual(["2_more"]);
  });

  it("ignores migrations the build does not know (a database migrated by a newer release)", () => {
    expect(pendingMigrations(expected, [...expected.map(applied), applied("4_newer")])).toEqual([]);
  });
});
