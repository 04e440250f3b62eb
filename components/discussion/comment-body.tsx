import type { CommentPart } from "@/lib/discussion/comment-text";

/** A comment's text as written: links only to http(s) addresses, mentions in bold; React escapes the rest. */
export function CommentBody({ parts }: { parts: CommentPart[] }) {
  return (
    <p className="comment-body">
      {parts.map((p, i) =>
        p.kind === "text" ? (
          p.text
        ) : p.kind === "link" ? (
          <a key={i} className="usa-link" href={p.href} rel="noopener noreferrer nofollow">
            {p.href}
          </a>
        ) : (
          <strong key={i}>@{p.email}</strong>
        ),
      )}
    </p>
  );
}
