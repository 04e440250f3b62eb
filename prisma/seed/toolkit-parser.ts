/**
 * Parser for the digital.gov "Customer Experience Toolkit" Markdown page
 * (prisma/seed/content/cx-toolkit.md). Pure: takes the Markdown text, returns the
 * catalogue of linked resources in document order. No I/O, no dependencies.
 *
 * Structure of the source:
 *   - YAML front matter and an introduction (links there are NOT resources),
 *   - eight topics, each opened by a (possibly multi-line) `<h2 id="…">Topic</h2>`,
 *   - inside a topic, `### Subheading` headings (the Culture topic uses standalone
 *     bold lines such as `**Train your employees**` instead; see SUBHEADING below),
 *   - bullets, possibly nested, whose lines hold one or more `[title](url)` links,
 *     optionally followed by `(Format, size)` and `— Publisher`.
 *
 * Rules (in addition to the type documentation):
 *   LINKS       Every inline link `[text](url)` after the first `<h2` is a resource, except
 *               in-page anchors (url starting with "#"), e-mail links ("contact us", not a resource)
 *               and images (`![alt](src)`).
 *               Link text may contain balanced brackets/parentheses; URLs may contain
 *               balanced parentheses, query strings and an optional `"title"` / `<…>`.
 *               Bracketed text that is not immediately followed by "(" (e.g. "([DGU] GSA)")
 *               is not a link. Links inside fenced code blocks are ignored. Nothing is
 *               deduplicated.
 *   URL         "{{ site.baseurl }}" → "https://digital.gov"; "//host/…" → "https://host/…";
 *               "/path" or "path" → "https://digital.gov/path". URLs that already carry a
 *               scheme (http:, https:) are kept as written.
 *   GROUPS      Links on one line that are separated only by their own format parenthesis
 *               and connectors ("and", "or", "&", ",", "/", whitespace) form a group, e.g.
 *               "[A](…) (PowerPoint, 2MB) and [B](…) (Word, 85 kb) — DHS/USCIS". The text after
 *               the last link of a group (its "trailer") supplies the publisher — and the
 *               video marker — for every link in the group.
 *   PUBLISHER   The trailer is split on dash separators (em dash "—", en dash "–", or a
 *               hyphen surrounded by spaces " - "). Text before the first dash is prose
 *               ("to find solutions", "30-min online training course", "teams") and is
 *               ignored. Each segment after a dash is either a publisher or a note:
 *               a segment is a PUBLISHER when its first word contains an upper-case letter
 *               (proper names and acronyms: "GSA", "Usability.gov", "18F (GSA)",
 *               "A List Apart", "InMoment/CustomerThink"); it is a NOTE when its first word
 *               has no upper-case letter ("video featuring Forrester…", "incl. usability…",
 *               "web analytics", "5-day training course", "recommended wording…").
 *               The publisher is the last publisher-like segment ("— 5-day training course
 *               — OPM" → "OPM"), or "" when there is none.
 *   FORMAT/SIZE A parenthesis directly after the link's closing ")" is a format note when it
 *               contains a file size or begins with a single word: "(PDF, 10 MB)",
 *               "(Word 75 kb)", "(Word, 233 kb, 2005)", "(PDF)". The format is the text
 *               before the first comma / size; the size is the first "<number> <kb|mb|gb…>"
 *               as written. Without such a parenthesis, the format is "video" when a dash
 *               segment of the trailer starts with the word "video" ("– video",
 *               "– video featuring …"), otherwise "".
 *   SUBHEADING  Text of the most recent `### …` heading of the current topic. A line that
 *               consists solely of bold text (`**…**` or `__…__`) is treated the same way,
 *               because the Culture topic uses such lines as its sub-headings. "" before the
 *               first such heading of a topic.
 *   CONTEXT     For a link in a nested bullet: the plain text (links reduced to their text)
 *               of the nearest enclosing bullet with smaller indentation. Top-level bullets
 *               and paragraphs get "". Indented continuation lines share the context of the
 *               bullet they continue.
 */

