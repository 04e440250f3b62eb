import Link from "next/link";
import { signedChange } from "@/lib/format";
import type { Mover } from "@/lib/scoring/movers";
import { Row, Table } from "../uswds/table";

/** Risers or fallers: program, agency, the two cycles' overall scores and the change. */
export function MoversTable({ caption, movers, empty }: { caption: string; movers: Mover[]; empty: string }) {
  if (movers.length === 0) return <p>{empty}</p>;
  return (
    <Table
      caption={caption}
      scrollable={`${caption}, scrollable`}
      columns={["Program", "Agency", "From", "To", { label: "Change", className: "text-right" }]}
    >
      {movers.map((m) => (
        <Row
          key={m.programId}
          header={<Link href={`/portfolio/compare?program=${m.programId}`}>{m.program}</Link>}
          cells={[m.agency, `${m.from.toFixed(1)} in ${m.fromCycle}`, `${m.to.toFixed(1)} in ${m.toCycle}`, <b key="c">{signedChange(m.change)}</b>]}
        />
      ))}
    </Table>
  );
}
