import { describe, expect, it } from "vitest";
import { runOptions, seedOptions } from "./bench-args";

describe("seedOptions", () => {
  it("seeds 2,000 programs unless --programs says otherwise", () => {
    expect(seedOptions([])).toEqual({ programs: 2_000 });
    expect(seedOptions(["--programs", "20000"])).toEqual({ programs: 20_000 });
    expect(seedOptions(["--programs=1956"])).toEqual({ programs: 1_956 });
  });

  it("refuses a size that is not a whole number from 1,956 to 50,000, saying what was asked", () => {
    for (const bad of ["1955", "50001", "20k", "2e4", "-2000", "2000.5", ""]) {
      expect(() => seedOptions([`--programs=${bad}`])).toThrow(`--programs ${JSON.stringify(bad)}: a portfolio has a whole number of programs from 1,956 to 50,000`);
    }
  });

  it("refuses options it does not know and a --programs without a value", () => {
    expect(() => seedOptions(["--program", "2000"])).toThrow(/Unknown option '--program'/);
    expect(() => seedOptions(["--programs"])).toThrow(/argument missing/);
    expect(() => seedOptions(["--save"])).toThrow(/Unknown option '--save'/);
  });
});

describe("runOptions", () => {
  it("measures every seeded size and saves nothing to docs/ by default", () => {
    expect(runOptions([])).toEqual({ programs: null, save: false });
  });

  it("measures one size with --programs and saves with --save", () => {
    expect(runOptions(["--programs", "20000", "--save"])).toEqual({ programs: 20_000, save: true });
    expect(() => runOptions(["--programs", "100"])).toThrow(/from 1,956 to 50,000/);
  });
});
