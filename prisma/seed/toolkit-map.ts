// Which disciplines and practices the CX Toolkit's resources help with, by toolkit topic and sub-heading.
// Topic is the toolkit's h2 text; subheading is the sub-heading text (a `### ` heading, or a bold line in Culture).
// Practices are listed most specific first: the gaps the resources under that heading help close.
export type ToolkitMapping = { topic: string; subheading: string; disciplines: string[]; practices: string[] };

export const toolkitMap: ToolkitMapping[] = [
  // Strategy
  {
    topic: "Strategy",
    subheading: "Get the big picture",
    disciplines: ["strategy"],
    practices: ["strategy-documented-vision", "strategy-mission-alignment", "strategy-customer-priorities"],
  },
  {
    topic: "Strategy",
    subheading: "Develop a strategy",
    disciplines: ["strategy", "customer-understanding"],
    practices: [
      "strategy-customer-priorities",
      "strategy-documented-vision",
      "strategy-measurable-targets",
      "strategy-funding-decisions",
    ],
  },
  {
    topic: "Strategy",
    subheading: "Share high-level priorities and goals",
    disciplines: ["strategy"],
    practices: [
      "strategy-public-goals",
      "strategy-shared-with-staff",
      "strategy-measurable-targets",
      "strategy-mission-alignment",
    ],
  },

  // Governance
  {
    topic: "Governance",
    subheading: "Hire a Chief Customer Officer (CCO)",
    disciplines: ["governance"],
    practices: ["governance-accountable-executive", "governance-improvement-portfolio"],
  },
  {
    topic: "Governance",
    subheading: "Stand up a Customer Team",
    disciplines: ["governance"],
    practices: ["governance-cx-team", "governance-improvement-portfolio"],
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
    practices: ["governance-policy-compliance"],
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
    practices: ["cu-customer-segments", "cu-direct-research"],
  },
  {
    topic: "Customer Understanding",
    subheading: "Bring customers to life with personas",
    disciplines: ["customer-understanding"],
    practices: ["cu-personas", "cu-customer-segments"],
  },
  {
    topic: "Customer Understanding",
    subheading: "Map the entire customer journey",
    disciplines: ["customer-understanding", "design", "strategy"],
    practices: ["cu-journey-maps", "design-end-to-end", "strategy-customer-priorities"],
  },
  {
    topic: "Customer Understanding",
    subheading: "Analyze and act on data",
    disciplines: ["customer-understanding", "measurement"],
    practices: [
      "cu-data-analysis",
      "measurement-feedback-to-action",
      "measurement-digital-analytics",
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
    disciplines: ["design"],
    practices: ["design-hcd-process", "design-standards", "design-usability-testing"],
  },
  {
    topic: "Design",
    subheading: "Be agile",
    disciplines: ["design"],
    practices: ["design-agile-delivery", "design-hcd-process"],
  },
  {
    topic: "Design",
    subheading: "Streamline contact center operations",
    disciplines: ["design", "governance", "customer-understanding", "measurement"],
    practices: [
      "design-end-to-end",
      "governance-consistent-answers",
      "cu-frontline-insights",
      "measurement-service-levels",
    ],
  },
  {
    topic: "Design",
    subheading: "Use plain language",
    disciplines: ["design"],
    practices: ["design-plain-language"],
  },
  {
    topic: "Design",
    subheading: "Conduct regular and ongoing user testing",
    disciplines: ["design", "customer-understanding"],
    practices: ["design-usability-testing", "cu-direct-research", "design-hcd-process"],
  },
  {
    topic: "Design",
    subheading: "Solicit ideas from customers",
    disciplines: ["design"],
    practices: ["design-co-creation"],
  },

  // Measurement
  {
    topic: "Measurement",
    subheading: "Determine service levels for top tasks",
    disciplines: ["measurement"],
    practices: ["measurement-service-levels"],
  },
  {
    topic: "Measurement",
    subheading: "Standardize processes",
    disciplines: ["measurement", "governance"],
    practices: [
      "measurement-standard-methods",
      "measurement-transaction-feedback",
      "governance-policy-compliance",
    ],
  },
  {
    topic: "Measurement",
    subheading: "Use shared services",
    disciplines: ["measurement"],
    practices: [
      "measurement-digital-analytics",
      "measurement-voice-of-customer",
      "measurement-transaction-feedback",
    ],
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
    disciplines: ["measurement", "strategy"],
    practices: ["measurement-published-results", "strategy-public-goals"],
  },

  // Digital Services (cross-cutting)
  {
    topic: "Digital Services",
    subheading: "Deliver anytime, anywhere, any channel government",
    disciplines: ["design", "governance", "strategy"],
    practices: [
      "design-end-to-end",
      "design-standards",
      "governance-consistent-answers",
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
    disciplines: ["design", "measurement"],
    practices: ["design-standards", "measurement-digital-analytics"],
  },

  // Collaboration (cross-cutting)
  {
    topic: "Collaboration",
    subheading: "Work together",
    disciplines: ["governance", "culture"],
    practices: ["governance-partner-coordination", "governance-accountable-executive", "culture-cx-training"],
  },
  {
    topic: "Collaboration",
    subheading: "Tap the wisdom of the crowd",
    disciplines: ["design"],
    practices: ["design-co-creation"],
  },
  {
    topic: "Collaboration",
    subheading: "Share your story",
    disciplines: ["culture", "customer-understanding", "strategy"],
    practices: ["culture-customer-exposure", "cu-shared-insights", "strategy-public-goals"],
  },
];
