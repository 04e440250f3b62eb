"use client";
import { useEffect, useRef, useState } from "react";
import { filterPrograms } from "@/lib/admin/program-filter";

export type PickerAgency = { id: string; name: string; programs: { id: string; name: string }[] };

/**
 * A lead's programs: checkboxes grouped by agency under a filter box, for lists of hundreds. Filtering
 * only hides; a chosen program stays chosen (and is sent) while it is hidden.
 */
export function ProgramPicker({ id, agencies, chosen }: { id: string; agencies: PickerAgency[]; chosen: string[] }) {
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState(() => new Set(chosen));
  const filterRef = useRef<HTMLInputElement>(null);
  // A form reset (after "Create account") clears the choice and the filter, as it does plain fields.
  useEffect(() => {
    const form = filterRef.current?.form;
    const onReset = () => {
      setPicked(new Set(chosen));
      setQuery("");
    };
    form?.addEventListener("reset", onReset);
    return () => form?.removeEventListener("reset", onReset);
  }, [chosen]);
  const shown = filterPrograms(agencies, query);
  const count = shown.reduce((n, a) => n + a.programs.length, 0);
  const toggle = (programId: string, on: boolean) =>
    setPicked((was) => {
      const next = new Set(was);
      if (on) next.add(programId);
      else next.delete(programId);
      return next;
    });

  return (
    <fieldset className="usa-fieldset margin-top-3">
      <legend className="usa-legend">Programs (for a program lead)</legend>
      <p className="usa-hint margin-top-05" id={`${id}-count`} aria-live="polite">
        {picked.size === 0 ? "None chosen" : picked.size === 1 ? "1 chosen" : `${picked.size} chosen`}
        {query ? `; ${count === 1 ? "1 program matches" : `${count} programs match`} “${query}”` : ""}.
      </p>
      <label className="usa-label margin-top-1" htmlFor={`${id}-filter`}>
        Filter programs and agencies
      </label>
      <input ref={filterRef} className="usa-input" id={`${id}-filter`} type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} aria-describedby={`${id}-count`} />
      <div className="program-picker margin-top-2">
        {agencies.map((agency) => {
          const visible = new Set(shown.find((a) => a.id === agency.id)?.programs.map((p) => p.id));
          return (
            <fieldset key={agency.id} className="usa-fieldset margin-bottom-2" hidden={visible.size === 0}>
              <legend className="usa-legend text-bold margin-top-1">{agency.name}</legend>
              {agency.programs.map((p) => (
                <div key={p.id} className="usa-checkbox" hidden={!visible.has(p.id)}>
                  <input
                    className="usa-checkbox__input"
                    id={`${id}-${p.id}`}
                    type="checkbox"
                    name="programIds"
                    value={p.id}
                    checked={picked.has(p.id)}
                    onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                  />
                  <label className="usa-checkbox__label" htmlFor={`${id}-${p.id}`}>
                    {p.name}
                  </label>
                </div>
              ))}
            </fieldset>
          );
        })}
        {count === 0 && <p>No program or agency matches “{query}”.</p>}
      </div>
    </fieldset>
  );
}
