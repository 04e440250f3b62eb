import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseToolkit, type ToolkitResource } from "./toolkit-parser";

const markdown = readFileSync(new URL("./content/cx-toolkit.md", import.meta.url), "utf8");
const resources = parseToolkit(markdown);

const byTitle = (title: string): ToolkitResource => {
  const matches = resources.filter((r) => r.title === title);
  expect(matches, `exactly one resource titled "${title}"`).toHaveLength(1);
  return matches[0] as ToolkitResource;
};

describe("parseToolkit on the digital.gov CX Toolkit file", () => {
  it("finds exactly as many resources as there are non-anchor links after the first <h2>", () => {
    // Independent count: a plain text scan, no parser involved.
    const body = markdown.slice(markdown.indexOf("<h2"));
    const linkCount = (body.match(/\]\(/g) ?? []).length;
    const anchorCount = (body.match(/\]\(\s*#/g) ?? []).length;
    const emailCount = (body.match(/\]\(\s*mailto:/g) ?? []).length;
    expect(markdown.indexOf("<h2")).toBeGreaterThan(0);
    expect(linkCount - anchorCount - emailCount).toBeGreaterThan(50);
    expect(resources).toHaveLength(linkCount - anchorCount - emailCount);
  });

  it("makes every web URL absolute and resolves {{ site.baseurl }}", () => {
    for (const r of resources) {
      expect(r.url).not.toContain("{{");
      expect(r.url).not.toMatch(/\s/);
    }
    // The closing "contact us" e-mail link is how to reach the toolkit's editors, not a resource.
    expect(resources.filter((r) => !/^https?:\/\//.test(r.url))).toEqual([]);
    expect(resources.filter((r) => r.url.startsWith("https://digital.gov/")).length).toBeGreaterThan(30);
  });

  it("has non-empty titles without Markdown leftovers", () => {
    for (const r of resources) {
      expect(r.title).not.toBe("");
      expect(r.title).toBe(r.title.trim());
      expect(r.title).not.toMatch(/\]\(|^\[/);
    }
  });

  it("assigns the eight topics in document order", () => {
    const topics = [...new Set(resources.map((r) => r.topic))];
    expect(topics).toEqual([
      "Strategy",
      "Governance",
      "Culture",
      "Customer Understanding",
      "Design",
      "Measurement",
      "Digital Services",
      "Collaboration",
    ]);
    // topics are contiguous (document order is kept)
    const changes = resources.filter((r, i) => i > 0 && resources[i - 1]?.topic !== r.topic).length;
    expect(changes).toBe(7);
  });

  it("ignores the introduction's links (webinar link and topic anchors)", () => {
    expect(resources.some((r) => r.url.includes("JFJg-8KwR9I"))).toBe(false);
    expect(resources.some((r) => r.url.includes("#"))).toBe(false);
    expect(resources[0]?.title).toBe("Customer Service Cross-Agency Priority (CAP) Goal Update");
    expect(resources[0]?.url).toBe("https://digital.gov/2015/12/14/government-customer-service-update-webinar-recap/");
  });

  it("parses the myUSCIS Overview line (Word file, size, long publisher)", () => {
    const r = byTitle("myUSCIS Overview");
    expect(r.url).toBe("https://digital.gov/files/2015/12/DHS-myUSCIS-overview.docx");
    expect(r.format).toBe("Word");
    expect(r.size).toBe("69 kb");
    expect(r.topic).toBe("Strategy");
    expect(r.subheading).toBe("Share high-level priorities and goals");
    expect(r.context).toBe("See what other agencies are doing");
    expect(r.publisher.startsWith("United States Citizenship and Immigration Services")).toBe(true);
    expect(r.publisher).toBe(
      "United States Citizenship and Immigration Services (USCIS), Department of Homeland Security (DHS)",
    );
  });

  it("parses a nested bullet with a publisher (Task Analysis)", () => {
    expect(byTitle("Task Analysis")).toEqual({
      title: "Task Analysis",
      url: "http://www.usability.gov/how-to-and-tools/methods/task-analysis.html",
      publisher: "Usability.gov",
      format: "",
      size: "",
      topic: "Strategy",
      subheading: "Develop a strategy",
      context: "Identify what matters most to customers",
    });
  });

  it("gives both OPM links on one line the shared publisher", () => {
    const plan = byTitle("Strategic Plan FY2014-2018");
    const mission = byTitle("Mission, Goals and Priorities");
    expect(plan.url).toBe("https://www.opm.gov/about-us/budget-performance/strategic-plans/2014-2018-strategic-plan.pdf");
    expect(mission.url).toBe("https://www.opm.gov/about-us/budget-performance/goals-priorities");
    expect(plan.publisher).toBe("Office of Personnel Management (OPM)");
    expect(mission.publisher).toBe("Office of Personnel Management (OPM)");
    expect(resources.indexOf(mission)).toBe(resources.indexOf(plan) + 1);
  });

  it("gives two links with their own format notes the shared publisher (DHS/USCIS)", () => {
    expect(byTitle("Customer Service and Public Engagement Directorate (CSPED) overview")).toMatchObject({
      url: "https://digital.gov/files/2015/12/DHS-Customer-Service-and-Public-Engagement-Directorate-Overview.pptx",
      format: "PowerPoint",
      size: "2MB",
      publisher: "DHS/USCIS",
      context: "Agency examples",
    });
    expect(byTitle("Functional Profile")).toMatchObject({ format: "Word", size: "85 kb", publisher: "DHS/USCIS" });
  });

  it("recognises video lines and does not treat the note as a publisher", () => {
    expect(byTitle("The Essentials of Customer Experience: Going Beyond Customer Service")).toMatchObject({
      url: "https://www.youtube.com/watch?v=7MFjWiused8",
      format: "video",
      publisher: "",
      subheading: "Get the big picture",
    });
    expect(byTitle("Create a Culture of Engagement")).toMatchObject({ format: "video", publisher: "" });
    expect(byTitle("Customer Experience Case Study: CDC’s Clear Communication Index")).toMatchObject({
      format: "video",
      publisher: "",
    });
    expect(resources.filter((r) => r.format === "video")).toHaveLength(7);
  });

  it("treats lower-case descriptive notes after a dash as notes, not publishers", () => {
    expect(byTitle("Sample PDs for Digital Government jobs").publisher).toBe(""); // "— incl. usability, design, analytics"
    expect(byTitle("DAP/Google Analytics").publisher).toBe(""); // "— web analytics"
    expect(byTitle("DOI Federal Consulting Group (FCG)").publisher).toBe(""); // "— survey tools and analysis support"
    expect(byTitle("Developing Customer-Focused Organizations").publisher).toBe("OPM"); // "— 5-day training course — OPM"
    expect(byTitle("Method cards").publisher).toBe("18F (GSA)");
  });

  it("handles links without a publisher, including mid-sentence links", () => {
    expect(byTitle("Guide to Understanding Your Customer")).toMatchObject({
      url: "https://digital.gov/files/2015/09/Understanding-Your-Customer.pdf",
      publisher: "",
      format: "PDF",
      size: "10 MB",
      subheading: "Clearly identify who you’re serving",
      context: "",
    });
    expect(byTitle("Open Government pages")).toMatchObject({
      url: "https://obamawhitehouse.archives.gov/open/about/working-group",
      publisher: "",
      context: "Publicly share goals and priorities to increase accountability",
    });
    expect(byTitle("U.S. Digital Service").publisher).toBe(""); // "… teams" — no dash
  });

  it("handles parentheses in titles, text between link and publisher, and bracketed publishers", () => {
    expect(byTitle("Customer Service (Intro)")).toMatchObject({
      url: "https://www.sba.gov/tools/sba-learning-center/training/customer-service",
      publisher: "Small Business Administration (SBA)",
      format: "",
      subheading: "Train your employees", // Culture uses **bold** lines as sub-headings
    });
    expect(
      byTitle("Why People Contribute to Federal Tech Projects (And How You Can Provide a Good Experience)").url,
    ).toBe("https://digital.gov/2016/01/14/why-people-contribute-to-federal-tech-projects-and-how-you-can-provide-a-good-experience/");
    expect(byTitle("UX Training Video Library").publisher).toBe("DigitalGov University ([DGU] GSA)");
    expect(byTitle("Annual Performance Report—Fiscal Years 2014–2016").publisher).toBe("DHS");
  });

  it("keeps query strings and odd format notes intact", () => {
    expect(byTitle("Agency Strategic Goals").url).toBe(
      "http://www.performance.gov/clear_goals?page=1&stra_goal=1&prio_goal=0&fed_goal=0&goal_type=ASG",
    );
    expect(byTitle("Designing a Better Customer Survey").url).toBe(
      "https://www.youtube.com/watch?v=9VxW7mFZUc4&list=PLd9b-GuOJ3nH7xSSjL1XBXPfVqw68BNbW&index=15",
    );
    expect(byTitle("Passports")).toMatchObject({ format: "Word", size: "75 kb", publisher: "State Department" }); // "(Word 75 kb)"
    expect(byTitle("Report of the Citizen Service Levels Interagency Committee")).toMatchObject({
      format: "Word",
      size: "233 kb",
      publisher: "CSLIC",
    }); // "(Word, 233 kb, 2005)"
    expect(byTitle("CX: The Art of the Possible")).toMatchObject({
      format: "PDF",
      size: "",
      publisher: "InMoment/CustomerThink",
    });
  });

  it("keeps duplicates (same URL under different headings)", () => {
    const search = resources.filter((r) => r.url === "https://digital.gov/services/search/");
    expect(search.map((r) => r.topic)).toEqual(["Customer Understanding", "Measurement"]);
  });
});

describe("parseToolkit on synthetic input", () => {
  const doc = [
    "---",
    "title: Test",
    "---",
    "",
    "Intro [ignored](https://example.com/intro) and [anchor](#Topic-One \"Topic One\").",
    "",
    '<h2 id="Topic-One">',
    "  Topic &amp; One",
    "</h2>",
    "",
    "  - [Before any h3](/files/a.pdf) (PDF, 1.5 MB) - Some Agency",
    "  - Jump to [an anchor](#Topic-Two) within the page",
    "",
    "### Sub (one)",
    "",
    "  - Parent with [a link](//example.org/p)",
    "      - [Child [bracketed] (paren)](https://example.com/wiki/Foo_(bar)?q=1&r=2) — Wikipedia",
    "      - [Rel](relative/page.html) — video",
    '<h2 id="Topic-Two">Topic Two</h2>',
    "[Para link](<https://example.com/ab> \"T\") — note only",
  ].join("\n");
  const parsed = parseToolkit(doc);

  it("ignores intro links and in-page anchors", () => {
    expect(parsed.map((r) => r.title)).toEqual([
      "Before any h3",
      "a link",
      "Child [bracketed] (paren)",
      "Rel",
      "Para link",
    ]);
  });

  it("gives a link under a topic but before any ### an empty subheading", () => {
    expect(parsed[0]).toEqual({
      title: "Before any h3",
      url: "https://digital.gov/files/a.pdf",
      publisher: "Some Agency",
      format: "PDF",
      size: "1.5 MB",
      topic: "Topic & One",
      subheading: "",
      context: "",
    });
  });

  it("resolves protocol-relative and relative URLs, and URLs with parentheses", () => {
    expect(parsed[1]).toMatchObject({ url: "https://example.org/p", subheading: "Sub (one)", context: "" });
    expect(parsed[2]).toMatchObject({
      url: "https://example.com/wiki/Foo_(bar)?q=1&r=2",
      publisher: "Wikipedia",
      context: "Parent with a link",
    });
    expect(parsed[3]).toMatchObject({ url: "https://digital.gov/relative/page.html", format: "video", publisher: "" });
  });

  it("handles a single-line <h2>, angle-bracket destinations and link titles", () => {
    expect(parsed[4]).toMatchObject({
      url: "https://example.com/ab",
      topic: "Topic Two",
      subheading: "",
      context: "",
      publisher: "",
    });
  });

  it("returns nothing for a document without <h2> topics", () => {
    expect(parseToolkit("Just [a link](https://example.com).\n\n### Heading\n\n- [x](/y)")).toEqual([]);
  });
});
