import { briefSubtitle, distributionText, moversText, plansText, planText, practiceText, type Brief } from "@/lib/brief";
import { formatDate } from "@/lib/format";
import { Section } from "../section";
import { levelLabel } from "../uswds/level-tag";
import { Row, Table } from "../uswds/table";

/** The executive brief as a page: plain sentences first, the figures behind them in a table, one printed page. */
export function BriefView({ brief, levelNames }: { brief: Brief; levelNames: string[] }) {
  return (
    <>
      <p className="usa-intro">{briefSubtitle(brief, formatDate)}</p>
      <Section id="brief-standing" title="Where programs stand">
        <p>{distributionText(brief, levelNames)}</p>
        <Table caption="Programs at each overall level" columns={["Overall level", { label: "Programs", className: "text-right" }]} fit compact>
          {levelNames.map((_, i) => (
            <Row key={i} header={levelLabel(i + 1, levelNames)} cells={[brief.overall.counts[i] ?? 0]} cellClassName="text-right" />
          ))}
          {brief.overall.unscored > 0 && <Row header="Not scored" cells={[brief.overall.unscored]} cellClassName="text-right" />}
        </Table>
      </Section>
      <Section id="brief-practices" title="Weakest practices">
        {brief.practices.length === 0 ? (
          <p>No practice has been answered in these programs&apos; accepted assessments.</p>
        ) : (
          <ol className="usa-list">
            {brief.practices.map((p) => (
              <li key={p.title}>
                {practiceText(p)}
                {p.resource && (
                  <>
                    {" "}
                    Start with: <a href={p.resource.url}>{p.resource.title}</a>.
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section id="brief-movers" title="Movers">
        <p>{moversText(brief)}</p>
      </Section>
      <Section id="brief-plans" title="Plans due">
        <p>{plansText(brief)}</p>
        {brief.plans.soonest.length > 0 && (
          <ul className="usa-list">
            {brief.plans.soonest.map((p, i) => (
              <li key={i}>{planText(p, formatDate)}</li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
