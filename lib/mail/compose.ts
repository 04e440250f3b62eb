// An e-mail's text and HTML parts from what it has to say. Plain language, the same content in both
// parts, every value escaped in the HTML, no images and nothing that tracks the reader.

export type MailItem = { title: string; body: string; url: string; action?: string };

export type MailContent = {
  recipientName: string;
  subject: string;
  /** One paragraph before the items, when there are several. */
  intro?: string;
  items: MailItem[];
  /** Why this message came, and how to stop it, e.g. an unsubscribe line. */
  footer: { text: string; url?: string; linkText?: string }[];
};

export type ComposedMail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

const PRODUCT = "CX Maturity Assessment";

export function composeMail(content: MailContent): ComposedMail {
  // Headers cannot carry line breaks: a title with one would end the subject early.
  const subject = content.subject.replace(/[\r\n]+/g, " ").trim();
  const single = content.items.length === 1;
  const text = [
    `Hello ${content.recipientName},`,
    ...(content.intro ? [content.intro] : []),
    ...content.items.map((item) => (single ? `${item.body}\n\n${item.action ?? "Open it"}: ${item.url}` : `* ${item.title}\n  ${item.body}\n  ${item.url}`)),
    ["--", PRODUCT, ...content.footer.map((f) => (f.url ? `${f.text} ${f.linkText ?? ""}: ${f.url}`.replace(" :", ":") : f.text))].join("\n"),
  ].join("\n\n");

  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const items = single
    ? `<p>${escapeHtml(content.items[0]!.body)}</p>\n<p>${link(content.items[0]!.url, content.items[0]!.action ?? "Open it")}</p>`
    : `<ul>\n${content.items.map((item) => `<li><p><strong>${link(item.url, item.title)}</strong><br>${escapeHtml(item.body)}</p></li>`).join("\n")}\n</ul>`;
  const footer = content.footer.map((f) => `<p>${escapeHtml(f.text)}${f.url ? ` ${link(f.url, f.linkText ?? f.url)}` : ""}</p>`).join("\n");
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: 'Source Sans Pro', Helvetica, Arial, sans-serif; color: #1b1b1b; line-height: 1.5; max-width: 40rem;">
<p>Hello ${escapeHtml(content.recipientName)},</p>
${content.intro ? `<p>${escapeHtml(content.intro)}</p>\n` : ""}${items}
<hr>
<div style="font-size: 0.9em; color: #454545;">
<p>${PRODUCT}</p>
${footer}
</div>
</body>
</html>
`;
  return { subject, text, html };
}
