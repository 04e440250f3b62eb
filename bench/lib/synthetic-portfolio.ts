// The synthetic federal portfolio the benchmarks run against, as a pure plan: which agencies,
// programs, cycles and assessment histories exist, and what each answer says. No I/O, no clock:
// the same seed always gives the same portfolio, so benchmark runs compare like with like.

import { DEFAULT_EVIDENCE_FROM_LEVEL } from "../../lib/scoring/evidence";

export const BENCH_SEED = 20_261_125;
export const AGENCY_COUNT = 100;
/** The portfolio's size unless `--programs` asks for another; the size the others are compared with. */
export const DEFAULT_PROGRAM_COUNT = 2_000;
/** The CCO's agency is agency #1 (index 0): a fixed size, so per-agency pages cost the same at every size. */
export const FIRST_AGENCY_PROGRAMS = 40;
export const SUBMIT_DRAFTS = 200;
export const AUTOSAVE_DRAFTS = 40;
/** The bench lead owns every LEAD_STRIDE-th program outside agency #1, from the LEAD_OFFSET-th on. */
const LEAD_STRIDE = 8;
const LEAD_OFFSET = 3;
/** The smallest portfolio in which the bench lead finds all the drafts they need (1,956). */
export const MIN_PROGRAM_COUNT = FIRST_AGENCY_PROGRAMS + LEAD_STRIDE * (SUBMIT_DRAFTS + AUTOSAVE_DRAFTS - 1) + LEAD_OFFSET + 1;
/** Ten million answers: about twenty times the disk and seeding time of 2,000 programs over again. */
export const MAX_PROGRAM_COUNT = 50_000;
export const CYCLE_YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;
export const OPEN_CYCLE_INDEX = CYCLE_YEARS.length - 1;
/** Shares of the open cycle's statuses among the programs the bench lead does not own. */
export const OPEN_CYCLE_SHARES = { ACCEPTED: 0.4, SUBMITTED: 0.2, RETURNED: 0.1, DRAFT: 0.3 } as const;

export type Status = keyof typeof OPEN_CYCLE_SHARES;
/** What the bench lead's open-cycle draft is for; "none" for every other program. */
export type LeadRole = "none" | "submit" | "autosave";

export type AgencyPlan = { index: number; name: string; abbreviation: string };
export type ProgramPlan = { index: number; agencyIndex: number; name: string; description: string; lead: LeadRole };
export type CyclePlan = { index: number; name: string; startsOn: string; endsOn: string; status: "OPEN" | "CLOSED" };
/** One step of an assessment's history, in days after its cycle starts. */
export type HistoryStep = { kind: "start" | "submit" | "return" | "accept"; day: number };
export type AssessmentPlan = { programIndex: number; cycleIndex: number; status: Status; history: HistoryStep[] };
export type Portfolio = { agencies: AgencyPlan[]; programs: ProgramPlan[]; cycles: CyclePlan[]; assessments: AssessmentPlan[] };

export type Random = () => number;

/** mulberry32: tiny, fast and good enough to spread synthetic data; not for anything secret. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A generator keyed by (seed, …keys): every answer, program or assessment draws from its own stream,
 * so one value does not depend on how many were drawn before it (or in which order rows are built).
 */
export function randomFor(seed: number, ...keys: number[]): Random {
  let h = seed >>> 0;
  for (const k of keys) {
    h = Math.imul(h ^ (k >>> 0), 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
  }
  return mulberry32(h);
}

const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length) % items.length]!;

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const agencyPrefixes = ["Department of", "Office of", "Administration for", "Bureau of", "Agency for"];
const agencySubjects = [
  "Rural Services", "Coastal Resilience", "Workforce Development", "Public Lands", "Transportation Safety",
  "Veterans Outreach", "Consumer Protection", "Small Business Growth", "Housing Assistance", "Food Security",
  "Energy Efficiency", "Child and Family Services", "Emergency Management", "Trade Facilitation", "Digital Identity",
  "Water Resources", "Aging Services", "Student Financial Aid", "Maritime Affairs", "Wildlife Conservation",
];
const programAudiences = ["Online", "Field Office", "Small Business", "Household", "Tribal", "Veteran", "Student", "Senior", "Employer", "Rural"];
const programServices = [
  "Benefits", "Grants", "Licensing", "Permits", "Loans", "Claims", "Enrollment", "Inspections", "Records Requests", "Appeals",
  "Registration", "Certification", "Payments", "Scheduling", "Contact Center", "Eligibility Screening", "Case Management",
  "Renewals", "Complaints", "Information Services",
];

