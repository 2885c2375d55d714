import { expect, test } from "@playwright/test";
import { expectAccessible, switchLanguage } from "./helpers";

test.describe("the portal's shell", () => {
  test("home page in Vietnamese leads to procedures, online filing and tracking", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục hành chính, ở một nơi");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Tra cứu thủ tục" })).toHaveAttribute("href", "/procedures");
    await expect(main.getByRole("link", { name: "Nộp hồ sơ trực tuyến" })).toHaveAttribute("href", "/file");
    await expect(main.getByRole("link", { name: "Tra cứu hồ sơ" })).toHaveAttribute("href", "/track");
    await expect(page.getByRole("navigation", { name: "Menu chính" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("dữ liệu minh họa");
    // The seeded catalog is counted on the home page.
    const figure = page.locator("dl div").filter({ hasText: "thủ tục đang được công bố" }).locator("dd");
    expect(Number((await figure.textContent())?.replace(/\D/g, ""))).toBeGreaterThanOrEqual(60);
    await expectAccessible(page);
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("switches to English and back, and stays on the same page", async ({ page }) => {
    await page.goto("/");
    await switchLanguage(page, "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrative procedures, in one place");
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    await expectAccessible(page);
    await switchLanguage(page, "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục hành chính, ở một nơi");
  });

  test("switches language without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await switchLanguage(page, "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrative procedures, in one place");
    await context.close();
  });

  test("works 320 px wide without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });

  test("an unknown page answers 404 in the portal's own words", async ({ page }) => {
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
    await expectAccessible(page);
  });

  test("an unknown procedure says 'not found' in its heading and in the tab", async ({ page }) => {
    const res = await page.goto("/procedures/9.999999");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
    await expect(page).toHaveTitle(/^Không tìm thấy trang/);
  });

  test("health reports the database and the migrations", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.database.reachable).toBe(true);
    expect(body.migrations.pending).toEqual([]);
    expect(body.migrations.applied).toBeGreaterThanOrEqual(1);
  });
});
