import { Button } from "./uswds/button";
import { SelectField } from "./uswds/select-field";

/** A plain GET form: works without scripts, keeps the choice in the URL. */
export function CyclePicker({ cycles, selected, action }: { cycles: { name: string }[]; selected: string | null; action: string }) {
  return (
    <form method="get" action={action} className="display-flex flex-align-end flex-wrap margin-bottom-2">
      <SelectField
        id="cycle-picker"
        name="cycle"
        label="Cycle"
        className="margin-top-0 margin-right-1"
        defaultValue={selected ?? undefined}
        options={cycles.map((c) => ({ value: c.name, label: c.name }))}
      />
      <Button variant="outline">Show</Button>
    </form>
  );
}
