// The command lines of `npm run bench:seed` and `npm run bench`: the portfolio size, and whether the
// report is saved to docs/. Pure: arguments in, options out, a message for the user when they are wrong.
import { parseArgs } from "node:util";
import { DEFAULT_PROGRAM_COUNT, programCountProblem } from "./synthetic-portfolio";

export type SeedOptions = { programs: number };
/** programs: null measures every size that has been seeded. */
export type RunOptions = { programs: number | null; save: boolean };

function programCount(raw: string): number {
  const programs = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  const problem = programCountProblem(programs);
  if (problem) throw new Error(`--programs ${JSON.stringify(raw)}: ${problem}.`);
  return programs;
}

// strict: an unknown option or a --programs without a value is refused, not ignored.
const STRICT = { strict: true, allowPositionals: false } as const;

export function seedOptions(args: readonly string[]): SeedOptions {
  const { values } = parseArgs({ args: [...args], options: { programs: { type: "string" } }, ...STRICT });
  return { programs: values.programs === undefined ? DEFAULT_PROGRAM_COUNT : programCount(values.programs) };
}

export function runOptions(args: readonly string[]): RunOptions {
  const { values } = parseArgs({ args: [...args], options: { programs: { type: "string" }, save: { type: "boolean" } }, ...STRICT });
  return { programs: values.programs === undefined ? null : programCount(values.programs), save: values.save === true };
}