function agencyPlans(): AgencyPlan[] {
  const seen = new Set<string>();
  return Array.from({ length: AGENCY_COUNT }, (_, index) => {
    // Five prefixes × twenty subjects: exactly one hundred distinct names.
    const name = `${agencyPrefixes[index % agencyPrefixes.length]} ${agencySubjects[Math.floor(index / agencyPrefixes.length)]}`;
    const initials = name.split(/\s+/).filter((w) => !["of", "for", "and"].includes(w)).map((w) => w[0]).join("").toUpperCase();
    const abbreviation = seen.has(initials) ? `${initials}${String(index + 1).padStart(3, "0")}` : initials;
    seen.add(abbreviation);
    return { index, name, abbreviation };
  });
}

/** Why a portfolio of this many programs cannot be planned, or null when it can. */
export function programCountProblem(programs: number): string | null {
  if (Number.isInteger(programs) && programs >= MIN_PROGRAM_COUNT && programs <= MAX_PROGRAM_COUNT) return null;
  const range = `${MIN_PROGRAM_COUNT.toLocaleString("en-US")} to ${MAX_PROGRAM_COUNT.toLocaleString("en-US")}`;
  return `a portfolio has a whole number of programs from ${range} (the bench lead needs ${SUBMIT_DRAFTS + AUTOSAVE_DRAFTS} drafts, one in ${LEAD_STRIDE} programs outside agency #1)`;
}

/** Programs per agency: 40 for agency #1, the rest spread unevenly (like real departments) over the others. */
export function programsPerAgency(seed: number, programs: number): number[] {
  const random = randomFor(seed, 1);
  const weights = Array.from({ length: AGENCY_COUNT - 1 }, () => 0.5 + random());
  const total = weights.reduce((a, b) => a + b, 0);
  const rest = programs - FIRST_AGENCY_PROGRAMS;
  const exact = weights.map((w) => (w / total) * rest);
  const counts = exact.map(Math.floor);
  // Largest remainders get the programs flooring left over, so the sum is exact.
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = rest - counts.reduce((a, b) => a + b, 0);
  for (const [, i] of order.slice(0, missing)) counts[i] = counts[i]! + 1;
  return [FIRST_AGENCY_PROGRAMS, ...counts];
}

/**
 * Offices that tell apart an agency's programs past its first 200 (one per audience and service):
 * the 2nd round of 200 is "… (Northeast Region)", the 3rd "… (Southeast Region)", and so on. Enough
 * for any agency: at MAX_PROGRAM_COUNT none can hold more than about 1,500 programs (weights of 0.5 to
 * 1.5), and these names allow 2,200.
 */
const programOffices = [
  "Northeast Region", "Southeast Region", "Midwest Region", "Southwest Region", "Mountain Region",
  "Pacific Region", "Alaska Office", "Hawaii Office", "Caribbean Office", "Headquarters",
];
const NAMES_PER_ROUND = programAudiences.length * programServices.length;

/** The j-th program of an agency: the first 200 named by audience and service alone, later ones by office too. */
function programName(agencyIndex: number, j: number): { audience: string; service: string; name: string } {
  // A stride coprime with the 200 combinations: every 200 consecutive programs take each once.
  const combo = (agencyIndex * 17 + j * 37) % NAMES_PER_ROUND;
  const audience = programAudiences[combo % programAudiences.length]!;
  const service = programServices[Math.floor(combo / programAudiences.length)]!;
  const round = Math.floor(j / NAMES_PER_ROUND);
  if (round === 0) return { audience, service, name: `${audience} ${service}` };
  const office = programOffices[round - 1];
  if (!office) throw new Error(`Agency #${agencyIndex + 1} has more programs than there are names for (${NAMES_PER_ROUND * (programOffices.length + 1)}).`);
  return { audience, service, name: `${audience} ${service} (${office})` };
}

