// An administrator sets when a cycle's submissions and reviews are due; a wrong order is refused with
// the field named. (Which work is then overdue is checked in lib/data-access/due-dates.int.test.ts:
// the suite's open cycle is shared by every test, so its dates stay as the demo set them.)
import { expect, test } from "@playwright/test";
import { e2eDb, uniqueSuffix } from "./factories";
import { expectAccessible, formProblem, signInAsNew } from "./fixtures";

test("an administrator sets a planned cycle's due dates, refused when reviews come before submissions", async ({ page }) => {
  const name = `FY-due-${uniqueSuffix()}`;
  await e2eDb().cycle.create({ data: { name, startsOn: new Date("2040-10-01"), endsOn: new Date("2041-09-30") } });
  await signInAsNew(page, "ADMIN");
  await expect(page).toHaveURL("/admin");
  await page.goto("/admin/cycles");
  const section = page.getByRole("region", { name });
  await section.getByLabel("Submissions due (optional)").fill("2041-03-31");
  await section.getByLabel("Reviews due (optional)").fill("2041-03-01");
  await section.getByRole("button", { name: `Save due dates of ${name}` }).click();
  await expect(formProblem(page)).toContainText("Reviews cannot be due before the submissions they review");
  await section.getByLabel("Reviews due (optional)").fill("2041-05-31");
  await section.getByRole("button", { name: `Save due dates of ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Mar 31, 2041");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("May 31, 2041");
  await expectAccessible(page);
  const saved = await e2eDb().cycle.findUniqueOrThrow({ where: { name }, select: { submissionDueOn: true, reviewDueOn: true } });
  expect([saved.submissionDueOn?.toISOString().slice(0, 10), saved.reviewDueOn?.toISOString().slice(0, 10)]).toEqual(["2041-03-31", "2041-05-31"]);
});
