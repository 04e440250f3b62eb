import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  actionForm,
  actionFormData,
  actionId,
  actionRequest,
  actionResult,
  actionsInBuild,
  encodeActionArgs,
  routePattern,
  saveAnswerOutcome,
} from "./next-actions";

const answer = { practiceId: "p", choice: "3", evidenceNote: "", evidenceLinks: [], version: 7, answeredBy: "Lee", updatedAt: "2026-01-01T00:00:00.000Z" };

describe("actionsInBuild and actionId", () => {
  // As Next.js 16 writes .next/server/server-reference-manifest.json (only the fields read here).
  const manifest = {
    node: {
      "40ab12": { filename: "lib/actions/answers.ts", exportedName: "saveAnswerAction", workers: { "app/(signed-in)/assessments/[assessmentId]/disciplines/[key]/page": {} } },
      "60cd34": { filename: "lib/actions/admin.ts", exportedName: "createCycleAction", workers: { "app/(signed-in)/admin/cycles/page": {}, "app/(signed-in)/admin/page": {} } },
    },
  };
  const written = async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "next-actions-")), "manifest.json");
    await writeFile(file, JSON.stringify(manifest));
    return file;
  };

  it("lists each action by file#export with the URL patterns of the pages that run it", async () => {
    expect(await actionsInBuild(await written())).toEqual([
      { actionId: "60cd34", file: "lib/actions/admin.ts", exportedName: "createCycleAction", name: "lib/actions/admin.ts#createCycleAction", pages: ["/admin/cycles", "/admin"] },
      {
        actionId: "40ab12",
        file: "lib/actions/answers.ts",
        exportedName: "saveAnswerAction",
        name: "lib/actions/answers.ts#saveAnswerAction",
        pages: ["/assessments/[assessmentId]/disciplines/[key]"],
      },
    ]);
  });

  it("finds one action's id, and fails loudly on none", async () => {
    const file = await written();
    expect(await actionId("lib/actions/answers.ts", "saveAnswerAction", file)).toBe("40ab12");
    await expect(actionId("lib/actions/answers.ts", "nothing", file)).rejects.toThrow(/Expected one server action nothing from lib\/actions\/answers.ts .* found 0/);
  });
});

describe("routePattern", () => {
  it("drops app/'s route groups and parallel-route slots, whatever the path separator", () => {
    const files = ["page.tsx", "(signed-in)/portfolio/page.tsx", "(signed-in)/assessments/[assessmentId]/results/page.tsx", "(signed-in)/@modal/x/page.tsx", "api\\health\\route.ts"];
    expect(files.map(routePattern)).toEqual(["/", "/portfolio", "/assessments/[assessmentId]/results", "/x", "/api/health"]);
  });
});

describe("actionRequest", () => {
  it("sends plain arguments as a JSON array, escaping strings that start with $", () => {
    expect(encodeActionArgs([{ choice: "3", evidenceNote: "$5 per form", expectedVersion: 2 }])).toBe('[{"choice":"3","evidenceNote":"$$5 per form","expectedVersion":2}]');
    expect(actionRequest("40ab12", { values: [1] }, "http://localhost:3300")).toEqual({
      headers: { "Next-Action": "40ab12", Accept: "text/x-component", Origin: "http://localhost:3300", "Content-Type": "text/plain;charset=UTF-8" },
      body: "[1]",
    });
  });

  it("sends a form as multipart: its fields, then the arguments referring to them", () => {
    const { headers, body } = actionRequest("60cd34", { form: { name: "FY2030", tag: ["a", "b"] } }, "http://localhost:3100");
    expect(headers["Content-Type"]).toBeUndefined();
    expect([...(body as FormData).entries()]).toEqual([
      ["_1_name", "FY2030"],
      ["_1_tag", "a"],
      ["_1_tag", "b"],
      ["0", '[{},"$K1"]'],
    ]);
  });
});

