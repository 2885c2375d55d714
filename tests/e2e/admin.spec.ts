/**
 * The administrator creates a procedure with a form of five fields and two documents, publishes
 * it; a citizen finds it by search at once and files it. An axe scan on every administration page.
 * Other roles get "not found" from the administration.
 */
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { pdfBytes } from "../support/files";
import { expectAccessible, signIn, fillDate } from "./helpers";

const COMMUNE = "000.01.30.H42"; // Phường Hoa Lư

async function addField(page: Page, type: string, label: string, name: string) {
  const add = page.locator("form", { has: page.getByRole("button", { name: "Thêm trường", exact: true }) });
  await add.getByLabel("Loại trường").selectOption({ label: type });
  await add.getByLabel("Nhãn", { exact: true }).fill(label);
  await add.getByLabel("Tên kỹ thuật").fill(name);
  await add.getByRole("button", { name: "Thêm trường", exact: true }).click();
  await expect(page.getByRole("heading", { level: 3, name: new RegExp(label) })).toBeVisible({ timeout: 60_000 });
}

test("an administrator publishes a new procedure; a citizen finds it at once and files it", async ({ browser }) => {
  // Many server round trips (every builder change is one); generous on a shared machine.
  test.setTimeout(900_000);
  const tag = randomBytes(3).toString("hex");
  const code = `9.${tag}`;
  const name = `Xác nhận nuôi ong mật ${tag}`;
  const admin = await (await browser.newContext()).newPage();

  await signIn(admin, "quantri@motcua.test", "/admin/procedures");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Danh mục thủ tục hành chính");
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Tạo thủ tục mới" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Tạo thủ tục mới");
  await expectAccessible(admin);
  await admin.getByLabel("Mã thủ tục").fill(code);
  await admin.getByLabel("Tên thủ tục").fill(name);
  await admin.getByRole("button", { name: "Tạo bản nháp" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(admin.getByText("Phiên bản 1 · Bản nháp")).toBeVisible();
  await expectAccessible(admin);

  // The record, with a mistake first: the line is named and what was typed stays.
  await admin.getByLabel("Mức độ trực tuyến").selectOption("FULL");
  await admin.getByLabel("Trực tuyến", { exact: true }).check();
  await admin.getByLabel("Cơ quan thực hiện (mã)").fill(COMMUNE);
  await admin.getByLabel("Trình tự thực hiện").fill("Nộp hồ sơ trực tuyến\nPhường xem xét và xác nhận");
  await admin.getByLabel("Thành phần hồ sơ").fill("Đơn đề nghị xác nhận | ORIGINAL | 1 | có\nẢnh khu nuôi ong | KHONG_CO | 1 | không");
  await admin.getByLabel("Thời hạn giải quyết").fill("3");
  await admin.getByLabel("Thời hạn (như công bố)").fill("03 ngày làm việc");
  await admin.getByLabel("Phí, lệ phí").fill("Lệ phí | 0 | Miễn phí");
  await admin.getByLabel("Kết quả thực hiện").fill("Giấy xác nhận");
  await admin.getByLabel("Căn cứ pháp lý").fill("01/2026/QĐ-UBND | Quy định thử nghiệm | 2026-01-05");
  await admin.getByRole("button", { name: "Lưu bản nháp" }).click();
  const summary = admin.getByRole("alert").filter({ hasText: "Cần sửa trước khi lưu" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Thành phần hồ sơ: Dòng 2/ })).toHaveAttribute("href", "#e-components");
  await expect(admin.getByLabel("Kết quả thực hiện")).toHaveValue("Giấy xác nhận");
  // Choices stay as chosen too (a refused save once put back the online level the page opened with).
  await expect(admin.getByLabel("Mức độ trực tuyến")).toHaveValue("FULL");
  await expect(admin.getByLabel("Trực tuyến", { exact: true })).toBeChecked();
  await expectAccessible(admin);
  await admin.getByLabel("Thành phần hồ sơ").fill("Đơn đề nghị xác nhận | ORIGINAL | 1 | có\nẢnh khu nuôi ong | COPY | 1 | không | image/jpeg, image/png | 5");
  await admin.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(admin.getByText("Đã lưu bản nháp.")).toBeVisible();

  // The form builder: a section and five fields; an invalid limit is refused in place; reorder.
  await admin.getByRole("link", { name: "Xây dựng tờ khai điện tử" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Xây dựng tờ khai điện tử");
  await admin.getByLabel("Tiêu đề phần").last().fill("Thông tin đề nghị");
  await admin.getByLabel("Mã phần").last().fill("info");
  await admin.getByRole("button", { name: "Thêm phần" }).click();
  await addField(admin, "Chữ (một dòng)", "Mục đích xác nhận", "purpose");
  await addField(admin, "Ngày", "Ngày bắt đầu nuôi", "since");
  await addField(admin, "Số", "Số đàn ong", "hives");
  await addField(admin, "Chọn một", "Có đăng ký hợp tác xã", "coop");
  await addField(admin, "Đoạn văn", "Ghi chú thêm", "note");
  const purpose = admin.locator("li", { has: admin.getByRole("heading", { level: 3, name: /Mục đích xác nhận/ }) });
  await purpose.getByText("Sửa trường «Mục đích xác nhận»").click();
  await purpose.getByLabel("Số ký tự tối đa").fill("nhiều");
  await purpose.getByRole("button", { name: "Lưu trường «Mục đích xác nhận»" }).click();
  await expect(admin.getByText("Tờ khai có 1 lỗi")).toBeVisible();
  const purposeAgain = admin.locator("li", { has: admin.getByRole("heading", { level: 3, name: /Mục đích xác nhận/ }) });
  await expect(purposeAgain.getByText("maxLength: Giá trị không đúng kiểu")).toBeVisible();
  await expectAccessible(admin);
  await purposeAgain.getByLabel("Số ký tự tối đa").fill("300");
  await purposeAgain.getByRole("button", { name: "Lưu trường «Mục đích xác nhận»" }).click();
  await expect(admin.getByText("Tờ khai hợp lệ.")).toBeVisible();
  await admin.getByRole("button", { name: "Chuyển lên: Ghi chú thêm" }).click();
  await expect(admin.getByRole("heading", { level: 3 }).nth(3)).toContainText("Ghi chú thêm");

  await admin.getByRole("link", { name: "Xem trước như người nộp hồ sơ" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Xem trước tờ khai");
  await expect(admin.getByLabel("Số đàn ong")).toBeVisible();
  await expectAccessible(admin);

  // Publish now.
  await admin.getByRole("link", { name: "← Xây dựng tờ khai" }).click();
  await admin.getByRole("link", { name: `← ${name}` }).click();
  await expect(admin.getByText("Đủ điều kiện công bố.")).toBeVisible();
  await admin.getByLabel("Số quyết định công bố").fill(`${tag}/QĐ-UBND`);
  // A date that does not exist is refused and comes back as typed, with the rest of the form.
  await fillDate(admin, "Ngày ký quyết định", "2026-11-31");
  await admin.getByLabel("Người ký").fill("Chủ tịch Ủy ban nhân dân tỉnh");
  await admin.getByRole("button", { name: "Công bố", exact: true }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Chưa công bố được. Cần sửa: Ngày ký quyết định" })).toBeVisible();
  await expect(admin.getByRole("group", { name: "Ngày ký quyết định" }).getByLabel("Ngày", { exact: true })).toHaveValue("31");
  await expect(admin.getByLabel("Người ký")).toHaveValue("Chủ tịch Ủy ban nhân dân tỉnh");
  await expectAccessible(admin);
  await fillDate(admin, "Ngày ký quyết định", "2026-11-30");
  await admin.getByRole("button", { name: "Công bố", exact: true }).click();
  await expect(admin.getByText("Đã công bố; tìm kiếm đã được cập nhật.")).toBeVisible();
  await expect(admin.getByText("Phiên bản 1 · Đang có hiệu lực")).toBeVisible();
  await expectAccessible(admin);

  // A citizen finds it by search at once and files it.
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "congdan@motcua.test", "/my/dossiers");
  await page.goto(`/procedures?q=${encodeURIComponent(`nuôi ong mật ${tag}`)}`);
  await expect(page.getByRole("link", { name: name })).toBeVisible();
  await page.goto(`/file/${code}`);
  await page.getByRole("button", { name: "Bắt đầu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin người nộp hồ sơ");
  await page.getByLabel("Cho chính tôi").check();
  await fillDate(page, "Ngày sinh", "1990-05-14");
  await page.getByLabel("Số định danh cá nhân (số CCCD)").fill("001090012345");
  await page.getByLabel("Số nhà, đường, thôn, tổ dân phố").fill("Số 12, đường Lê Lợi");
  await page.getByLabel("Xã, phường").selectOption({ label: "Phường Hoa Lư" });
  await page.getByLabel("Tỉnh, thành phố").fill("Ninh Bình");
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nội dung tờ khai");
  await page.getByLabel("Mục đích xác nhận").fill("Vay vốn phát triển nuôi ong");
  await fillDate(page, "Ngày bắt đầu nuôi", "2024-03-01");
  await page.getByLabel("Số đàn ong").fill("40");
  await page.getByLabel("Có", { exact: true }).check();
  await page.getByLabel("Ghi chú thêm").fill("Khu nuôi ở chân núi");
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Giấy tờ kèm theo");
  const input = page.getByLabel(/^Chọn tệp: Đơn đề nghị xác nhận/);
  await input.setInputFiles({ name: "don-de-nghi.pdf", mimeType: "application/pdf", buffer: pdfBytes("Don de nghi") });
  await page.locator("li", { has: input }).getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("link", { name: "don-de-nghi" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kiểm tra thông tin trước khi nộp");
  await expect(page.getByText("Vay vốn phát triển nuôi ong")).toBeVisible();
  await page.getByRole("link", { name: "Tiếp tục", exact: true }).click();
  await page.getByLabel("Tôi cam đoan những thông tin trên là đúng sự thật").check();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đã nộp hồ sơ");
  await expect(page.getByTestId("dossier-code")).toHaveText(new RegExp(`^${COMMUNE.replace(/\./g, "\\.")}-\\d{6}-\\d{4}$`));

  // The administration does not exist for a citizen.
  const res = await page.goto("/admin/procedures");
  expect(res?.status()).toBe(404);
});
