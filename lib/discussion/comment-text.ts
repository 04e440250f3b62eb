// A comment is plain text. For showing it, it is cut into parts: text (React escapes it), web links
// (http and https only, so no javascript: or data: address becomes clickable) and @mentions of
// people by e-mail address.

export type CommentPart = { kind: "text"; text: string } | { kind: "link"; href: string } | { kind: "mention"; email: string };

// An address ends before whitespace or a closing bracket; trailing punctuation belongs to the sentence.
const PATTERN = /(https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?])|@([^\s@<>()[\]]+@[^\s@<>()[\].,;:!?]+(?:\.[^\s@<>()[\].,;:!?]+)+)/gi;

export function commentParts(body: string): CommentPart[] {
  const parts: CommentPart[] = [];
  let at = 0;
  for (const match of body.matchAll(PATTERN)) {
    if (match.index > at) parts.push({ kind: "text", text: body.slice(at, match.index) });
    parts.push(match[1] ? { kind: "link", href: match[1] } : { kind: "mention", email: match[2]!.toLowerCase() });
    at = match.index + match[0].length;
  }
  if (at < body.length) parts.push({ kind: "text", text: body.slice(at) });
  return parts;
}

/** The people a comment mentions, each once: "@name@agency.gov". */
export const mentionsIn = (body: string): string[] => [...new Set(commentParts(body).flatMap((p) => (p.kind === "mention" ? [p.email] : [])))];
