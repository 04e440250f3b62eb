// Inline Markdown of the CX Toolkit page: links with their "(PDF, 10 MB)" notes, the publisher after
// a dash, plain text and entities. The block structure (headings, bullets) is toolkit-parser.ts's.
const SITE_ORIGIN = "https://digital.gov";

type RawLink = {
  /** index of "[" (or "!" for images) in the line */
  start: number;
  /** index just after the closing ")" of the destination */
  end: number;
  text: string;
  destination: string;
  isImage: boolean;
};

type LinkWithFormat = RawLink & {
  format: string;
  size: string;
  /** index just after the link and its format parenthesis (if any) */
  after: number;
};

/** Index of the bracket closing the one at `open`, honouring nesting and backslash escapes. */
function findClosing(line: string, open: number, openCh: string, closeCh: string): number {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === openCh) depth++;
    else if (ch === closeCh) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** All inline links `[text](destination)` of one line, left to right. */
export function findLinks(line: string): RawLink[] {
  const links: RawLink[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === "\\") {
      i += 2;
      continue;
    }
    if (ch === "`") {
      // skip inline code spans
      const close = line.indexOf("`", i + 1);
      i = close === -1 ? i + 1 : close + 1;
      continue;
    }
    if (ch !== "[") {
      i++;
      continue;
    }
    const closeBracket = findClosing(line, i, "[", "]");
    if (closeBracket === -1 || line[closeBracket + 1] !== "(") {
      i++;
      continue;
    }
    const closeParen = findClosing(line, closeBracket + 1, "(", ")");
    if (closeParen === -1) {
      i++;
      continue;
    }
    const isImage = i > 0 && line[i - 1] === "!";
    links.push({
      start: isImage ? i - 1 : i,
      end: closeParen + 1,
      text: line.slice(i + 1, closeBracket),
      destination: line.slice(closeBracket + 2, closeParen),
      isImage,
    });
    i = closeParen + 1;
  }
  return links;
}

/** The URL part of a link destination: drops an optional `"title"` and `<…>` wrapping. */
export function destinationUrl(destination: string): string {
  let d = destination.trim();
  if (d.startsWith("<")) {
    const close = d.indexOf(">");
    return (close === -1 ? d.slice(1) : d.slice(1, close)).trim();
  }
  const titleMatch = /^(\S+)\s+(?:"[^"]*"|'[^']*'|\([^)]*\))$/.exec(d);
  if (titleMatch?.[1] !== undefined) d = titleMatch[1];
  return d;
}

export function absolutizeUrl(raw: string): string {
  const url = raw.trim().replace(/\{\{\s*site\.baseurl\s*\}\}/g, SITE_ORIGIN);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (url.startsWith("//")) return `https:${url}`;
  if (url.startsWith("/")) return `${SITE_ORIGIN}${url}`;
  return `${SITE_ORIGIN}/${url}`;
}

const SIZE_RE = /\d+(?:[.,]\d+)?\s*(?:bytes?|[kmgt]i?b)\b/i;

/** Parses "(PDF, 10 MB)"-style content; null when it does not look like a format note. */
function parseFormatNote(inner: string): { format: string; size: string } | null {
  const content = inner.trim();
  if (content === "") return null;
  const sizeMatch = SIZE_RE.exec(content);
  const size = sizeMatch ? sizeMatch[0] : "";
  const beforeComma = content.split(",")[0] ?? "";
  const format = (sizeMatch && sizeMatch.index < beforeComma.length ? content.slice(0, sizeMatch.index) : beforeComma).trim();
  if (size === "" && /\s/.test(format)) return null; // e.g. "(see also …)" — prose, not a format
  if (format === "" && size === "") return null;
  return { format, size };
}

export function attachFormats(line: string, links: RawLink[]): LinkWithFormat[] {
  return links.map((link) => {
    const rest = line.slice(link.end);
    const m = /^\s*\(/.exec(rest);
    if (m) {
      const open = link.end + m[0].length - 1;
      const close = findClosing(line, open, "(", ")");
      if (close !== -1) {
        const note = parseFormatNote(line.slice(open + 1, close));
        if (note) return { ...link, ...note, after: close + 1 };
      }
    }
    return { ...link, format: "", size: "", after: link.end };
  });
}

/** Dash-separated segments of the text following a link group; [0] is the pre-dash prose. */
function splitOnDashes(trailer: string): string[] {
  return trailer.split(/\s*[—–]\s*|(?:^|\s+)-\s+/).map((s) => s.trim());
}

const firstWord = (s: string): string => s.split(/\s+/)[0] ?? "";
const isPublisherSegment = (segment: string): boolean => /\p{Lu}/u.test(firstWord(segment));

export function describeTrailer(trailer: string): { publisher: string; isVideo: boolean } {
  const segments = splitOnDashes(trailer).slice(1).filter((s) => s !== "");
  const publishers = segments.filter(isPublisherSegment);
  return {
    publisher: publishers[publishers.length - 1] ?? "",
    isVideo: segments.some((s) => !isPublisherSegment(s) && firstWord(s).toLowerCase() === "video"),
  };
}

/** Visible text of inline Markdown: links reduced to their text, emphasis markers dropped. */
export function plainText(markdown: string): string {
  let out = "";
  let pos = 0;
  for (const link of findLinks(markdown)) {
    out += markdown.slice(pos, link.start) + (link.isImage ? "" : link.text);
    pos = link.end;
  }
  out += markdown.slice(pos);
  return out
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
