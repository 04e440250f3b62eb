import Link from "next/link";
import { signedChange } from "@/lib/format";
import { mixedVersionsText } from "@/lib/model/version-change";
import type { Mover } from "@/lib/scoring/movers";
import { Row, Table } from "../uswds/table";

/** Risers or fallers: program, agency, the two cycles' overall scores and the change, with the model versions when they differ. */
export function MoversTable({ caption, movers, empty }: { caption: string; movers: Mover[]; empty: string }) {
  if (movers.length === 0) return <p>{empty}</p>;
  const mixed = mixedVersionsText(movers.flatMap((m) => [m.fromVersion, m.toVersion]));
  const at = (score: number, cycle: string, version: number) => `${score.toFixed(1)} in ${cycle}${mixed ? ` (model version ${version})` : ""}`;
  return (
    <>
      {mixed && <p className="text-base-dark">{mixed}</p>}
      <Table
        caption={caption}
        scrollable={`${caption}, scrollable`}
        columns={["Program", "Agency", "From", "To", { label: "Change", className: "text-right" }]}
      >
        {movers.map((m) => (
          <Row
            key={m.programId}
            header={<Link href={`/portfolio/compare?program=${m.programId}`}>{m.program}</Link>}
            cells={[m.agency, at(m.from, m.fromCycle, m.fromVersion), at(m.to, m.toCycle, m.toVersion), <b key="c">{signedChange(m.change)}</b>]}
          />
        ))}
      </Table>
    </>
  );
}
