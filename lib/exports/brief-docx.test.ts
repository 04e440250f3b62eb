import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Brief } from "@/lib/brief";
import { briefDocx } from "./brief-docx";

const levels = ["Reactive", "Tactical", "Strategic", "Foundational", "Customer-centric"];
const brief: Brief = {
  scope: "Department of Examples",
  asOf: new Date("2026-11-30T12:00:00Z"),
  view: "latest",
  cycle: "FY2026",
  programs: 6,
  withoutAccepted: 0,
  overall: { counts: [1, 2, 3, 0, 0], unscored: 0 },
  practices: [{ title: "Journey maps", discipline: "Customer Understanding", median: 1.5, belowTarget: 4, programs: 6, resource: { title: "Journey mapping guide", url: "https://example.gov/journeys" } }],
  risers: [],
  fallers: [],
  plans: { overdue: 1, dueSoon: 0, soonest: [{ program: "Loans", title: "Map the journey", dueOn: new Date("2026-10-01"), overdue: true }] },
};

describe("briefDocx", () => {
  it("writes a Word document with the brief's title, headings, sentences and links", async () => {
    const zip = await JSZip.loadAsync(await briefDocx(brief, levels));
    const body = await zip.file("word/document.xml")!.async("string");
    const text = body.replace(/<[^>]+>/g, "");
    expect(text).toContain("CX maturity executive brief: Department of Examples");
    expect(text).toContain("Of 6 programs, 3 are at the two lowest levels");
    expect(text).toContain("Journey maps (Customer Understanding): median level 1.5; 4 of 6 programs below target.");
    expect(text).toContain("Loans: Map the journey, was due Oct 1, 2026.");
    expect(body).toContain('w:val="Heading1"');
    expect(body).toContain("<w:tblHeader");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toContain('Target="https://example.gov/journeys"');
    expect(await zip.file("docProps/core.xml")!.async("string")).toContain("<dc:title>CX maturity executive brief: Department of Examples</dc:title>");
  });
});
