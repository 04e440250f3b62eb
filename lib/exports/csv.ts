// CSV export as a web ReadableStream, for `new Response(csvStream(...))` in a route handler.
// RFC 4180: CRLF line endings, fields with a comma, quote, CR or LF quoted, quotes doubled.
// UTF-8 with a byte-order mark, without which Excel reads the file as the local ANSI code page
// and shows "AgÃªncia" for "Agência". Every cell goes through neutralizeCell (formula injection).
import { Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import type { Column } from "./columns";
import { neutralizeCell } from "./neutralize";
import { webStreamOf } from "./web-stream";

export function csvStream<Row>(columns: Column<Row>[], rows: AsyncIterable<Row> | Iterable<Row>): ReadableStream<Uint8Array> {
  // Rows are turned into cell arrays lazily, one at a time, as the stringifier asks for them.
  async function* records() {
    for await (const row of rows) yield columns.map((column) => neutralizeCell(column.value(row)));
  }

  // Small object buffers so the database is read roughly as fast as the client downloads.
  const source = Readable.from(records(), { objectMode: true, highWaterMark: 1 });
  const stringifier = stringify({
    bom: true,
    header: true,
    // Records are arrays in column order; `columns` only supplies the header row.
    columns: columns.map((column) => ({ key: column.key, header: column.header })),
    record_delimiter: "windows",
    // csv-stringify stops quoting fields that hold a lone "\n" or "\r" once record_delimiter is
    // set; such a field would split the record when read back, so ask for it explicitly.
    quote_record_delimiter: true,
    writableHighWaterMark: 1,
    // At most ~16 KiB of CSV waits for the client; fixed because Node 22 raised the default to 64 KiB.
    readableHighWaterMark: 16 * 1024,
  });
  // pipeline, not pipe: an error while reading rows must fail the download (not end it early as
  // if complete), and a cancelled download must stop the source (closing its database cursor).
  pipeline(source, stringifier, () => {
    // Errors reach the consumer through the stringifier being destroyed with them.
  });

  return webStreamOf(stringifier);
}
