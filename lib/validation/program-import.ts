// Bulk program import from CSV: columns agency, program, lead emails (separated by ";" or spaces).
// This is the shape check; the data-access layer checks agencies, names and accounts.
import { z } from "zod";
import { CSV_TOO_LARGE, MAX_CSV_LENGTH } from "./limits";
import { text } from "./text";
import { parseCsv } from "@/lib/exports/parse-csv";

export const MAX_IMPORT_ROWS = 2000;

export type ImportRow = { row: number; agency: string; program: string; leadEmails: string[] };
export type ImportProblem = { row: number; field: string; message: string };

const rowSchema = z.object({
  agency: text().trim().min(1, "Enter the agency's name or abbreviation").max(200, "The agency must be 200 characters or fewer"),
  program: text().trim().min(2, "Enter the program's name").max(200, "The program's name must be 200 characters or fewer"),
  leadEmails: z.array(z.email({ error: "Each lead email must be an address like name@agency.gov" }).transform((e) => e.toLowerCase())).max(20, "Give at most 20 lead emails"),
});

const header = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, " ");

export function readProgramImport(text: string): { rows: ImportRow[]; problems: ImportProblem[] } {
  const records = parseCsv(text);
  const [head, ...body] = records;
  const columns = (head ?? []).map(header);
  const at = { agency: columns.indexOf("agency"), program: columns.indexOf("program"), leads: columns.indexOf("lead emails") };
  if (at.agency < 0 || at.program < 0) {
    return { rows: [], problems: [{ row: 1, field: "header", message: 'The first line must name the columns: agency, program, lead emails (optional)' }] };
  }
  if (body.length > MAX_IMPORT_ROWS) return { rows: [], problems: [{ row: 1, field: "file", message: `Import at most ${MAX_IMPORT_ROWS} programs at a time` }] };
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  body.forEach((record, i) => {
    const row = i + 2; // the header is row 1, as in a spreadsheet
    if (record.every((cell) => cell.trim() === "")) return;
    const parsed = rowSchema.safeParse({
      agency: record[at.agency] ?? "",
      program: record[at.program] ?? "",
      leadEmails: (at.leads >= 0 ? (record[at.leads] ?? "") : "").split(/[;\s]+/).filter(Boolean),
    });
    if (parsed.success) rows.push({ row, ...parsed.data });
    else for (const issue of parsed.error.issues) problems.push({ row, field: issue.path[0] === "leadEmails" ? "lead emails" : String(issue.path[0]), message: issue.message });
  });
  return { rows, problems };
}

/** Characters of a programs CSV; a file is checked in bytes against the same number before it is sent. */

export const programImportFormSchema = z.object({
  csv: text().max(MAX_CSV_LENGTH, CSV_TOO_LARGE).refine((t) => t.trim().length > 0, "Paste the CSV or choose a file"),
  confirm: z.preprocess((v) => v === "yes", z.boolean()),
});
