import { describe, expect, it } from "vitest";
import { MAX_ACTION_JSON_DEPTH, refuseActionBody, refuseActionRequest } from "./action-request";

const action = (extra: Record<string, string>) => new Headers({ "next-action": "abc", host: "cx.example.gov", ...extra });

describe("server-action posts refused before Next.js", () => {
  it("leave every other request alone", () => {
    expect(refuseActionRequest(new Headers({ origin: "https://evil.example.com", host: "cx.example.gov" }))).toBeNull();
  });

  it("refuse another site's origin with 403, and take this site's (or none)", () => {
    expect(refuseActionRequest(action({ origin: "https://evil.example.com" }))?.status).toBe(403);
    expect(refuseActionRequest(action({ origin: "not a url" }))?.status).toBe(403);
    expect(refuseActionRequest(action({ origin: "https://cx.example.gov" }))).toBeNull();
    expect(refuseActionRequest(action({ origin: "https://proxy.example.gov", "x-forwarded-host": "proxy.example.gov" }))).toBeNull();
    expect(refuseActionRequest(action({}))).toBeNull();
  });

  it("refuse a form posted to a page from another site without a script (no Next-Action header) with 403", () => {
    const form = new Headers({ host: "cx.example.gov", origin: "https://evil.example.com", "content-type": "multipart/form-data; boundary=x" });
    expect(refuseActionRequest(form, { method: "POST", pathname: "/account/sessions" })?.status).toBe(403);
    expect(refuseActionRequest(form, { method: "POST", pathname: "/api/auth/callback/oidc" })).toBeNull();
    expect(refuseActionRequest(form, { method: "GET", pathname: "/account/sessions" })).toBeNull();
    expect(refuseActionRequest(new Headers({ host: "cx.example.gov", origin: "https://cx.example.gov" }), { method: "POST", pathname: "/account/sessions" })).toBeNull();
  });

  it("refuse a body over 5 MB with 413", () => {
    expect(refuseActionRequest(action({ "content-length": String(6 * 1024 * 1024) }))?.status).toBe(413);
    expect(refuseActionRequest(action({ "content-length": String(4 * 1024 * 1024) }))).toBeNull();
  });
});

describe("server-action arguments refused before Next.js decodes them", () => {
  const json = "text/plain;charset=UTF-8";
  const refuse = (contentType: string, body: string) => refuseActionBody(contentType, async () => body);
  it("take what React's encoding sends, and leave form posts to Next.js without reading them", async () => {
    expect(await refuse(json, JSON.stringify([{ assessmentId: "a", note: "[[[ not nesting ]]] \\\" {" }]))).toBeNull();
    expect(await refuse(json, JSON.stringify(["$K1"]))).toBeNull();
    expect(await refuseActionBody("multipart/form-data; boundary=x", () => Promise.reject(new Error("read")))).toBeNull();
  });

  it("refuse malformed JSON with 400", async () => {
    for (const body of ["{not json", "", "[1,", '{"a":}']) expect((await refuse(json, body))?.status, body).toBe(400);
  });

  it("refuse JSON nested deeper than any form with 400, however long", async () => {
    const nested = (n: number) => "[".repeat(n) + "]".repeat(n);
    expect(await refuse(json, nested(MAX_ACTION_JSON_DEPTH))).toBeNull();
    expect((await refuse(json, nested(MAX_ACTION_JSON_DEPTH + 1)))?.status).toBe(400);
    expect(await refuse(json, nested(1_000_000))).toMatchObject({ status: 400, message: expect.stringContaining("nests deeper") });
  });
});
