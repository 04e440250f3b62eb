// Which disciplines and practices the CX Toolkit's resources help with, by toolkit topic and sub-heading.
// Topic is the toolkit's h2 text; subheading is the sub-heading text (a `### ` heading, or a bold line in Culture).
// Practices are listed most specific first: the gaps the resources under that heading help close.
// The map serves both the version 1 model (lib/model/default-model.ts) and the version 2 model
// (lib/model/v2/practices.ts): practice keys kept in version 2 are shared, and version 1 keys that
// version 2 dropped stay mapped so that version 1 assessments keep their resources.

export type PracticeLevel = 1 | 2 | 3 | 4 | 5;

/** A practice key, or a key with the band of the program's current level on that practice (inclusive) at which these resources help; a bare key means levels 1–5. */
export type PracticeLink = string | { key: string; levels: [PracticeLevel, PracticeLevel] };

export type ToolkitMapping = { topic: string; subheading: string; disciplines: string[]; practices: PracticeLink[] };

export function practiceKeyOf(link: PracticeLink): string {
  return typeof link === "string" ? link : link.key;
}

export function levelBandOf(link: PracticeLink): { from: number; to: number } {
  return typeof link === "string" ? { from: 1, to: 5 } : { from: link.levels[0], to: link.levels[1] };
}

/** Whether a resource linked this way helps a program whose current level on the practice is `level`. */
export function linkHelpsAt(link: PracticeLink, level: number): boolean {
  const { from, to } = levelBandOf(link);
  return level >= from && level <= to;
}

const band = (key: string, from: PracticeLevel, to: PracticeLevel): PracticeLink => ({ key, levels: [from, to] });

