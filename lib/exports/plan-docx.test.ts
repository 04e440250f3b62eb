import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { PlanExportRow } from "./columns";
import { planDocx } from "./plan-docx";

const action: PlanExportRow = {
  agency: "Department of Examples",
  program: "Passports",
  fiscalYear: 2027,
  planVersion: 1,
  planStatus: "SIGNED_OFF",
  title: "Survey the top tasks",
  discipline: "Measurement",
  practices: ["Surveys after transactions"],
  measure: "Survey coverage of top tasks",
  baselineValue: 20,
  targetValue: 80,
  unit: "%",
  startOn: "2026-10-01",
  dueOn: "2027-09-30",
  ownerName: "Ana Lead",
  expectedLevel: 3,
  notPlanned: false,
  notPlannedReason: "",
};

describe("planDocx", () => {
  it("writes a Word document with the plan's title, headings, an actions table with a header row, and its narratives", async () => {
    const zip = await JSZip.loadAsync(
      await planDocx({
        title: "Passports: FY2027 action plan, version 1",
        subtitle: "Department of Examples",
        status: "Signed off by Carla CCO on Dec 1, 2026.",
        problems: [],
        delivered: "Launched the survey.\nTrained the staff.",
        planned: "",
        actions: [action],
      }),
    );
    const body = await zip.file("word/document.xml")!.async("string");
    const text = body.replace(/<[^>]+>/g, "");
    expect(text).toContain("Passports: FY2027 action plan, version 1");
    expect(text).toContain("Survey coverage of top tasks: 20 % → 80 %");
    expect(text).toContain("2026-10-01 to 2027-09-30");
    expect(text).toContain("Measurement: Surveys after transactions");
    expect(text).toContain("Trained the staff.");
    expect(body).toContain('w:val="Heading1"');
    expect(body).toContain("<w:tblHeader");
    expect(await zip.file("docProps/core.xml")!.async("string")).toContain("<dc:title>Passports: FY2027 action plan, version 1</dc:title>");
  });
});
