import { describe, expect, it } from "vitest";
import { movers, type Move } from "./movers";

const move = (program: string, from: number, to: number): Move => ({ programId: program, program, agency: "A", fromCycle: "FY2024", toCycle: "FY2026", from, to, fromVersion: 1, toVersion: 1 });

describe("movers", () => {
  it("lists risers by largest rise and fallers by largest fall, leaving out programs that did not move", () => {
    const { risers, fallers } = movers([move("Up a little", 2, 2.3), move("Down a lot", 4, 2.5), move("Up a lot", 1.2, 3.4), move("Flat", 3, 3), move("Down a little", 3, 2.9)]);
    expect(risers.map((m) => [m.program, m.change])).toEqual([
      ["Up a lot", 2.2],
      ["Up a little", 0.3],
    ]);
    expect(fallers.map((m) => [m.program, m.change])).toEqual([
      ["Down a lot", -1.5],
      ["Down a little", -0.1],
    ]);
  });

  it("treats a change that rounds to zero as no move, and breaks ties by name", () => {
    const { risers, fallers } = movers([move("Noise", 2, 2.04), move("B", 1, 2), move("A", 1, 2)]);
    expect(risers.map((m) => m.program)).toEqual(["A", "B"]);
    expect(fallers).toEqual([]);
  });

  it("shows at most the number asked for", () => {
    const many = Array.from({ length: 12 }, (_, i) => move(`P${String(i).padStart(2, "0")}`, 1, 2 + i / 10));
    expect(movers(many).risers).toHaveLength(10);
    expect(movers(many, 2).risers.map((m) => m.program)).toEqual(["P11", "P10"]);
  });
});
