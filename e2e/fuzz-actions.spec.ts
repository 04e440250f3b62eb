// Every server action fuzzed over HTTP with property-based input (fast-check): malformed,
// oversized, wrong-typed and cross-scope payloads, sent by a lead of another program. None may write,
// none may answer with a server error, and none may show another program's data.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { actionRows, buildWorld, hiddenPrograms, outcomes, type World } from "./authorization-matrix";
import { e2eDb, TEST_PASSWORD } from "./factories";
import { actionsInBuild, type ActionArgs, type FormFields } from "../testing/next-actions";
import { callServerAction, signInOverHttp } from "./over-http";

/** Runs per action: about 400 requests in all. */
const RUNS_PER_ACTION = 15;

/** Text a form field might carry: ordinary, hostile, huge or shaped like another scope's ids. */
function fieldValue(w: World): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("", " ", "null", "undefined", "NaN", "-1", "1e309", "0x10", "$K1", "$@0", "[]", "{}", "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "note\u0000with a NUL"),
    fc.constantFrom(w.a.id, w.a2.id, w.a.accepted, w.a.submitted, w.a.draft, w.a.actionItem, w.x.id, w.users.leadA.id),
    fc.uuid(),
    fc.integer().map(String),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
    fc.nat({ max: 3 }).map((n) => "x".repeat(20_000 * (n + 1))),
  );
}

/** A form payload: the action's own fields kept, dropped, replaced or joined by unknown ones. */
function formPayload(w: World, template: FormFields): fc.Arbitrary<FormFields> {
  const names = Object.keys(template);
  return fc
    .record({
      keep: fc.subarray(names),
      replace: fc.dictionary(fc.constantFrom(...(names.length ? names : ["x"])), fieldValue(w)),
      extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fieldValue(w), { maxKeys: 3 }),
    })
    .map(({ keep, replace, extra }) => ({ ...Object.fromEntries(keep.map((k) => [k, template[k]!])), ...replace, ...extra }));
}

/** Plain values for actions called with an object: wrong types, missing keys, other scopes' ids. */
function valuePayload(w: World, template: unknown[]): fc.Arbitrary<unknown[]> {
  const first = (template[0] ?? {}) as Record<string, unknown>;
  const keys = Object.keys(first);
  const anyValue = fc.oneof(fc.anything({ maxDepth: 2 }), fieldValue(w));
  return fc.oneof(
    fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
    fc
      .record({ keep: fc.subarray(keys), replace: fc.dictionary(fc.constantFrom(...(keys.length ? keys : ["x"])), anyValue) })
      .map(({ keep, replace }) => [{ ...Object.fromEntries(keep.map((k) => [k, first[k]])), ...replace }]),
  );
}

test("every server action refuses fuzzed and cross-scope input without writing, crashing or leaking", async ({ playwright, baseURL }) => {
  test.setTimeout(420_000);
  const base = baseURL!;
  const w = await buildWorld("Fuzz");
  // Lead B may touch none of program A's objects, which every template below points at.
  const actor = w.users.leadB;
  const hidden = hiddenPrograms(w, "leadB");
  const context = await signInOverHttp(playwright.request, base, actor.email, TEST_PASSWORD);
  // Changes only: the refusals themselves are recorded, as security events. Lead B's own notification
  // settings are theirs to change with any well-formed payload, and name no one else.
  const writesByActor = () =>
    e2eDb().auditEvent.count({
      where: { actorId: actor.id, action: { not: "user.sign-in" }, NOT: [{ action: { startsWith: "security." } }, { action: "notifications.preferences", entityId: actor.id }] },
    });
  const refusalsOf = () => e2eDb().auditEvent.count({ where: { actorId: actor.id, action: "security.access-refused" } });
  const refusedBefore = await refusalsOf();
  const before = await writesByActor();
  const built = new Map((await actionsInBuild()).map((a) => [a.name, a.actionId]));
  const problems: string[] = [];
  // Printed with every problem, so a failing run can be replayed with FUZZ_SEED.
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

  for (const row of actionRows) {
    const actionId = built.get(row.action);
    expect(actionId, `${row.action} is in the build`).toBeDefined();
    // The matrix prepares a valid call on program A's side (for lead A); lead B sends variants of it.
    const template = await row.call(w, "leadA");
    const payloads: fc.Arbitrary<ActionArgs> =
      "form" in template.args
        ? formPayload(w, template.args.form).map((form) => ({ form }))
        : valuePayload(w, template.args.values).map((values) => ({ values }));
    await fc.assert(
      fc.asyncProperty(payloads, async (args) => {
        const response = await callServerAction(context, base, { actionId: actionId!, page: template.page, args });
        const body = await response.text();
        const leaked = hidden.filter((name) => body.includes(name));
        if (response.status() >= 500 || leaked.length) {
          problems.push(`seed ${seed}, ${row.action}: ${response.status()}${leaked.length ? `, shows ${leaked.join(", ")}` : ""} for ${JSON.stringify(args).slice(0, 300)}`);
        }
        return true;
      }),
      { numRuns: RUNS_PER_ACTION, seed },
    );
    // Except for the sign-in's second step, whose token is the credential: whoever holds it, even
    // signed out, does its work (the matrix's "write" for anonymous).
    const tokenIsTheCredential = outcomes(row.expect, /^(write|404|in)$/).anonymous === "write";
    if (!tokenIsTheCredential && (await template.done(""))) problems.push(`${row.action}: lead B's fuzzed calls did the work meant for program A`);
    // Arguments no page's script encodes: malformed, and nested deeper than any form.
    for (const data of ["{not json", "[".repeat(50_000) + "]".repeat(50_000)]) {
      const headers = { "Next-Action": actionId!, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" };
      const response = await context.post(template.page, { headers, data, maxRedirects: 0 });
      if (response.status() !== 400) problems.push(`${row.action}: ${response.status()} for the raw body ${data.slice(0, 12)}…`);
    }
  }

  await context.dispose();
  // Templates of the administrators' cycle actions made cycles no other test should see.
  await e2eDb().cycle.deleteMany({ where: { id: { in: w.createdCycles } } });
  expect(problems).toEqual([]);
  expect(await writesByActor(), "audit events written by the fuzzing lead").toBe(before);
  expect(await refusalsOf(), "lead B's requests for program A's records, as security events").toBeGreaterThan(refusedBefore);
});