export function programPlans(seed: number, count: number): ProgramPlan[] {
  const problem = programCountProblem(count);
  if (problem) throw new Error(`${count} programs: ${problem}.`);
  const programs: ProgramPlan[] = [];
  for (const [agencyIndex, inAgency] of programsPerAgency(seed, count).entries()) {
    for (let j = 0; j < inAgency; j++) {
      const { audience, service, name } = programName(agencyIndex, j);
      programs.push({
        index: programs.length,
        agencyIndex,
        name,
        description: `${service} for ${audience.toLowerCase()} customers: applying, tracking and getting help.`,
        lead: "none",
      });
    }
  }
  // The bench lead: every eighth program outside agency #1, so their scope spans many agencies.
  const own = programs.filter((p) => p.index >= FIRST_AGENCY_PROGRAMS && (p.index - FIRST_AGENCY_PROGRAMS) % LEAD_STRIDE === LEAD_OFFSET);
  for (const [k, p] of own.slice(0, SUBMIT_DRAFTS + AUTOSAVE_DRAFTS).entries()) p.lead = k < SUBMIT_DRAFTS ? "submit" : "autosave";
  return programs;
}

function cyclePlans(): CyclePlan[] {
  return CYCLE_YEARS.map((year, index) => ({
    index,
    name: `FY${year}`,
    // The federal fiscal year: October 1 to September 30.
    startsOn: `${year - 1}-10-01`,
    endsOn: `${year}-09-30`,
    status: index === OPEN_CYCLE_INDEX ? "OPEN" : "CLOSED",
  }));
}

/** The open cycle's status per program not owned by the bench lead: exact shares, shuffled. */
function openCycleStatuses(seed: number, programs: readonly ProgramPlan[]): Map<number, Status> {
  const others = shuffled(programs.filter((p) => p.lead === "none").map((p) => p.index), randomFor(seed, 2));
  const statuses = new Map<number, Status>();
  let from = 0;
  for (const [status, share] of Object.entries(OPEN_CYCLE_SHARES) as [Status, number][]) {
    const to = status === "DRAFT" ? others.length : from + Math.round(others.length * share);
    for (const index of others.slice(from, to)) statuses.set(index, status);
    from = to;
  }
  return statuses;
}

/**
 * Start, submissions and reviews, in order. A share of submissions was returned once before the
 * final decision, so review histories have more than one entry. Everything fits in half a year.
 */
export function historyOf(seed: number, programIndex: number, cycleIndex: number, status: Status): HistoryStep[] {
  const random = randomFor(seed, 3, programIndex, cycleIndex);
  let day = 10 + Math.floor(random() * 50);
  const steps: HistoryStep[] = [{ kind: "start", day }];
  const next = (kind: HistoryStep["kind"], min: number, span: number) => {
    day += min + Math.floor(random() * span);
    steps.push({ kind, day });
  };
  if (status === "DRAFT") return steps;
  next("submit", 20, 60);
  const returnedFirst = status === "RETURNED" || random() < 0.12;
  if (returnedFirst) next("return", 5, 10);
  if (status === "RETURNED") return steps;
  if (returnedFirst) next("submit", 5, 15);
  if (status === "ACCEPTED") next("accept", 5, 15);
  return steps;
}

export function planPortfolio(seed = BENCH_SEED, programCount = DEFAULT_PROGRAM_COUNT): Portfolio {
  const programs = programPlans(seed, programCount);
  const cycles = cyclePlans();
  const open = openCycleStatuses(seed, programs);
  const assessments: AssessmentPlan[] = [];
  for (const cycle of cycles) {
    for (const program of programs) {
      const status: Status = cycle.index < OPEN_CYCLE_INDEX ? "ACCEPTED" : program.lead !== "none" ? "DRAFT" : open.get(program.index)!;
      assessments.push({ programIndex: program.index, cycleIndex: cycle.index, status, history: historyOf(seed, program.index, cycle.index, status) });
    }
  }
  return { agencies: agencyPlans(), programs, cycles, assessments };
}

/** A program's standing in a discipline: where it started and how fast it improves per cycle. */
function disciplineCurve(seed: number, programIndex: number, disciplineIndex: number) {
  const random = randomFor(seed, 4, programIndex, disciplineIndex);
  return { base: 1.2 + random() * 2, slope: 0.04 + random() * 0.14 };
}

/** The level a program stands at in a discipline in a cycle, before per-practice noise (1–5). */
export function expectedLevel(seed: number, programIndex: number, disciplineIndex: number, cycleIndex: number): number {
  const { base, slope } = disciplineCurve(seed, programIndex, disciplineIndex);
  return Math.min(5, Math.max(1, base + slope * cycleIndex));
}

export type AnswerPlan = { level: 1 | 2 | 3 | 4 | 5 | null; evidenceNote: string; evidenceLink: string | null; audited: boolean };

