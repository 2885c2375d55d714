import { describe, expect, it } from "vitest";
import { checkBudgets } from "../../scripts/lib/budgets";

describe("JavaScript budget of the public pages", () => {
  const budgets = { firstLoadJsKb: { "/": 130, "/procedures/[code]": 135 } };

  it("passes pages at or under their budget", () => {
    const lines = checkBudgets(budgets, new Map([["/", 130], ["/procedures/[code]", 120.4]]));
    expect(lines.filter((l) => l.over)).toEqual([]);
  });

  it("fails a page that grew past its budget, and names it", () => {
    const lines = checkBudgets(budgets, new Map([["/", 130.1], ["/procedures/[code]", 120]]));
    expect(lines.filter((l) => l.over).map((l) => l.route)).toEqual(["/"]);
  });

  it("fails a budgeted page that is missing from the build (renamed or removed without updating the budget)", () => {
    const lines = checkBudgets(budgets, new Map([["/", 100]]));
    expect(lines.find((l) => l.route === "/procedures/[code]")).toMatchObject({ kb: null, over: true });
  });
});
