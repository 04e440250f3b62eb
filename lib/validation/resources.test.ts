import { describe, expect, it } from "vitest";
import { keepOrder, resourceMappingSchema, resourceSchema, resourceStateSchema, updateResourceSchema, URL_MESSAGE } from "./resources";

const messages = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error!.issues.map((i) => i.message);
};

const valid = { title: "Journey Mapping Guide", url: "https://digital.gov/guides/journey-mapping", topic: "Customer Understanding" };
const id = "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";

describe("resourceSchema", () => {
  it("accepts a resource, trimming it and defaulting the optional fields to empty", () => {
    expect(resourceSchema.parse({ ...valid, title: "  Journey Mapping Guide ", publisher: " GSA " })).toEqual({
      ...valid,
      publisher: "GSA",
      format: "",
      size: "",
      subheading: "",
    });
  });

  it("accepts http as well as https", () => {
    expect(resourceSchema.parse({ ...valid, url: "http://www.usability.gov/how-to-and-tools/methods/task-analysis.html" }).url).toBe(
      "http://www.usability.gov/how-to-and-tools/methods/task-analysis.html",
    );
  });

  it.each([
    ["javascript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["ftp://files.example.gov/guide.pdf"],
    ["digital.gov/guides"],
    ["https://"],
    [""],
    ["   "],
  ])("refuses the web address %j with a specific message", (url) => {
    expect(messages(resourceSchema, { ...valid, url })).toEqual([URL_MESSAGE]);
  });

  it.each([
    [{ ...valid, title: "" }, ["Enter the resource’s title, like Journey Mapping Guide"]],
    [{ ...valid, title: "   " }, ["Enter the resource’s title, like Journey Mapping Guide"]],
    [{ ...valid, topic: "" }, ["Enter the resource’s topic, like Strategy"]],
    [{ url: valid.url }, ["Enter the resource’s title", "Enter the resource’s topic"]],
    [{ ...valid, url: undefined }, [URL_MESSAGE]],
    [{ ...valid, title: "t".repeat(301) }, ["The resource’s title must be 300 characters or fewer"]],
    [{ ...valid, url: `https://digital.gov/${"a".repeat(2000)}` }, ["The resource’s web address must be 2,000 characters or fewer"]],
    [{ ...valid, publisher: "p".repeat(201) }, ["The resource’s publisher must be 200 characters or fewer"]],
    [{ ...valid, format: "f".repeat(41) }, ["The resource’s format must be 40 characters or fewer"]],
    [{ ...valid, size: "s".repeat(41) }, ["The resource’s size must be 40 characters or fewer"]],
    [{ ...valid, topic: "t".repeat(101) }, ["The resource’s topic must be 100 characters or fewer"]],
    [{ ...valid, subheading: "s".repeat(201) }, ["The resource’s sub-heading must be 200 characters or fewer"]],
    [{ ...valid, publisher: 7 }, ["Enter the resource’s publisher as text"]],
  ])("%j is refused with a specific message", (input, expected) => {
    expect(messages(resourceSchema, input)).toEqual(expected);
  });

  it("takes exactly the longest values allowed", () => {
    expect(messages(resourceSchema, { ...valid, title: "t".repeat(300), topic: "t".repeat(100), format: "f".repeat(40), subheading: "s".repeat(200) })).toEqual([]);
  });
});

describe("updateResourceSchema", () => {
  it("needs the resource's id", () => {
    expect(messages(updateResourceSchema, { ...valid, resourceId: "not-a-uuid" })).toEqual(["This resource does not exist"]);
    expect(updateResourceSchema.parse({ ...valid, resourceId: id }).resourceId).toBe(id);
  });
});

describe("resourceStateSchema", () => {
  it("reads retire and restore from the form's strings", () => {
    expect(resourceStateSchema.parse({ resourceId: id, retired: "true" })).toEqual({ resourceId: id, retired: true });
    expect(resourceStateSchema.parse({ resourceId: id, retired: "false" })).toEqual({ resourceId: id, retired: false });
    expect(messages(resourceStateSchema, { resourceId: id, retired: "yes" })).toEqual(["Choose whether to retire or restore the resource"]);
  });
});

describe("resourceMappingSchema", () => {
  it("leaves unknown but well-formed keys to the data-access layer, and drops repeats", () => {
    expect(resourceMappingSchema.parse({ resourceId: id, disciplineKeys: ["design", "no-such-discipline", "design"], practiceKeys: ["no-such-practice"] })).toEqual({
      resourceId: id,
      disciplineKeys: ["design", "no-such-discipline"],
      practiceKeys: ["no-such-practice"],
    });
  });

  it("maps to nothing when nothing is chosen", () => {
    expect(resourceMappingSchema.parse({ resourceId: id })).toEqual({ resourceId: id, disciplineKeys: [], practiceKeys: [] });
  });

  it("keeps the rank of practices already mapped, and adds new ones after them", () => {
    const input = { resourceId: id, practiceKeys: ["a-new", "b-old", "c-old", "d-new"], currentOrder: ["c-old", "gone", "b-old"] };
    expect(resourceMappingSchema.parse(input).practiceKeys).toEqual(["c-old", "b-old", "a-new", "d-new"]);
  });

  it.each([
    [{ resourceId: id, disciplineKeys: ["<script>"] }, ["Choose disciplines from the list"]],
    [{ resourceId: id, practiceKeys: ["Design Practice"] }, ["Choose practices from the list"]],
    [{ resourceId: id, practiceKeys: "design-end-to-end" }, ["Choose practices from the list"]],
    [{ resourceId: id, disciplineKeys: Array.from({ length: 51 }, (_, i) => `d-${i}`) }, ["Choose at most 50 disciplines"]],
    [{ resourceId: "", practiceKeys: [] }, ["This resource does not exist"]],
  ])("%j is refused with a specific message", (input, expected) => {
    expect(messages(resourceMappingSchema, input)).toEqual(expected);
  });
});

describe("keepOrder", () => {
  it("orders the chosen keys by the current order, then as chosen", () => {
    expect(keepOrder(["x", "y", "z"], [])).toEqual(["x", "y", "z"]);
    expect(keepOrder(["x", "y", "z"], ["z", "x"])).toEqual(["z", "x", "y"]);
    expect(keepOrder([], ["z"])).toEqual([]);
  });
});
