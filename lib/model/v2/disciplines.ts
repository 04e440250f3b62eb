// Discipline descriptions of the version 2 model (seed 003 defines the six disciplines).
import type { practicesV2 } from "./practices";

export const disciplineDescriptionsV2: Record<keyof typeof practicesV2, string> = {
  strategy:
    "A clear, written description of the experience the program wants to provide, with goals, each a measurable target, detailed enough to guide spending, staffing and everyday decisions, and shared with staff and the public.",
  "customer-understanding":
    "A shared, research-based picture of who the program's customers are, what they need and where the service fails them, from both quantitative data and direct contact with customers, including the groups the program has trouble reaching.",
  design:
    "A repeatable way to design and improve services with customers and frontline staff: human-centered design, small frequent releases, plain and accessible content in every channel, and journeys that take customers less time and show them where they stand.",
  measurement:
    "A continuous voice of the customer program: a post-transaction survey for each designated service on the A-11 survey drivers, a service standard for each of the top tasks, web analytics and one combined report, with each finding turned into a tracked action.",
  governance:
    "How the program directs and controls its customer experience: an accountable executive, CX staff, one ranked backlog, a service inventory, consistent answers, contracts and federal requirements, partners, and answering customers when something goes wrong.",
  culture:
    "Shared values and behaviors that keep employees focused on customers: written service expectations, training, time with customers, performance plans, recognition and acting on what employees say, so that serving customers is a habit rather than a mandate.",
};
