import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultPractices } from "../../lib/model/default-practices";
import { practicesV2 } from "../../lib/model/v2/practices";
import { supplementaryResources } from "./content/supplementary-resources";
import { levelBandOf, linkHelpsAt, practiceKeyOf, toolkitMap, type PracticeLink } from "./toolkit-map";
import { parseToolkit } from "./toolkit-parser";

const resources = parseToolkit(readFileSync(new URL("./content/cx-toolkit.md", import.meta.url), "utf8"));

/** Practice key → discipline key, for each model (version 1's practices are those of the version 1 default model). */
const byKey = (model: Record<string, { key: string }[]>) =>
  new Map(Object.entries(model).flatMap(([discipline, practices]) => practices.map((p) => [p.key, discipline] as const)));
const v1Practices = byKey(defaultPractices);
const v2Practices = byKey(practicesV2);
const disciplineKeys = new Set([...Object.keys(defaultPractices), ...Object.keys(practicesV2)]);
const disciplineOf = (key: string) => v2Practices.get(key) ?? v1Practices.get(key);

/** Every resource the product offers, with the practice links of its heading (toolkit) or its own (supplementary). */
const offered: { label: string; practices: PracticeLink[] }[] = [
  ...resources.map((r) => ({
    label: `${r.topic} / ${r.subheading}: ${r.title}`,
    practices: toolkitMap.find((m) => m.topic === r.topic && m.subheading === r.subheading)?.practices ?? [],
  })),
  ...supplementaryResources.map((r) => ({ label: `supplementary: ${r.title}`, practices: r.practices })),
];

const linkSources = [
  ...toolkitMap.map((m) => ({ label: `${m.topic} / ${m.subheading}`, disciplines: m.disciplines, practices: m.practices })),
  ...supplementaryResources.map((r) => ({ label: `supplementary: ${r.title}`, disciplines: r.disciplines, practices: r.practices })),
];

describe("practice links", () => {
  it("reads a bare key as levels 1–5 and a banded key as its band", () => {
    expect(practiceKeyOf("design-standards")).toBe("design-standards");
    expect(levelBandOf("design-standards")).toEqual({ from: 1, to: 5 });
    const link: PracticeLink = { key: "governance-accountable-executive", levels: [3, 5] };
    expect(practiceKeyOf(link)).toBe("governance-accountable-executive");
    expect(levelBandOf(link)).toEqual({ from: 3, to: 5 });
    expect([1, 2, 3, 4, 5].map((level) => linkHelpsAt(link, level))).toEqual([false, false, true, true, true]);
  });
});

describe("toolkit map", () => {
  it("maps every toolkit resource to at least one discipline", () => {
    for (const r of resources) {
      const mapping = toolkitMap.find((m) => m.topic === r.topic && m.subheading === r.subheading);
      expect(mapping?.disciplines.length ?? 0, `${r.topic} / ${r.subheading}: ${r.title}`).toBeGreaterThan(0);
    }
  });

  it("has no mapping for a heading the toolkit does not have, and maps each heading once", () => {
    const headings = new Set(resources.map((r) => `${r.topic} / ${r.subheading}`));
    const mapped = toolkitMap.map((m) => `${m.topic} / ${m.subheading}`);
    for (const h of mapped) expect(headings).toContain(h);
    expect(new Set(mapped).size).toBe(mapped.length);
  });

  it("sends a program to a CCO position description only from level 3 up", () => {
    const cco = toolkitMap.find((m) => m.subheading === "Hire a Chief Customer Officer (CCO)");
    const links = (cco?.practices ?? []).filter((l) => practiceKeyOf(l) === "governance-accountable-executive");
    expect(links.map((l) => levelBandOf(l).from)).toEqual([3]);
  });

  it("points transaction feedback to Touchpoints and design standards to a Section 508 resource", () => {
    const keysOf = (url: string) => supplementaryResources.find((r) => r.url === url)?.practices.map(practiceKeyOf) ?? [];
    expect(keysOf("https://touchpoints.digital.gov/")).toContain("measurement-transaction-feedback");
    expect(keysOf("https://www.section508.gov/")).toContain("design-standards");
  });
});

describe("supplementary resources", () => {
  it("have a title, an https URL, a publisher, a display grouping and a context", () => {
    for (const r of supplementaryResources) {
      for (const field of [r.title, r.publisher, r.topic, r.subheading, r.context]) expect(field.trim(), r.title).not.toBe("");
      expect(new URL(r.url).protocol, r.title).toBe("https:");
      expect(r.practices.length, r.title).toBeGreaterThan(0);
    }
  });

  it("are listed once and do not repeat a toolkit resource", () => {
    const urls = supplementaryResources.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    const toolkitUrls = new Set(resources.map((r) => r.url));
    for (const url of urls) expect(toolkitUrls.has(url), url).toBe(false);
  });
});

describe("practice links of the toolkit map and the supplementary resources", () => {
  it("name only disciplines and practices of the version 1 or version 2 model", () => {
    for (const s of linkSources) {
      for (const d of s.disciplines) expect(disciplineKeys, s.label).toContain(d);
      for (const link of s.practices) expect(disciplineOf(practiceKeyOf(link)), `${s.label}: ${practiceKeyOf(link)}`).toBeDefined();
    }
  });

  it("list the discipline of every practice they link", () => {
    for (const s of linkSources) {
      for (const link of s.practices) expect(s.disciplines, `${s.label}: ${practiceKeyOf(link)}`).toContain(disciplineOf(practiceKeyOf(link)));
    }
  });

  it("use valid level bands and name each practice once per heading", () => {
    for (const s of linkSources) {
      for (const link of s.practices) {
        const { from, to } = levelBandOf(link);
        const where = `${s.label}: ${practiceKeyOf(link)}`;
        expect(Number.isInteger(from) && Number.isInteger(to), where).toBe(true);
        expect(from, where).toBeGreaterThanOrEqual(1);
        expect(to, where).toBeLessThanOrEqual(5);
        expect(from, where).toBeLessThanOrEqual(to);
      }
      const keys = s.practices.map(practiceKeyOf);
      expect(new Set(keys).size, s.label).toBe(keys.length);
    }
  });

  it.each([
    ["version 1", [...v1Practices.keys()]],
    ["version 2", [...v2Practices.keys()]],
  ])("give every practice of the %s model something to read at every level", (_model, keys) => {
    const gaps: string[] = [];
    for (const key of keys) {
      for (const level of [1, 2, 3, 4, 5]) {
        const helped = offered.some((r) => r.practices.some((link) => practiceKeyOf(link) === key && linkHelpsAt(link, level)));
        if (!helped) gaps.push(`${key} at level ${level}`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
