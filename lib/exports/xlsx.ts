// XLSX export: one data sheet (bold, frozen header row) and a "Columns" sheet that documents every
// column, so the documentation travels with the file. Written with exceljs's streaming writer and
// sent as it is compressed: memory holds the rows in flight, not the file nor a model of its cells.
// Cells go through neutralizeCell like the CSV: exceljs would store "=…" as text anyway, but users
// re-save these files as CSV, where the formula would come back to life.
import { once } from "node:events";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Column } from "./columns";
import { neutralizeCell } from "./neutralize";
import { webStreamOf } from "./web-stream";

/** Rows read before the data sheet's column widths are fixed (they must precede the first row). */
const WIDTH_SAMPLE_ROWS = 200;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DOCS_SHEET = "Columns";
/** Compressed bytes that may wait for the client before rows stop being read. */
const WAITING_BYTES = 256 * 1024;
const ROWS_BETWEEN_CHECKS = 50;

type Cell = string | number | null;

export function xlsxStream<Row>(sheetName: string, columns: Column<Row>[], rows: AsyncIterable<Row> | Iterable<Row>): ReadableStream<Uint8Array> {
  const output = new PassThrough({ highWaterMark: WAITING_BYTES });
  // A failure (a row, the database) destroys the output, so the download fails rather than ending as if complete.
  writeWorkbook(output, sheetName, columns, rows).catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return webStreamOf(output);
}

async function writeWorkbook<Row>(output: PassThrough, sheetName: string, columns: Column<Row>[], rows: AsyncIterable<Row> | Iterable<Row>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  const toCells = (row: Row): Cell[] => columns.map((column) => neutralizeCell(column.value(row)));

  const iterator = toAsyncIterator(rows);
  try {
    // Width of each column: its longest header or value among the first rows, within bounds.
    const sample: Cell[][] = [];
    while (sample.length < WIDTH_SAMPLE_ROWS) {
      const next = await iterator.next();
      if (next.done) break;
      sample.push(toCells(next.value));
    }
    sheet.columns = columns.map((column, i) => ({
      width: widthFor([column.header, ...sample.map((cells) => cells[i] ?? null)]),
    }));

    writeHeader(sheet, columns.map((column) => column.header));
    for (const cells of sample) sheet.addRow(cells).commit();
    sample.length = 0;
    let written = 0;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      sheet.addRow(toCells(next.value)).commit();
      if (++written % ROWS_BETWEEN_CHECKS === 0) await clientCaughtUp(output);
    }
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  sheet.commit();

  const docs = workbook.addWorksheet(DOCS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  docs.columns = [{ width: widthFor(columns.map((column) => column.header).concat("Column")) }, { width: 100 }];
  writeHeader(docs, ["Column", "Meaning"]);
  for (const column of columns) {
    const row = docs.addRow([neutralizeCell(column.header), neutralizeCell(column.description)]);
    row.alignment = { vertical: "top", wrapText: true };
    row.commit();
  }
  docs.commit();
  await workbook.commit();
}

/**
 * exceljs hands rows to the compressor without waiting for it or the client, so a slow download
 * would otherwise gather the whole file in memory. Yields to the event loop (the compressor's
 * output arrives there), then waits while the client has not taken what waits for it.
 */
async function clientCaughtUp(output: PassThrough) {
  await new Promise((resolve) => setImmediate(resolve));
  if (output.writableNeedDrain) await Promise.race([once(output, "drain"), once(output, "close")]);
  if (output.destroyed) throw new Error("The download was cancelled.");
}

function writeHeader(sheet: ExcelJS.Worksheet, headers: string[]) {
  const row = sheet.addRow(headers.map((header) => neutralizeCell(header)));
  // Name and size too: exceljs would otherwise write a font with only <b/> in it.
  row.font = { name: "Calibri", size: 11, bold: true };
  row.commit();
}

function widthFor(values: Cell[]): number {
  let longest = 0;
  for (const value of values) {
    if (value === null) continue;
    for (const line of String(value).split(/\r?\n/)) longest = Math.max(longest, line.length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/**
 * Excel rejects (as a "corrupt" file) sheet names over 31 characters, with any of : \ / ? * [ ],
 * starting or ending with an apostrophe, or named "History"; exceljs's streaming writer does not
 * check. The "Columns" sheet name is taken by the documentation sheet.
 */
function safeSheetName(name: string): string {
  let safe = name
    .replace(/[:\\/?*[\]]/g, "-")
    .slice(0, 31)
    .replace(/^['\s]+|['\s]+$/g, "");
  if (safe === "" || safe.toLowerCase() === "history") safe = "Data";
  if (safe.toLowerCase() === DOCS_SHEET.toLowerCase()) safe = "Data";
  return safe;
}

function toAsyncIterator<T>(rows: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}
