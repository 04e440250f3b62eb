// CSV export as a web ReadableStream, for `new Response(csvStream(...))` in a route handler.
// RFC 4180: CRLF line endings, fields with a comma, quote, CR or LF quoted, quotes doubled.
// UTF-8 with a byte-order mark, without which Excel reads the file as the local ANSI code page
// and shows "AgÃªncia" for "Agência". Every cell goes through neutralizeCell (formula injection).
//
// Written here rather than by a CSV library: the rules are the four above, and csv-stringify
// allocated about 8 KB per record of the raw-answers export, 44 % of all that an 800,000-row
// download allocated (sampled at 20,000 programs; bench/README.md, "Memory").
import type { Column } from "./columns";
import { neutralizeCell } from "./neutralize";
import { webStreamOf } from "./web-stream";

const BOM = "\uFEFF";
const CRLF = "\r\n";
const NEEDS_QUOTES = /[",\r\n]/;
/** CSV gathered before it is handed on: at most about this much waits for the client. */
const CHUNK_CHARS = 16 * 1024;

/** One field: empty for null, quoted (quotes doubled) when it holds a comma, quote or line break. */
function csvField(cell: string | number | null): string {
  if (cell === null) return "";
  const text = String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvRecord = (cells: (string | number | null)[]) => cells.map(csvField).join(",") + CRLF;

export function csvStream<Row>(columns: Column<Row>[], rows: AsyncIterable<Row> | Iterable<Row>): ReadableStream<Uint8Array> {
  // Rows are read as the client reads: a chunk is made only when the previous one was taken, so a
  // slow download holds the database back instead of filling memory, and cancelling it returns the
  // row source (closing what it reads from). An error while reading rows fails the download.
  async function* chunks() {
    let text = BOM + csvRecord(columns.map((column) => column.header));
    for await (const row of rows) {
      text += csvRecord(columns.map((column) => neutralizeCell(column.value(row))));
      if (text.length >= CHUNK_CHARS) {
        yield Buffer.from(text);
        text = "";
      }
    }
    yield Buffer.from(text);
  }
  return webStreamOf(chunks());
}
