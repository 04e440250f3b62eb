import { z } from "zod";
import { text } from "./text";

// CX Toolkit resources, as administrators edit them. Shared by the forms and the server.
// Whether a discipline or practice key exists in the current model is for the data-access layer to say.

const required = (label: string, max: number, example: string) =>
  text({ error: `Enter the resource’s ${label}` })
    .trim()
    .min(1, `Enter the resource’s ${label}, like ${example}`)
    .max(max, `The resource’s ${label} must be ${max.toLocaleString("en-US")} characters or fewer`);

const optional = (label: string, max: number) =>
  text({ error: `Enter the resource’s ${label} as text` })
    .trim()
    .max(max, `The resource’s ${label} must be ${max.toLocaleString("en-US")} characters or fewer`)
    .default("");

export const URL_MESSAGE = "Enter the resource’s web address starting with https:// or http://, like https://digital.gov/guides";

const resourceFields = {
  title: required("title", 300, "Journey Mapping Guide"),
  url: text({ error: URL_MESSAGE })
    .trim()
    .min(1, URL_MESSAGE)
    .max(2000, "The resource’s web address must be 2,000 characters or fewer")
    // Only web links: a javascript: or data: address would run in the admin's or a lead's browser.
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: URL_MESSAGE })),
  publisher: optional("publisher", 200),
  format: optional("format", 40),
  size: optional("size", 40),
  topic: required("topic", 100, "Strategy"),
  subheading: optional("sub-heading", 200),
};

const resourceId = z.uuid({ error: "This resource does not exist" });

export const resourceSchema = z.object(resourceFields);
export type ResourceInput = z.infer<typeof resourceSchema>;

export const updateResourceSchema = z.object({ resourceId, ...resourceFields });

export const resourceStateSchema = z.object({
  resourceId,
  retired: z.enum(["true", "false"], { error: "Choose whether to retire or restore the resource" }).transform((v) => v === "true"),
});

const keys = (what: string, max: number) =>
  z
    .array(text().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, `Choose ${what} from the list`), { error: `Choose ${what} from the list` })
    .max(max, `Choose at most ${max} ${what}`)
    .default([])
    .transform((list) => [...new Set(list)]);

/**
 * Practices keep the order given: the first is the most specific help (rank 1). A form sends the
 * mapping as it was (`currentOrder`), so practices already mapped keep their rank and new ones follow.
 */
export const resourceMappingSchema = z
  .object({
    resourceId,
    disciplineKeys: keys("disciplines", 50),
    practiceKeys: keys("practices", 200),
    currentOrder: z.array(text().max(80)).max(200).default([]),
  })
  .transform(({ currentOrder, ...mapping }) => ({ ...mapping, practiceKeys: keepOrder(mapping.practiceKeys, currentOrder) }));
export type ResourceMapping = z.infer<typeof resourceMappingSchema>;

/** The chosen keys, those in `current` first in its order, then the rest in the order chosen. */
export function keepOrder(chosen: string[], current: string[]): string[] {
  const rank = (k: string) => (current.includes(k) ? current.indexOf(k) : current.length);
  return chosen.map((k, i) => ({ k, i })).sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i).map((x) => x.k);
}
