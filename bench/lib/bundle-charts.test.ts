import { describe, expect, it } from "vitest";
import { importSpecifiers, routeOfPage } from "./bundle-charts";

describe("routeOfPage", () => {
  it.each([
    ["app/page.tsx", "/"],
    ["app/(signed-in)/portfolio/page.tsx", "/portfolio"],
    ["app/(signed-in)/assessments/[assessmentId]/results/page.tsx", "/assessments/[assessmentId]/results"],
    ["app/(signed-in)/@modal/x/page.tsx", "/x"],
  ])("%s → %s", (file, route) => {
    expect(routeOfPage(file)).toBe(route);
  });
});

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
