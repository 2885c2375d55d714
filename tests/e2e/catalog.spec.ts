import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, switchLanguage } from "./helpers";

const results = (page: Page) => page.getByRole("region", { name: "Kết quả" }).getByRole("listitem");

test.describe("the public catalog", () => {
  test("the home page's search finds a procedure typed without diacritics", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Tìm thủ tục hành chính").fill("dang ky khai sinh");
    await page.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/\/procedures\?q=dang\+ky\+khai\+sinh/);
    await expect(results(page).first().getByRole("heading")).toHaveText("Đăng ký khai sinh");
    await expect(results(page).first().locator("mark").first()).toHaveText("Đăng ký khai sinh");
    await expectAccessible(page);
  });

  for (const q of ["đăng ky khai sinh", "ĐĂNG KÝ KHAI SINH"]) {
    test(`"${q}" finds "Đăng ký khai sinh" first`, async ({ page }) => {
      await page.goto(`/procedures?q=${encodeURIComponent(q)}`);
      await expect(results(page).first().getByRole("heading")).toHaveText("Đăng ký khai sinh");
    });
  }

  test("understands everyday words and offers a correction when nothing matches", async ({ page }) => {
    await page.goto("/procedures?q=s%E1%BB%95+%C4%91%E1%BB%8F");
    await expect(results(page).first().getByRole("heading")).toContainText("Giấy chứng nhận quyền sử dụng đất");
    await page.goto("/procedures?q=dang+ky+khai+snh");
    await expect(page.getByText("Có phải bạn muốn tìm")).toBeVisible();
    const fix = page.getByRole("link", { name: "dang ky khai sinh" });
    await expect(fix).toBeVisible();
    await expectAccessible(page);
    await fix.click();
    await expect(page).toHaveURL(/q=dang\+ky\+khai\+sinh/);
    await expect(results(page).first().getByRole("heading")).toHaveText("Đăng ký khai sinh");
  });

  test("a query with a word no procedure holds shows the closest ones and says so", async ({ page }) => {
    await page.goto("/procedures?q=dang+ky+khai+sinh+qqxz");
    await expect(page.getByText("Không có thủ tục nào chứa đủ các từ bạn gõ")).toBeVisible();
    await expect(results(page).first().getByRole("heading")).toHaveText("Đăng ký khai sinh");
    await page.goto("/procedures?q=dang+ky+khai+sinh");
    await expect(results(page).first().getByRole("heading")).toHaveText("Đăng ký khai sinh");
    await expect(page.getByText("Không có thủ tục nào chứa đủ các từ bạn gõ")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("filters combine, sort, and every page has its own URL — without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/procedures");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục hành chính");
    await page.getByLabel("Cấp thực hiện").selectOption("commune");
    await page.getByLabel("Mức độ trực tuyến").selectOption("full");
    await page.getByLabel("Sắp xếp").selectOption("time");
    await page.getByRole("button", { name: "Áp dụng" }).click();
    await expect(page).toHaveURL(/level=commune/);
    await expect(page).toHaveURL(/online=full/);
    await expect(page).toHaveURL(/sort=time/);
    await expect(page.getByRole("link", { name: "Bỏ lọc Cấp xã" })).toBeVisible();
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    for (const badge of await results(page).getByText("Trực tuyến toàn trình").all()) await expect(badge).toBeVisible();

    await page.goto("/procedures?pageSize=10");
    const pages = page.getByRole("navigation", { name: "Phân trang" });
    await expect(pages.getByText("1", { exact: true })).toHaveAttribute("aria-current", "page");
    await pages.getByRole("link", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pages.getByText("2", { exact: true })).toHaveAttribute("aria-current", "page");
    await context.close();
  });

  test("suggests procedures while typing (combobox) and opens the chosen one", async ({ page }) => {
    await page.goto("/procedures");
    const box = page.getByRole("combobox", { name: "Tìm thủ tục" });
    await box.pressSequentially("ket ho", { delay: 30 });
    const list = page.getByRole("listbox", { name: "Gợi ý thủ tục" });
    await expect(list.getByRole("option").first()).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expectAccessible(page);
    await box.press("ArrowDown");
    const first = list.getByRole("option").first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    const name = (await first.textContent())!;
    await box.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });

  test("the search field is a plain text field without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/procedures");
    await expect(page.getByRole("combobox", { name: "Tìm thủ tục" })).toHaveCount(0);
    await page.getByRole("searchbox", { name: "Tìm thủ tục" }).fill("gpxd");
    await page.getByRole("searchbox", { name: "Tìm thủ tục" }).press("Enter");
    await expect(results(page).first().getByRole("heading")).toContainText("giấy phép xây dựng");
    await context.close();
  });

  test("browse by life event and by agency", async ({ page }) => {
    await page.goto("/procedures");
    await page.getByRole("link", { name: /Theo nhóm sự kiện/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục theo nhóm sự kiện");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Khai sinh", exact: true }).click();
    await expect(page).toHaveURL(/lifeEvent=KHAI_SINH/);
    await expect(results(page).getByRole("heading", { name: "Đăng ký khai sinh", exact: true })).toBeVisible();

    await page.goto("/procedures/agencies");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thủ tục theo cơ quan thực hiện");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Sở Tư pháp" }).first().click();
    await expect(page).toHaveURL(/agency=/);
    await expect(page.getByRole("link", { name: /^Bỏ lọc Sở Tư pháp/ })).toBeVisible();
  });

  test("the procedure page shows the whole record and where to file", async ({ page }) => {
    const res = await page.goto("/procedures/1.001193");
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle(/Đăng ký khai sinh \(1\.001193\)/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký khai sinh");
    for (const heading of ["Thông tin chung", "Điều kiện thực hiện", "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Phí, lệ phí", "Kết quả thực hiện", "Căn cứ pháp lý", "Công bố"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByRole("main").getByRole("link", { name: "Nộp hồ sơ trực tuyến" })).toHaveAttribute("href", "/file/1.001193");
    await expect(page.getByRole("table")).toContainText("Tờ khai đăng ký khai sinh");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Đăng ký khai sinh");
    await expectAccessible(page);

    const template = page.getByRole("link", { name: /Tải mẫu/ }).first();
    const download = await page.request.get((await template.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toContain("application/rtf");
    expect(await download.text()).toMatch(/^\{\\rtf1/);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Menu chính" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Trình tự thực hiện" })).toBeVisible();
  });

  test("a counter-only procedure says where to go in person", async ({ page, request }) => {
    const api = await request.get("/api/v1/procedures?online=none&pageSize=1");
    const { items } = await api.json();
    test.skip(items.length === 0, "no counter-only procedure in the demo data");
    await page.goto(items[0].url);
    await expect(page.getByRole("heading", { name: "Nộp trực tiếp ở đâu" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Nộp hồ sơ trực tuyến" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("an unknown procedure answers 404", async ({ page }) => {
    const res = await page.goto("/procedures/9.999999");
    expect(res?.status()).toBe(404);
    await expectAccessible(page);
  });

  test("a filtered, sorted page passes the accessibility scan", async ({ page }) => {
    await page.goto("/procedures?level=commune&online=full&sort=time&pageSize=10");
    await expect(page.getByRole("link", { name: "Bỏ lọc Cấp xã" })).toBeVisible();
    await expectAccessible(page);
  });

  test("works in English and at 320 px", async ({ page }) => {
    await page.goto("/procedures?q=ket+hon");
    await switchLanguage(page, "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrative procedures");
    await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem").first()).toContainText("Đăng ký kết hôn");
    // Names published only in Vietnamese are marked so, for screen readers to read them as Vietnamese.
    await expect(page.getByRole("region", { name: "Results" }).getByRole("link", { name: "Đăng ký kết hôn", exact: true })).toHaveAttribute("lang", "vi");
    await page.goto("/file/1.001193");
    await expect(page.getByRole("heading", { level: 1 }).locator('[lang="vi"]')).toHaveText("Đăng ký khai sinh");
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of ["/procedures?q=ket+hon", "/procedures/1.000894", "/procedures/life-events", "/procedures/agencies"]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    }
    await switchLanguage(page, "vi");
  });

  test("the JSON API answers, documents itself, and refuses bad input with 400", async ({ request }) => {
    const ok = await request.get("/api/v1/procedures?q=dang%20ky%20khai%20sinh");
    expect(ok.status()).toBe(200);
    expect((await ok.json()).items[0]).toMatchObject({ code: "1.001193", url: "/procedures/1.001193" });
    const one = await request.get("/api/v1/procedures/1.001193");
    expect((await one.json()).name).toBe("Đăng ký khai sinh");
    expect((await request.get("/api/v1/procedures/9.999999")).status()).toBe(404);
    for (const bad of ["page=-1", "pageSize=100000", "level=district", `q=${"x".repeat(10_240)}`, "q=%01"]) {
      const res = await request.get(`/api/v1/procedures?${bad}`);
      expect(res.status(), bad).toBe(400);
      expect(res.headers()["content-type"]).toBe("application/problem+json");
    }
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.paths["/procedures/{code}"]).toBeDefined();
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/procedures/1.001193</loc>");
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
  });

  test("a malformed catalog URL answers a page, not an error", async ({ page }) => {
    const res = await page.goto("/procedures?page=-5&level=xyz");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("không hợp lệ");
    await expectAccessible(page);
  });
});
