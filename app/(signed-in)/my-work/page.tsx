import type { Metadata } from "next";
import Link from "next/link";
import { Row, Table } from "@/components/uswds/table";
import { requireActor } from "@/lib/auth/session";
import { listMyWork } from "@/lib/data-access/assignments";
import { listMyRatings } from "@/lib/data-access/ratings";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await requireActor();
  const [work, ratings] = await Promise.all([listMyWork(actor), listMyRatings(actor)]);
  const overdue = work.filter((w) => w.overdue).length;
  return (
    <>
      <h1>My work</h1>
      <p className="usa-intro">
        {work.length === 0
          ? ratings.length > 0
            ? "Nothing is assigned to you; your ratings are asked for below."
            : "Nothing is assigned to you in an assessment that is still open."
          : `You have ${work.length === 1 ? "one assignment" : `${work.length} assignments`}${overdue ? `, ${overdue} past ${overdue === 1 ? "its" : "their"} due date` : ""}.`}
      </p>
      {work.length > 0 && (
        <Table caption="Disciplines and practices assigned to you, soonest due first" columns={["Work", "Program", "Cycle", "Due", "State"]}>
          {work.map((w) => (
            <Row
              key={`${w.assessmentId}:${w.disciplineKey}:${w.practiceId ?? ""}`}
              header={<Link href={`/assessments/${w.assessmentId}/disciplines/${w.disciplineKey}${w.practiceId ? `#practice-${w.practiceId}` : ""}`}>{w.name}</Link>}
              cells={[
                w.programName,
                w.cycleName,
                w.dueOn ? (
                  <>
                    {w.dueOn}
                    {w.overdue && <span className="usa-tag bg-secondary-dark margin-left-1">Overdue</span>}
                  </>
                ) : (
                  "No date"
                ),
                `${w.state} (${w.answered} of ${w.total})`,
              ]}
            />
          ))}
        </Table>
      )}
      {ratings.length > 0 && (
        <>
          <h2>Ratings asked of you</h2>
          <p>Rate each practice on your own; you see the team’s ratings once you have finished yours.</p>
          <Table caption="Assessments you are asked to rate" columns={["Assessment", "Cycle", "Rated", "State"]}>
            {ratings.map((r) => (
              <Row
                key={r.assessmentId}
                header={<Link href={`/assessments/${r.assessmentId}/ratings`}>Your ratings: {r.programName}</Link>}
                cells={[r.cycleName, `${r.rated} of ${r.total}`, r.state]}
              />
            ))}
          </Table>
        </>
      )}
    </>
  );
}
