// Version 1 of the CX maturity model shipped with the product: the GSA CX Center of Excellence's five
// levels and the six CX disciplines in plain language (sources: the seeds on levels and disciplines),
// with this project's own practices (default-practices.ts). Kept for the assessments taken on it;
// new assessments use version 2 (v2/model.ts).
import type { A11Area } from "@/lib/db/generated/enums";
import { RULE_V1 } from "@/lib/scoring/rules";
import { DEFAULT_EVIDENCE_FROM_LEVEL } from "@/lib/scoring/evidence";
import { defaultPractices } from "./default-practices";
import { MODEL_FORMAT, type ModelDocument } from "./model-schema";

type DisciplineContent = Omit<ModelDocument["disciplines"][number], "practices"> & { a11Areas: A11Area[] };

export const defaultModelV1: ModelDocument = {
  format: MODEL_FORMAT,
  name: "CX Maturity Model (default)",
  description:
    "Five levels of customer-experience maturity across six CX disciplines. Each level requires the full realization of the levels below it.",
  scoring: RULE_V1,
  glossary: [],
  levels: [
    { rank: 1, name: "Reactive", description: "The program has little understanding of its customers." },
    { rank: 2, name: "Tactical", description: "The program has done some customer research, mostly as part of other projects." },
    {
      rank: 3,
      name: "Strategic",
      description: "The program has introduced enough customer-oriented work to begin incorporating research and analysis.",
    },
    { rank: 4, name: "Foundational", description: "The program has a clear CX strategy and coordinated CX work to carry it out." },
    {
      rank: 5,
      name: "Customer-centric",
      description: "The program is structured primarily around customer needs and has the tools to measure that performance.",
    },
  ],
  disciplines: (
    [
    {
      key: "strategy",
      name: "Strategy",
      description:
        "A clear and substantive description of the experience the program wants to provide, detailed enough to guide resource allocation and everyday decisions.",
      a11Areas: ["GOVERNANCE", "ORGANIZATION_AND_CULTURE"],
    },
    {
      key: "customer-understanding",
      name: "Customer Understanding",
      description:
        "A shared, actionable picture of who the program’s customers are as people and what they want and need, from both quantitative and qualitative research.",
      a11Areas: ["CUSTOMER_RESEARCH"],
    },
    {
      key: "design",
      name: "Design",
      description:
        "A repeatable problem-solving process that includes customers, frontline employees and partners: journey maps, co-creation and iterative delivery.",
      a11Areas: ["SERVICE_DESIGN"],
    },
    {
      key: "measurement",
      name: "Measurement",
      description:
        "A continuous voice-of-the-customer program that shows the current state of the experience, its key drivers and progress toward goals.",
      a11Areas: ["MEASUREMENT"],
    },
    {
      key: "governance",
      name: "Governance",
      description:
        "How the program directs and controls its customer experience: accountable owners, prioritized and coordinated improvement work, standard tracking.",
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "culture",
      name: "Culture",
      description:
        "Shared values and behaviors that keep employees focused on customers, so that customer-centricity is a habit rather than a mandate.",
      a11Areas: ["ORGANIZATION_AND_CULTURE"],
    },
  ] satisfies DisciplineContent[]
  ).map(({ a11Areas, ...d }) => ({ ...d, practices: defaultPractices[d.key as keyof typeof defaultPractices].map((p) => ({ ...p, a11Areas, evidenceFromLevel: DEFAULT_EVIDENCE_FROM_LEVEL })) })),
};
