// Server actions over real HTTP, for the e2e suite and the benchmark alike: which actions the
// production build has (Next.js's server-reference manifest), the request React's client sends to
// call one, the `$ACTION_…` fields of a form posted without JavaScript, and the action's result read
// back from the React Server Components (RSC) response. Everything Next.js-internal that the tests
// rely on is here, in one place: a Next.js upgrade that changes it breaks this file's tests first.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "node-html-parser";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
export const referenceManifestPath = path.join(projectRoot, ".next/server/server-reference-manifest.json");

// ---------------------------------------------------------------------------------------------
// The build's actions

type ReferenceManifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

/** One action of the build: `name` is `file#export`, `pages` the URL patterns of the pages that can run it. */
export type BuiltAction = { actionId: string; file: string; exportedName: string; name: string; pages: string[] };

/** A page or route handler file under app/ as its URL pattern: `(signed-in)/programs/[programId]/page.tsx` → `/programs/[programId]`. */
export function routePattern(fileUnderApp: string): string {
  const segments = fileUnderApp
    .split(/[\\/]/)
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** Every server action of the production build in .next, sorted by name. */
export async function actionsInBuild(manifestFile = referenceManifestPath): Promise<BuiltAction[]> {
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as ReferenceManifest;
  return Object.entries(manifest.node)
    .map(([actionId, a]) => ({
      actionId,
      file: a.filename,
      exportedName: a.exportedName,
      name: `${a.filename}#${a.exportedName}`,
      // Workers are named by their page entry, e.g. "app/(signed-in)/assessments/[assessmentId]/check/page".
      pages: Object.keys(a.workers).map((w) => routePattern(`${w.replace(/^app\//, "")}.tsx`)),
    }))
    .sort((x, y) => x.name.localeCompare(y.name));
}

/** The id of the action exported as `exportedName` from `file` (relative to the project, e.g. "lib/actions/answers.ts"). */
export async function actionId(file: string, exportedName: string, manifestFile = referenceManifestPath): Promise<string> {
  const found = (await actionsInBuild(manifestFile)).filter((a) => a.file === file && a.exportedName === exportedName);
  if (found.length !== 1) throw new Error(`Expected one server action ${exportedName} from ${file} in ${path.relative(projectRoot, manifestFile)}, found ${found.length}`);
  return found[0]!.actionId;
}

// ---------------------------------------------------------------------------------------------
// Calling an action as the client router does

/** A FormData argument, as a form hands it to its action; several values for a name repeat it. */
export type FormFields = Record<string, string | string[] | { name: string; mimeType: string; buffer: Buffer }>;

/** What a client passes to a server action: `(previousState, formData)` from a form, or plain values. */
export type ActionArgs = { form: FormFields; previousState?: Record<string, never> } | { values: unknown[] };

/**
 * Plain arguments as React's `encodeReply` sends them: a JSON array, with strings that start with "$"
 * escaped as "$$" (the `$` prefix marks references).
 */
export function encodeActionArgs(args: readonly unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

/**
 * The request body React's `encodeReply` (react-server-dom-*, `processReply`) makes of the arguments.
 * Plain values: their JSON, sent as text. A FormData argument: a multipart body in which the
 * argument's entries are fields named `_<id>_<name>` and the argument itself is the reference
 * `"$K<id in hex>"`; the arguments' JSON goes last, in field `0` (the server resolves the root as
 * soon as field `0` arrives, so every referenced field must come before it).
 */
export function encodeReply(args: ActionArgs): string | FormData {
  if ("values" in args) return encodeActionArgs(args.values);
  const body = new FormData();
  for (const [name, value] of Object.entries(args.form)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one === "string") body.append(`_1_${name}`, one);
      else body.append(`_1_${name}`, new File([new Uint8Array(one.buffer)], one.name, { type: one.mimeType }));
    }
  }
  // Written out, not through encodeActionArgs: "$K1" is a reference, not a string to escape.
  body.append("0", `[${JSON.stringify(args.previousState ?? {})},"$K1"]`);
  return body;
}

