import type { ResourceLink } from "@/lib/data-access/types";

/** Toolkit resources as links, each with its publisher, format and size when known. */
export function ResourceList({ resources, empty }: { resources: ResourceLink[]; empty: string }) {
  if (resources.length === 0) return <p>{empty}</p>;
  return (
    <ul className="usa-list">
      {resources.map((res) => {
        const about = [res.publisher, [res.format, res.size].filter(Boolean).join(", ")].filter(Boolean);
        return (
          <li key={res.id}>
            <a href={res.url} className="usa-link" rel="noreferrer">
              {res.title}
            </a>
            {about.length > 0 && <span className="text-base-dark"> — {about.join(" · ")}</span>}
          </li>
        );
      })}
    </ul>
  );
}
