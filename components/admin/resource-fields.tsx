import { TextField } from "../uswds/text-field";

type Details = { title: string; url: string; publisher: string; format: string; size: string; topic: string; subheading: string };

const empty: Details = { title: "", url: "", publisher: "", format: "", size: "", topic: "", subheading: "" };

const fields: { name: keyof Details; label: string; hint?: string; type?: string }[] = [
  { name: "title", label: "Title" },
  { name: "url", label: "Web address", hint: "Starting with https:// or http://", type: "url" },
  { name: "publisher", label: "Publisher (optional)", hint: "For example GSA or Usability.gov" },
  { name: "format", label: "Format (optional)", hint: "For example PDF or video" },
  { name: "size", label: "File size (optional)", hint: "For example 2 MB" },
  { name: "topic", label: "Toolkit topic", hint: "For example Strategy or Customer Understanding" },
  { name: "subheading", label: "Sub-heading (optional)", hint: "The heading the resource sits under in its topic" },
];

/** The fields of a CX Toolkit resource, for the new-resource and edit forms; `id` keeps their ids apart. */
export function ResourceFields({ id, values = empty }: { id: string; values?: Details }) {
  return (
    <>
      {fields.map((f) => (
        <TextField key={f.name} id={`${id}-${f.name}`} name={f.name} type={f.type ?? "text"} label={f.label} hint={f.hint} defaultValue={values[f.name]} />
      ))}
    </>
  );
}
