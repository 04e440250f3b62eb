// Glossary of the version 2 practices, shown beside the questions so that two people read a descriptor
// the same way. Each term is spelled here exactly as the descriptors use it (practices.ts).
export type GlossaryEntry = { term: string; definition: string };

export const glossaryV2: GlossaryEntry[] = [
  {
    term: "CX",
    definition:
      "Customer experience: the sum of a customer's interactions with the program, and how the customer perceives them, across every channel and over the whole journey.",
  },
  {
    term: "customer",
    definition:
      "Any person, business or organization that the program serves, directly or through a contractor or a federally funded partner. Federal employees who use an internal service are customers of it too.",
  },
  {
    term: "program",
    definition:
      "The federal program, office or service provider being assessed (for example, a High Impact Service Provider or one of its offices). \"The program\" means everyone who works on its services, contractors included.",
  },
  {
    term: "program leaders",
    definition: "The head of the program and the managers who report directly to that person.",
  },
  {
    term: "top tasks",
    definition:
      "The small set of things most customers come to the program to do (for example, apply for a benefit, check a claim, renew a document), ranked by how many customers need them and how much they matter. The ranked list is kept under the practice \"CX priorities come from customers' top tasks and pain points\".",
  },
  {
    term: "pain points",
    definition: "The steps in a journey where customers are slowed down, confused, sent elsewhere or give up.",
  },
  {
    term: "journey",
    definition:
      "Everything a customer does to get one result, from the first need to the final outcome, across every channel and office involved (for example, from learning about a benefit to receiving the first payment).",
  },
  {
    term: "journey map",
    definition:
      "A picture of one journey, built from research, showing each step, channel, feeling and pain point from the customer's first need to the final result, including steps run by other offices or agencies.",
  },
  {
    term: "time per journey",
    definition:
      "The total time a customer spends on one journey: finding information, filling in forms, gathering documents, traveling, waiting on the phone or in line, and waiting for a decision.",
  },
  {
    term: "channel",
    definition: "A way customers reach the program: website or app, phone, email or chat, mail, or in person.",
  },
  {
    term: "touchpoint",
    definition:
      "One point where a customer interacts with the program in a channel, such as a web form, a phone call, a letter or a visit to an office.",
  },
  {
    term: "frontline staff",
    definition:
      "Employees and contractors who deal with customers directly: contact center agents, caseworkers, office and counter staff, and people who answer email or chat.",
  },
  {
    term: "customer groups",
    definition:
      "Sets of customers with similar needs or circumstances (for example, first-time applicants, small businesses, people without internet access), described from data and research, not assumptions.",
  },
  {
    term: "gap threshold",
    definition:
      "The largest difference in completion rate or satisfaction between customer groups that the program accepts before it acts, set in writing (for example, 5 percentage points).",
  },
  {
    term: "personas",
    definition:
      "Short profiles of typical customers, one or more per customer group, built from research, with their goals, needs and obstacles. They help teams keep real people in mind.",
  },
  {
    term: "research library",
    definition:
      "One shared, searchable place where the program keeps its research findings and their summaries, open to every employee.",
  },
  {
    term: "voice of the customer",
    definition:
      "A program that gathers what customers say and do from many sources (surveys, complaints, contact reasons, web analytics, research) and combines them into one picture of the experience. A voice of the customer report is its written result.",
  },
  {
    term: "post-transaction survey",
    definition:
      "A short survey offered right after a customer completes a transaction (for example, submitting an application or ending a call), about that transaction.",
  },
  {
    term: "relationship survey",
    definition:
      "A survey of customers about their overall experience with the program over time, not about one transaction. It is run less often, such as every year or two, with a sample of customers.",
  },
  {
    term: "A-11 survey drivers",
    definition:
      "The measures OMB Circular A-11 §280 sets for customer feedback: satisfaction, trust, effectiveness, ease, efficiency, equity/transparency and employee helpfulness. Satisfaction and trust are the overall results; the other five are the drivers of them.",
  },
  {
    term: "key driver analysis",
    definition:
      "A statistical analysis of survey results that shows which factors (for example, ease or employee helpfulness) most affect overall satisfaction and trust, so the program knows what to improve first.",
  },
  {
    term: "A-11 §280",
    definition:
      "Section 280 of OMB Circular A-11, \"Managing Customer Experience and Improving Service Delivery\": OMB's guidance to agencies on CX, including the duties of High Impact Service Providers.",
  },
  {
    term: "High Impact Service Provider",
    definition:
      "A federal program that OMB has designated under A-11 §280 because of the size or impact of its public-facing services. It submits an annual CX capacity assessment and action plan and quarterly feedback data for its designated services.",
  },
  {
    term: "designated service",
    definition:
      "A service named in the service inventory for A-11 §280 reporting. High Impact Service Providers agree their designated services with OMB; other programs can designate their top services with the agency CX lead and treat them the same way.",
  },
  {
    term: "service inventory",
    definition:
      "One list of every service the program provides to the public, with its owner, channels and yearly number of customers, marking the designated services.",
  },
  {
    term: "service definition",
    definition:
      "A short written description of one service: who its customers are, where it starts and ends, its stages, and its channels.",
  },
  {
    term: "agency CX lead",
    definition:
      "The person or office that coordinates CX across the agency's programs (for example, the official who leads the agency's A-11 §280 work, or the Lead Agency Service Delivery Official named under the GSDI Act).",
  },
  {
    term: "service standard",
    definition:
      "A written promise about a service that can be measured, such as \"calls answered within 5 minutes\" or \"decision within 30 days\", with the share of cases that must meet it.",
  },
  {
    term: "service recovery",
    definition:
      "What the program does when a customer reports that something went wrong: answering the customer within a set time and putting the problem right for that customer.",
  },
  {
    term: "backlog",
    definition:
      "One list of all planned CX improvement work across the program, each item with an owner and a status, kept in rank order.",
  },
  {
    term: "tracked action",
    definition:
      "A piece of improvement work with an owner, a due date and a status that someone updates until it is done, kept in the backlog or another list a reviewer can open.",
  },
  {
    term: "measurable target",
    definition:
      "A CX goal stated with a measure, a baseline value, a target value, a date and a named owner (for example, \"raise online completion of renewals from 62% to 75% by September 30, owner: Director of Operations\").",
  },
  {
    term: "CX dashboard",
    definition:
      "A report of the program's CX measures, in the same format each time, that shows current values and trends (a shared spreadsheet counts if it meets that).",
  },
  {
    term: "CX executive",
    definition: "The senior leader named in writing as responsible for CX across the whole program.",
  },
  {
    term: "shared answers",
    definition:
      "One set of approved answers to customers' common questions (FAQs, call scripts, standard email replies), with a named owner, used in every channel.",
  },
  {
    term: "secret shopper",
    definition:
      "A staff member or contractor who uses a service as a customer would (calls, visits, applies online) to check what customers really get, such as whether the answers are correct.",
  },
  {
    term: "human-centered design",
    definition:
      "A way of designing services that starts from research with the people who use and deliver them, tries ideas with them early, and tests and improves the result with them.",
  },
  {
    term: "usability test",
    definition:
      "A session in which real customers try to complete tasks with a form, website, letter or process while staff watch where they struggle. A round with about five people often finds the main problems.",
  },
  {
    term: "supported languages",
    definition:
      "The languages other than English in which the program has decided, in writing, to offer content and help, chosen from data on the languages its customers speak and in line with current federal policy.",
  },
  {
    term: "Section 508",
    definition:
      "Section 508 of the Rehabilitation Act: federal websites, documents, software and phone systems must be accessible to people with disabilities, tested against the standards of the U.S. Access Board.",
  },
  {
    term: "USWDS",
    definition:
      "The U.S. Web Design System: GSA's shared design components and guidance for federal websites, which helps sites meet the 21st Century IDEA's requirements for a consistent, mobile-friendly experience.",
  },
  {
    term: "21st Century IDEA",
    definition:
      "The 21st Century Integrated Digital Experience Act (2018): federal websites must be accessible, consistent, searchable, secure and mobile-friendly, and agencies must digitize forms and services and accept electronic signatures.",
  },
  {
    term: "GSDI Act",
    definition:
      "The Government Service Delivery Improvement Act (2025): names an OMB Federal Government Service Delivery Lead and a Lead Agency Service Delivery Official in each agency, and asks budget justifications to identify service-delivery initiatives.",
  },
  {
    term: "PRA clearance",
    definition:
      "OMB approval, under the Paperwork Reduction Act, to ask ten or more members of the public the same questions (surveys, forms, some research). Generic clearances speed up routine feedback and research; direct observation is generally not covered by the PRA.",
  },
  {
    term: "FACA",
    definition:
      "The Federal Advisory Committee Act: a standing group with members from outside government that gives an agency group advice must be chartered under the Act and follow its rules, such as open meetings. Asking people one by one for their own views does not fall under FACA.",
  },
  {
    term: "records",
    definition:
      "Evidence a reviewer can open and check: dated documents, log entries, tickets, sign-in sheets, minutes or system reports. \"With records\" means such evidence exists for every case the descriptor names.",
  },
];
