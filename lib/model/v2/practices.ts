// Default CX practices, version 2: written for this project from the seeds, OMB Circular A-11 §280 and
// the council's review of version 1 (see docs/model-v2.md for what changed and why).
//
// Rules every descriptor follows:
//   - Level 1 describes what is missing; levels 2–5 each add exactly one observable condition, and each
//     level from 3 up starts "All of level N, and", so every level includes the one below.
//   - Evidence is something a reviewer can open: a document, a record, a count, a date.
//   - A thing is scored in one practice only; a description says where a neighbor's topic is scored.
//   - Terms with a fixed meaning are spelled exactly as in glossary.ts.
import type { A11Area } from "@/lib/db/generated/enums";
import type { PracticeContent } from "../default-practices";

/** A practice with the OMB A-11 §280 CX capacity area(s) it gives evidence for (at least one). */
export type PracticeContentV2 = PracticeContent & { a11Areas: A11Area[] };

export const practicesV2: Record<
  "strategy" | "customer-understanding" | "design" | "measurement" | "governance" | "culture",
  PracticeContentV2[]
> = {
  strategy: [
    {
      key: "strategy-documented-vision",
      title: "A written CX vision describes the experience the program wants to deliver",
      description:
        "The program writes down what a good experience looks like for its customers, so staff make the same choices about services and spending. Goals and targets that carry the vision out are scored under \"Every CX goal has a measurable target linked to the actions meant to reach it\".",
      descriptors: [
        "No written description of the experience the program wants to deliver exists.",
        "At least one project charter or brief describes the experience that project wants to deliver.",
        "All of level 2, and a program-wide CX vision, approved in writing by program leaders, names the experience wanted for each of the top tasks.",
        "All of level 3, and the vision covers every channel the program uses (web, phone, mail, in person) and the steps that partners deliver for the program.",
        "All of level 4, and program leaders have reviewed the vision against customer data in the last 12 months, with dated records of the review and of any changes made.",
      ],
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "strategy-customer-priorities",
      title: "CX priorities come from customers' top tasks and pain points",
      description:
        "The program sets its priorities from what customers most need to do and where they struggle, not only from internal deadlines. The ranked list of top tasks is kept here; other practices refer to it.",
      descriptors: [
        "No list of customers' top tasks exists. Priorities come from internal deadlines and from the complaints that reach leaders.",
        "At least one team has listed the top tasks or pain points of its own service, from data it already had.",
        "All of level 2, and the program keeps one ranked list of top tasks for all its services, built from at least two sources of customer data (for example, web analytics and contact reasons).",
        "All of level 3, and every CX priority in the program's current plan names the top tasks or pain points it addresses.",
        "All of level 4, and the ranking was checked with customers themselves in the last 24 months (for example, a survey asking customers to rank tasks, under a PRA clearance), with dated records of the result.",
      ],
      a11Areas: ["GOVERNANCE", "CUSTOMER_RESEARCH"],
    },
    {
      key: "strategy-mission-alignment",
      title: "CX goals are written into the program's and the agency's plans",
      description:
        "CX goals flow from the agency's mission and sit in the plans the program is managed by, including the Annual Performance Plan that A-11 §280 points to. This makes CX part of the core work, not a side project.",
      descriptors: [
        "CX is not mentioned in the program's goals or in the agency's strategic plan.",
        "Program planning documents name service quality as a value (for example, \"excellent service\").",
        "All of level 2, and the program's own plan has at least one specific CX goal and states which part of the agency mission it serves.",
        "All of level 3, and at least one of the program's CX goals appears in the agency strategic plan or Annual Performance Plan.",
        "All of level 4, and program leaders have checked every operational performance measure (for example, call-length or cases-closed targets) against the CX goals and changed or dropped those that work against them, with dated records.",
      ],
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "strategy-shared-with-staff",
      title: "Every team knows the CX strategy and has written down its part in it",
      description:
        "The program shares its CX strategy with all staff and contractors and shows each team how its work affects customers. People cannot carry out a strategy they do not know. Training is scored under \"All employees are trained in customer service and CX\".",
      descriptors: [
        "Staff have not been given any written CX strategy or goals.",
        "Program leaders have presented the CX goals in at least one all-staff message or meeting in the last 12 months.",
        "All of level 2, and the written CX strategy is published where every employee and contractor can read it (for example, the intranet).",
        "All of level 3, and every team has been briefed on the strategy by its manager in the last 12 months, with dated records for each team.",
        "All of level 4, and every team has a written statement, updated in the last 12 months, of how its work supports the CX goals.",
      ],
      a11Areas: ["ORGANIZATION_AND_CULTURE"],
    },
    {
      key: "strategy-public-goals",
      title: "The program publishes its CX goals and its results against them",
      description:
        "The program tells the public what it aims for and how it is doing. Public goals create accountability and build trust. Survey data submitted to OMB each quarter is scored under \"A post-transaction survey runs for each designated service, and its results are reported each quarter\", not here.",
      descriptors: [
        "The program publishes no CX goals and no CX results.",
        "The program has published at least one CX goal or result (for example, in a report or news release).",
        "All of level 2, and the program's current CX goals are published on its website or in agency plans.",
        "All of level 3, and the program has published its results against those goals at least once in the last 12 months.",
        "All of level 4, and the published results explain each missed target and the dated next step the program will take.",
      ],
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "strategy-funding-decisions",
      title: "Customer impact is weighed when money and staff are assigned",
      description:
        "The program uses its CX strategy to decide which projects get money, staff and time. A strategy that does not shape spending is only words. The order of day-to-day improvement work is scored under \"All CX improvement work is kept in one ranked backlog\".",
      descriptors: [
        "Funding and project decisions record no expected effect on customers.",
        "At least one project request in the last 12 months stated its expected effect on customers.",
        "All of level 2, and a written rule requires every project proposal to state which top tasks or pain points it affects and how.",
        "All of level 3, and CX work has its own line or tag in the program's annual budget request, so its total can be read.",
        "All of level 4, and the program's part of the agency budget justification names its service-delivery initiatives and the customer measure each is meant to move.",
      ],
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "strategy-measurable-targets",
      title: "Every CX goal has a measurable target linked to the actions meant to reach it",
      description:
        "Each CX goal has a number to reach, a date and a person responsible, and is tied to the work meant to move it. GAO found that CX action plans without these cannot show progress (GAO-25-107652).",
      descriptors: [
        "CX goals, if any, have no measure, target or date.",
        "At least one CX goal has a measure.",
        "All of level 2, and every CX goal has a measure and a baseline value.",
        "All of level 3, and every CX goal is a measurable target: it also has a target value, a date and a named owner.",
        "All of level 4, and every measurable target lists each tracked action meant to reach it.",
      ],
      a11Areas: ["GOVERNANCE", "MEASUREMENT"],
    },
    {
      key: "strategy-digital-first",
      title: "Top tasks can be completed online, and online use is tracked (21st Century IDEA)",
      description:
        "Under the 21st Century Integrated Digital Experience Act, services should be available online while other channels stay open for those who need them. Website design is scored under \"Websites and digital services use the U.S. Web Design System\" and accessibility under \"Every channel is accessible to people with disabilities and tested with them\".",
      descriptors: [
        "None of the top tasks can be completed fully online.",
        "At least one of the top tasks can be completed fully online, from start to finish, including any signature or payment.",
        "All of level 2, and the program has a written, dated plan to put every one of its top tasks online.",
        "All of level 3, and every one of the top tasks that law and regulation allow to be done online can be completed fully online.",
        "All of level 4, and every quarter the program records, for each of the top tasks, the share of customers who completed it online and in each other channel.",
      ],
      a11Areas: ["SERVICE_DESIGN", "GOVERNANCE"],
    },
  ],

  "customer-understanding": [
    {
      key: "cu-customer-segments",
      title: "The program knows its customer groups and how their needs differ",
      description:
        "The program identifies and describes its customer groups, including people it has trouble reaching. Different groups need different things. Results by group are scored under \"Completion and satisfaction are compared across customer groups to find unfair gaps\".",
      descriptors: [
        "The program has no written description of its customer groups.",
        "At least one project has described its own users, from demographic or administrative data.",
        "All of level 2, and one program-wide document lists all customer groups, each with its estimated size and main needs.",
        "All of level 3, and the document names the customer groups the program has trouble reaching (for example, people without internet access or in rural areas) and what makes them hard to reach.",
        "All of level 4, and the document was updated from new data or research in the last 12 months, with dated records.",
      ],
      a11Areas: ["CUSTOMER_RESEARCH"],
    },
    {
      key: "cu-direct-research",
      title: "Staff learn about customers directly through interviews and observation",
      description:
        "Program staff talk with customers and watch them use services, not only read reports. Direct contact shows needs that numbers cannot. Research that asks ten or more people the same questions needs a PRA clearance.",
      descriptors: [
        "No one in the program has interviewed or observed customers in the last 12 months to learn about them.",
        "At least one project or contractor interviewed or observed customers in the last 12 months.",
        "All of level 2, and the program ran its own interviews, observation or site visits on its top tasks in the last 12 months, with written findings.",
        "All of level 3, and a written research plan sets the program's research questions for the year, and every study in the last 12 months traces to it.",
        "All of level 4, and every study in the last 12 months included customers from the groups the program has trouble reaching, with counts of who took part.",
      ],
      a11Areas: ["CUSTOMER_RESEARCH"],
    },
    {
      key: "cu-personas",
      title: "Research-based personas describe the program's main customer groups",
      description:
        "Personas are short profiles of typical customers, built from research. They help teams keep real people in mind when they make decisions.",
      descriptors: [
        "The program has no personas.",
        "At least one project has personas, which may rest on assumptions rather than research.",
        "All of level 2, and the program has personas for each of its main customer groups, and the personas each cite the research they rest on.",
        "All of level 3, and every design project started in the last 12 months names, in its charter or brief, the personas it designs for.",
        "All of level 4, and all personas were checked against research or data from the last 24 months, and each that no longer matched was changed or retired, with dated records.",
      ],
      a11Areas: ["CUSTOMER_RESEARCH"],
    },
    {
      key: "cu-journey-maps",
      title: "Each of the top tasks has a journey map from the customer's first need to the result",
      description:
        "A journey map shows every step and channel, and the pain points, from a customer's first need to the final result, including steps run by other offices. It shows where the experience breaks down.",
      descriptors: [
        "The program has no journey map.",
        "At least one journey map exists, even if it covers only part of a journey or is drawn from staff knowledge.",
        "All of level 2, and there is a research-based journey map for each of the top tasks.",
        "All of level 3, and all pain points on each journey map have a named owner.",
        "All of level 4, and each stage of each journey map shows a current measure (for example, drop-off rate or satisfaction) from the last 12 months.",
      ],
      a11Areas: ["CUSTOMER_RESEARCH", "SERVICE_DESIGN"],
    },
    {
      key: "cu-frontline-insights",
      title: "What customers tell frontline staff is collected and used",
      description:
        "Contact center and other frontline staff hear from customers every day. The program collects the questions and problems they hear and uses them to improve services and content. The shared answers themselves are scored under \"Customers get the same correct answer in every channel\".",
      descriptors: [
        "No one records the questions and problems customers raise with frontline staff.",
        "At least one supervisor records common questions or contact reasons for their own team.",
        "All of level 2, and at least monthly the program gathers the top contact reasons from every frontline channel into one list.",
        "All of level 3, and in each of the last four quarters at least one change to content or a service cites that list as its reason.",
        "All of level 4, and for every change made from the list, the program recorded whether contacts for that reason went down.",
      ],
      a11Areas: ["CUSTOMER_RESEARCH"],
    },
    {
      key: "cu-shared-insights",
      title: "Customer insights are kept in one research library that all staff can use",
      description:
        "Research findings are kept in one shared, searchable place. This avoids repeated research and gives everyone the same picture of customers.",
      descriptors: [
        "Research reports stay with whoever created them; there is no shared place to find them.",
        "At least one study is saved where staff other than its authors can find it (for example, a team drive).",
        "All of level 2, and one research library holds the program's research findings, each with a short summary, and every employee can open it.",
        "All of level 3, and a named owner tags each study in the research library by the customer groups and journeys it covers, and adds each new study within 30 days of its end.",
        "All of level 4, and each study in the library records at least one decision it informed, or is marked \"not yet used\".",
      ],
      a11Areas: ["CUSTOMER_RESEARCH"],
    },
    {
      key: "cu-fair-access",
      title: "Completion and satisfaction are compared across customer groups to find unfair gaps",
      description:
        "Fair access means all customer groups can complete the top tasks and are treated alike. Results by group show whom a service is failing. Group data is collected voluntarily and reported only for groups large enough to protect privacy.",
      descriptors: [
        "The program does not know whether completion or satisfaction differs between customer groups.",
        "The program has compared completion or satisfaction between customer groups at least once (for example, in a single study).",
        "All of level 2, and at least once a year the program reports completion rate and satisfaction for the top tasks for each of the customer groups (for example, by language, age band, disability, location or channel).",
        "All of level 3, and every gap larger than the gap threshold has an owner and a tracked action.",
        "All of level 4, and in each of the last two yearly reports every gap was within the gap threshold or smaller than the year before.",
      ],
      a11Areas: ["CUSTOMER_RESEARCH", "MEASUREMENT"],
    },
  ],

  design: [
    {
      key: "design-hcd-process",
      title: "Changes follow a human-centered design process and are tested with customers",
      description:
        "The program uses a written, repeatable process to research, design and test changes with the people who use them, following guidance such as the Digital Services Playbook. Testing finds problems before customers do. Testing with fewer than ten people, or under a generic clearance, stays within the PRA.",
      descriptors: [
        "Changes to services reach customers without any customer trying them first.",
        "At least one project in the last 12 months ran a usability test with customers before launch.",
        "All of level 2, and a written human-centered design process requires a usability test before release for every change to the top tasks, and the test records exist.",
        "All of level 3, and every change to the top tasks is tested again with customers within 90 days after release, with the problems found logged.",
        "All of level 4, and the process is also applied, with test records, to changes in policies, rules and procedures that affect the top tasks, not only to forms and websites.",
      ],
      a11Areas: ["SERVICE_DESIGN"],
    },
    {
      key: "design-co-creation",
      title: "Customers and frontline staff help design solutions",
      description:
        "The program involves customers, frontline staff and partners in creating solutions, not only in testing them. The people who use and deliver a service know where it fails. A standing group with members from outside government that gives the agency group advice must be chartered under FACA; a panel whose members each give individual input need not be.",
      descriptors: [
        "Staff and contractors design changes alone; customers and frontline staff take no part.",
        "Customers or frontline staff were asked for ideas at least once in the last 12 months (for example, a workshop or an ideation challenge).",
        "All of level 2, and every design project on the top tasks in the last 12 months held at least one design session with customers and frontline staff before choosing a solution, with records.",
        "All of level 3, and each of those projects recorded which ideas from participants it used and how they changed the design.",
        "All of level 4, and the program has a standing way to bring customers into design work: a panel whose members each give individual input, or a committee chartered under FACA.",
      ],
      a11Areas: ["SERVICE_DESIGN", "CUSTOMER_RESEARCH"],
    },
    {
      key: "design-agile-delivery",
      title: "Teams deliver in small, frequent releases and learn from each one",
      description:
        "The program builds and improves services in short cycles and learns from customers each time. Small, frequent changes lower risk and fix problems faster. Contract terms that allow this are scored under \"Contracts for customer-facing work include CX requirements\".",
      descriptors: [
        "Services change only through large projects, each released in one piece at the end.",
        "At least one team works in short cycles (for example, two-week sprints).",
        "All of level 2, and every digital service for the top tasks releases working changes to customers at least once a month.",
        "All of level 3, and each release plan cites the customer feedback on the previous release, with records.",
        "All of level 4, and each release names the customer measure it should move (for example, completion rate), and the result is recorded within 30 days.",
      ],
      a11Areas: ["SERVICE_DESIGN"],
    },
    {
      key: "design-plain-language",
      title: "Forms, letters and web content are written in plain language",
      description:
        "The program writes everything customers read in plain language, as the Plain Writing Act and the Federal Plain Language Guidelines ask. Customers cannot act on what they cannot understand. Other languages are scored under \"Content and help for the top tasks are available in the supported languages\".",
      descriptors: [
        "No one checks customer content (web pages, forms, letters, notices) for plain language.",
        "At least one writer of customer content has been trained in the Federal Plain Language Guidelines.",
        "All of level 2, and a reviewer trained in plain language checks all new web content, forms and letters for the top tasks before release, with records.",
        "All of level 3, and every existing form, letter and notice for the top tasks has been reviewed and rewritten where needed, and a list shows each one's review date.",
        "All of level 4, and the program tracks a measure of understanding for each form and letter of the top tasks (for example, errors per form or calls per letter) and rewrites each one that misses a set mark.",
      ],
      a11Areas: ["SERVICE_DESIGN"],
    },
    {
      key: "design-language-access",
      title: "Content and help for the top tasks are available in the supported languages",
      description:
        "Customers who read little or no English need the top tasks in a language they understand. The program decides its supported languages from customer data and current federal policy. Whether groups complete tasks equally is scored under \"Completion and satisfaction are compared across customer groups to find unfair gaps\".",
      descriptors: [
        "The program offers content and help only in English and has not looked at which languages its customers speak.",
        "At least one piece of content, or interpreter help, is offered in a language other than English.",
        "All of level 2, and the program has a written list of supported languages, chosen from data on the languages its customers speak.",
        "All of level 3, and the content and help for all top tasks are available in every one of the supported languages.",
        "All of level 4, and every change to the English content of the top tasks reaches the supported languages within 30 days, with records.",
      ],
      a11Areas: ["SERVICE_DESIGN"],
    },
    {
      key: "design-standards",
      title: "Websites and digital services use the U.S. Web Design System",
      description:
        "The 21st Century IDEA asks for consistent, mobile-friendly federal websites; the U.S. Web Design System (USWDS) gives tested components that meet it. Conformance with Section 508 is scored under \"Every channel is accessible to people with disabilities and tested with them\".",
      descriptors: [
        "The program's websites and digital services follow no common design standard.",
        "At least one of the program's websites or digital services uses USWDS.",
        "All of level 2, and a written program rule requires USWDS for every new website and digital service, and each launch in the last 12 months has records of the check.",
        "All of level 3, and every public website and digital service of the program, including older ones, uses USWDS.",
        "All of level 4, and each site was reviewed against USWDS in the last 12 months, and every problem found was fixed within 90 days, with records.",
      ],
      a11Areas: ["SERVICE_DESIGN"],
    },
    {
      key: "design-accessibility",
      title: "Every channel is accessible to people with disabilities and tested with them",
      description:
        "People with disabilities must be able to use every channel: web, documents, letters, phone and offices (Sections 504 and 508 of the Rehabilitation Act, and the Architectural Barriers Act for buildings). This practice is the only place accessibility is scored.",
      descriptors: [
        "The program checks accessibility only when someone complains.",
        "At least one website or document has been checked against Section 508 in the last 12 months.",
        "All of level 2, and every public web page and digital service for the top tasks passes a Section 508 conformance test before release, with test records.",
        "All of level 3, and every other channel of the top tasks was checked for accessibility in the last 12 months: documents and letters, phone lines and offices, with records.",
        "All of level 4, and people with disabilities took part in a usability test of the top tasks in every channel in the last 12 months, with records.",
      ],
      a11Areas: ["SERVICE_DESIGN"],
    },
    {
      key: "design-customer-burden",
      title: "Customers spend less time on their journeys and are not asked again for what they gave",
      description:
        "A-11 §280 asks agencies to reduce the time, paperwork and repeat steps a service costs customers. Two checks show it: the time per journey, and whether customers must give the same information twice.",
      descriptors: [
        "The program does not know how long its top tasks take customers.",
        "The program has a time estimate for at least one form (for example, the burden hours stated under the PRA).",
        "All of level 2, and the program has measured the time per journey for each of the top tasks in the last 24 months, with dated records.",
        "All of level 3, and in the top tasks customers are not asked again for information the program already holds about them, except where a written reason (for example, a legal requirement) says otherwise.",
        "All of level 4, and the time per journey for each of the top tasks went down, or met its written target, in each of the last two measurements.",
      ],
      a11Areas: ["SERVICE_DESIGN", "MEASUREMENT"],
    },
    {
      key: "design-clear-status",
      title: "Customers can see where a request stands, what comes next and why it was decided",
      description:
        "Not knowing is one of the main causes of repeat contacts and distrust. Customers should see the status of a request, when the next step is due, and the reason for any decision.",
      descriptors: [
        "Neither customers nor frontline staff can see where a customer's request stands.",
        "Frontline staff can look up the current status of a request and tell the customer when asked.",
        "All of level 2, and customers can see the status of their own requests for the top tasks without contacting staff (online, by automated phone or by notice), with the expected date of the next step.",
        "All of level 3, and every decision notice for the top tasks states the reason for the decision and how to ask for a review or appeal.",
        "All of level 4, and customers get a message at each change of status of a request for the top tasks without having to ask.",
      ],
      a11Areas: ["SERVICE_DESIGN"],
    },
  ],

  measurement: [
    {
      key: "measurement-transaction-feedback",
      title: "A post-transaction survey runs for each designated service, and its results are reported each quarter",
      description:
        "Customers answer a few short questions right after a transaction, at the touchpoint where it happened. For a High Impact Service Provider, A-11 §280 asks for these results for each designated service every quarter; this is the only practice that scores that submission. The questions are scored under \"All surveys use one core question set covering the seven A-11 survey drivers\".",
      descriptors: [
        "The program does not ask customers for feedback after a transaction; complaints are its only feedback.",
        "At least one post-transaction survey ran in the last 12 months.",
        "All of level 2, and a post-transaction survey runs without a break in the main channel of every designated service.",
        "All of level 3, and the results for every designated service were submitted to OMB in each of the last four quarters, in the A-11 format (a program that is not a High Impact Service Provider sends the same data to the agency CX lead).",
        "All of level 4, and the survey runs in every channel of every designated service (web, phone, in person, mail), with response counts for each channel.",
      ],
      a11Areas: ["MEASUREMENT"],
    },
    {
      key: "measurement-standard-methods",
      title: "All surveys use one core question set covering the seven A-11 survey drivers",
      description:
        "The program uses the same core questions, scales and definitions in every survey, following OMB Circular A-11 §280, so results compare over time and across services. Where the PRA applies, the set is used under a PRA clearance.",
      descriptors: [
        "Each survey, if any, uses its own questions and scales.",
        "At least one survey uses questions from federal guidance (for example, the A-11 questions).",
        "All of level 2, and the program has one written core question set covering all A-11 survey drivers (satisfaction, trust, effectiveness, ease, efficiency, equity/transparency, employee helpfulness), with a PRA clearance.",
        "All of level 3, and every customer survey the program runs uses the core question set, so results compare across channels, services and quarters.",
        "All of level 4, and the program's survey methods (sampling, response rates, weighting) are written down and were reviewed in the last 12 months, with dated records of changes.",
      ],
      a11Areas: ["MEASUREMENT"],
    },
    {
      key: "measurement-voice-of-customer",
      title: "One voice of the customer report combines every source of feedback and data",
      description:
        "The program brings together surveys, complaints, contact center data, web analytics and research on a fixed cycle. Several sources give a fuller picture than any one survey. Acting on the findings is scored under \"Each finding from customer feedback becomes a tracked action, and customers hear what changed\".",
      descriptors: [
        "Customer data sits in separate systems and is looked at only when a problem or a request from leaders comes up.",
        "At least one team reviewed its own customer data (for example, web analytics or call volumes) in the last 12 months.",
        "All of level 2, and every quarter the program writes one voice of the customer report that combines at least surveys, complaints, contact center data and web analytics.",
        "All of level 3, and the report includes the results of a relationship survey run in the last 24 months under a PRA clearance.",
        "All of level 4, and the report includes a key driver analysis, updated in the last 12 months, of how effectiveness, ease, efficiency, equity/transparency and employee helpfulness affect satisfaction and trust (the A-11 survey drivers).",
      ],
      a11Areas: ["MEASUREMENT", "CUSTOMER_RESEARCH"],
    },
    {
      key: "measurement-service-levels",
      title: "Each of the top tasks has a service standard, based on customer needs, and meets it",
      description:
        "The program sets clear standards, such as wait times and processing times, for its top tasks and measures how well it meets them. Customers and staff know what to expect. Time limits for answering reported failures are scored under \"Every reported service failure gets an answer within a set time\".",
      descriptors: [
        "The program has no service standard for any of the top tasks and does not measure wait or processing times.",
        "At least one office tracks an operational time (for example, call wait time).",
        "All of level 2, and each of the top tasks has a written service standard (for example, \"decision within 30 days\"), measured at least monthly.",
        "All of level 3, and each service standard is based on customer research about what customers expect, with the source recorded.",
        "All of level 4, and in each of the last four quarters the program met at least 90% of its service standard targets.",
      ],
      a11Areas: ["MEASUREMENT"],
    },
    {
      key: "measurement-digital-analytics",
      title: "Web analytics and search data are tracked for all digital services",
      description:
        "The program uses tools such as the Digital Analytics Program and site search data to see how customers use its digital services. Analytics show where customers struggle or give up. The share of customers who use the online channel is scored under \"Top tasks can be completed online, and online use is tracked (21st Century IDEA)\".",
      descriptors: [
        "The program's websites and digital services collect no analytics, or no one looks at them.",
        "At least one site collects analytics, and staff look at page views for reports.",
        "All of level 2, and every public website of the program runs the Digital Analytics Program code.",
        "All of level 3, and at least monthly staff review the completion rate and site search terms of each of the top tasks done online, with written notes.",
        "All of level 4, and each of the top tasks done online has a completion-rate target, and every change to it is checked against that target within 30 days, with records.",
      ],
      a11Areas: ["MEASUREMENT"],
    },
    {
      key: "measurement-published-results",
      title: "A CX dashboard shows program leaders and staff the results",
      description:
        "The program reports CX results to its leaders and staff on a regular dashboard. Visible results keep attention on customers. Publishing results to the public is scored under \"The program publishes its CX goals and its results against them\".",
      descriptors: [
        "No one reports CX results to program leaders.",
        "At least one report on customer data went to program leaders in the last 12 months.",
        "All of level 2, and a CX dashboard with the same measures each time goes to program leaders at least every quarter.",
        "All of level 3, and every employee can open the CX dashboard.",
        "All of level 4, and the CX dashboard shows each measure against its measurable target and its trend over at least the last four quarters.",
      ],
      a11Areas: ["MEASUREMENT"],
    },
    {
      key: "measurement-feedback-to-action",
      title: "Each finding from customer feedback becomes a tracked action, and customers hear what changed",
      description:
        "Measurement matters only when it leads to action. Each finding gets an owner, customers learn what changed, and the program checks whether the change worked. Answering the individual customer is scored under \"Every reported service failure gets an answer within a set time\".",
      descriptors: [
        "No one is responsible for acting on customer feedback, and there are no records of changes it caused.",
        "Staff changed something because of a customer comment or complaint at least once in the last 12 months.",
        "All of level 2, and every finding in the voice of the customer report becomes a tracked action.",
        "All of level 3, and at least once in the last 12 months the program told customers what it changed because of their feedback (for example, a \"you said, we did\" page).",
        "All of level 4, and for each tracked action finished in the last 12 months, the program recorded whether the measure behind the finding improved.",
      ],
      a11Areas: ["MEASUREMENT", "SERVICE_DESIGN"],
    },
  ],

  governance: [
    {
      key: "governance-accountable-executive",
      title: "One named executive is accountable for CX across the program",
      description:
        "A named senior leader answers for the customer experience across the whole program. GSA's CX Center of Excellence advises against hiring a chief customer officer as a first step; the agency-level Lead Agency Service Delivery Official of the GSDI Act is not scored here.",
      descriptors: [
        "No one is responsible for CX across the program; each office handles its own customer issues.",
        "A named manager or staff member leads CX work, even if as a side duty.",
        "All of level 2, and one named CX executive is responsible for CX across the program under a written charter or delegation.",
        "All of level 3, and the CX executive controls a budget for CX work.",
        "All of level 4, and the CX executive is a voting member of the body that approves the program's investments, with minutes showing attendance.",
      ],
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "governance-cx-team",
      title: "Staff with CX skills and CX duties support the program",
      description:
        "The program has staff whose job includes research, design, measurement and analytics, with these duties in their position descriptions. These skills must be built or hired on purpose. Training for all staff is scored under \"All employees are trained in customer service and CX\".",
      descriptors: [
        "No position description in the program includes CX duties; any CX work is done by volunteers.",
        "Staff or contractors with CX skills (research, design, measurement or analytics) work on at least one project.",
        "All of level 2, and at least one federal position in the program has a position description that is mainly CX work.",
        "All of level 3, and the program's CX positions together cover all four skills: research, design, measurement and analytics.",
        "All of level 4, and a written CX staffing plan, tied to the CX strategy and reviewed in the last 12 months, sets the CX positions the program needs.",
      ],
      a11Areas: ["ORGANIZATION_AND_CULTURE", "GOVERNANCE"],
    },
    {
      key: "governance-improvement-portfolio",
      title: "All CX improvement work is kept in one ranked backlog",
      description:
        "The program keeps one list of CX improvement work across offices, reviews it, and ranks it by customer impact. Coordination prevents duplicate or conflicting work.",
      descriptors: [
        "CX improvements are one-off fixes after complaints; no list of CX work under way exists.",
        "At least one team keeps a list of its CX improvement work.",
        "All of level 2, and the program keeps one backlog of all CX improvement work, each item with an owner and a status.",
        "All of level 3, and program leaders review the backlog at least every quarter, with minutes that record their decisions.",
        "All of level 4, and the backlog is ranked with written criteria that give customer impact a stated weight, and work starts in rank order unless a recorded reason says otherwise.",
      ],
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "governance-consistent-answers",
      title: "Customers get the same correct answer in every channel",
      description:
        "The program keeps one set of shared answers for web, phone, email, mail and in person, with named content owners. Customers lose trust when they get different answers.",
      descriptors: [
        "Each channel writes its own answers and content; no one checks whether they match.",
        "At least two channels share FAQs or scripts.",
        "All of level 2, and named content owners keep shared answers for the top tasks, used by every channel.",
        "All of level 3, and every change to a rule or procedure that affects the top tasks updates the shared answers before it takes effect, with records.",
        "All of level 4, and every quarter the program checks answer accuracy in every channel (for example, with a secret shopper) and records the share of correct answers.",
      ],
      a11Areas: ["GOVERNANCE", "SERVICE_DESIGN"],
    },
    {
      key: "governance-policy-compliance",
      title: "A register lists the federal CX requirements that apply, with owners and due dates",
      description:
        "The program knows which federal CX laws and policies apply to it, such as A-11 §280, the 21st Century IDEA and the GSDI Act, and delivers what they require on time. Only the register and deadlines are scored here; the substance (accessibility, plain language, surveys) is scored in its own practice.",
      descriptors: [
        "The program has no list of the federal CX laws and policies that apply to it.",
        "At least one federal CX requirement that applies has a named person handling it.",
        "All of level 2, and a written register lists each requirement that applies, with an owner and the next due date.",
        "All of level 3, and every deliverable in the register that was due in the last 12 months was delivered on time, with records (for a High Impact Service Provider, including the annual CX capacity assessment and action plan).",
        "All of level 4, and the register was checked against each new edition of OMB Circular A-11 and each new CX law or guidance within 60 days of its release, with dated records.",
      ],
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "governance-partner-coordination",
      title: "The program coordinates service delivery with other offices and agencies",
      description:
        "The program works with other offices, agencies, states and partners that serve the same customers. Customers should experience government as one system, not as separate offices.",
      descriptors: [
        "The program works alone; customers deal with each office or agency separately.",
        "Staff coordinated with at least one other office or agency that serves the same customers in the last 12 months.",
        "All of level 2, and the program has named contacts with every partner that serves the same customers on the top tasks, and meets each at least quarterly, with minutes.",
        "All of level 3, and written agreements with those partners set the handoffs and the data sharing for the journeys they share.",
        "All of level 4, and the program and at least one partner measure a shared journey together against a joint target.",
      ],
      a11Areas: ["GOVERNANCE", "SERVICE_DESIGN"],
    },
    {
      key: "governance-service-inventory",
      title: "A service inventory lists every public-facing service and marks each designated service",
      description:
        "A-11 §280 asks agencies to identify their services and asks each High Impact Service Provider to designate, with OMB, the services it reports on. Other programs can designate their own top services the same way.",
      descriptors: [
        "The program has no list of the services it provides to the public.",
        "At least one office keeps a list of the services it provides.",
        "All of level 2, and one service inventory lists every public-facing service of the program, with its owner, its channels and its yearly number of customers.",
        "All of level 3, and the service inventory marks each designated service, agreed with OMB (for a High Impact Service Provider) or with the agency CX lead (for other programs), with records.",
        "All of level 4, and every designated service has a written service definition.",
      ],
      a11Areas: ["GOVERNANCE"],
    },
    {
      key: "governance-cx-contracts",
      title: "Contracts for customer-facing work include CX requirements",
      description:
        "Contractors build and run much of what customers touch. Standard CX clauses make research, testing with customers, accessibility and design standards part of the work, and can require contractors to teach program staff as they go.",
      descriptors: [
        "Contracts for customer-facing work say nothing about the customer experience.",
        "At least one contract includes CX tasks (for example, user research or a usability test).",
        "All of level 2, and the program has written standard CX clauses for customer-facing work (research with customers, a usability test before each release, Section 508 conformance and USWDS).",
        "All of level 3, and every customer-facing contract awarded or renewed in the last 12 months includes the standard CX clauses.",
        "All of level 4, and every such contract sets at least one customer measure (for example, task completion rate) that the contracting officer's representative checks at each review, with records.",
      ],
      a11Areas: ["GOVERNANCE", "ORGANIZATION_AND_CULTURE"],
    },
    {
      key: "governance-service-recovery",
      title: "Every reported service failure gets an answer within a set time",
      description:
        "When something goes wrong, how the program responds decides whether the customer trusts it again. Service recovery means each customer who reports a failure is answered and helped. Fixing the causes is scored under \"Each finding from customer feedback becomes a tracked action, and customers hear what changed\".",
      descriptors: [
        "The program has no process for answering customers who report that something went wrong.",
        "At least one channel logs complaints and reported failures.",
        "All of level 2, and every channel logs reported failures in one system, under a written time limit for answering (for example, five business days).",
        "All of level 3, and at least 90% of reported failures were answered within the time limit in each of the last four quarters.",
        "All of level 4, and frontline staff have a written list of failures they may fix on the spot without asking a manager (for example, reissuing a lost notice).",
      ],
      a11Areas: ["SERVICE_DESIGN", "GOVERNANCE"],
    },
  ],

  culture: [
    {
      key: "culture-service-expectations",
      title: "Written service expectations tell every employee how to treat customers",
      description:
        "The program writes down how staff treat customers and shares it with every employee and with customers. Shared expectations set the norms for everyday behavior.",
      descriptors: [
        "The program has no written expectations for how staff treat customers.",
        "At least one office has its own written service rules or scripts.",
        "All of level 2, and one set of written service expectations applies to all program staff and is posted where every employee can read it.",
        "All of level 3, and the service expectations are published to customers (for example, on the program's website).",
        "All of level 4, and the service expectations were reviewed in the last 24 months with input from both customers and staff, with dated records of changes.",
      ],
      a11Areas: ["ORGANIZATION_AND_CULTURE"],
    },
    {
      key: "culture-cx-training",
      title: "All employees are trained in customer service and CX",
      description:
        "Every employee, not only frontline staff, learns why the customer experience matters and how their job affects it. Frontline staff and CX specialists get training for their role.",
      descriptors: [
        "The program offers no customer service or CX training.",
        "At least one employee took customer service training in the last 12 months.",
        "All of level 2, and every member of the frontline staff was trained in the last 12 months on the service expectations and the shared answers, with completion records.",
        "All of level 3, and every employee, including managers and executives, completed CX training in the last 12 months, with completion records.",
        "All of level 4, and every employee in a research, design, measurement or analytics role completed training for that role in the last 12 months, with records.",
      ],
      a11Areas: ["ORGANIZATION_AND_CULTURE"],
    },
    {
      key: "culture-customer-exposure",
      title: "Leaders and staff spend time with customers and share their stories",
      description:
        "Employees listen to calls, watch research sessions, visit offices and share customer stories. Direct contact builds empathy and keeps customers in mind.",
      descriptors: [
        "Staff do not hear directly from customers, and no one shares customer stories.",
        "In the last 12 months staff have shared at least one customer story, or listened to calls, or watched a research session.",
        "All of level 2, and the program shares customer stories or feedback with all staff at least monthly (for example, in a newsletter or all-staff meeting).",
        "All of level 3, and every program leader spent at least four hours with customers in the last 12 months (listening to calls, watching research, visiting offices), with records.",
        "All of level 4, and every employee spent at least four hours with customers in the last 12 months, with records.",
      ],
      a11Areas: ["ORGANIZATION_AND_CULTURE"],
    },
    {
      key: "culture-performance-accountability",
      title: "Performance plans include serving customers, and customer results count for teams",
      description:
        "People pay attention to what they are rated on. Individual plans rate service behaviors; customer survey results reflect whole processes, so this model counts them toward team goals, not individual ratings.",
      descriptors: [
        "Performance plans do not mention customers or service.",
        "At least one frontline employee has a customer service element in their performance plan.",
        "All of level 2, and every employee who serves customers directly has a customer service element with observable standards (for example, using the shared answers).",
        "All of level 3, and every manager and executive has a performance element tied to the program's CX goals.",
        "All of level 4, and every team has at least one yearly team goal on a customer measure, reviewed at year end.",
      ],
      a11Areas: ["ORGANIZATION_AND_CULTURE"],
    },
    {
      key: "culture-recognition",
      title: "Employees and teams who deliver great service are recognized",
      description:
        "The program thanks and rewards employees and teams for great customer service. Recognition shows what the organization values.",
      descriptors: [
        "No one is recognized for customer service.",
        "At least one supervisor recognized an employee for customer service in the last 12 months.",
        "All of level 2, and the program has a written recognition process for customer service (for example, a quarterly award) open to all staff, with records of each award.",
        "All of level 3, and every award citation in the last 12 months cites customer feedback or a CX result.",
        "All of level 4, and every way of working recognized in the last 12 months was written up and shared with all staff, with records.",
      ],
      a11Areas: ["ORGANIZATION_AND_CULTURE"],
    },
    {
      key: "culture-employee-feedback",
      title: "Employees' reports of what gets in the way of serving customers are heard and acted on",
      description:
        "The program asks employees, especially frontline staff, what tools, rules or workloads get in the way of serving customers, and acts on what they say. What customers tell staff is scored under \"What customers tell frontline staff is collected and used\".",
      descriptors: [
        "The program does not ask employees what gets in the way of serving customers.",
        "Employees can raise concerns through a general channel (for example, the Federal Employee Viewpoint Survey).",
        "All of level 2, and at least once a year the program asks staff what gets in the way of serving customers and shares a written summary of the answers with all staff.",
        "All of level 3, and every issue raised gets a recorded response and, where accepted, a tracked action.",
        "All of level 4, and at least once a year the program reports employee experience (for example, Federal Employee Viewpoint Survey engagement) beside customer results for the same services.",
      ],
      a11Areas: ["ORGANIZATION_AND_CULTURE"],
    },
  ],
};
