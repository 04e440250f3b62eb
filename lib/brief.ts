// The executive brief in plain language: one source for its page, its PDF (the page printed) and its
// DOCX, so the three never say different things. Pure.
import { signedChange } from "./format";
import type { Mover } from "./scoring/movers";

export type BriefPractice = { title: string; discipline: string; median: number; belowTarget: number; programs: number; resource: { title: string; url: string } | null };
export type BriefPlan = { program: string; title: string; dueOn: Date; overdue: boolean };

export type Brief = {
  scope: string;
  asOf: Date;
  view: "latest" | "baseline";
  cycle: string | undefined;
  programs: number;
  withoutAccepted: number;
  /** Programs at each overall level, 1–5, and without an overall level. */
  overall: { counts: number[]; unscored: number };
  practices: BriefPractice[];
  risers: Mover[];
  fallers: Mover[];
  plans: { overdue: number; dueSoon: number; soonest: BriefPlan[] };
};

/** Plans due within this many days count as due soon. */
export const PLANS_DUE_DAYS = 90;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

export function briefTitle(b: Brief): string {
  return `CX maturity executive brief: ${b.scope}`;
}

/** What the brief covers, in one line. */
export function briefSubtitle(b: Brief, date: (d: Date) => string): string {
  const basis = b.view === "baseline" ? "baseline assessments" : "latest accepted assessments";
  return `${plural(b.programs, "program")} by their ${basis}${b.cycle ? ` in ${b.cycle}` : ""}, as of ${date(b.asOf)}.`;
}

export function distributionText(b: Brief, levelNames: readonly string[]): string {
  if (b.programs === 0) return "No program these filters cover has an accepted assessment yet.";
  const [reactive = 0, tactical = 0] = b.overall.counts;
  const upper = b.overall.counts.slice(2).reduce((a, c) => a + c, 0);
  const parts = b.overall.counts.flatMap((n, i) => (n > 0 ? [`${n} at ${levelNames[i]}`] : []));
  const missing = b.withoutAccepted > 0 ? ` ${plural(b.withoutAccepted, "more program has", "more programs have")} no accepted assessment.` : "";
  return `Of ${plural(b.programs, "program")}, ${reactive + tactical} ${reactive + tactical === 1 ? "is" : "are"} at the two lowest levels (${levelNames[0]} or ${levelNames[1]}) and ${upper} at ${levelNames[2]} or above: ${list(parts)}.${missing}`;
}

export function practiceText(p: BriefPractice): string {
  return `${p.title} (${p.discipline}): median level ${p.median}; ${p.belowTarget} of ${plural(p.programs, "program")} below target.`;
}

export function moversText(b: Brief): string {
  if (b.risers.length === 0 && b.fallers.length === 0) return "No program's overall score changed since its baseline.";
  const say = (m: Mover) =>
    `${m.program} (${signedChange(m.change)}, ${m.fromCycle} to ${m.toCycle}${m.fromVersion === m.toVersion ? "" : `, model version ${m.fromVersion} to ${m.toVersion}`})`;
  const rose = b.risers.length > 0 ? `Rose most since their baseline: ${list(b.risers.map(say))}.` : "No program rose since its baseline.";
  const fell = b.fallers.length > 0 ? ` Fell most: ${list(b.fallers.map(say))}.` : " No program fell.";
  return rose + fell;
}

export function plansText(b: Brief): string {
  const { overdue, dueSoon } = b.plans;
  if (overdue === 0 && dueSoon === 0) return `No open action item is overdue or due in the next ${PLANS_DUE_DAYS} days.`;
  return `${plural(overdue, "open action item is", "open action items are")} overdue and ${dueSoon} more ${dueSoon === 1 ? "is" : "are"} due in the next ${PLANS_DUE_DAYS} days.`;
}

export function planText(p: BriefPlan, date: (d: Date) => string): string {
  return `${p.program}: ${p.title}, ${p.overdue ? "was due" : "due"} ${date(p.dueOn)}.`;
}
