import { describe, expect, it } from "vitest";
import { unavailablePage, unavailableResponse } from "./unavailable-response";
import { UNAVAILABLE_MESSAGE } from "./wording";

describe("the 503 answered during an outage", () => {
  it("is a page for a browser, never cached, with the request's nonce on its styles", async () => {
    const response = unavailableResponse(new Request("http://localhost/lead"), "/lead", "bm9uY2U=", "policy");
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("content-security-policy")).toBe("policy");
    const html = await response.text();
    expect(html).toContain('<style nonce="bm9uY2U=">');
    expect(html).toContain("<h1>Service unavailable</h1>");
    expect(html).toContain('href="/lead"');
  });

  it("is the plain message for a server action, which Next.js's client raises as the error to show", async () => {
    const request = new Request("http://localhost/lead", { method: "POST", headers: { "Next-Action": "abc" } });
    const response = unavailableResponse(request, "/lead", "n", "policy");
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toBe(UNAVAILABLE_MESSAGE);
  });

  it("escapes the address it links back to", () => {
    expect(unavailablePage("n", '/search?q="><script>')).toContain('href="/search?q=&quot;&gt;&lt;script&gt;"');
  });
});
