/**
 * Two administration journeys: merging two communes, after which an old dossier is still tracked by
 * its old code; inviting an officer, who follows the invitation link, sets a password, enrols the
 * second factor and sees their queue. An axe scan on each administration page visited.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { lastMailLink } from "../support/db";
import { expectAccessible, fillDate, signIn, totpCode } from "./helpers";
import { agencyOfUser, fileDossier, sql } from "./office-helpers";

const ROOT = "000.00.00.H42";
const ADMIN = "quantri@motcua.test";

// The tracking PIN is stored as a keyed hash under the server's secret (the one the test run gives it).
const secretFile = path.join(process.cwd(), ".data", "auth-secret");
process.env.AUTH_SECRET ??= existsSync(secretFile) ? readFileSync(secretFile, "utf8").trim() : undefined;

async function createCommune(page: Page, code: string, name: string): Promise<void> {
  await page.goto("/admin/agencies");
  await page.getByLabel("Mã cơ quan", { exact: true }).fill(code);
  await page.getByLabel("Tên cơ quan").fill(name);
  await page.getByLabel("Loại cơ quan").selectOption("COMMUNE");
  await page.getByLabel("Mã cơ quan cấp trên").fill(ROOT);
  await page.getByRole("button", { name: "Thêm cơ quan" }).click();
  await expect(page.getByText("Đã thêm cơ quan.")).toBeVisible();
}

test("merging two communes: the old commune's dossier is tracked by its old code afterwards", async ({ page }) => {
  test.setTimeout(300_000);
  const { hashTrackingPin } = await import("../../lib/server/dossiers/code");
  const tag = randomBytes(3).toString("hex").toUpperCase();
  const fromCode = `000.03.98.${tag}`;
  const intoCode = `000.03.97.${tag}`;
  await signIn(page, ADMIN, "/admin/agencies");
  await expectAccessible(page);
  await createCommune(page, fromCode, `Ủy ban nhân dân xã Bắc ${tag}`);
  const fromUrl = page.url().split("?")[0]!;
  await createCommune(page, intoCode, `Ủy ban nhân dân xã Nam ${tag}`);

  // A dossier filed at the old commune, with its code and tracking PIN.
  const from = (await sql<{ id: string; code: string }>(`SELECT id, code FROM "Agency" WHERE code = $1`, [fromCode]))[0]!;
  const dossier = await fileDossier({ agency: from, status: "RECEIVED" });
  const code = `${fromCode}-261130-${1000 + Math.floor(Math.random() * 8999)}`;
  await sql(`UPDATE "Dossier" SET code = $1, "pinHash" = $2 WHERE id = $3`, [code, hashTrackingPin(code, "135790"), dossier.id]);

  await page.goto(fromUrl);
  await page.getByLabel("Mã cơ quan nhận sáp nhập").fill(intoCode);
  await page.getByLabel("Văn bản sáp nhập").fill("Nghị quyết số 1687/NQ-UBTVQH15");
  await page.getByRole("button", { name: "Xem thử việc sáp nhập" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xem thử việc sáp nhập");
  await expect(page.getByRole("main")).toContainText(code);
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Sáp nhập / }).click();
  await expect(page.getByText("Đã sáp nhập; hồ sơ và cán bộ đã được chuyển.")).toBeVisible();
  await expectAccessible(page);

  // Anyone tracks it by the old code and its PIN; its history says it moved with the merger.
  await page.context().clearCookies();
  await page.goto("/track");
  await page.getByLabel("Mã hồ sơ").fill(code);
  await page.getByLabel("Mã tra cứu").fill("135790");
  await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
  const result = page.getByRole("region", { name: /Kết quả tra cứu/ });
  await expect(result).toContainText(code);
  await expect(result).toContainText(`Ủy ban nhân dân xã Nam ${tag}`);
});

test("an invited officer sets a password from the invitation, enrols the second factor and sees their queue", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const email = `moi.${randomBytes(4).toString("hex")}@motcua.test`;
  const agency = await agencyOfUser("tiepnhan.xa@motcua.test");
  await signIn(page, ADMIN, "/admin/users");
  await expectAccessible(page);
  await page.getByLabel("Họ và tên", { exact: true }).fill("Lê Văn Mới");
  await page.getByLabel("Thư điện tử", { exact: true }).fill(email);
  await page.getByLabel("Vai trò", { exact: true }).selectOption("RECEPTION");
  await page.getByLabel("Mã cơ quan", { exact: true }).fill(agency.code);
  await page.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.getByText("Đã gửi lời mời.")).toBeVisible();
  await expectAccessible(page);

  // The officer, in their own browser, opens the link of the invitation email.
  const link = new URL(await lastMailLink(email, "admin.invitation"));
  const officer = await (await browser.newContext()).newPage();
  await officer.goto(`${link.pathname}${link.search}`);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Đặt mật khẩu mới");
  const password = `Moi-${randomBytes(6).toString("hex")}-2026`;
  await officer.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await officer.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await officer.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await officer.waitForURL((u) => u.pathname === "/sign-in");
  // The link is used once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(`${link.pathname}${link.search}`);
  await again.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await again.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await again.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(again.getByText("Đường liên kết không hợp lệ, đã được dùng hoặc đã hết hạn.").first()).toBeVisible();

  await officer.goto("/sign-in?next=%2Foffice");
  await officer.getByLabel("Thư điện tử hoặc số điện thoại").fill(email);
  await officer.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await officer.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await officer.waitForURL((u) => u.pathname === "/sign-in/second-factor");
  const secret = (await officer.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  await officer.getByLabel("Mã xác thực").fill(totpCode(secret));
  await officer.getByRole("button", { name: "Xác nhận" }).click();
  await expect(officer.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await officer.getByRole("link", { name: "Tôi đã lưu các mã, tiếp tục" }).click();
  await officer.waitForURL((u) => u.pathname === "/office");
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ cần xử lý");

  // The administrator sees the second factor enrolled.
  await page.reload();
  await expect(page.getByText("Đã đăng ký").first()).toBeVisible();
  await expectAccessible(page);
});

test("the calendar: a year's computed holidays are confirmed, and the page says how many due dates changed", async ({ page }) => {
  test.setTimeout(300_000);
  const year = 2090 + Math.floor(Math.random() * 9);
  await signIn(page, ADMIN, `/admin/calendar?year=${year}`);
  await expect(page.getByRole("heading", { name: `Ngày nghỉ năm ${year} tính theo Bộ luật Lao động` })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Tết Dương lịch", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Xác nhận lịch nghỉ năm ${year}` }).click();
  await expect(page.getByRole("status")).toContainText(`Đã xác nhận lịch nghỉ năm ${year}`);
  await expect(page.getByText(/^Đã xác nhận ngày /)).toBeVisible();
  await expectAccessible(page);

  // Days are typed as day / month / year; a day that does not exist comes back as typed, the name kept.
  await expect(page.locator('input[type="date"]')).toHaveCount(0);
  await fillDate(page, "Ngày cần ghi vào lịch", `${year}-02-30`);
  await page.getByLabel("Tên", { exact: true }).fill("Ngày thử nghiệm");
  await page.getByRole("button", { name: "Thêm ngày", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "ngày có thật" })).toBeVisible();
  const day = page.getByRole("group", { name: "Ngày cần ghi vào lịch" });
  await expect(day.getByLabel("Ngày", { exact: true })).toHaveValue("30");
  await expect(day.getByLabel("Năm")).toHaveValue(String(year));
  await expect(page.getByLabel("Tên", { exact: true })).toHaveValue("Ngày thử nghiệm");
  await expectAccessible(page);
  await fillDate(page, "Ngày cần ghi vào lịch", `${year}-08-19`);
  await page.getByRole("button", { name: "Thêm ngày", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Đã lưu lịch làm việc");
  await expect(page.getByText(`19/08/${year}`).first()).toBeVisible();
});