const evidenceNotes = [
  "", "", "",
  "See the program's CX action plan.",
  "Customer survey results, last two quarters.",
  "Journey map from the latest research round.",
  "Reviewed at the quarterly governance board.",
  "Service dashboard reviewed monthly by leadership.",
  "Usability testing report attached.",
  "Frontline staff feedback summary.",
  "Training completion records for customer-facing staff.",
];

/** One answer: its level (null = not applicable), evidence, and whether its save is in the audit sample. */
export function answerFor(seed: number, programIndex: number, cycleIndex: number, disciplineIndex: number, practiceIndex: number): AnswerPlan {
  const random = randomFor(seed, 5, programIndex, cycleIndex, disciplineIndex * 64 + practiceIndex);
  const notApplicable = random() < 0.03;
  // Practices scatter about a level around the discipline's standing, so disciplines differ inside.
  const raw = expectedLevel(seed, programIndex, disciplineIndex, cycleIndex) + (random() + random() - 1) * 1.2;
  const level = Math.min(5, Math.max(1, Math.round(raw))) as 1 | 2 | 3 | 4 | 5;
  const hasLink = random() < 0.15;
  const note = pick(evidenceNotes, random());
  return {
    level: notApplicable ? null : level,
    // A practice that does not apply says why, and one at a high level what shows it, as the model
    // in use asks before submitting.
    evidenceNote: notApplicable
      ? "Not applicable: another office delivers this part of the service."
      : note === "" && !hasLink && level >= DEFAULT_EVIDENCE_FROM_LEVEL
        ? "Customer survey results, last two quarters."
        : note,
    evidenceLink: hasLink ? `https://www.example.gov/evidence/p${programIndex}/fy${CYCLE_YEARS[cycleIndex]}/${disciplineIndex}-${practiceIndex}` : null,
    audited: random() < 0.25,
  };
}

export type TargetPlan = { disciplineIndex: number; targetLevel: number; dueOn: string };
export type ActionItemPlan = {
  disciplineIndex: number;
  /** Index into the discipline's practices, or null for an item about the discipline as a whole. */
  practiceIndex: number | null;
  title: string;
  ownerName: string;
  dueOn: string;
  status: "PLANNED" | "IN_PROGRESS" | "DONE";
  /** How many of the discipline's toolkit resources to link (0–2). */
  resources: number;
};

/** Targets for some disciplines of about seven programs in ten: a level or two above today's. */
export function targetsFor(seed: number, programIndex: number, disciplineCount: number): TargetPlan[] {
  const random = randomFor(seed, 6, programIndex);
  if (random() < 0.3) return [];
  const count = 1 + Math.floor(random() * 4);
  const disciplines = shuffled(Array.from({ length: disciplineCount }, (_, i) => i), random).slice(0, count);
  return disciplines.map((disciplineIndex) => ({
    disciplineIndex,
    targetLevel: Math.min(5, Math.round(expectedLevel(seed, programIndex, disciplineIndex, OPEN_CYCLE_INDEX)) + 1 + Math.floor(random() * 2)),
    dueOn: pick(["2026-09-30", "2027-09-30", "2028-09-30"], random()),
  }));
}

const actionTitles = [
  "Run a customer survey after each transaction",
  "Map the end-to-end journey for the top task",
  "Usability-test the online application",
  "Publish service standards on the website",
  "Stand up a monthly CX review with leadership",
  "Train frontline staff on plain language",
  "Close the loop on customer complaints within 10 days",
  "Interview customers who abandoned the application",
];
const owners = ["Alex Rivera", "Jordan Lee", "Sam Patel", "Taylor Brooks", "Morgan Chen", "Casey Nguyen", "Riley Johnson", "Jamie Garcia"];

/** Zero to five action items per program, in every status. */
export function actionItemsFor(seed: number, programIndex: number, practiceCounts: readonly number[]): ActionItemPlan[] {
  const random = randomFor(seed, 7, programIndex);
  return Array.from({ length: Math.floor(random() * 6) }, () => {
    const s = random();
    const disciplineIndex = Math.floor(random() * practiceCounts.length);
    return {
      disciplineIndex,
      practiceIndex: random() < 0.6 ? Math.floor(random() * practiceCounts[disciplineIndex]!) : null,
      title: pick(actionTitles, random()),
      ownerName: pick(owners, random()),
      dueOn: pick(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31", "2027-03-31"], random()),
      status: s < 0.5 ? "PLANNED" : s < 0.8 ? "IN_PROGRESS" : "DONE",
      resources: random() < 0.5 ? 1 + Math.floor(random() * 2) : 0,
    };
  });
}