import { absolutizeUrl, attachFormats, decodeEntities, describeTrailer, destinationUrl, findLinks, plainText } from "./toolkit-inline";

export type ToolkitResource = {
  title: string;
  url: string;
  publisher: string;
  format: string;
  size: string;
  topic: string;
  subheading: string;
  context: string;
};

const CONNECTOR_RE = /^(?:\s|,|;|\/|&|\band\b|\bor\b)*$/i;
const BULLET_RE = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const BOLD_LINE_RE = /^\s*(\*\*|__)((?:(?!\1).)+)\1\s*$/;
const H3_RE = /^\s{0,3}###(?!#)\s*(.*?)\s*#*\s*$/;

/** Expand tabs to 4 columns so nesting can be compared by indentation width. */
const indentWidth = (ws: string): number => ws.replace(/\t/g, "    ").length;

export function parseToolkit(markdown: string): ToolkitResource[] {
  const lines = markdown.split(/\r?\n/);
  const resources: ToolkitResource[] = [];

  let topic: string | null = null; // null until the first <h2>
  let subheading = "";
  let bulletStack: { indent: number; text: string }[] = [];
  let inFence = false;

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] ?? "";

    if (/^\s{0,3}(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;

    // Topic heading: <h2 …>Text</h2>, possibly spread over several lines.
    const h2Start = line.search(/<h2\b/i);
    if (h2Start !== -1) {
      let block = line.slice(h2Start);
      while (!/<\/h2\s*>/i.test(block) && li + 1 < lines.length) {
        li++;
        block += `\n${lines[li] ?? ""}`;
      }
      const inner = /<h2\b[^>]*>([\s\S]*?)(?:<\/h2\s*>|$)/i.exec(block)?.[1] ?? "";
      topic = decodeEntities(inner.replace(/<[^>]*>/g, " "))
        .replace(/\s+/g, " ")
        .trim();
      subheading = "";
      bulletStack = [];
      continue;
    }

    if (line.trim() === "") continue; // blank lines do not end a list

    let context = "";
    const h3 = H3_RE.exec(line);
    const bold = BOLD_LINE_RE.exec(line);
    const bullet = BULLET_RE.exec(line);
    if (h3) {
      subheading = plainText(h3[1] ?? "");
      bulletStack = [];
    } else if (bold) {
      subheading = plainText(bold[2] ?? "");
      bulletStack = [];
    } else if (bullet) {
      const indent = indentWidth(bullet[1] ?? "");
      while (bulletStack.length > 0 && (bulletStack[bulletStack.length - 1]?.indent ?? 0) >= indent) bulletStack.pop();
      context = bulletStack[bulletStack.length - 1]?.text ?? "";
      bulletStack.push({ indent, text: plainText(bullet[2] ?? "") });
    } else if (/^\s/.test(line) && bulletStack.length > 0) {
      // continuation of the current bullet: same context as that bullet
      context = bulletStack[bulletStack.length - 2]?.text ?? "";
    } else {
      bulletStack = []; // an unindented paragraph ends any list
    }

    if (topic === null) continue; // introduction: not a resource

    const links = attachFormats(
      line,
      findLinks(line).filter((l) => !l.isImage && !/^(#|mailto:)/i.test(destinationUrl(l.destination))),
    );

    // Group links joined only by connectors; the text after a group's last link is its trailer.
    let groupStart = 0;
    for (let k = 0; k < links.length; k++) {
      const current = links[k];
      if (!current) continue;
      const next = links[k + 1];
      if (next && CONNECTOR_RE.test(line.slice(current.after, next.start))) continue;
      const trailer = line.slice(current.after, next ? next.start : line.length);
      const { publisher, isVideo } = describeTrailer(trailer);
      for (const link of links.slice(groupStart, k + 1)) {
        resources.push({
          title: link.text.trim(),
          url: absolutizeUrl(destinationUrl(link.destination)),
          publisher,
          format: link.format !== "" ? link.format : isVideo ? "video" : "",
          size: link.size,
          topic,
          subheading,
          context,
        });
      }
      groupStart = k + 1;
    }
  }

  return resources;
}
