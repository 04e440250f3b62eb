import { roleLabels } from "@/lib/auth/actor";

type Agencies = { id: string; name: string; programs: { id: string; name: string }[] }[];

/** Role and scope: the agency a CCO oversees, the programs a lead answers for. */
export function UserScopeFields({ agencies, role = "LEAD", agencyId = "", programIds = [] }: { agencies: Agencies; role?: string; agencyId?: string; programIds?: string[] }) {
  return (
    <>
      <label className="usa-label" htmlFor="user-role">
        Role
      </label>
      <select className="usa-select" id="user-role" name="role" defaultValue={role}>
        {Object.entries(roleLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label className="usa-label" htmlFor="user-agency">
        Agency (for a Chief Customer Officer)
      </label>
      <select className="usa-select" id="user-agency" name="agencyId" defaultValue={agencyId}>
        <option value="">None</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <label className="usa-label" htmlFor="user-programs">
        Programs (for a program lead)
      </label>
      <span className="usa-hint" id="user-programs-hint">
        Hold Ctrl (or Cmd) to choose several.
      </span>
      <select className="usa-select height-card-lg" id="user-programs" name="programIds" multiple defaultValue={programIds} aria-describedby="user-programs-hint">
        {agencies.map((a) => (
          <optgroup key={a.id} label={a.name}>
            {a.programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </>
  );
}
