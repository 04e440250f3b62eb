// Dates as people in any federal time zone read them unambiguously: with the zone named.
const timestamp = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatTimestamp(value: string | Date): string {
  return `on ${timestamp.format(new Date(value))} UTC`;
}

export function formatDate(value: string | Date): string {
  return date.format(new Date(value));
}

/** "+1.2", "−0.4" or "0": the sign is written out, never left to colour. */
export function signedChange(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : "0";
}
