import { describe, expect, it } from "vitest";
import { badAuthRequest, isCallbackUrl } from "./auth-request";

describe("requests next-auth would answer with a 500", () => {
  it("knows a callback URL as next-auth does", () => {
    expect(isCallbackUrl("/lead")).toBe(true);
    expect(isCallbackUrl("https://cx.example.gov/lead")).toBe(true);
    expect(isCallbackUrl("not a url")).toBe(false);
    expect(isCallbackUrl("javascript:alert(1)")).toBe(false);
    expect(isCallbackUrl("//evil.example.com")).toBe(false);
  });

  it("refuses a GET of the credentials callback with 405, and a bad callbackUrl with 400, in the query or the form", async () => {
    expect(await badAuthRequest(new Request("http://x/api/auth/callback/credentials"), "callback/credentials")).toMatchObject({ status: 405, headers: { Allow: "POST" } });
    expect(await badAuthRequest(new Request("http://x/api/auth/signin?callbackUrl=not%20a%20url"), "signin")).toMatchObject({ status: 400 });
    const form = new Request("http://x/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "a@b.gov", password: "x", callbackUrl: "not a url" }),
    });
    expect(await badAuthRequest(form, "callback/credentials")).toMatchObject({ status: 400 });
    expect(await form.text()).toContain("callbackUrl");
    expect(await badAuthRequest(new Request("http://x/api/auth/signin?callbackUrl=%2Flead"), "signin")).toBeNull();
  });
});
