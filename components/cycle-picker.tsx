/** A plain GET form: works without scripts, keeps the choice in the URL. */
export function CyclePicker({ cycles, selected, action, hidden = {} }: { cycles: { name: string }[]; selected: string | null; action: string; hidden?: Record<string, string> }) {
  return (
    <form method="get" action={action} className="display-flex flex-align-end flex-wrap margin-bottom-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="margin-right-1">
        <label className="usa-label margin-top-0" htmlFor="cycle-picker">
          Cycle
        </label>
        <select className="usa-select" id="cycle-picker" name="cycle" defaultValue={selected ?? undefined}>
          {cycles.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="usa-button usa-button--outline">
        Show
      </button>
    </form>
  );
}
