// Fixed-width text tables for the terminal. Pure.

/** A column: its header, how to show a row's cell, and whether it is right-aligned (numbers). */
export type Column<Row> = { header: string; cell: (row: Row) => string; align?: "left" | "right" };

/** Columns padded to their widest cell, separated by two spaces, with a dashed rule under the header. */
export function formatTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => (columns[i]!.align === "right" ? value.padStart(widths[i]!) : value.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

export const fixed = (value: number, digits: number) => value.toFixed(digits);
export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
export const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