export const toolkitMap: ToolkitMapping[] = [
  // Strategy
  {
    topic: "Strategy",
    subheading: "Get the big picture",
    disciplines: ["strategy"],
    // Introductions to federal CX: for programs starting out.
    practices: [
      band("strategy-documented-vision", 1, 3),
      band("strategy-mission-alignment", 1, 3),
      band("strategy-customer-priorities", 1, 2),
    ],
  },
  {
    topic: "Strategy",
    subheading: "Develop a strategy",
    disciplines: ["strategy"],
    // Top tasks, task analysis and describing the ideal experience.
    practices: [
      "strategy-customer-priorities",
      band("strategy-documented-vision", 1, 4),
      band("strategy-digital-first", 1, 3),
    ],
  },
  {
    topic: "Strategy",
    subheading: "Share high-level priorities and goals",
    disciplines: ["strategy"],
    practices: [
      "strategy-public-goals",
      "strategy-mission-alignment",
      "strategy-measurable-targets",
      band("strategy-shared-with-staff", 1, 3),
    ],
  },

  // Governance
  {
    topic: "Governance",
    subheading: "Hire a Chief Customer Officer (CCO)",
    disciplines: ["governance"],
    // GSA's CX Center of Excellence advises against hiring a CCO as a first step: only once a named
    // executive is in place (level 3) do the CCO position description and evaluation criteria help.
    practices: [band("governance-accountable-executive", 3, 5)],
  },
  {
    topic: "Governance",
    subheading: "Stand up a Customer Team",
    disciplines: ["governance"],
    // A CX office is not a first step either: from level 2, when CX skills already work on projects.
    practices: [band("governance-cx-team", 2, 5)],
  },
  {
    topic: "Governance",
    subheading: "Coordinate delivery of content and services",
    disciplines: ["governance", "design", "culture"],
    practices: ["governance-consistent-answers", "design-end-to-end", "culture-cx-training"],
  },
  {
    topic: "Governance",
    subheading: "Follow all relevant laws and policies",
    disciplines: ["governance"],
    practices: ["governance-policy-compliance", band("governance-service-inventory", 1, 3)],
  },

  // Culture (its sub-headings are bold lines, not ### headings)
  {
    topic: "Culture",
    subheading: "Train your employees",
    disciplines: ["culture"],
    practices: ["culture-cx-training", "culture-service-expectations"],
  },
  {
    topic: "Culture",
    subheading: "Build a customer-centric culture",
    disciplines: ["culture"],
    practices: ["culture-customer-exposure", "culture-recognition", "culture-service-expectations"],
  },
  {
    topic: "Culture",
    subheading: "Hold employees accountable",
    disciplines: ["culture"],
    practices: ["culture-performance-accountability"],
  },
  {
    topic: "Culture",
    subheading: "Respond to employee concerns",
    disciplines: ["culture"],
    practices: ["culture-employee-feedback"],
  },

  // Customer Understanding
  {
    topic: "Customer Understanding",
    subheading: "Clearly identify who you’re serving",
    disciplines: ["customer-understanding"],
    practices: ["cu-customer-segments", "cu-direct-research", band("cu-fair-access", 1, 3)],
  },
  {
    topic: "Customer Understanding",
    subheading: "Bring customers to life with personas",
    disciplines: ["customer-understanding"],
    practices: ["cu-personas", band("cu-customer-segments", 2, 4)],
  },
  {
    topic: "Customer Understanding",
    subheading: "Map the entire customer journey",
    disciplines: ["customer-understanding", "design", "strategy"],
    practices: [
      "cu-journey-maps",
      "design-end-to-end",
      band("design-customer-burden", 1, 4),
      band("strategy-customer-priorities", 2, 4),
    ],
  },
  {
    topic: "Customer Understanding",
    subheading: "Analyze and act on data",
    disciplines: ["customer-understanding", "measurement"],
    practices: [
      "cu-data-analysis",
      "measurement-voice-of-customer",
      "measurement-feedback-to-action",
      band("cu-fair-access", 2, 5),
      band("measurement-digital-analytics", 1, 3),
      "cu-shared-insights",
    ],
  },
  {
    topic: "Customer Understanding",
    subheading: "Identify common questions",
    disciplines: ["customer-understanding", "governance"],
    practices: ["cu-frontline-insights", "governance-consistent-answers"],
  },

  // Design
  {
    topic: "Design",
    subheading: "Follow design best practices",
    disciplines: ["design", "strategy", "governance"],
    // The Digital Services Playbook includes "Structure budgets and contracts to support delivery".
    practices: [
      "design-hcd-process",
      "design-usability-testing",
      "design-standards",
      "governance-cx-contracts",
      "strategy-funding-decisions",
      band("design-customer-burden", 3, 5),
    ],
  },
  {
    topic: "Design",
    subheading: "Be agile",
    disciplines: ["design", "governance"],
    // Agile project management: how a ranked backlog is kept and worked.
    practices: ["design-agile-delivery", "governance-improvement-portfolio", band("design-hcd-process", 1, 3)],
  },
  {
    topic: "Design",
    subheading: "Streamline contact center operations",
    disciplines: ["design", "governance", "customer-understanding", "measurement"],
    practices: [
      "governance-service-recovery",
      "design-end-to-end",
      "governance-consistent-answers",
      "cu-frontline-insights",
      "measurement-service-levels",
      band("design-clear-status", 1, 2),
    ],
  },
  {
    topic: "Design",
    subheading: "Use plain language",
    disciplines: ["design"],
    // Includes the Spanish Language Style Guide and Glossaries.
    practices: ["design-plain-language", "design-language-access", band("design-clear-status", 3, 5)],
  },
  {
    topic: "Design",
    subheading: "Conduct regular and ongoing user testing",
    disciplines: ["design", "customer-understanding"],
    practices: [
      "design-usability-testing",
      "design-hcd-process",
      "cu-direct-research",
      band("design-accessibility", 3, 5),
    ],
  },
  {
    topic: "Design",
    subheading: "Solicit ideas from customers",
    disciplines: ["design"],
    practices: [band("design-co-creation", 1, 3)],
  },

  // Measurement
  {
    topic: "Measurement",
    subheading: "Determine service levels for top tasks",
    disciplines: ["measurement", "governance"],
    practices: ["measurement-service-levels", "governance-service-recovery"],
  },
  {
    topic: "Measurement",
    subheading: "Standardize processes",
    disciplines: ["measurement", "governance", "customer-understanding"],
    // Survey methods, sample surveys and the Paperwork Reduction Act fast track.
    practices: [
      "measurement-standard-methods",
      "measurement-transaction-feedback",
      "governance-policy-compliance",
      band("cu-direct-research", 2, 5),
    ],
  },
  {
    topic: "Measurement",
    subheading: "Use shared services",
    disciplines: ["measurement"],
    // Web analytics, site search and survey support: not post-transaction surveys (see Touchpoints).
    practices: ["measurement-digital-analytics", "measurement-voice-of-customer"],
  },
  {
    topic: "Measurement",
    subheading: "Engage your team",
    disciplines: ["measurement", "culture", "strategy"],
    practices: ["measurement-feedback-to-action", "culture-cx-training", "strategy-shared-with-staff"],
  },
  {
    topic: "Measurement",
    subheading: "Publish your progress",
    disciplines: ["measurement", "strategy", "governance"],
    practices: [
      "measurement-published-results",
      "strategy-public-goals",
      band("strategy-measurable-targets", 3, 5),
      band("governance-improvement-portfolio", 3, 5),
    ],
  },

  // Digital Services (cross-cutting)
  {
    topic: "Digital Services",
    subheading: "Deliver anytime, anywhere, any channel government",
    disciplines: ["strategy", "design", "governance"],
    practices: [
      "strategy-digital-first",
      "design-end-to-end",
      "governance-consistent-answers",
      band("design-clear-status", 3, 5),
      "strategy-documented-vision",
    ],
  },
  {
    topic: "Digital Services",
    subheading: "Communicate clearly",
    disciplines: ["design"],
    practices: ["design-plain-language"],
  },
  {
    topic: "Digital Services",
    subheading: "Adopt shared services",
    disciplines: ["design", "measurement", "strategy"],
    practices: ["design-standards", "measurement-digital-analytics", band("strategy-digital-first", 2, 5)],
  },

  // Collaboration (cross-cutting)
  {
    topic: "Collaboration",
    subheading: "Work together",
    disciplines: ["governance", "culture"],
    // Joining the CX community of practice is the first step before any CCO or CX office.
    practices: [
      "governance-partner-coordination",
      band("governance-accountable-executive", 1, 2),
      band("governance-cx-team", 1, 2),
      "culture-cx-training",
    ],
  },
  {
    topic: "Collaboration",
    subheading: "Tap the wisdom of the crowd",
    disciplines: ["design"],
    practices: [band("design-co-creation", 1, 3)],
  },
  {
    topic: "Collaboration",
    subheading: "Share your story",
    disciplines: ["culture", "customer-understanding", "strategy"],
    practices: ["culture-customer-exposure", "cu-shared-insights", "strategy-public-goals"],
  },
];
