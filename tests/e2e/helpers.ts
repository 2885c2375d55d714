import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Every page a test visits must pass an axe scan for WCAG 2.2 A and AA with zero violations. */
export async function expectAccessible(page: Page): Promise<void> {
  // After a client-side navigation the new title is applied as the page settles.
  await page.waitForFunction(() => document.title.trim().length > 0);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Switches the interface language with the header's form, as a user would. */
export async function switchLanguage(page: Page, to: "en" | "vi"): Promise<void> {
  const label = to === "en" ? "Switch to English" : "Chuyển sang tiếng Việt";
  await page.getByRole("button", { name: label }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

/** Demo accounts' password (prisma/seed-data/users.ts). */
export const DEMO_PASSWORD = "MotCua@2026";

/** Signs in through the sign-in page, as a person would, and waits to land on `next`. */
export async function signIn(page: Page, identifier: string, next: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(identifier);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL((u) => u.pathname === next.split("?")[0]);
}
