import { describe, expect, it } from "vitest";
import { attachment, fileNameOf } from "./content-disposition";

describe("attachment", () => {
  it("gives a plain name and the same in UTF-8", () => {
    expect(attachment("cx-portfolio-latest-FY2026.csv")).toBe(`attachment; filename="cx-portfolio-latest-FY2026.csv"; filename*=UTF-8''cx-portfolio-latest-FY2026.csv`);
  });

  it("keeps quotes, line breaks and semicolons out of the header", () => {
    const header = attachment('a"b\r\nSet-Cookie: x=1; y.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="a-b-Set-Cookie-x-1-y.csv"; filename*=UTF-8''a%22b%0D%0ASet-Cookie%3A%20x%3D1%3B%20y.csv`);
  });

  it("spells accented names in ASCII for old clients and exactly in UTF-8", () => {
    expect(attachment("Défense résumé.pdf")).toBe(`attachment; filename="Defense-resume.pdf"; filename*=UTF-8''D%C3%A9fense%20r%C3%A9sum%C3%A9.pdf`);
  });
});

describe("fileNameOf", () => {
  it("reads back the exact name attachment wrote, or the plain one, or the fallback", () => {
    expect(fileNameOf(attachment("Défense résumé.csv"), "x.csv")).toBe("Défense résumé.csv");
    expect(fileNameOf(`attachment; filename="plain.csv"`, "x.csv")).toBe("plain.csv");
    expect(fileNameOf(`attachment; filename="plain.csv"; filename*=UTF-8''%E0%A4%A`, "x.csv")).toBe("plain.csv");
    expect(fileNameOf(null, "x.csv")).toBe("x.csv");
  });
});
