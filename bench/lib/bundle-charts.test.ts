import { describe, expect, it } from "vitest";
import { importSpecifiers } from "./bundle-charts";

describe("importSpecifiers", () => {
  it("finds static, type-only, side-effect, re-export and dynamic imports", () => {
    const source = [
      'import { a } from "@/components/a";',
      'import type { B } from "./b";',
      'import "./side-effect.css";',
      'export { c } from "../c";',
      'import Default, {\n  d,\n} from "@/components/d";',
      'const Chart = dynamic(() => import("@/components/charts/x"));',
    ].join("\n");
    expect(importSpecifiers(source).sort()).toEqual(["../c", "./b", "./side-effect.css", "@/components/a", "@/components/charts/x", "@/components/d"]);
  });
});
