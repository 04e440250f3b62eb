// Fixed-width text tables for the terminal. Pure.

export type Column = { header: string; align?: "left" | "right" };

/** Columns padded to their widest cell, separated by two spaces, with a dashed rule under the header. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`A row has ${row.length} cells for ${columns.length} columns`);
  }
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (columns[i]!.align === "right" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export const fixed = (value: number, digits: number) => value.toFixed(digits);
export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
export const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
