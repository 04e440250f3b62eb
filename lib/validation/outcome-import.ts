// Quarterly customer-survey results from CSV, in the layout of GSA Touchpoints' CX data collections:
// service provider (the program), service, fiscal year and quarter, the three volumes, and for each
// A-11 question the count of answers at each point of its 1–5 scale (q1_1 … q7_5). This is the
// shape check, naming the row and column of every bad value; the data-access layer checks programs.
import { z } from "zod";
import { parseCsv } from "@/lib/exports/parse-csv";
import { DRIVERS, SCALE } from "@/lib/outcomes/drivers";
import { CSV_TOO_LARGE, MAX_CSV_LENGTH } from "./limits";
import { text } from "./text";

export const MAX_OUTCOME_ROWS = 5000;

const VOLUMES = ["volume_of_customers", "volume_of_customers_provided_survey_opportunity", "volume_of_respondents"] as const;
const COUNTS = DRIVERS.flatMap((d) => Array.from({ length: SCALE }, (_, i) => `q${d.question}_${i + 1}`));
/** The columns, in the order a file is expected to have them (any order is read). */
export const OUTCOME_COLUMNS = ["service_provider", "service", "fiscal_year", "quarter", ...VOLUMES, ...COUNTS] as const;

export type OutcomeRow = {
  row: number;
  serviceProvider: string;
  service: string;
  fiscalYear: number;
  quarter: number;
  customers: number;
  surveysOffered: number;
  responses: number;
  answerCounts: number[];
};
export type OutcomeProblem = { row: number; column: string; message: string };

const whole = (what: string) => z.string().trim().regex(/^\d{1,9}$/, `Enter ${what} as a whole number, like 120`).transform(Number);
const cellSchemas: Record<string, z.ZodType<string | number>> = {
  service_provider: text().trim().min(1, "Enter the program (service provider)").max(200, "Keep the program's name to 200 characters or fewer"),
  service: text().trim().min(1, "Enter the service").max(200, "Keep the service's name to 200 characters or fewer"),
  fiscal_year: z.string().trim().regex(/^20\d\d$/, "Enter the fiscal year as four digits, like 2026").transform(Number),
  quarter: z.string().trim().regex(/^[1-4]$/, "Enter the quarter as 1, 2, 3 or 4").transform(Number),
  ...Object.fromEntries([...VOLUMES, ...COUNTS].map((c) => [c, whole(c.startsWith("q") ? "the number of answers" : "the volume")])),
};

export function readOutcomeImport(csv: string): { rows: OutcomeRow[]; problems: OutcomeProblem[] } {
  const [head, ...body] = parseCsv(csv);
  const columns = (head ?? []).map((c) => c.trim().toLowerCase());
  const missing = OUTCOME_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    return { rows: [], problems: [{ row: 1, column: missing[0]!, message: `The first line must name every column; missing: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ` and ${missing.length - 5} more` : ""}` }] };
  }
  if (body.length > MAX_OUTCOME_ROWS) return { rows: [], problems: [{ row: 1, column: "file", message: `Import at most ${MAX_OUTCOME_ROWS} rows at a time` }] };
  const rows: OutcomeRow[] = [];
  const problems: OutcomeProblem[] = [];
  const seen = new Set<string>();
  body.forEach((record, i) => {
    const row = i + 2; // the header is row 1, as in a spreadsheet
    if (record.every((cell) => cell.trim() === "")) return;
    const values = new Map<string, string | number>();
    for (const column of OUTCOME_COLUMNS) {
      const parsed = cellSchemas[column]!.safeParse(record[columns.indexOf(column)] ?? "");
      if (parsed.success) values.set(column, parsed.data);
      else problems.push({ row, column, message: parsed.error.issues[0]!.message });
    }
    if (values.size < OUTCOME_COLUMNS.length) return;
    const n = (c: string) => values.get(c) as number;
    const answerCounts = COUNTS.map(n);
    const r: OutcomeRow = {
      row,
      serviceProvider: values.get("service_provider") as string,
      service: values.get("service") as string,
      fiscalYear: n("fiscal_year"),
      quarter: n("quarter"),
      customers: n("volume_of_customers"),
      surveysOffered: n("volume_of_customers_provided_survey_opportunity"),
      responses: n("volume_of_respondents"),
      answerCounts,
    };
    if (r.surveysOffered > r.customers) problems.push({ row, column: VOLUMES[1], message: "More surveys offered than customers: check the two volumes" });
    if (r.responses > r.surveysOffered) problems.push({ row, column: VOLUMES[2], message: "More respondents than surveys offered: check the two volumes" });
    for (const d of DRIVERS) {
      const answered = answerCounts.slice((d.question - 1) * SCALE, d.question * SCALE).reduce((a, b) => a + b, 0);
      if (answered > r.responses) problems.push({ row, column: `q${d.question}_1`, message: `Question ${d.question} (${d.label.toLowerCase()}) has ${answered} answers, more than the ${r.responses} respondents` });
    }
    const key = [r.serviceProvider.toLowerCase(), r.service.toLowerCase(), r.fiscalYear, r.quarter].join("|");
    if (seen.has(key)) problems.push({ row, column: "service", message: `An earlier row has ${r.service} for FY${r.fiscalYear} Q${r.quarter} already` });
    seen.add(key);
    rows.push(r);
  });
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}

export const outcomeImportFormSchema = z.object({
  agencyId: z.uuid({ error: "Choose the agency whose results these are" }),
  csv: text().max(MAX_CSV_LENGTH, CSV_TOO_LARGE).refine((t) => t.trim().length > 0, "Paste the CSV or choose a file"),
  confirm: z.preprocess((v) => v === "yes", z.boolean()),
});
export type OutcomeImportInput = z.infer<typeof outcomeImportFormSchema>;
