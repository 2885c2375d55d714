import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

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

/** Types a date (YYYY-MM-DD) into the day / month / year fields of the group named `legend`. */
export async function fillDate(scope: Page | Locator, legend: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split("-") as [string, string, string];
  const group = scope.getByRole("group", { name: legend });
  await group.getByLabel(/^(Ngày|Day)$/).fill(day);
  await group.getByLabel(/^(Tháng|Month)$/).fill(month);
  await group.getByLabel(/^(Năm|Year)$/).fill(year);
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
/**
 * Staff sessions already opened in this worker, by account: an authenticator code is accepted once per
 * account, so journeys reuse the officer's session (as the officer's browser would) instead of signing in
 * again every time. A session that was signed out is simply opened again.
 */
const staffSessions = new Map<string, Awaited<ReturnType<BrowserContext["cookies"]>>>();

export async function signIn(page: Page, identifier: string, next: string, password = DEMO_PASSWORD, origin = ""): Promise<void> {
  const key = `${origin}|${identifier}`;
  const saved = staffSessions.get(key);
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto(`${origin}${next}`);
    if (new URL(page.url()).pathname === next.split("?")[0]) return;
    staffSessions.delete(key);
    await page.context().clearCookies();
  }
  await page.goto(`${origin}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(identifier);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL((u) => u.pathname === next.split("?")[0] || u.pathname === "/sign-in/second-factor");
  const staff = new URL(page.url()).pathname === "/sign-in/second-factor";
  if (staff) await giveSecondFactor(page, DEMO_TOTP_SECRET);
  await page.waitForURL((u) => u.pathname === next.split("?")[0]);
  if (staff) staffSessions.set(key, await page.context().cookies());
}

/** The demo staff accounts' authenticator secret (prisma/seed-data/users.ts). */
export const DEMO_TOTP_SECRET = "MOTCUADEMOTOTPSECRETONLYFORDEMO2";

/** A TOTP code of `secret` for the 30-second step `offset` steps from now. */
export function totpCode(secret: string, offset = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.now() + offset * 30_000 });
}

/**
 * Answers the second-factor page as an authenticator app would. A code is accepted once per
 * account, so when another test has just used this step's code, the neighbouring steps (accepted
 * for clock drift) are tried, then the next step is awaited.
 */
export async function giveSecondFactor(page: Page, secret: string): Promise<void> {
  const onPage = () => new URL(page.url()).pathname === "/sign-in/second-factor";
  const retryAt = page.url();
  for (const offset of [-1, 0, 1, "wait", 0, 1, "wait", 0, 1] as const) {
    if (!onPage()) return;
    if (offset === "wait") {
      await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
      continue;
    }
    const input = page.getByLabel(/Mã xác thực|Authentication code/);
    if (!(await input.waitFor({ timeout: 30_000 }).then(() => true, () => false))) {
      // Not the form (an error page, or a page still loading): show what is there and open the step again.
      console.warn(`second factor: no code field on ${page.url()}: ${(await page.locator("body").innerText().catch(() => "")).slice(0, 300)}`);
      await page.goto(retryAt);
      continue;
    }
    // A form that is going away (the previous code was accepted after all) is not filled forever.
    if (!(await input.fill(totpCode(secret, offset), { timeout: 15_000 }).then(() => true, () => false))) continue;
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in/second-factor", { timeout: 60_000 });
    await page.getByRole("button", { name: /Xác nhận|Confirm/ }).click();
    const response = await answered.catch(() => null);
    // The server's answer says whether the code was accepted: a redirect (to the page asked for).
    // The page may still show the previous code's error while it navigates, so that text alone is not a refusal.
    if (response && (response.headers()["x-action-redirect"] || (response.status() >= 300 && response.status() < 400))) {
      await page.waitForURL((u) => u.pathname !== "/sign-in/second-factor", { timeout: 60_000 });
      return;
    }
    await page.waitForLoadState();
    if (!onPage()) return;
    const refused = await page.getByText(/Mã không đúng|The code is wrong|Đã nhập sai quá nhiều|Too many wrong codes/).first().isVisible().catch(() => false);
    if (!refused) await page.waitForURL((u) => u.pathname !== "/sign-in/second-factor", { timeout: 15_000 }).catch(() => {});
  }
  if (!onPage()) return;
  throw new Error("the second factor was refused");
}
