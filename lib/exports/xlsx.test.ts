import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { answerColumns, type Column } from "./columns";
import { sampleColumns, type Sample } from "./sample-columns";
import { xlsxStream } from "./xlsx";

async function xlsxBuffer<Row>(sheetName: string, columns: Column<Row>[], rows: AsyncIterable<Row> | Iterable<Row>) {
  return Buffer.from(await new Response(xlsxStream(sheetName, columns, rows)).arrayBuffer());
}

describe("xlsxStream", () => {
  const rows = (n: number): Sample[] =>
    Array.from({ length: n }, (_, i) => ({ name: i === 1 ? "=HYPERLINK(\"https://evil.example\")" : `Agência ${i}`, amount: i === 2 ? null : i + 0.5 }));

  async function load(buffer: Buffer) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    return workbook;
  }

  it("writes a bold, frozen header, numbers as numbers, neutralized text and a Columns sheet", async () => {
    // More rows than the width sample, so both write paths run.
    const buffer = await xlsxBuffer("Portfolio", sampleColumns, (async function* () { yield* rows(250); })());
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const workbook = await load(buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Portfolio", "Columns"]);

    const sheet = workbook.getWorksheet("Portfolio")!;
    expect(sheet.rowCount).toBe(251);
    expect(sheet.getRow(1).values).toEqual([undefined, "Name", "Amount"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("B2").value).toBe(0.5);
    expect(sheet.getCell("A2").value).toBe("Agência 0");
    expect(sheet.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("A3").value).toBe("'=HYPERLINK(\"https://evil.example\")");
    expect(sheet.getCell("B4").value).toBeNull();
    expect(sheet.getCell("B251").value).toBe(249.5);
    const width = sheet.getColumn(1).width ?? 0;
    expect(width).toBeGreaterThanOrEqual(8);
    expect(width).toBeLessThanOrEqual(60);

    const docs = workbook.getWorksheet("Columns")!;
    expect(docs.getRow(1).values).toEqual([undefined, "Column", "Meaning"]);
    expect(docs.getRow(2).values).toEqual([undefined, "Name", "A name."]);
    expect(docs.getRow(3).values).toEqual([undefined, "Amount", "A number."]);
  });

  it("documents every answer column in the Columns sheet and makes unsafe sheet names safe", async () => {
    const workbook = await load(await xlsxBuffer("Answers: FY2025/Q1 [draft]", answerColumns, []));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Answers- FY2025-Q1 -draft-", "Columns"]);
    const docs = workbook.getWorksheet("Columns")!;
    expect(docs.rowCount).toBe(answerColumns.length + 1);
    answerColumns.forEach((c, i) => {
      expect(docs.getRow(i + 2).values).toEqual([undefined, c.header, c.description]);
    });
  });

  it("closes the source and rejects when a row fails", async () => {
    let closed = false;
    function* failing() {
      try {
        yield { name: "a", amount: 1 };
        yield { name: "b", amount: 2 };
      } finally {
        closed = true;
      }
    }
    const broken: Column<Sample>[] = [
      ...sampleColumns,
      { key: "x", header: "X", description: "Fails.", value: (r) => { if (r.name === "a") throw new Error("bad row"); return null; } },
    ];
    await expect(xlsxBuffer("Data", broken, failing())).rejects.toThrow("bad row");
    expect(closed).toBe(true);
  });

  it("reads rows only as the client takes the file, and stops reading when the download is cancelled", async () => {
    let read = 0;
    let closed = false;
    // Incompressible cells, so the compressed file grows as fast as the rows.
    const noise = (i: number) => Array.from({ length: 2_000 }, (_, k) => ((i * 7919 + k * 104_729) % 2_147_483_647).toString(36)).join("");
    async function* many() {
      try {
        for (let i = 0; i < 100_000; i++) {
          read++;
          yield { name: noise(i), amount: i };
        }
      } finally {
        closed = true;
      }
    }
    const reader = xlsxStream("Data", sampleColumns, many()).getReader();
    await reader.read();
    // A client that stops reading: the writer waits for it instead of compressing every row into memory.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(read).toBeGreaterThan(200);
    expect(read).toBeLessThan(10_000);
    await reader.cancel();
    await expect.poll(() => closed).toBe(true);
  });
});
