/** The USWDS small search box for an admin list; a GET form, so results have a URL. */
export function SearchForm({ label, value }: { label: string; value: string | undefined }) {
  return (
    <form method="get" className="usa-search usa-search--small margin-bottom-2" role="search">
      <label className="usa-sr-only" htmlFor="list-search">
        {label}
      </label>
      <input className="usa-input" id="list-search" type="search" name="q" defaultValue={value ?? ""} />
      <button className="usa-button" type="submit">
        Search
      </button>
    </form>
  );
}
