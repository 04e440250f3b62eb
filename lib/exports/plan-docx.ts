import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { actionMissing } from "@/lib/plans/completeness";
import { measurableTarget, timeFrame } from "@/lib/plans/wording";
import type { PlanExportRow } from "./columns";

export type PlanDocument = {
  title: string;
  subtitle: string;
  status: string;
  problems: string[];
  delivered: string;
  planned: string;
  actions: PlanExportRow[];
};

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
/** Each line of a narrative its own paragraph, as it was written. */
const lines = (text: string, empty: string) => (text.trim() ? text.split(/\r?\n/).map(para) : [para(empty)]);

/** The actions as a table whose first row is marked as its header row, so screen readers in Word announce it. */
function actionsTable(actions: PlanExportRow[]) {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const header = ["Action", "Discipline and practices", "Measurable target", "Time frame", "Owner", "Expected level"];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...actions.map(
        (a) =>
          new TableRow({
            children: [
              cell(a.title),
              cell([a.discipline, ...a.practices].join(": ")),
              cell(a.notPlanned ? `Not planned: ${a.notPlannedReason}` : measurableTarget(a) || `Needs ${actionMissing(a).join(", ")}`),
              cell(timeFrame(a)),
              cell(a.ownerName),
              cell(a.expectedLevel === null ? "" : String(a.expectedLevel)),
            ],
          }),
      ),
    ],
  });
}

/** A CX action plan as an editable Word document: real headings, a table with a header row, the A-11 narratives. */
export async function planDocx(plan: PlanDocument): Promise<Buffer> {
  const doc = new Document({
    title: plan.title,
    creator: "CX Maturity Assessment",
    description: plan.subtitle,
    sections: [
      {
        children: [
          new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE }),
          para(plan.subtitle),
          para(plan.status),
          ...(plan.problems.length ? [heading("Not complete yet"), ...plan.problems.map((p) => new Paragraph({ text: p, bullet: { level: 0 } }))] : []),
          heading("Actions"),
          plan.actions.length ? actionsTable(plan.actions) : para("No actions yet."),
          heading("Delivered in the past year"),
          ...lines(plan.delivered, "Nothing recorded."),
          heading("Planned for the next year"),
          ...lines(plan.planned, "Nothing recorded."),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
