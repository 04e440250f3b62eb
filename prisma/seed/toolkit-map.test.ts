import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultModel } from "../../lib/model/default-model";
import { toolkitMap } from "./toolkit-map";
import { parseToolkit } from "./toolkit-parser";

const resources = parseToolkit(readFileSync(new URL("./content/cx-toolkit.md", import.meta.url), "utf8"));
const disciplineKeys = new Set(defaultModel.disciplines.map((d) => d.key));
const practiceKeys = new Set(defaultModel.disciplines.flatMap((d) => d.practices.map((p) => p.key)));

describe("toolkit map", () => {
  it("maps every toolkit resource to at least one discipline", () => {
    for (const r of resources) {
      const mapping = toolkitMap.find((m) => m.topic === r.topic && m.subheading === r.subheading);
      expect(mapping?.disciplines.length ?? 0, `${r.topic} / ${r.subheading}: ${r.title}`).toBeGreaterThan(0);
    }
  });

  it("names only disciplines and practices of the default model", () => {
    for (const m of toolkitMap) {
      for (const d of m.disciplines) expect(disciplineKeys, `${m.topic} / ${m.subheading}`).toContain(d);
      for (const p of m.practices) expect(practiceKeys, `${m.topic} / ${m.subheading}`).toContain(p);
    }
  });

  it("has no mapping for a heading the toolkit does not have", () => {
    const headings = new Set(resources.map((r) => `${r.topic} / ${r.subheading}`));
    for (const m of toolkitMap) expect(headings).toContain(`${m.topic} / ${m.subheading}`);
  });

  it("gives every practice something to read", () => {
    const covered = new Set(toolkitMap.flatMap((m) => m.practices));
    expect([...practiceKeys].filter((k) => !covered.has(k))).toEqual([]);
  });
});
