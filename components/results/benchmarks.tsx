import type { Benchmark } from "@/lib/scoring/benchmarks";
import { MIN_BENCHMARK_GROUP } from "@/lib/scoring/benchmarks";
import { Row, Table } from "../uswds/table";

type DisciplineBenchmark = { key: string; score: number | null; all: Benchmark; agency: Benchmark };

function BenchmarkCell({ b }: { b: Benchmark }) {
  if (b.withheld) return <span className="text-base-dark">Not shown: fewer than {MIN_BENCHMARK_GROUP} programs</span>;
  return (
    <>
      <b>{b.placement ? b.placement[0]!.toUpperCase() + b.placement.slice(1) : "No score to place"}</b>
      <span className="display-block font-body-3xs">
        median {b.median.toFixed(1)}, middle half {b.q1.toFixed(1)}–{b.q3.toFixed(1)}, {b.n} programs
      </span>
    </>
  );
}

/**
 * Where each discipline sits against every program's latest accepted assessment and against the
 * agency's own: a quarter named in words, and the quartiles behind it. Groups under five are withheld.
 */
export function Benchmarks({ disciplines, names, agency }: { disciplines: DisciplineBenchmark[]; names: Record<string, string>; agency: string }) {
  const top = disciplines.filter((d) => !d.all.withheld && d.all.placement === "top quarter").map((d) => names[d.key]);
  const bottom = disciplines.filter((d) => !d.all.withheld && d.all.placement === "bottom quarter").map((d) => names[d.key]);
  return (
    <>
      <p>
        Against every program&apos;s latest accepted assessment:{" "}
        {top.length > 0 ? `in the top quarter for ${top.join(", ")}` : "in the top quarter for no discipline"};{" "}
        {bottom.length > 0 ? `in the bottom quarter for ${bottom.join(", ")}` : "in the bottom quarter for none"}. Groups of fewer than {MIN_BENCHMARK_GROUP} programs
        are not shown, so no single program&apos;s scores can be read from them.
      </p>
      <Table
        caption="Discipline scores against all programs and against the agency's programs"
        captionHidden
        scrollable="Benchmarks, scrollable"
        columns={["Discipline", { label: "Score", className: "text-right" }, "Against all programs", `Against ${agency}`]}
      >
        {disciplines.map((d) => (
          <Row
            key={d.key}
            header={names[d.key] ?? d.key}
            cells={[<span key="s" className="display-block text-right">{d.score ?? "Not scored"}</span>, <BenchmarkCell key="a" b={d.all} />, <BenchmarkCell key="g" b={d.agency} />]}
          />
        ))}
      </Table>
    </>
  );
}
