import { describe, expect, it } from "vitest";
import { encodeActionArgs, findActionResult, parseSaveAnswerResponse } from "./parse-action-result";

const answer = { practiceId: "p", choice: "3", evidenceNote: "", evidenceLinks: [], version: 7, answeredBy: "Lee", updatedAt: "2026-01-01T00:00:00.000Z" };

describe("parseSaveAnswerResponse", () => {
  it("reads the saved version from the result row", () => {
    const body = `0:{"a":"$@1","f":"","b":"build-1"}\n1:${JSON.stringify({ ok: true, answer })}\n`;
    expect(parseSaveAnswerResponse(body)).toEqual({ kind: "saved", version: 7, choice: "3" });
  });

  it("finds a result inlined in row 0", () => {
    const body = `0:${JSON.stringify({ a: { ok: true, answer: { ...answer, version: 2, choice: "NA" } }, f: "" })}`;
    expect(parseSaveAnswerResponse(body)).toEqual({ kind: "saved", version: 2, choice: "NA" });
  });

  it("tells a conflict and a failure apart", () => {
    expect(parseSaveAnswerResponse(`1:${JSON.stringify({ ok: false, conflict: { ...answer, version: 9 } })}`)).toEqual({ kind: "conflict", theirVersion: 9 });
    expect(parseSaveAnswerResponse(`1:{"ok":false,"message":"This assessment is submitted."}`)).toEqual({ kind: "failed", message: "This assessment is submitted." });
  });

  it("skips rows that are not JSON objects (hints, text, imports)", () => {
    const body = `:HL["/x.css","style"]\n2:I[123,[],"default"]\n3:T5,a\nb{}\n1:{"ok":true,"answer":${JSON.stringify(answer)}}`;
    expect(parseSaveAnswerResponse(body)).toMatchObject({ kind: "saved", version: 7 });
  });

  it("fails loudly on a response without a result, e.g. an error page", () => {
    expect(() => parseSaveAnswerResponse("<!DOCTYPE html><html>Internal Server Error</html>")).toThrow(/No action result in the response: "<!DOCTYPE html>/);
    expect(() => parseSaveAnswerResponse(`1:{"ok":true}`)).toThrow(/Unexpected action result/);
  });
});

describe("findActionResult", () => {
  it("returns null when no row has a boolean ok", () => {
    expect(findActionResult(`0:{"a":"$@1"}\n1:{"ok":"yes"}`)).toBeNull();
  });
});

describe("encodeActionArgs", () => {
  it("sends plain arguments as a JSON array, escaping strings that start with $", () => {
    expect(encodeActionArgs([{ choice: "3", evidenceNote: "$5 per form", expectedVersion: 2 }])).toBe('[{"choice":"3","evidenceNote":"$$5 per form","expectedVersion":2}]');
  });
});
