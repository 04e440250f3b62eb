import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { briefSubtitle, briefTitle, distributionText, moversText, plansText, planText, practiceText, type Brief } from "@/lib/brief";
import { formatDate } from "@/lib/format";

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bullet = (children: (TextRun | ExternalHyperlink)[]) => new Paragraph({ children, bullet: { level: 0 } });

/** A table whose first row is marked as its header row, so screen readers in Word announce it. */
function levelTable(b: Brief, levelNames: readonly string[]) {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const rows = [
    new TableRow({ tableHeader: true, children: [cell("Overall level", true), cell("Programs", true)] }),
    ...levelNames.map((name, i) => new TableRow({ children: [cell(`${i + 1} · ${name}`), cell(String(b.overall.counts[i] ?? 0))] })),
    ...(b.overall.unscored > 0 ? [new TableRow({ children: [cell("Not scored"), cell(String(b.overall.unscored))] })] : []),
  ];
  return new Table({ rows, width: { size: 60, type: WidthType.PERCENTAGE } });
}

/** The executive brief as an editable Word document: the same sentences as its page, with real headings, lists and links. */
export async function briefDocx(b: Brief, levelNames: readonly string[]): Promise<Buffer> {
  const doc = new Document({
    title: briefTitle(b),
    creator: "CX Maturity Assessment",
    description: briefSubtitle(b, formatDate),
    sections: [
      {
        children: [
          new Paragraph({ text: briefTitle(b), heading: HeadingLevel.TITLE }),
          para(briefSubtitle(b, formatDate)),
          heading("Where programs stand"),
          para(distributionText(b, levelNames)),
          levelTable(b, levelNames),
          heading("Weakest practices"),
          ...(b.practices.length === 0
            ? [para("No practice has been answered in these programs' accepted assessments.")]
            : b.practices.map((p) =>
                bullet([
                  new TextRun(`${practiceText(p)}${p.resource ? " Start with: " : ""}`),
                  ...(p.resource ? [new ExternalHyperlink({ link: p.resource.url, children: [new TextRun({ text: p.resource.title, style: "Hyperlink" })] })] : []),
                ]),
              )),
          heading("Movers"),
          para(moversText(b)),
          heading("Plans due"),
          para(plansText(b)),
          ...b.plans.soonest.map((p) => bullet([new TextRun(planText(p, formatDate))])),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
