import { describe, expect, it } from "vitest";
import { formatTable, kib, mib } from "./report-table";

describe("formatTable", () => {
  it("pads columns to their widest cell, right-aligning numbers", () => {
    const table = formatTable(
      [{ header: "scenario" }, { header: "p95 ms", align: "right" }],
      [
        ["baseline", "12.3"],
        ["portfolio filtered", "150.0"],
      ],
    );
    expect(table.split("\n")).toEqual([
      "scenario            p95 ms",
      "------------------  ------",
      "baseline              12.3",
      "portfolio filtered   150.0",
    ]);
  });

  it("refuses a row with the wrong number of cells", () => {
    expect(() => formatTable([{ header: "a" }], [["1", "2"]])).toThrow(/2 cells for 1 columns/);
  });
});

describe("units", () => {
  it("shows bytes as KiB and MiB with one decimal", () => {
    expect(kib(1536)).toBe("1.5");
    expect(mib(3 * 1024 * 1024)).toBe("3.0");
  });
});
