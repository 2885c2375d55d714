/**
 * The administrator keeps the agencies (create, rename, merge after a dry run), the settings and the
 * search synonyms; reads the catalog transfer and inspection pages. An axe scan on every page.
 */
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible, fillDate, signIn } from "./helpers";

const ROOT = "000.00.00.H42";

test("agencies: create with a mistake named in place, rename, merge into another after a dry run", async ({ page }) => {
  test.setTimeout(300_000);
  const tag = randomBytes(3).toString("hex").toUpperCase();
  await signIn(page, "quantri@motcua.test", "/admin/agencies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cơ quan, đơn vị");
  await expectAccessible(page);

  const create = async (code: string, name: string) => {
    await page.goto("/admin/agencies");
    await page.getByLabel("Mã cơ quan", { exact: true }).fill(code);
    await page.getByLabel("Tên cơ quan").fill(name);
    await page.getByLabel("Loại cơ quan").selectOption("COMMUNE");
    await page.getByLabel("Mã cơ quan cấp trên").fill(ROOT);
    await page.getByRole("button", { name: "Thêm cơ quan" }).click();
  };
  await create("sai mã", `Ủy ban nhân dân xã Đông ${tag}`);
  await expect(page.getByText("Mã cơ quan gồm chữ in hoa, số và dấu chấm")).toBeVisible();
  await expect(page.getByLabel("Tên cơ quan")).toHaveValue(`Ủy ban nhân dân xã Đông ${tag}`);
  await expectAccessible(page);

  await create(`000.01.98.${tag}`, `Ủy ban nhân dân xã Đông ${tag}`);
  await expect(page.getByText("Đã thêm cơ quan.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Tên cơ quan").fill(`Ủy ban nhân dân xã Đông Sơn ${tag}`);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu thông tin cơ quan.")).toBeVisible();
  await expect(page.getByText(`Ủy ban nhân dân xã Đông ${tag} (đến ngày`)).toBeVisible();
  const fromUrl = page.url().split("?")[0]!;

  await create(`000.01.97.${tag}`, `Ủy ban nhân dân xã Tây ${tag}`);
  await expect(page.getByText("Đã thêm cơ quan.")).toBeVisible();

  await page.goto(fromUrl);
  await page.getByLabel("Mã cơ quan nhận sáp nhập").fill(`000.01.97.${tag}`);
  await page.getByLabel("Văn bản sáp nhập").fill("Nghị quyết số 1656/NQ-UBTVQH15");
  await page.getByRole("button", { name: "Xem thử việc sáp nhập" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xem thử việc sáp nhập");
  await expect(page.getByText("Không có hồ sơ đang giải quyết")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Sáp nhập / }).click();
  await expect(page.getByText("Đã sáp nhập; hồ sơ và cán bộ đã được chuyển.")).toBeVisible();
  await expect(page.getByText(/Đã sáp nhập ngày/)).toBeVisible();
  await expectAccessible(page);
});

test("settings within their limits, synonyms applied to search at once, catalog and inspection pages", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "quantri@motcua.test", "/admin/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thiết lập chung");
  await expectAccessible(page);
  await page.getByLabel("Số ngày làm việc trả lời phản ánh, kiến nghị").fill("90");
  await page.getByRole("button", { name: "Lưu thiết lập" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Số ngày trả lời phản ánh là số nguyên từ 1 đến 60." })).toBeVisible();
  await expect(page.getByLabel("Số ngày làm việc trả lời phản ánh, kiến nghị")).toHaveValue("90");
  await expectAccessible(page);
  await page.getByLabel("Số ngày làm việc trả lời phản ánh, kiến nghị").fill("10");
  await page.getByRole("button", { name: "Lưu thiết lập" }).click();
  await expect(page.getByText("Đã lưu thiết lập.")).toBeVisible();

  const term = `giay khai ${randomBytes(2).toString("hex")}`;
  await page.goto("/admin/synonyms");
  await expectAccessible(page);
  await page.getByLabel("Từ thường dùng").fill(term);
  await page.getByLabel("Cách gọi chính thức").fill("đăng ký khai sinh");
  await page.getByRole("button", { name: "Thêm từ đồng nghĩa" }).click();
  await expect(page.getByText("Đã thêm; tìm kiếm dùng ngay.")).toBeVisible();
  await page.goto(`/procedures?q=${encodeURIComponent(term)}`);
  await expect(page.getByRole("link", { name: /khai sinh/i }).first()).toBeVisible();

  await page.goto("/admin/catalog");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập, xuất danh mục thủ tục");
  await expectAccessible(page);
  await page.goto("/admin/inspect");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sổ theo dõi hồ sơ toàn tỉnh");
  await expectAccessible(page);
  // The filing dates as day / month / year; the page's own links carry them as YYYY-MM-DD.
  await fillDate(page, "Nộp từ ngày", "2025-01-01");
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/from\.day=0?1&/);
  await expect(page.getByText("Ngày không hợp lệ")).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Nộp từ ngày" }).getByLabel("Năm")).toHaveValue("2025");
  await fillDate(page, "Đến ngày", "2025-02-30");
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ngày không hợp lệ" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Đến ngày" }).getByLabel("Ngày", { exact: true })).toHaveValue("30");
  await expectAccessible(page);
  await page.goto("/admin/inspect");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Toàn bộ quá trình xử lý" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin/inspect/statistics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Số liệu thống kê theo cơ quan");
  await expectAccessible(page);
  await fillDate(page, "Nộp từ ngày", "2025-02-29");
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Khoảng thời gian không hợp lệ" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Nộp từ ngày" }).getByLabel("Ngày", { exact: true })).toHaveValue("29");
  await expectAccessible(page);
});
