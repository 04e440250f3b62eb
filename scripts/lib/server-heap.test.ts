import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, serverHeapFlags } from "./server-heap";

describe("serverHeapFlags", () => {
  it("caps the heap by default", () => {
    expect(serverHeapFlags()).toEqual([`--max-old-space-size=${SERVER_HEAP_MB}`]);
    expect(serverHeapFlags("--enable-source-maps")).toEqual([`--max-old-space-size=${SERVER_HEAP_MB}`]);
  });

  it("leaves the cap to NODE_OPTIONS when it sets one, in either spelling", () => {
    expect(serverHeapFlags("--max-old-space-size=2048")).toEqual([]);
    expect(serverHeapFlags("--inspect --max-old-space-size 1024")).toEqual([]);
  });
});

describe("the container image", () => {
  it("caps the heap of server.js as npm start does", async () => {
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(new URL("../../Dockerfile", import.meta.url), "utf8")).toContain(`NODE_OPTIONS=--max-old-space-size=${SERVER_HEAP_MB}`);
  });
});
