import { OutcomesChartLazy } from "@/components/charts";
import { DRIVERS, type DriverKey } from "@/lib/outcomes/drivers";
import { shareText } from "@/lib/outcomes/shares";
import { outcomesSummary } from "@/lib/outcomes/summary";
import { Row, Table } from "../uswds/table";

type Quarter = { label: string; responses: number; shares: Record<DriverKey, number | null>; cycle: string | null; level: number | null };

/** Customer outcomes beside maturity: a text summary, a chart on one time axis, and the same numbers as a table. */
export function OutcomesSection({ programName, quarters, services }: { programName: string; quarters: Quarter[]; services: string[] }) {
  const title = `${programName}: share of positive answers per A-11 driver, and the maturity level, per fiscal quarter`;
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
  return (
    <>
      {outcomesSummary(quarters, services).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      {quarters.length > 0 && (
        <>
          <OutcomesChartLazy
            title={title}
            series={DRIVERS.filter((d) => d.key === "trust" || d.key === "satisfaction").map((d) => ({ key: d.key, name: d.label }))}
            points={quarters.map((q) => ({ quarter: q.label, level: q.level, trust: percent(q.shares.trust), satisfaction: percent(q.shares.satisfaction) }))}
          />
          <p className="text-base-dark">
            The chart shows trust and satisfaction; the table has every driver. Association, not cause: a level and a share moving together do not show that one moved the
            other.
          </p>
          <Table caption={title} columns={["Quarter", "Respondents", ...DRIVERS.map((d) => ({ label: d.label, className: "text-right" })), "Maturity level"]}>
            {quarters.map((q) => (
              <Row key={q.label} header={q.label} cells={[q.responses, ...DRIVERS.map((d) => shareText(q.shares[d.key])), q.level === null ? "Not assessed" : `${q.level} (${q.cycle})`]} />
            ))}
          </Table>
        </>
      )}
    </>
  );
}
