import { describe, expect, it } from "vitest";
import { dueReminder, notificationKinds, reviewed, workAssigned } from "./messages";
import { NotificationKind } from "@/lib/db/generated/enums";
import { workName } from "@/lib/scoring/assigned-work";

const where = { programName: "Passports", cycleName: "FY2027", assessmentId: "a1" };

describe("notification messages", () => {
  it("name the program, the cycle and where to go", () => {
    expect(workAssigned({ ...where, work: workName("Design", null), dueOn: "2027-03-31", assignedBy: "Ana Lead" })).toEqual({
      kind: "WORK_ASSIGNED",
      title: "Design assigned to you: Passports, FY2027",
      body: "Ana Lead assigned you the Design discipline of Passports' FY2027 self-assessment. It is due on 2027-03-31.",
      link: "/assessments/a1",
    });
    expect(workAssigned({ ...where, work: workName("Design", "Prototypes"), dueOn: null, assignedBy: "Ana Lead" })).toMatchObject({
      title: "Prototypes (Design) assigned to you: Passports, FY2027",
      body: "Ana Lead assigned you the practice “Prototypes” of the Design discipline of Passports' FY2027 self-assessment.",
    });
    expect(reviewed({ ...where, decision: "RETURNED", comment: "Add evidence for Design." }).body).toContain("“Add evidence for Design.”");
    expect(reviewed({ ...where, decision: "ACCEPTED", comment: "" }).link).toBe("/assessments/a1/results");
  });

  it("say when work is due in plain words, and call it overdue once the date has passed", () => {
    const at = (daysLeft: number) => dueReminder({ ...where, what: "The Design discipline", dueOn: "2027-03-31", daysLeft });
    expect(at(7).body).toBe("The Design discipline of Passports' FY2027 self-assessment is due in 7 days, on 2027-03-31.");
    expect(at(1).body).toContain("is due tomorrow.");
    expect(at(0).body).toContain("is due today.");
    expect(at(-1)).toMatchObject({ kind: "OVERDUE", title: "Overdue: The Design discipline, Passports, FY2027" });
    expect(at(-1).body).toContain("was due on 2027-03-31.");
  });

  it("list every kind once, so a person can choose the delivery of each", () => {
    expect(notificationKinds.map((k) => k.kind).sort()).toEqual(Object.values(NotificationKind).sort());
  });
});
