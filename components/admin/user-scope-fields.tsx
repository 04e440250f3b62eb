"use client";
import { useEffect, useId, useRef, useState } from "react";
import { roleLabels } from "@/lib/auth/actor";
import { optionsOf, SelectField } from "../uswds/select-field";
import { ProgramPicker, type PickerAgency } from "./program-picker";

/**
 * Role and scope: the agency a CCO oversees, the programs a lead answers for (or a respondent rates for). Once scripts run, only
 * the chosen role's field shows; without them both do (the server keeps only the role's scope).
 */
export function UserScopeFields({ agencies, role = "LEAD", agencyId = "", programIds = [] }: { agencies: PickerAgency[]; role?: string; agencyId?: string; programIds?: string[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const roleRef = useRef<HTMLDivElement>(null);
  const id = useId();

  // After hydration, follow the role select; a form reset (after "Create account") puts it back.
  useEffect(() => {
    const select = roleRef.current?.querySelector("select");
    setChosen(select?.value ?? role);
    const form = select?.form;
    const onReset = () => setChosen(role);
    form?.addEventListener("reset", onReset);
    return () => form?.removeEventListener("reset", onReset);
  }, [role]);

  return (
    <>
      <div ref={roleRef}>
        <SelectField id="user-role" name="role" label="Role" defaultValue={role} options={optionsOf(roleLabels)} onChange={(e) => setChosen(e.currentTarget.value)} />
      </div>
      <div hidden={chosen !== null && chosen !== "CCO"}>
        <SelectField
          id="user-agency"
          name="agencyId"
          label="Agency (for a Chief Customer Officer)"
          defaultValue={agencyId}
          placeholder="None"
          options={agencies.map((a) => ({ value: a.id, label: a.name }))}
        />
      </div>
      <div hidden={chosen !== null && chosen !== "LEAD" && chosen !== "RESPONDENT"}>
        <ProgramPicker id={`${id}-programs`} agencies={agencies} chosen={programIds} />
      </div>
      {chosen !== null && chosen !== "CCO" && chosen !== "LEAD" && chosen !== "RESPONDENT" && (
        <p className="usa-hint margin-top-2">{roleLabels[chosen as keyof typeof roleLabels] ?? "This role"} sees every program: it has no scope to choose.</p>
      )}
    </>
  );
}
