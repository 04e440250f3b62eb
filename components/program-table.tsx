import Link from "next/link";
import type { ProgramListItem } from "@/lib/data-access/programs";
import { StatusTag } from "./status-tag";

export function ProgramTable({ programs, cycleName, caption }: { programs: ProgramListItem[]; cycleName: string | null; caption: string }) {
  if (programs.length === 0) return <p>There are no programs here yet. An administrator adds programs and their leads.</p>;
  return (
    <table className="usa-table usa-table--borderless width-full">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Program</th>
          <th scope="col">Agency</th>
          <th scope="col">{cycleName ? `${cycleName} self-assessment` : "Self-assessment"}</th>
        </tr>
      </thead>
      <tbody>
        {programs.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <Link href={`/programs/${p.id}`}>{p.name}</Link>
            </th>
            <td>{p.agencyName}</td>
            <td>{cycleName ? <StatusTag status={p.openCycleStatus ?? "NOT_STARTED"} /> : "No cycle is open"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
