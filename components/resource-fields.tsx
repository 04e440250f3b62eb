type Details = { title: string; url: string; publisher: string; format: string; size: string; topic: string; subheading: string };

const empty: Details = { title: "", url: "", publisher: "", format: "", size: "", topic: "", subheading: "" };

/** The fields of a CX Toolkit resource, for the new-resource and edit forms; `id` keeps their ids apart. */
export function ResourceFields({ id, values = empty }: { id: string; values?: Details }) {
  const field = (name: keyof Details, label: string, hint?: string, type = "text") => (
    <>
      <label className="usa-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {hint && (
        <span className="usa-hint" id={`${id}-${name}-hint`}>
          {hint}
        </span>
      )}
      <input className="usa-input" id={`${id}-${name}`} name={name} type={type} defaultValue={values[name]} aria-describedby={hint ? `${id}-${name}-hint` : undefined} />
    </>
  );
  return (
    <>
      {field("title", "Title")}
      {field("url", "Web address", "Starting with https:// or http://", "url")}
      {field("publisher", "Publisher (optional)", "For example GSA or Usability.gov")}
      {field("format", "Format (optional)", "For example PDF or video")}
      {field("size", "File size (optional)", "For example 2 MB")}
      {field("topic", "Toolkit topic", "For example Strategy or Customer Understanding")}
      {field("subheading", "Sub-heading (optional)", "The heading the resource sits under in its topic")}
    </>
  );
}