describe("actionForm", () => {
  // As React 19 renders a useActionState form whose action is a server action, inside other markup.
  const page = `
<form role="search" action="/search"><input type="text" name="q"/></form>
<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;40ab12&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/><input type="hidden" name="$ACTION_1:1" value="[{}]"/><input type="hidden" name="$ACTION_KEY" value="k2a9f"/>
<input type="hidden" name="assessmentId" value="0b7c"/><input type="hidden" name="submitKey" value="5d1e"/>
<button type="submit" class="usa-button">Submit for council review</button></form>`;

  it("finds the server action form by its field and splits React's inputs from the form's", () => {
    expect(actionForm(page, "assessmentId")).toEqual({
      method: "POST",
      enctype: "multipart/form-data",
      actionFields: [
        { name: "$ACTION_REF_1", value: "" },
        { name: "$ACTION_1:0", value: '{"id":"40ab12","bound":"$@1"}' },
        { name: "$ACTION_1:1", value: "[{}]" },
        { name: "$ACTION_KEY", value: "k2a9f" },
      ],
      fields: [
        { name: "assessmentId", value: "0b7c" },
        { name: "submitKey", value: "5d1e" },
      ],
    });
  });

  it("fails loudly when no form carries the field and a server action", () => {
    expect(() => actionForm(page, "nothing")).toThrow(/No server action form with a "nothing" field in the page \(looked at 2 forms\)/);
    expect(() => actionForm(`<form><input type="hidden" name="assessmentId" value="x"></form>`, "assessmentId")).toThrow(/No server action form/);
  });

  it("posts React's fields first, then the form's values", () => {
    const data = actionFormData([{ name: "$ACTION_KEY", value: "k" }], { assessmentId: "a", submitKey: "s" });
    expect([...data.entries()]).toEqual([
      ["$ACTION_KEY", "k"],
      ["assessmentId", "a"],
      ["submitKey", "s"],
    ]);
  });
});

describe("saveAnswerOutcome", () => {
  it("reads the saved version from the result row", () => {
    const body = `0:{"a":"$@1","f":"","b":"build-1"}\n1:${JSON.stringify({ ok: true, answer })}\n`;
    expect(saveAnswerOutcome(body)).toEqual({ kind: "saved", version: 7, choice: "3" });
  });

  it("finds a result inlined in row 0", () => {
    const body = `0:${JSON.stringify({ a: { ok: true, answer: { ...answer, version: 2, choice: "NA" } }, f: "" })}`;
    expect(saveAnswerOutcome(body)).toEqual({ kind: "saved", version: 2, choice: "NA" });
  });

  it("tells a conflict and a failure apart", () => {
    expect(saveAnswerOutcome(`1:${JSON.stringify({ ok: false, conflict: { ...answer, version: 9 } })}`)).toEqual({ kind: "conflict", theirVersion: 9 });
    expect(saveAnswerOutcome(`1:{"ok":false,"message":"This assessment is submitted."}`)).toEqual({ kind: "failed", message: "This assessment is submitted." });
  });

  it("skips rows that are not JSON objects (hints, text, imports)", () => {
    const body = `:HL["/x.css","style"]\n2:I[123,[],"default"]\n3:T5,a\nb{}\n1:{"ok":true,"answer":${JSON.stringify(answer)}}`;
    expect(saveAnswerOutcome(body)).toMatchObject({ kind: "saved", version: 7 });
  });

  it("fails loudly on a response without a result, e.g. an error page", () => {
    expect(() => saveAnswerOutcome("<!DOCTYPE html><html>Internal Server Error</html>")).toThrow(/No action result in the response: "<!DOCTYPE html>/);
    expect(() => saveAnswerOutcome(`1:{"ok":true}`)).toThrow(/Unexpected action result/);
  });
});

describe("actionResult", () => {
  it("returns null when no row has a boolean ok", () => {
    expect(actionResult(`0:{"a":"$@1"}\n1:{"ok":"yes"}`)).toBeNull();
  });
});
