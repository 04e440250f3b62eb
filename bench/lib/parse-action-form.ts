// Reads a server-rendered <form> the way a browser without JavaScript submits it: React renders a
// server action form with hidden `$ACTION_…` inputs (the action reference, its bound arguments and,
// for useActionState, `$ACTION_KEY`), which Next.js decodes from the multipart POST. Pure.

export type HiddenInput = { name: string; value: string };
export type ParsedForm = { attributes: Record<string, string>; inputs: (HiddenInput & { type: string })[] };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const point = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Attributes of one start tag's inside (after the tag name), names lower-cased, values decoded. */
export function parseAttributes(inside: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of inside.matchAll(/([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attributes;
}

/** Every <form> in the document with its <input> elements. */
export function parseForms(html: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const inputs = [...m[2]!.matchAll(/<input\b([^>]*?)\/?>/gi)].map((i) => {
      const a = parseAttributes(i[1]!);
      return { name: a.name ?? "", type: (a.type ?? "text").toLowerCase(), value: a.value ?? "" };
    });
    forms.push({ attributes: parseAttributes(m[1]!), inputs });
  }
  return forms;
}

export type ActionForm = { method: string; enctype: string; action: string; actionFields: HiddenInput[]; fields: HiddenInput[] };

/**
 * The first form holding an input named `fieldName` and React's `$ACTION_…` hidden inputs.
 * actionFields are the `$ACTION_…` ones, fields every other named hidden input.
 */
export function findActionForm(html: string, fieldName: string): ActionForm {
  for (const form of parseForms(html)) {
    const hidden = form.inputs.filter((i) => i.type === "hidden" && i.name);
    const actionFields = hidden.filter((i) => i.name.startsWith("$ACTION"));
    if (!actionFields.length || !form.inputs.some((i) => i.name === fieldName)) continue;
    return {
      method: (form.attributes.method ?? "GET").toUpperCase(),
      enctype: form.attributes.enctype ?? "application/x-www-form-urlencoded",
      action: form.attributes.action ?? "",
      actionFields: actionFields.map(({ name, value }) => ({ name, value })),
      fields: hidden.filter((i) => !i.name.startsWith("$ACTION")).map(({ name, value }) => ({ name, value })),
    };
  }
  throw new Error(`No server action form with a "${fieldName}" field in the page (looked at ${parseForms(html).length} forms)`);
}
