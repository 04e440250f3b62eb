import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commentParts, mentionsIn } from "./comment-text";

describe("comment text", () => {
  it("finds web links and mentions, and leaves the rest as text", () => {
    expect(commentParts("See https://digital.gov/guides/, and ask @Ana.Lead@agency.gov.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", href: "https://digital.gov/guides/" },
      { kind: "text", text: ", and ask " },
      { kind: "mention", email: "ana.lead@agency.gov" },
      { kind: "text", text: "." },
    ]);
  });

  it("never makes a link of another scheme", () => {
    for (const body of ["javascript:alert(1)", "data:text/html,<script>", "<a href=x>y</a>", "ftp://example.gov/file"]) {
      expect(commentParts(body).filter((p) => p.kind === "link")).toEqual([]);
    }
    expect(commentParts('"https://x.gov/a"')).toContainEqual({ kind: "link", href: "https://x.gov/a" });
  });

  it("lists each person mentioned once", () => {
    expect(mentionsIn("@a@x.gov and @A@X.gov, then @b@y.gov; not a@x.gov")).toEqual(["a@x.gov", "b@y.gov"]);
  });

  it("keeps every character of the comment, in order (mentions in lower case)", () => {
    const piece = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("https://x.gov/a.", "@Ana@X.gov", " http://", "@@", "(https://y.gov)"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join("")), (body) => {
        const joined = commentParts(body)
          .map((p) => (p.kind === "text" ? p.text : p.kind === "link" ? p.href : `@${p.email}`))
          .join("");
        return joined.toLowerCase() === body.toLowerCase();
      }),
    );
  });
});
