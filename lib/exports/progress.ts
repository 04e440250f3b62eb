// A download's progress as the page that follows it reports it. Pure: figures in, words out.

/** The header that tells how many data rows a streamed export will hold (it has no length). */
export const EXPORT_ROWS_HEADER = "X-Export-Rows";

export type DownloadProgress = {
  /** Data rows received so far, when they can be counted (CSV); null for a compressed file (XLSX). */
  rows: number | null;
  bytes: number;
  /** The data rows the server said the file holds, when it said so. */
  total: number | null;
};

const count = (n: number) => n.toLocaleString("en-US");

/** "8 kB" below a megabyte, "3.4 MB" from there. */
export function sizeText(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1_000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The share of rows received, 0–100, when both figures are known. */
export function percentOf(p: DownloadProgress): number | null {
  if (p.rows === null || !p.total) return null;
  return Math.min(100, Math.floor((p.rows / p.total) * 100));
}

/** "12,345 of 800,000 rows (1 %), 3.4 MB", or for a file whose rows cannot be counted as it arrives, "3.4 MB received of a file of 800,000 rows". */
export function progressText(p: DownloadProgress): string {
  const percent = percentOf(p);
  if (p.rows !== null) {
    return p.total !== null
      ? `${count(p.rows)} of ${count(p.total)} rows (${percent ?? 0} %), ${sizeText(p.bytes)}`
      : `${count(p.rows)} rows, ${sizeText(p.bytes)}`;
  }
  return p.total !== null ? `${sizeText(p.bytes)} received of a file of ${count(p.total)} rows` : `${sizeText(p.bytes)} received`;
}
