import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

/** Public pages on a phone, and the account links now that the public header never reads the session. */
test.describe("public pages on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the header leaves most of the screen to the page", async ({ page }) => {
    await page.goto("/");
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.height).toBeLessThan(812 / 5);
    await expect(page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Thống kê" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the procedure's documents table becomes stacked rows and nothing scrolls sideways", async ({ page }) => {
    await page.goto("/procedures/1.001193");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const table = page.locator(`section[aria-labelledby="components"] table`);
    const box = await table.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    // Each stacked cell names its column.
    const label = await table.locator("td[data-label]").first().evaluate((td) => getComputedStyle(td, "::before").content);
    expect(label).toContain("Bản chính hay bản sao");
    await expectAccessible(page);
  });
});

test.describe("the account link", () => {
  test("sends a visitor who is not signed in to the sign-in page, without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/procedures");
    await page.getByRole("banner").getByRole("link", { name: "Tài khoản" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
    await context.close();
  });

  test("an officer signed in reaches the back office from the account link and sees it in the account bar", async ({ page }) => {
    await signIn(page, "tiepnhan.xa@motcua.test", "/office");
    const bar = page.getByRole("navigation", { name: "Tài khoản đang đăng nhập" });
    await expect(bar.getByRole("link", { name: "Trang cán bộ" })).toHaveAttribute("href", "/office");
    await expect(bar.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Tài khoản" }).click();
    await expect(page).toHaveURL(/\/office$/);
    await expectAccessible(page);
  });

  test("a citizen signed in reaches their dossiers, and the account bar has no back-office link", async ({ page }) => {
    await signIn(page, "congdan@motcua.test", "/my/dossiers");
    const bar = page.getByRole("navigation", { name: "Tài khoản đang đăng nhập" });
    await expect(bar.getByRole("link", { name: "Hồ sơ của tôi" })).toBeVisible();
    await expect(bar.getByRole("link", { name: "Trang cán bộ" })).toHaveCount(0);
    await page.goto("/stats");
    await page.getByRole("banner").getByRole("link", { name: "Tài khoản" }).click();
    await expect(page).toHaveURL(/\/my\/dossiers$/);
  });
});

test.describe("the sign-in form without the i18n runtime", () => {
  for (const js of [true, false]) {
    test(`shows its errors and keeps what was typed (JavaScript ${js ? "on" : "off"})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto("/sign-in");
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByRole("link", { name: /Hãy nhập thư điện tử hoặc số điện thoại/ })).toBeVisible();
      await expect(page.getByRole("link", { name: /Hãy nhập mật khẩu/ })).toBeVisible();
      await page.getByLabel("Thư điện tử hoặc số điện thoại").fill("khongco@motcua.test");
      await page.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau");
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByText("Thư điện tử, số điện thoại hoặc mật khẩu không đúng").first()).toBeVisible();
      await expect(page.getByLabel("Thư điện tử hoặc số điện thoại")).toHaveValue("khongco@motcua.test");
      // axe runs inside the page, so only where JavaScript is on; the markup is the same.
      if (js) await expectAccessible(page);
      await context.close();
    });
  }
});
