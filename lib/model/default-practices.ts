// Default CX practices: written for this project from the seeds (see lib/model/default-model.ts).
export type PracticeContent = {
  /** Unique across the whole model, kebab-case, stable (targets and resources refer to it). */
  key: string;
  /** The practice as a short statement, under ~90 characters. */
  title: string;
  /** One or two sentences: what the practice is and why it matters. */
  description: string;
  /** What the practice looks like at levels 1 (Reactive) … 5 (Customer-centric), in that order. */
  descriptors: [string, string, string, string, string];
};

export const defaultPractices: Record<
  "strategy" | "customer-understanding" | "design" | "measurement" | "governance" | "culture",
  PracticeContent[]
> = {
  strategy: [
    {
      key: "strategy-documented-vision",
      title: "A written CX vision describes the experience the program wants to deliver",
      description:
        "The program writes down what a good experience looks like for its customers. A clear vision lets staff make consistent choices about services and spending.",
      descriptors: [
        "No written description of the desired customer experience exists. Staff hold different, unstated ideas of what good service means.",
        "Some projects describe the experience they want in charters or briefs, but the program has no shared vision that covers all its services.",
        "A written, program-wide CX vision names the target experience for top tasks. Some teams use it when they plan their work.",
        "The vision is part of a formal CX strategy with goals, owners and timelines, including the digital strategy. All teams use it to plan and design work.",
        "Leaders review the vision at least once a year against customer data and results, and update it. It guides decisions in every channel and with partners.",
      ],
    },
    {
      key: "strategy-customer-priorities",
      title: "The CX strategy is based on what matters most to customers",
      description:
        "The program bases its strategy on customers' top tasks and pain points, not only on internal priorities. This keeps effort on the changes that help the most people.",
      descriptors: [
        "Priorities come from internal needs, deadlines and complaints that reach leaders. No one has identified customers' top tasks.",
        "Some teams have listed top tasks or pain points for their own projects, using data they already had. The lists are not shared or combined.",
        "The program keeps one ranked list of customer top tasks and pain points, built from research and data, and uses it to set CX priorities.",
        "The top-task list is updated at least once a year with new research. Every strategic priority traces back to a named customer need or pain point.",
        "The program checks whether its priorities improved results for top tasks and reorders them on that evidence. Customers help confirm the list.",
      ],
    },
    {
      key: "strategy-mission-alignment",
      title: "CX goals are part of the agency's strategic plan and program goals",
      description:
        "CX goals flow from the agency's mission and appear in its strategic plan and the program's performance goals. This makes CX part of the program's core work, not a side project.",
      descriptors: [
        "CX does not appear in the program's goals or the agency's strategic plan. No one discusses service quality during planning.",
        "Planning documents mention CX as a general value, such as “excellent service”, without specific goals or a link to the mission.",
        "The program has specific CX goals that link to the agency mission. Some of them appear in the strategic plan or annual performance plan.",
        "CX goals are part of the agency strategic plan and the program's performance goals. Program leaders report on them in regular performance reviews.",
        "CX results feed each strategic planning cycle. Leaders change mission goals, not only CX goals, when customer data shows a gap.",
      ],
    },
    {
      key: "strategy-shared-with-staff",
      title: "Every employee knows the CX strategy and their part in it",
      description:
        "The program shares its CX strategy with all staff and contractors and shows each team how its work affects customers. People cannot carry out a strategy they do not know.",
      descriptors: [
        "Staff have not been told of any CX strategy or goals. Most could not say how their work affects customers.",
        "Leaders mention CX goals in occasional messages or town halls, but teams do not know what the goals mean for their daily work.",
        "The CX strategy is published to all staff, and managers explain it to their teams. Most staff can name the program's CX goals.",
        "Every team has written down how its work supports the CX strategy. Contractors receive the strategy, and new staff learn it during onboarding.",
        "The program checks staff understanding through surveys or interviews at least once a year and closes the gaps it finds. Staff use the strategy to make everyday decisions.",
      ],
    },
    {
      key: "strategy-public-goals",
      title: "The program publishes its CX goals and progress to the public",
      description:
        "The program shares its CX priorities, goals and results publicly. Public goals create accountability and build trust.",
      descriptors: [
        "The program does not publish any CX goals, service commitments or results.",
        "The program publishes general customer service commitments, such as a service pledge, but no specific goals or results.",
        "The program publishes its main CX goals on its website or in agency plans and reports results against them at least once a year.",
        "The program publishes its goals and results on a set schedule, such as quarterly, including every report that OMB requires of it.",
        "Published reports show progress against dated targets, explain misses and describe what changed. Customers can see how their feedback led to changes.",
      ],
    },
    {
      key: "strategy-funding-decisions",
      title: "CX goals guide funding and prioritization decisions",
      description:
        "The program uses its CX strategy to decide which projects get money, staff and time. A strategy that does not shape spending is only words.",
      descriptors: [
        "Funding and project choices do not consider the effect on customers. CX work happens only when someone finds spare budget.",
        "Some project requests mention customer benefits, but no rule requires it, and customer impact rarely changes a funding decision.",
        "Every project proposal must state its expected effect on customers. Leaders weigh it alongside cost and risk when they choose projects.",
        "The program scores every investment against its CX goals with set criteria. CX work has its own line in the annual budget request.",
        "The program compares the expected and actual customer impact of funded work and uses the results to set the next year's priorities and budget.",
      ],
    },
    {
      key: "strategy-measurable-targets",
      title: "CX goals have measurable targets, deadlines and named owners",
      description:
        "Each CX goal has a number to reach, a date and a person responsible. Without these, the program cannot show progress.",
      descriptors: [
        "CX goals, if any, are broad statements with no measures, targets or dates.",
        "A few CX goals have measures, but targets and dates are missing or are set informally by individual projects.",
        "Most CX goals have a measure, a target value and a deadline. A baseline exists for the main measures.",
        "Every CX goal has a baseline, a target, a deadline and a named owner. Leaders review progress against the targets at least quarterly.",
        "The program sets targets from customer data and benchmarks, links each target to the actions meant to move it, and revises targets based on evidence.",
      ],
    },
  ],

  "customer-understanding": [
    {
      key: "cu-customer-segments",
      title: "The program knows who its customers are and how their needs differ",
      description:
        "The program identifies and describes its customer groups, including people it has trouble reaching. Different groups need different things.",
      descriptors: [
        "The program has no shared description of its customers. Staff think of customers as one general group, or as case numbers.",
        "Some projects describe their own users, often from demographic or administrative data. The descriptions differ and are not shared.",
        "The program has one documented list of customer groups, with their size and main needs, based on data and some research.",
        "All planning, design and measurement use the customer groups. The list includes underserved groups and the partners who serve customers.",
        "The program updates its customer groups at least once a year from new data and research, and tracks results by group to find unequal experiences.",
      ],
    },
    {
      key: "cu-direct-research",
      title: "Staff learn about customers directly through interviews and observation",
      description:
        "Program staff talk with customers and watch them use services, not only read reports. Direct contact shows needs that numbers cannot.",
      descriptors: [
        "No one in the program talks with or observes customers to learn about them. Knowledge of customers comes from complaints and assumptions.",
        "Some projects or contractors run interviews or focus groups as part of other work. The results stay with that project.",
        "The program runs its own qualitative research, such as interviews, site visits or “secret shopper” checks, on its top tasks at least once a year.",
        "One program-wide research plan guides all research. Trained staff run it, with a standing way to recruit customers, including hard-to-reach groups.",
        "Research with customers is continuous. The program checks its methods for quality and bias and can show how findings changed services and policies.",
      ],
    },
    {
      key: "cu-personas",
      title: "Research-based personas describe the program's main customers",
      description:
        "Personas are short profiles of typical customers, built from research. They help teams keep real people in mind when they make decisions.",
      descriptors: [
        "The program has no personas. Teams describe customers from their own assumptions, if at all.",
        "A project has created personas, sometimes from assumptions rather than research. Few people outside that project use them.",
        "The program has research-based personas for its main customer groups and shares them with the teams that design services.",
        "Personas are kept in one place, refreshed with new research, and used in all design, planning and policy work.",
        "The program tests personas against new data at least once a year, updates them, and retires those that no longer match real customers.",
      ],
    },
    {
      key: "cu-journey-maps",
      title: "Journey maps show each customer's experience from start to finish",
      description:
        "A journey map shows every step, channel and feeling from a customer's first need to the final result, including steps run by other offices. It shows where the experience breaks down.",
      descriptors: [
        "The program has no journey maps. It sees its service as separate transactions owned by different offices.",
        "A project has mapped part of one journey, such as a website or a form, from the program's point of view rather than the customer's.",
        "Research-based journey maps exist for the top tasks. They show pain points across channels, and teams can see them.",
        "Maps cover all major journeys, including steps with partner agencies. Each pain point has an owner, and the maps are used to set priorities.",
        "Journey maps are updated with measurement data for each stage. The program tracks how fixing pain points changes satisfaction and completion rates.",
      ],
    },
    {
      key: "cu-data-analysis",
      title: "Customer data from all sources is reviewed together on a set schedule",
      description:
        "The program regularly combines feedback, web analytics, search terms, contact center data and research to learn what customers do and why. Regular review turns data into insight.",
      descriptors: [
        "Customer data sits in separate systems. No one reviews it unless there is a problem or a request from leaders.",
        "Individual teams look at their own data, such as web analytics or call volumes, when they have time or a project needs it.",
        "The program reviews feedback, web, search and contact center data together at least quarterly and writes down what it finds.",
        "A standard process links data reviews to decisions. Each finding gets an owner, and research is used to explain the causes behind the numbers.",
        "The program reviews its data at least monthly, spots emerging problems from trends, and follows each finding through to a measured result.",
      ],
    },
    {
      key: "cu-frontline-insights",
      title: "Frontline staff's knowledge of customer questions is collected and used",
      description:
        "Contact center and front-line staff hear from customers every day. The program collects the questions and problems they hear and uses them to improve services and content.",
      descriptors: [
        "No one asks frontline staff what customers say. Common questions and call reasons are not recorded.",
        "Some supervisors track common questions or call reasons for their own team, but the information does not reach program decision-makers.",
        "The program collects top call reasons and common questions from all frontline channels at least monthly and keeps one shared FAQ list.",
        "Frontline staff have a standard way to report customer problems. Their reports feed program priorities, content changes and design work.",
        "The program tracks how changes based on frontline input reduce repeat questions and calls, and tells frontline staff what changed because of them.",
      ],
    },
    {
      key: "cu-shared-insights",
      title: "Customer insights are kept in one place that all staff can use",
      description:
        "Research, feedback and data findings are kept in one shared, searchable place. This avoids repeated research and gives everyone the same picture of customers.",
      descriptors: [
        "Research reports and data stay with the people or contractors who created them. Staff often do not know that earlier research exists.",
        "Some research is saved on team drives or sites, but it is hard to find and is not organized or summarized.",
        "The program keeps research findings in one shared library with summaries. Teams check it before they start new research.",
        "A named owner keeps the library current, searchable and tagged by customer group and journey. Leaders and all teams use it.",
        "The program tracks how often insights are used in decisions, updates the library continuously, and shares insights with partners that serve the same customers.",
      ],
    },
  ],

  design: [
    {
      key: "design-hcd-process",
      title: "Teams follow a standard human-centered design process",
      description:
        "The program uses a defined, repeatable process to research, design, test and improve services with customers, following federal guidance such as the Digital Services Playbook.",
      descriptors: [
        "Services are designed around internal processes, rules and systems. Customers see the result only after launch.",
        "Some projects or contractors use human-centered design methods, depending on the people involved. No program-wide process exists.",
        "The program has a written human-centered design process and uses it for major customer-facing changes, such as new forms or websites.",
        "All customer-facing changes, including policy and process changes, follow the process. Contracts require it, and trained staff lead it.",
        "The program measures whether the process leads to better customer results, reviews it at least once a year, and improves it based on evidence.",
      ],
    },
    {
      key: "design-co-creation",
      title: "Customers and frontline staff help design solutions",
      description:
        "The program involves customers, frontline employees and partners in creating solutions, not only in testing them. The people who use and deliver a service know where it fails.",
      descriptors: [
        "Program staff and contractors design solutions alone. Customers and frontline staff are not involved.",
        "Customers or frontline staff are sometimes asked for ideas, such as in a one-time workshop or an ideation challenge, often late in a project.",
        "Major projects include customers and frontline staff in design sessions from the start. Teams record how their input shaped the result.",
        "Standing groups, such as customer panels or advisory boards, let customers, frontline staff and partners take part in all major design work.",
        "The program measures the effect of co-designed changes, reports back to participants, and involves a representative mix of customers, including underserved groups.",
      ],
    },
    {
      key: "design-usability-testing",
      title: "Services are tested with real users before and after release",
      description:
        "Teams watch real customers try to use forms, websites and processes, then fix what goes wrong. Testing finds problems before customers do.",
      descriptors: [
        "No one tests services with users. Problems come to light through complaints after launch.",
        "Some projects run usability tests, usually once near launch, when budget and time allow.",
        "The program tests every major new or changed digital service with users before release and fixes the most serious problems.",
        "Testing happens throughout design and after release, in every channel, and includes people with disabilities and people with limited English.",
        "Testing is continuous. The program tracks task success rates over time, and no customer-facing change ships without evidence of testing.",
      ],
    },
    {
      key: "design-agile-delivery",
      title: "Teams deliver in small, frequent releases and improve based on feedback",
      description:
        "The program builds and improves services in short cycles and learns from customers each time. Small, frequent changes lower risk and fix problems faster.",
      descriptors: [
        "Services change through large, infrequent projects, often years apart. Customer feedback cannot change a project once it starts.",
        "Some teams use agile methods, but funding, contracts and approvals still follow long, fixed plans.",
        "Major digital projects use agile methods, release working changes at least monthly, and adjust their plans based on user feedback.",
        "Agile delivery is the default for customer-facing work. Contracts, budgets and approvals support short cycles and one backlog ranked by customer need.",
        "Teams release changes continuously, measure the customer effect of each release, and stop or change work that does not improve results.",
      ],
    },
    {
      key: "design-plain-language",
      title: "Forms, letters and web content are written in plain language",
      description:
        "The program writes everything customers read in plain language and offers key content in other languages. Customers cannot act on what they cannot understand.",
      descriptors: [
        "Customer content is written in legal or technical language. No one checks it for clarity.",
        "Some writers follow the Federal Plain Language Guidelines, but no one reviews forms, letters and notices for clarity.",
        "The program has a plain language standard. Staff trained in plain writing review new web content, forms and letters before release.",
        "All customer content, including older letters and forms, meets the standard and is tested with customers. Key content is offered in the main languages customers speak.",
        "The program measures whether customers understand its content, such as errors or calls per letter, and rewrites content that falls short.",
      ],
    },
    {
      key: "design-end-to-end",
      title: "Services are designed across the whole journey and every channel",
      description:
        "The program designs changes for the full journey and for web, phone, mail and in-person channels together. Customers should get a consistent experience however they reach the program.",
      descriptors: [
        "Each channel and office designs its own part of the service. Customers repeat information and get different treatment in different channels.",
        "Some projects consider more than one channel, but most changes improve one touchpoint, such as a web page, without looking at the rest of the journey.",
        "Major changes are designed from journey maps and cover all channels, including the contact center and paper processes.",
        "Each journey has an owner across channels and offices. Design covers handoffs with partner agencies, and customers can switch channels without starting over.",
        "The program measures whole journeys across channels and redesigns where handoffs fail. Customers can complete top tasks in the channel they choose.",
      ],
    },
    {
      key: "design-standards",
      title: "Digital services meet federal design, accessibility and mobile standards",
      description:
        "The program's websites and digital services follow shared federal standards, such as the U.S. Web Design System, Section 508 and mobile guidelines. Standards give customers a consistent, accessible experience.",
      descriptors: [
        "Websites and digital services follow no common design standard. Accessibility is checked only when someone complains.",
        "Some sites use federal design standards or pass accessibility checks, depending on the project or contractor.",
        "The program has adopted federal design, accessibility and mobile standards for new digital services and checks them before launch.",
        "All digital services, including older ones, meet the standards. Contracts require them, and the program uses shared federal components and services.",
        "The program monitors accessibility and standards continuously, fixes issues within set deadlines, and contributes improvements back to shared federal standards.",
      ],
    },
  ],

  measurement: [
    {
      key: "measurement-transaction-feedback",
      title: "Customer feedback is collected at the point of transaction for top tasks",
      description:
        "Customers answer a few short questions right after they complete a task, in each channel. Timely feedback shows how a specific service is working.",
      descriptors: [
        "The program does not ask customers for feedback after transactions. Complaints are the only feedback it receives.",
        "Individual projects run surveys ad hoc, often once, with their own questions. No one compares results over time.",
        "Short post-transaction surveys run all the time for top tasks in the main digital channel, with standard questions on satisfaction and trust.",
        "Post-transaction surveys run in all channels, including phone and in person, for every top task. Results are reported at least quarterly.",
        "Surveys cover every major touchpoint. The program monitors response rates and sample quality, and teams see results within days.",
      ],
    },
    {
      key: "measurement-voice-of-customer",
      title: "A voice-of-the-customer program combines feedback from many sources",
      description:
        "The program brings together surveys, complaints, comments, social media, contact center and analytics data. Several sources give a fuller picture than any one survey.",
      descriptors: [
        "No voice-of-the-customer program exists. Feedback sources, if any, are handled separately with no combined view.",
        "The program uses one or two sources, such as web analytics and occasional surveys, run by different teams.",
        "The program combines at least surveys, complaints, contact center data and web analytics into a regular report on the customer experience.",
        "A managed program adds relationship surveys and social media listening, and analyzes which factors most affect satisfaction and trust.",
        "The program tracks these key drivers over time, tests whether its changes move them, and uses the results to set priorities and budgets.",
      ],
    },
    {
      key: "measurement-service-levels",
      title: "Service standards are set and tracked for top tasks",
      description:
        "The program sets clear standards, such as wait times and processing times, for its top tasks and measures how well it meets them. Customers and staff know what to expect.",
      descriptors: [
        "The program has no service standards for top tasks. It does not know its wait or processing times.",
        "Some offices track operational measures, such as call wait times, but there are no customer-focused standards or targets.",
        "The program has written service standards for top tasks, such as processing times, and measures performance against them at least monthly.",
        "Service standards cover all channels, are based on customer expectations, are published, and are reviewed in regular performance meetings.",
        "The program meets its standards consistently, acts quickly when performance drops, and adjusts standards based on customer research and results.",
      ],
    },
    {
      key: "measurement-standard-methods",
      title: "Standard survey questions, methods and metrics are used across channels",
      description:
        "The program uses the same core questions, scales and definitions in every channel and follows federal guidance such as OMB Circular A-11. Standard measures can be compared over time and across services.",
      descriptors: [
        "No measurement standards exist. Each survey, if there is one, uses its own questions and scales.",
        "Some teams reuse questions or follow survey guidance, but metrics and definitions differ between channels and projects.",
        "The program has a written set of core CX questions and metrics, cleared under the Paperwork Reduction Act, and uses it for top tasks.",
        "All surveys and metrics use the standard set, including the A-11 satisfaction and trust questions, so results compare across channels, services and time.",
        "The program reviews its measures at least once a year for accuracy and bias, drops those that do not predict outcomes, and shares its methods with other programs.",
      ],
    },
    {
      key: "measurement-digital-analytics",
      title: "Web analytics and search data are tracked for all digital services",
      description:
        "The program uses tools such as the Digital Analytics Program and site search data to see how customers use its digital services. Analytics show where customers struggle or give up.",
      descriptors: [
        "Digital services have no analytics, or data is collected but no one looks at it.",
        "Some sites use analytics, and staff check page views now and then, mostly for reports.",
        "All public websites use the Digital Analytics Program. Staff review task completion and search terms for top tasks at least monthly.",
        "Analytics cover all digital services, including online forms and applications, and are combined with survey results to find where and why customers drop out.",
        "The program sets targets for digital task completion, tests changes against them, and uses analytics to guide every digital improvement.",
      ],
    },
    {
      key: "measurement-published-results",
      title: "CX results are reported on dashboards and shared inside and outside the program",
      description:
        "The program reports CX results to staff and leaders on regular dashboards and publishes them for the public. Visible results keep attention on customers.",
      descriptors: [
        "No one reports CX results. Leaders do not see customer data when they make decisions about the program.",
        "Teams produce one-off reports on customer data when asked, each in its own format.",
        "A regular CX report or dashboard goes to program leaders at least quarterly and shows key measures and trends.",
        "All staff can see dashboards that update automatically. The program also publishes results, including required reports such as those on performance.gov.",
        "Dashboards show progress against targets and link results to actions. Leaders use them in every performance review, and the public can see results over time.",
      ],
    },
    {
      key: "measurement-feedback-to-action",
      title: "Teams use customer feedback to find and fix problems",
      description:
        "Staff are trained to read customer feedback and use it to improve services. Measurement matters only when it leads to action.",
      descriptors: [
        "Customer feedback does not lead to changes. No one is responsible for acting on it.",
        "Some staff act on individual comments or complaints when they notice them, but no process makes sure anyone follows up.",
        "Problems found in feedback are logged and assigned to owners. Staff who handle feedback are trained to analyze it.",
        "Every team is trained to use customer data. Each major finding gets a tracked action with an owner and due date, and customers hear about changes.",
        "The program measures whether each action improved the result that prompted it, and always reports back to the customers and staff involved.",
      ],
    },
  ],

  governance: [
    {
      key: "governance-accountable-executive",
      title: "One accountable executive owns CX across the program",
      description:
        "A named senior leader is responsible for the customer experience across the whole program and has the authority and resources to drive change. Without an owner, CX work stays scattered.",
      descriptors: [
        "No one is responsible for CX. Each office handles its own customer issues.",
        "A manager or staff member leads CX as a side duty, with no formal authority over other offices.",
        "A named executive is formally responsible for the program's CX under a written charter, but has little authority over budgets or other offices.",
        "The CX executive has a budget, authority to approve and monitor CX work across all offices and channels, and a seat in senior leadership decisions.",
        "The CX executive's performance plan includes published CX targets, and the executive changes processes, policies and funding when results call for it.",
      ],
    },
    {
      key: "governance-cx-team",
      title: "A dedicated CX team with defined roles supports the program",
      description:
        "The program has staff whose job is CX, with position descriptions and performance plans for research, design, measurement and analytics. These skills must be built or hired on purpose.",
      descriptors: [
        "The program has no staff with CX duties or skills. Volunteers do any CX work.",
        "Some staff or contractors with CX skills work on individual projects. No position description includes CX duties.",
        "A small CX team has defined roles, position descriptions and performance plans. Contracts for customer-facing work include CX requirements.",
        "The CX team covers research, design, measurement and analytics, supports all offices, and trains program staff who work beside contractors.",
        "The program plans CX staffing from its strategy, tracks the team's effect on CX results, and builds CX skills across the whole workforce.",
      ],
    },
    {
      key: "governance-improvement-portfolio",
      title: "CX improvement work is ranked and tracked in one list",
      description:
        "The program keeps one list of CX improvement projects, ranks it by customer impact, and tracks progress in a standard way. Coordination prevents duplicate or conflicting work.",
      descriptors: [
        "CX improvements are one-off fixes in response to complaints. No one knows all the CX work under way.",
        "Teams track their own CX projects separately. Duplicate or conflicting work is found by chance.",
        "The program keeps one list of CX improvement projects with owners and status, and reviews it with leaders at least quarterly.",
        "A governance group ranks all CX projects by customer impact and fit with the strategy, coordinates them across offices, and tracks them in a standard way.",
        "The program measures completed projects against their goals and uses that evidence to reorder the list and decide what to fund.",
      ],
    },
    {
      key: "governance-consistent-answers",
      title: "Customers get the same correct answer in every channel",
      description:
        "The program oversees content and support across web, phone, email, mail and in person, with named content owners and shared answers. Customers lose trust when they get different answers.",
      descriptors: [
        "Each channel writes its own content and answers. No one checks whether the answers match.",
        "Some channels share FAQs or scripts, but no one owns the content, and answers often differ between web and phone.",
        "Named content owners keep shared FAQs, call scripts and standard email replies for top tasks, and all front-line staff use them.",
        "One group oversees support in all channels. Editorial controls cover all published content, and staff in every channel are trained on service expectations and FAQs.",
        "The program checks answer accuracy across channels, for example with secret shoppers, fixes gaps quickly, and reports consistency as a CX result.",
      ],
    },
    {
      key: "governance-policy-compliance",
      title: "The program tracks and meets federal CX laws and policies",
      description:
        "The program knows which federal CX requirements apply to it, such as OMB Circular A-11 Section 280, Section 508, the Plain Writing Act and the Paperwork Reduction Act, and meets them on time.",
      descriptors: [
        "The program does not know which federal CX laws and policies apply to it.",
        "Staff respond to requirements as they come up, often late. There is no list of what applies or who is responsible.",
        "The program keeps a list of the CX requirements that apply, with owners and deadlines, and meets most of them on time.",
        "Every requirement has an owner and is met on time. Standard processes build them in, such as the annual CX capacity assessment and action plan where required.",
        "The program uses required reports to drive improvement, acts on new policies quickly, and helps shape federal CX guidance.",
      ],
    },
    {
      key: "governance-partner-coordination",
      title: "The program coordinates service delivery with other offices and agencies",
      description:
        "The program works with other offices, agencies, states and partners that serve the same customers. Customers should experience government as one system, not as separate offices.",
      descriptors: [
        "The program works alone. Customers must deal with each office or agency separately.",
        "Staff coordinate with other offices or agencies informally, through personal contacts, on individual cases or projects.",
        "The program has named contacts and regular meetings with key partners that serve the same customers, and shares some data and content with them.",
        "Written agreements set shared goals, data sharing and handoffs with key partners. Joint teams work on journeys that cross organizations.",
        "The program and its partners measure shared journeys together, set joint targets, and improve handoffs based on shared customer data.",
      ],
    },
  ],

  culture: [
    {
      key: "culture-service-expectations",
      title: "Customer service expectations are written down and shared with all staff",
      description:
        "The program publishes clear expectations for how staff treat customers and shares them with every employee. Shared expectations set the norms for everyday behavior.",
      descriptors: [
        "The program has no written expectations for how staff treat customers. Expectations depend on each supervisor.",
        "Some offices have their own customer service rules or scripts, but they are not shared across the program.",
        "The program has written customer service expectations, shares them with all staff, and posts them where employees work, such as the intranet.",
        "The expectations are published to the public, taught in onboarding, and used in everyday management. Staff can describe their role in meeting them.",
        "The program checks how well staff meet the expectations through customer feedback and observation, and updates them with employee and customer input.",
      ],
    },
    {
      key: "culture-cx-training",
      title: "All employees are trained in customer service and CX",
      description:
        "Every employee, not only front-line staff, learns why customer experience matters and how their job affects it. Front-line staff get extra training.",
      descriptors: [
        "The program offers no customer service or CX training. Staff learn how to treat customers on the job, if at all.",
        "Some employees take customer service training on their own, or only front-line staff get basic training.",
        "All new employees get CX training during onboarding. Front-line staff get regular training on service expectations and FAQs.",
        "All staff, including leaders and contractors, complete CX training every year. Staff in design, research and data roles get training for their role.",
        "The program measures how training affects customer results, updates training with current customer insights, and supports staff in CX communities of practice.",
      ],
    },
    {
      key: "culture-customer-exposure",
      title: "Staff regularly hear from customers and share their stories",
      description:
        "Employees listen to calls, read feedback, watch research sessions and share customer stories. Direct contact builds empathy and keeps customers in mind.",
      descriptors: [
        "Most staff never hear directly from customers. No one shares customer stories.",
        "Some staff share customer stories informally, and a few choose to listen to calls or watch research sessions.",
        "The program shares customer stories and feedback with all staff on a set schedule, such as in newsletters, meetings or on the intranet.",
        "All staff, including leaders, spend set time with customers each year, such as listening to calls. Leaders open key meetings with customer stories.",
        "Contact with customers is a normal part of every role. The program tracks participation, and proposals and decisions routinely cite customer stories and feedback.",
      ],
    },
    {
      key: "culture-performance-accountability",
      title: "Customer service is part of every employee's performance plan",
      description:
        "Performance plans include elements on serving customers. People pay attention to what they are rated on.",
      descriptors: [
        "Performance plans do not mention customers or service. No one is rated on how well they serve customers.",
        "Some front-line staff have customer service elements in their performance plans, but other staff and managers do not.",
        "All employees who serve customers directly have customer service elements, with clear measures, in their performance plans.",
        "All employees, including managers and executives, have performance elements tied to the program's CX goals.",
        "Ratings use customer results and feedback as evidence. The program reviews the elements each year so they reward the behaviors that improve experiences.",
      ],
    },
    {
      key: "culture-recognition",
      title: "Employees who deliver great service are recognized",
      description:
        "The program thanks and rewards employees and teams for great customer service. Recognition shows what the organization values.",
      descriptors: [
        "No one is recognized for customer service. Leaders notice service only when customers complain about it.",
        "Some supervisors thank staff for good service, depending on the supervisor. The program has no regular way to recognize it.",
        "The program has a regular way to recognize customer service, such as awards or shout-outs, open to all staff.",
        "Recognition is tied to CX goals and customer feedback, is celebrated program-wide, and includes teams that improve service behind the scenes.",
        "The program checks that recognition rewards the right behaviors, accepts nominations from customers, and spreads recognized practices so others adopt them.",
      ],
    },
    {
      key: "culture-employee-feedback",
      title: "Employee ideas and concerns about serving customers are heard and acted on",
      description:
        "The program asks employees, especially front-line staff, what gets in the way of serving customers, and acts on what they say. Engaged employees deliver better experiences.",
      descriptors: [
        "The program does not ask employees what gets in the way of serving customers.",
        "Employees can raise concerns through general channels, such as the Federal Employee Viewpoint Survey, but the program rarely acts on CX-related results.",
        "The program asks staff about serving customers at least once a year, shares what it heard, and acts on some of it.",
        "Staff have a standing channel for ideas and concerns. Leaders respond to each one, and the program tracks actions to completion.",
        "The program measures employee experience alongside customer results, improves both together, and shows staff what changed because of their input.",
      ],
    },
  ],
};
