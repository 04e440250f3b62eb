import { describe, expect, it } from "vitest";
import { refuseActionRequest } from "./action-request";

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

  it("refuse a body over 5 MB with 413", () => {
    expect(refuseActionRequest(action({ "content-length": String(6 * 1024 * 1024) }))?.status).toBe(413);
    expect(refuseActionRequest(action({ "content-length": String(4 * 1024 * 1024) }))).toBeNull();
  });
});
