import { roleLabels } from "@/lib/auth/actor";
import { optionsOf, SelectField } from "../uswds/select-field";

type Agencies = { id: string; name: string; programs: { id: string; name: string }[] }[];

/** Role and scope: the agency a CCO oversees, the programs a lead answers for. */
export function UserScopeFields({ agencies, role = "LEAD", agencyId = "", programIds = [] }: { agencies: Agencies; role?: string; agencyId?: string; programIds?: string[] }) {
  return (
    <>
      <SelectField id="user-role" name="role" label="Role" defaultValue={role} options={optionsOf(roleLabels)} />
      <SelectField
        id="user-agency"
        name="agencyId"
        label="Agency (for a Chief Customer Officer)"
        defaultValue={agencyId}
        placeholder="None"
        options={agencies.map((a) => ({ value: a.id, label: a.name }))}
      />
      <SelectField
        id="user-programs"
        name="programIds"
        label="Programs (for a program lead)"
        hint="Hold Ctrl (or Cmd) to choose several."
        selectClassName="height-card-lg"
        multiple
        defaultValue={programIds}
        groups={agencies.map((a) => ({ label: a.name, options: a.programs.map((p) => ({ value: p.id, label: p.name })) }))}
      />
    </>
  );
}
