import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actionItemColumns, answerColumns, auditColumns, planActionColumns, portfolioColumns, type ActionItemExportRow, type AnswerRow, type Column, type PortfolioRow } from "./columns";
import { csvStream } from "./csv";
import { neutralizeCell } from "./neutralize";
import { sampleColumns, type Sample } from "./sample-columns";

const BOM = "\uFEFF";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return bytes;
}

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

/** A strict RFC 4180 reader: CRLF between records, quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
      if (i < text.length && text[i] !== "," && !text.startsWith("\r\n", i)) throw new Error(`unexpected character after quoted field at ${i}`);
    } else if (text[i] === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (text[i] === "\n" || text[i] === "\r" || text[i] === '"') {
      throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
    } else field += text[i++];
  }
  if (field !== "" || record.length) throw new Error("last record not terminated by CRLF");
  return records;
}

describe("neutralizeCell (spreadsheet formula injection)", () => {
  it.each([
    ["=HYPERLINK(\"https://x.example\",\"a\")", "'=HYPERLINK(\"https://x.example\",\"a\")"],
    ["+1", "'+1"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["Agência", "Agência"],
    ["a=b", "a=b"],
    [" =1", " =1"],
    ["", ""],
    ["'already quoted", "'already quoted"],
  ])("%j → %j", (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it("passes numbers (negative ones too) and null through, maps undefined to null", () => {
    expect(neutralizeCell(-3.5)).toBe(-3.5);
    expect(neutralizeCell(0)).toBe(0);
    expect(neutralizeCell(null)).toBeNull();
    expect(neutralizeCell(undefined)).toBeNull();
  });

  it("writes Dates as ISO 8601 UTC", () => {
    expect(neutralizeCell(new Date(Date.UTC(2025, 2, 1, 14, 5)))).toBe("2025-03-01T14:05:00.000Z");
  });
});

describe("column sets", () => {
  it.each([
    ["portfolio", portfolioColumns],
    ["answers", answerColumns],
    ["plan actions", planActionColumns],
  ] as const)("%s columns have unique keys and headers and a description each", (_name, columns) => {
    const cols = columns as readonly Column<never>[];
    expect(new Set(cols.map((c) => c.key)).size).toBe(cols.length);
    expect(new Set(cols.map((c) => c.header)).size).toBe(cols.length);
    for (const c of cols) expect(c.description.length).toBeGreaterThan(10);
  });

  it("are documented in docs/exports.md, header | meaning, in order", () => {
    const doc = readFileSync(new URL("../../docs/exports.md", import.meta.url), "utf8");
    const table = (columns: readonly Column<never>[]) =>
      ["| Column | Meaning |", "| --- | --- |", ...columns.map((c) => `| ${c.header} | ${c.description} |`)].join("\n");
    expect(doc).toContain(table(portfolioColumns as readonly Column<never>[]));
    expect(doc).toContain(table(answerColumns as readonly Column<never>[]));
    expect(doc).toContain(table(actionItemColumns as readonly Column<never>[]));
    expect(doc).toContain(table(auditColumns as readonly Column<never>[]));
    expect(doc).toContain(table(planActionColumns as readonly Column<never>[]));
  });

  it("writes action item statuses in the documented words, not the stored codes", () => {
    const status = actionItemColumns.find((c) => c.key === "status")!;
    const row = (s: ActionItemExportRow["status"]): ActionItemExportRow => ({
      agency: "GSA",
      program: "Login",
      discipline: "Design",
      practiceKey: null,
      title: "Map",
      ownerName: "Ana",
      dueOn: null,
      status: s,
      completedAt: null,
      resources: [],
      notes: "",
    });
    expect((["PLANNED", "IN_PROGRESS", "DONE"] as const).map((s) => status.value(row(s)))).toEqual(["Planned", "In progress", "Done"]);
    expect(status.description).toBe("Planned, In progress or Done.");
  });

  it("formats answers: yes/no, links joined by a space, ISO dates", () => {
    const row: AnswerRow = {
      agency: "GSA",
      program: "Login",
      cycle: "FY2025",
      status: "ACCEPTED",
      modelVersion: 2,
      discipline: "Measurement",
      practiceKey: "measurement-transaction-feedback",
      practice: "Feedback at the point of transaction",
      level: null,
      levelName: null,
      notApplicable: true,
      evidenceNote: "",
      evidenceLinks: ["https://a.example/1", "https://b.example/2"],
      answeredBy: "Ana Souza",
      answeredAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
      selfReported: 4,
      validationReason: "No survey runs yet.",
      record: "answer",
      respondent: "",
      confidence: null,
    };
    const byHeader = Object.fromEntries(answerColumns.map((c) => [c.header, c.value(row)]));
    expect(byHeader["Self-reported level"]).toBe(4);
    expect(byHeader["Validation reason"]).toBe("No survey runs yet.");
    expect(answerColumns.find((c) => c.key === "selfReported")!.value({ ...row, selfReported: null })).toBe("not applicable");
    const rating = Object.fromEntries(answerColumns.map((c) => [c.header, c.value({ ...row, record: "rating", respondent: "Respondent 2", confidence: "HIGH" })]));
    expect([rating["Record"], rating["Respondent"], rating["Confidence"]]).toEqual(["rating", "Respondent 2", "high"]);
    expect(byHeader["Not applicable"]).toBe("yes");
    expect(byHeader["Evidence links"]).toBe("https://a.example/1 https://b.example/2");
    expect(byHeader["Answered at (UTC)"]).toBe("2025-01-02T03:04:05.000Z");
    expect(byHeader["Level (1–5)"]).toBeNull();
    expect(byHeader["Model version"]).toBe(2);
  });
});

describe("csvStream", () => {
  it("writes a UTF-8 BOM, CRLF records, RFC 4180 quoting and neutralized cells", async () => {
    const rows: Sample[] = [
      { name: 'Say "hi"', amount: 1.5 },
      { name: "a, b", amount: -2 },
      { name: "line 1\nline 2", amount: null },
      { name: '=HYPERLINK("https://evil.example","x")', amount: 0 },
      { name: "-1+2", amount: 3 },
      { name: "@SUM(A1)", amount: 4 },
      { name: "Agência", amount: 5 },
      { name: "cr\ronly", amount: 6 },
    ];
    const bytes = await readAll(csvStream(sampleColumns, rows));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe(
      BOM +
        "Name,Amount\r\n" +
        '"Say ""hi""",1.5\r\n' +
        '"a, b",-2\r\n' +
        '"line 1\nline 2",\r\n' +
        `"'=HYPERLINK(""https://evil.example"",""x"")",0\r\n` +
        "'-1+2,3\r\n" +
        "'@SUM(A1),4\r\n" +
        "Agência,5\r\n" +
        '"cr\ronly",6\r\n',
    );
  });

  it("writes only the header for no rows", async () => {
    expect(decode(await readAll(csvStream(sampleColumns, [])))).toBe(`${BOM}Name,Amount\r\n`);
  });

  it("round-trips the portfolio columns through an RFC 4180 reader", async () => {
    const row: PortfolioRow = {
      agency: "Agência, \"Federal\"",
      program: "=cmd|' /C calc'!A0",
      cycle: "FY2025",
      modelVersion: 2,
      view: "baseline",
      status: "ACCEPTED",
      disciplineKey: "measurement",
      discipline: "Measurement",
      score: 3.4,
      level: 3,
      levelName: "Strategic",
      overallScore: 2.9,
      overallLevel: 2,
      a11Areas: "Governance; Organization & Culture",
      acceptedAt: new Date(Date.UTC(2025, 5, 30, 12)),
    };
    const notScored: PortfolioRow = { ...row, view: "latest", status: "SUBMITTED", score: null, level: null, levelName: null, acceptedAt: null };
    const text = decode(await readAll(csvStream(portfolioColumns, (async function* () { yield row; yield notScored; })())));
    const [header, first, second, ...rest] = parseCsv(text.slice(1));
    expect(rest).toEqual([]);
    expect(header).toEqual(portfolioColumns.map((c) => c.header));
    expect(first).toEqual([
      'Agência, "Federal"',
      "'=cmd|' /C calc'!A0",
      "FY2025",
      "2",
      "baseline",
      "ACCEPTED",
      "measurement",
      "Measurement",
      "3.4",
      "3",
      "Strategic",
      "2.9",
      "2",
      "Governance; Organization & Culture",
      "2025-06-30T12:00:00.000Z",
    ]);
    expect(second?.slice(8, 11)).toEqual(["", "", ""]);
    expect(second?.[14]).toBe("");
  });

  it("pulls rows lazily, as the consumer reads, and stops the source when cancelled", async () => {
    let generated = 0;
    let closed = false;
    async function* rows() {
      try {
        for (let i = 0; i < 10_000; i++) {
          generated++;
          yield { name: `Program ${i} of a reasonably long agency name`, amount: i };
        }
      } finally {
        closed = true;
      }
    }
    const reader = csvStream(sampleColumns, rows()).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // Give any eager producer time to run ahead.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(generated).toBeGreaterThan(0);
    expect(generated).toBeLessThan(1_000);
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(true);
    expect(generated).toBeLessThan(1_000);
  });

  it("fails the stream (instead of ending it as if complete) when reading rows fails", async () => {
    async function* rows() {
      yield { name: "a", amount: 1 };
      throw new Error("database went away");
    }
    await expect(readAll(csvStream(sampleColumns, rows()))).rejects.toThrow("database went away");
  });
});
