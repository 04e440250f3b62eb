import { describe, expect, it } from "vitest";
import { clientAddressOf, trustedProxyHops } from "./client-address";

describe("the client's address", () => {
  it("is the connection's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf({ connection: "198.51.100.7", forwardedFor: "203.0.113.9", trustedHops: 0 })).toBe("198.51.100.7");
    expect(clientAddressOf({ connection: "::ffff:127.0.0.1", forwardedFor: undefined, trustedHops: 0 })).toBe("127.0.0.1");
  });

  it("is what the trusted proxy appended, not what the client prepended", () => {
    // The client sent "X-Forwarded-For: 203.0.113.9" (a victim's address); the proxy appended the real one.
    expect(clientAddressOf({ connection: "10.0.0.2", forwardedFor: "203.0.113.9, 192.0.2.44", trustedHops: 1 })).toBe("192.0.2.44");
    expect(clientAddressOf({ connection: "10.0.0.2", forwardedFor: "192.0.2.44", trustedHops: 1 })).toBe("192.0.2.44");
    // Two proxies: a CDN then a load balancer.
    expect(clientAddressOf({ connection: "10.0.0.3", forwardedFor: ["203.0.113.9, 192.0.2.44", "172.16.0.8"], trustedHops: 2 })).toBe("192.0.2.44");
  });

  it("falls back to the leftmost known address when fewer proxies than trusted passed it on", () => {
    expect(clientAddressOf({ connection: "192.0.2.44", forwardedFor: undefined, trustedHops: 1 })).toBe("192.0.2.44");
    expect(clientAddressOf({ connection: undefined, forwardedFor: "", trustedHops: 0 })).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, anything else as none", () => {
    expect([undefined, "", "1", "2", "-1", "1.5", "x", "99"].map(trustedProxyHops)).toEqual([0, 0, 1, 2, 0, 0, 0, 0]);
  });
});
