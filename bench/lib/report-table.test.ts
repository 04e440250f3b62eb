import { describe, expect, it } from "vitest";
import { formatTable, kib, mib } from "./report-table";

describe("formatTable", () => {
  it("pads columns to their widest cell, right-aligning numbers", () => {
    const table = formatTable(
      [
        { header: "scenario", cell: (r: { name: string; p95: number }) => r.name },
        { header: "p95 ms", cell: (r) => r.p95.toFixed(1), align: "right" },
      ],
      [
        { name: "baseline", p95: 12.3 },
        { name: "portfolio filtered", p95: 150 },
      ],
    );
    expect(table.split("\n")).toEqual([
      "scenario            p95 ms",
      "------------------  ------",
      "baseline              12.3",
      "portfolio filtered   150.0",
    ]);
  });

  it("prints the header alone when there are no rows", () => {
    expect(formatTable([{ header: "route", cell: (r: string) => r }], [])).toBe("route\n-----");
  });
});

describe("units", () => {
  it("shows bytes as KiB and MiB with one decimal", () => {
    expect(kib(1536)).toBe("1.5");
    expect(mib(3 * 1024 * 1024)).toBe("3.0");
  });
});
