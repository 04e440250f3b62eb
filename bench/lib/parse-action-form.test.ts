import { describe, expect, it } from "vitest";
import { decodeEntities, findActionForm, parseAttributes } from "./parse-action-form";

// As React 19 renders a useActionState form whose action is a server action, inside other markup.
const page = `
<form role="search" action="/search"><input type="text" name="q"/></form>
<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;40ab12&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/><input type="hidden" name="$ACTION_1:1" value="[{}]"/><input type="hidden" name="$ACTION_KEY" value="k2a9f"/>
<input type="hidden" name="assessmentId" value="0b7c"/><input type="hidden" name="submitKey" value="5d1e"/>
<button type="submit" class="usa-button">Submit for council review</button></form>`;

describe("findActionForm", () => {
  it("finds the server action form by its field and splits React's inputs from the form's", () => {
    expect(findActionForm(page, "assessmentId")).toEqual({
      method: "POST",
      enctype: "multipart/form-data",
      action: "",
      actionFields: [
        { name: "$ACTION_REF_1", value: "" },
        { name: "$ACTION_1:0", value: '{"id":"40ab12","bound":"$@1"}' },
        { name: "$ACTION_1:1", value: "[{}]" },
        { name: "$ACTION_KEY", value: "k2a9f" },
      ],
      fields: [
        { name: "assessmentId", value: "0b7c" },
        { name: "submitKey", value: "5d1e" },
      ],
    });
  });

  it("fails loudly when no form carries the field and a server action", () => {
    expect(() => findActionForm(page, "nothing")).toThrow(/No server action form with a "nothing" field in the page \(looked at 2 forms\)/);
    expect(() => findActionForm(`<form><input type="hidden" name="assessmentId" value="x"></form>`, "assessmentId")).toThrow(/No server action form/);
  });
});

describe("parseAttributes", () => {
  it("reads quoted, single-quoted, bare and empty attributes", () => {
    expect(parseAttributes(` type="hidden" name='a b' value=x disabled`)).toEqual({ type: "hidden", name: "a b", value: "x", disabled: "" });
  });
});

describe("decodeEntities", () => {
  it("decodes named, decimal and hex references and leaves unknown ones", () => {
    expect(decodeEntities("&quot;&amp;&lt;&#39;&#x27;&bogus;")).toBe(`"&<''&bogus;`);
  });
});
