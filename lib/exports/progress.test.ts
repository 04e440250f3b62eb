import { describe, expect, it } from "vitest";
import { percentOf, progressText } from "./progress";

describe("download progress", () => {
  it("counts rows against the total, rounding the share down so 100 % means every row", () => {
    expect(progressText({ rows: 12_345, bytes: 3_400_000, total: 800_000 })).toBe("12,345 of 800,000 rows (1 %), 3.4 MB");
    expect(percentOf({ rows: 799_999, bytes: 1, total: 800_000 })).toBe(99);
    expect(percentOf({ rows: 800_000, bytes: 1, total: 800_000 })).toBe(100);
  });

  it("says what it knows without a total or without countable rows", () => {
    expect(progressText({ rows: 10, bytes: 2_400, total: null })).toBe("10 rows, 2 kB");
    expect(progressText({ rows: 1, bytes: 10, total: 1 })).toBe("1 of 1 rows (100 %), 1 kB");
    expect(progressText({ rows: null, bytes: 5_250_000, total: 92_000 })).toBe("5.3 MB received of a file of 92,000 rows");
    expect(progressText({ rows: null, bytes: 5_250_000, total: null })).toBe("5.3 MB received");
    expect(percentOf({ rows: 5, bytes: 1, total: 0 })).toBeNull();
  });
});
