// Official federal resources that the digital.gov CX Toolkit page (cx-toolkit.md) lacks but the model's
// practices need: accessibility in every channel, A-11 §280 reporting, the 21st Century IDEA, the PRA
// and FACA. Only long-standing official pages are listed. Topic and subheading are display groupings,
// named like the toolkit's own; the practice links follow the rules of ../toolkit-map.ts.
import type { PracticeLink } from "../toolkit-map";

export type SupplementaryResource = {
  title: string;
  url: string;
  publisher: string;
  topic: string;
  subheading: string;
  context: string;
  disciplines: string[];
  practices: PracticeLink[];
};

export const supplementaryResources: SupplementaryResource[] = [
  // Design: accessibility and standards
  {
    title: "Section508.gov",
    url: "https://www.section508.gov/",
    publisher: "General Services Administration (GSA)",
    topic: "Design",
    subheading: "Make every channel accessible",
    context: "Guidance on Section 508: testing websites and documents, and buying accessible products and services",
    disciplines: ["design", "governance"],
    practices: ["design-accessibility", "design-standards", { key: "governance-cx-contracts", levels: [3, 5] }],
  },
  {
    title: "U.S. Access Board",
    url: "https://www.access-board.gov/",
    publisher: "U.S. Access Board",
    topic: "Design",
    subheading: "Make every channel accessible",
    context: "The accessibility standards for federal technology (Section 508) and for federal buildings (Architectural Barriers Act)",
    disciplines: ["design"],
    practices: ["design-accessibility"],
  },
  {
    title: "U.S. Web Design System (USWDS)",
    url: "https://designsystem.digital.gov/",
    publisher: "GSA",
    topic: "Design",
    subheading: "Follow design best practices",
    context: "Shared design components and guidance for federal websites",
    disciplines: ["design", "governance"],
    practices: ["design-standards", { key: "governance-cx-contracts", levels: [3, 5] }],
  },
  {
    title: "Human-centered design guide",
    url: "https://digital.gov/guides/hcd/",
    publisher: "Digital.gov",
    topic: "Design",
    subheading: "Follow design best practices",
    context: "How to plan and run discovery research and design with the people who use a service",
    disciplines: ["design", "customer-understanding", "governance"],
    practices: [
      "design-hcd-process",
      "design-co-creation",
      "cu-direct-research",
      { key: "cu-journey-maps", levels: [1, 3] },
      { key: "governance-cx-team", levels: [1, 2] },
    ],
  },
  {
    title: "Federal Advisory Committee Act (FACA)",
    url: "https://www.gsa.gov/policy-regulations/policy/federal-advisory-committee-management/legislation-and-regulations/federal-advisory-committee-act",
    publisher: "GSA",
    topic: "Design",
    subheading: "Solicit ideas from customers",
    context: "When a standing group of customers or partners that advises the agency must be chartered under FACA",
    disciplines: ["design"],
    practices: [{ key: "design-co-creation", levels: [4, 5] }],
  },

  // Digital Services
  {
    title: "21st Century Integrated Digital Experience Act",
    url: "https://digital.gov/resources/21st-century-integrated-digital-experience-act/",
    publisher: "Digital.gov",
    topic: "Digital Services",
    subheading: "Deliver anytime, anywhere, any channel government",
    context: "What the 21st Century IDEA requires of federal websites, forms and digital services",
    disciplines: ["strategy", "design", "governance"],
    practices: ["strategy-digital-first", "design-standards", { key: "governance-policy-compliance", levels: [1, 3] }],
  },

  // Measurement and reporting under OMB Circular A-11 §280
  {
    title: "Touchpoints",
    url: "https://touchpoints.digital.gov/",
    publisher: "GSA",
    topic: "Measurement",
    subheading: "Report to OMB",
    context: "GSA's tool for customer feedback surveys and for the quarterly CX data that High Impact Service Providers submit for their designated services",
    disciplines: ["measurement", "governance"],
    practices: [
      "measurement-transaction-feedback",
      "measurement-standard-methods",
      { key: "governance-service-inventory", levels: [3, 5] },
    ],
  },
  {
    title: "Customer Experience on Performance.gov",
    url: "https://www.performance.gov/cx/",
    publisher: "Performance.gov (OMB)",
    topic: "Governance",
    subheading: "Follow all relevant laws and policies",
    context: "The federal CX framework of OMB Circular A-11 §280, the High Impact Service Providers and their designated services",
    disciplines: ["governance", "measurement"],
    practices: [
      "governance-service-inventory",
      "governance-policy-compliance",
      "measurement-transaction-feedback",
      { key: "governance-accountable-executive", levels: [1, 3] },
    ],
  },
  {
    title: "CX data on Performance.gov",
    url: "https://www.performance.gov/cx/data/",
    publisher: "Performance.gov (OMB)",
    topic: "Measurement",
    subheading: "Publish your progress",
    context: "Quarterly survey results of the High Impact Service Providers, by service, for comparison and examples of reporting",
    disciplines: ["measurement", "strategy"],
    practices: [
      { key: "measurement-transaction-feedback", levels: [3, 5] },
      { key: "measurement-published-results", levels: [3, 5] },
      { key: "strategy-public-goals", levels: [3, 5] },
    ],
  },
  {
    title: "A Guide to the Paperwork Reduction Act",
    url: "https://pra.digital.gov/",
    publisher: "Digital.gov",
    topic: "Measurement",
    subheading: "Standardize processes",
    context: "When the PRA applies to surveys, forms and research with customers, how to use generic clearances, and how to estimate burden",
    disciplines: ["measurement", "customer-understanding", "design", "strategy"],
    practices: [
      "measurement-standard-methods",
      "cu-direct-research",
      { key: "measurement-voice-of-customer", levels: [3, 5] },
      { key: "design-customer-burden", levels: [1, 3] },
      { key: "strategy-customer-priorities", levels: [4, 5] },
    ],
  },
];
