"use client";

// next/dynamic with ssr: false is only allowed in a client module; recharts measures the DOM, so it cannot render on the server.
import dynamic from "next/dynamic";

const loading = () => <p className="text-base">Loading chart…</p>;

export const DisciplineScoresChartLazy = dynamic(() => import("./discipline-scores-chart"), { ssr: false, loading });
export const GapChartLazy = dynamic(() => import("./gap-chart"), { ssr: false, loading });
export const DistributionChartLazy = dynamic(() => import("./distribution-chart"), { ssr: false, loading });
export const ProgressChartLazy = dynamic(() => import("./progress-chart"), { ssr: false, loading });
export const OutcomesChartLazy = dynamic(() => import("./outcomes-chart"), { ssr: false, loading });
export const OutcomesScatterLazy = dynamic(() => import("./outcomes-scatter"), { ssr: false, loading });