/**
 * Headers and body of a call to action `actionId`, POSTed to the page that shows it, from `origin`
 * (Next.js refuses an action whose Origin is not the Host). A multipart body's Content-Type, with
 * its boundary, is left to the HTTP client.
 */
export function actionRequest(actionId: string, args: ActionArgs, origin: string): { headers: Record<string, string>; body: string | FormData } {
  const body = encodeReply(args);
  const headers: Record<string, string> = { "Next-Action": actionId, Accept: "text/x-component", Origin: origin };
  if (typeof body === "string") headers["Content-Type"] = "text/plain;charset=UTF-8";
  return { headers, body };
}

/** Anything that sends a request to a base URL with its cookies, e.g. testing/http-session.ts. */
export type Fetcher = { baseUrl: string; fetch(pathname: string, init?: RequestInit): Promise<Response> };

/** Calls the action on `page` as the client router does; the response is returned as it came. */
export function postAction(session: Fetcher, page: string, actionId: string, args: ActionArgs): Promise<Response> {
  const { headers, body } = actionRequest(actionId, args, session.baseUrl);
  return session.fetch(page, { method: "POST", headers, body });
}

// ---------------------------------------------------------------------------------------------
// A form posted without JavaScript

export type FormField = { name: string; value: string };
export type ActionForm = { method: string; enctype: string; actionFields: FormField[]; fields: FormField[] };

/**
 * The first form of the page that has a field named `fieldName` and React's hidden `$ACTION_…`
 * inputs (the action reference, its bound arguments and, for useActionState, `$ACTION_KEY`), which
 * Next.js decodes from the multipart POST of a browser without JavaScript. actionFields are the
 * `$ACTION_…` inputs, fields the form's other named hidden inputs.
 */
export function actionForm(html: string, fieldName: string): ActionForm {
  const forms = parse(html).querySelectorAll("form");
  for (const form of forms) {
    const inputs = form.querySelectorAll("input");
    const hidden = inputs
      .filter((i) => (i.getAttribute("type") ?? "").toLowerCase() === "hidden" && i.getAttribute("name"))
      .map((i) => ({ name: i.getAttribute("name")!, value: i.getAttribute("value") ?? "" }));
    const actionFields = hidden.filter((f) => f.name.startsWith("$ACTION"));
    if (!actionFields.length || !inputs.some((i) => i.getAttribute("name") === fieldName)) continue;
    return {
      method: (form.getAttribute("method") ?? "GET").toUpperCase(),
      enctype: form.getAttribute("enctype") ?? "application/x-www-form-urlencoded",
      actionFields,
      fields: hidden.filter((f) => !f.name.startsWith("$ACTION")),
    };
  }
  throw new Error(`No server action form with a "${fieldName}" field in the page (looked at ${forms.length} forms)`);
}

/** The multipart body such a form posts: React's `$ACTION_…` fields, then the form's own values. */
export function actionFormData(actionFields: readonly FormField[], values: Record<string, string>): FormData {
  const data = new FormData();
  for (const field of actionFields) data.append(field.name, field.value);
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

// ---------------------------------------------------------------------------------------------
// Reading an action's result
//
// The RSC response of an action call, e.g.
//   0:{"a":"$@1","f":"","b":"<build id>"}
//   1:{"ok":true,"answer":{"practiceId":"…","choice":"3",…,"version":7,…}}
// Rows are `<hex id>:<payload>`; this app's actions answer an object with a boolean "ok".

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
export function actionResult(body: string): Record<string, Json> | null {
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

/** What one saveAnswerAction (the questionnaire's autosave) answered. */
export type SaveOutcome =
  | { kind: "saved"; version: number; choice: string }
  | { kind: "conflict"; theirVersion: number }
  | { kind: "failed"; message: string };

const excerpt = (body: string) => JSON.stringify(body.length > 400 ? `${body.slice(0, 400)}…` : body);

const object = (v: Json | undefined) => (v !== null && typeof v === "object" && !Array.isArray(v) ? v : null);

/** The outcome of a saveAnswerAction call; throws when the response holds no recognisable result. */
export function saveAnswerOutcome(body: string): SaveOutcome {
  const result = actionResult(body);
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
