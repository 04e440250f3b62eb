import { Button } from "./uswds/button";
import { TextField } from "./uswds/text-field";

/** The USWDS small search box for an admin list; a GET form, so results have a URL. */
export function SearchForm({ label, value }: { label: string; value: string | undefined }) {
  return (
    <form method="get" className="usa-search usa-search--small margin-bottom-2" role="search">
      <TextField inline id="list-search" type="search" name="q" label={label} defaultValue={value ?? ""} />
      <Button>Search</Button>
    </form>
  );
}
