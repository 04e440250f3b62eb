// Reads a server action's result out of its React Server Components (RSC) response, e.g.
//   0:{"a":"$@1","f":"","b":"<build id>"}
//   1:{"ok":true,"answer":{"practiceId":"…","choice":"3",…,"version":7,…}}
// Rows are `<hex id>:<payload>`; the result is the (first) JSON object with a boolean "ok". Pure.

export type SaveOutcome =
  | { kind: "saved"; version: number; choice: string }
  | { kind: "conflict"; theirVersion: number }
  | { kind: "failed"; message: string };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function findResult(value: Json): Record<string, Json> | null {
  if (value === null || typeof value !== "object") return null;
  if (!Array.isArray(value) && typeof value.ok === "boolean") return value;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    const found = findResult(child);
    if (found) return found;
  }
  return null;
}

/** The first object with a boolean "ok" in any JSON row of an RSC payload, or null. */
export function findActionResult(body: string): Record<string, Json> | null {
  for (const line of body.split("\n")) {
    const row = /^[0-9a-f]+:(.*)$/.exec(line);
    if (!row || !/^[[{]/.test(row[1]!)) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(row[1]!) as Json;
    } catch {
      continue;
    }
    const found = findResult(parsed);
    if (found) return found;
  }
  return null;
}

const excerpt = (body: string) => JSON.stringify(body.length > 400 ? `${body.slice(0, 400)}…` : body);

const object = (v: Json | undefined) => (v !== null && typeof v === "object" && !Array.isArray(v) ? v : null);

/** What one saveAnswerAction call answered; throws when the response holds no recognisable result. */
export function parseSaveAnswerResponse(body: string): SaveOutcome {
  const result = findActionResult(body);
  if (!result) throw new Error(`No action result in the response: ${excerpt(body)}`);
  const answer = object(result.answer);
  if (result.ok === true && answer && typeof answer.version === "number" && typeof answer.choice === "string") {
    return { kind: "saved", version: answer.version, choice: answer.choice };
  }
  const conflict = object(result.conflict);
  if (result.ok === false && conflict && typeof conflict.version === "number") return { kind: "conflict", theirVersion: conflict.version };
  if (result.ok === false) return { kind: "failed", message: typeof result.message === "string" ? result.message : JSON.stringify(result) };
  throw new Error(`Unexpected action result: ${JSON.stringify(result)}`);
}

/**
 * A server action's arguments as the browser sends them (React's encodeReply) when they are plain
 * JSON: a JSON array, with strings that start with "$" escaped as "$$" (the `$` prefix marks references).
 */
export function encodeActionArgs(args: readonly unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}
