import { describe, expect, it } from "vitest";
import { readProgramImport } from "./program-import";

describe("readProgramImport", () => {
  it("reads rows with their spreadsheet row numbers and lead emails", () => {
    const { rows, problems } = readProgramImport("Agency,Program,Lead emails\nVA,Claims,a@va.gov; B@VA.gov\n\nSSA,Retirement,\n");
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 2, agency: "VA", program: "Claims", leadEmails: ["a@va.gov", "b@va.gov"] },
      { row: 4, agency: "SSA", program: "Retirement", leadEmails: [] },
    ]);
  });

  it("names the line and field of each problem", () => {
    const { problems } = readProgramImport("agency,program,lead emails\nVA,,x@va.gov\nSSA,Retirement,not-an-email\n");
    expect(problems).toEqual([
      { row: 2, field: "program", message: "Enter the program's name" },
      { row: 3, field: "lead emails", message: "Each lead email must be an address like name@agency.gov" },
    ]);
  });

  it("requires the header", () => {
    expect(readProgramImport("VA,Claims\n").problems[0]).toMatchObject({ row: 1, field: "header" });
  });
});
