/**
 * A citizen's whole journey: sign up, confirm the email, sign in, file a birth registration
 * with documents, see the confirmation and the receipt PDF, find it in "my dossiers" — with
 * JavaScript on and off, an axe scan on every page.
 */
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { lastMailLink } from "../support/db";
import { exeBytes, jpegBytes, pdfBytes, pngBytes } from "../support/files";
import { expectAccessible, fillDate } from "./helpers";

const PASSWORD = "hoa sen nở giữa hồ 2026";
const DEMO_PASSWORD = "MotCua@2026";

function uniquePerson() {
  const tag = randomBytes(4).toString("hex");
  const digits = String(parseInt(tag, 16) % 100_000_000).padStart(8, "0");
  return { email: `cd.${tag}@motcua.test`, phone: `09${digits}`, name: "Trần Thị Bình" };
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** axe runs inside the page, so only with JavaScript; the run without it passes the very same pages. */
async function scan(page: Page, js: boolean) {
  // After a client-side navigation the title arrives with the streamed metadata: wait for it.
  await expect(page).toHaveTitle(/\S/);
  if (js) await expectAccessible(page);
}

async function signUpAndVerify(page: Page, person: ReturnType<typeof uniquePerson>, js: boolean) {
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký tài khoản");
  await scan(page, js);
  // Mistakes first: the error summary links to each field, and what was typed stays.
  await page.getByLabel("Họ, chữ đệm và tên").fill(person.name);
  await page.getByLabel("Thư điện tử", { exact: true }).fill("not-an-email");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Thư điện tử: Hãy nhập địa chỉ thư điện tử đúng dạng/ })).toHaveAttribute("href", "#f-email");
  await expect(page.getByLabel("Họ, chữ đệm và tên")).toHaveValue(person.name);
  await scan(page, js);

  await page.getByLabel("Thư điện tử", { exact: true }).fill(person.email);
  await page.getByLabel("Số điện thoại (không bắt buộc)").fill(person.phone);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hãy kiểm tra thư điện tử");
  await scan(page, js);

  // Signing in before confirming the email is refused with a clear message.
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(person.email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page.getByText("Tài khoản chưa xác nhận thư điện tử")).toBeVisible();

  const link = new URL(await lastMailLink(person.email, "auth.verify-email"));
  await page.goto(link.pathname + link.search);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xác nhận thư điện tử");
  await scan(page, js);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByText("Đã xác nhận thư điện tử")).toBeVisible();
  await scan(page, js);
}

async function signIn(page: Page, identifier: string, next?: string, password = PASSWORD) {
  if (next) await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  else if (!page.url().includes("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(identifier);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

async function upload(page: Page, label: RegExp, file: { name: string; mimeType: string; buffer: Buffer }, js: boolean) {
  const input = page.getByLabel(label);
  const slot = page.locator(`#slot-${(await input.getAttribute("id"))!.slice("file-".length)}`);
  await input.setInputFiles(file);
  await slot.getByRole("button", { name: "Tải lên" }).click();
  if (js) await expect(slot.getByRole("link", { name: file.name.replace(/\.[^.]+$/, "") })).toBeVisible();
  else await page.waitForLoadState("load");
}

async function fileBirthRegistration(page: Page, js: boolean) {
  await page.goto("/file");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nộp hồ sơ trực tuyến");
  await scan(page, js);
  await page.getByLabel("Tìm thủ tục nộp được trực tuyến").fill("khai sinh");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nộp hồ sơ: Đăng ký khai sinh");
  await scan(page, js);
  await page.getByRole("button", { name: "Bắt đầu" }).click();

  // 1. Applicant: prefilled from the account; the rest is missing → errors, then filled in.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin người nộp hồ sơ");
  await expect(page.getByRole("navigation", { name: "Các bước nộp hồ sơ" })).toContainText("Người nộp hồ sơ");
  await expect(page.getByLabel("Họ, chữ đệm và tên")).toHaveValue("Trần Thị Bình");
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Hãy nhập số định danh cá nhân (số CCCD)" })).toHaveAttribute("href", "#f-citizenId");
  await scan(page, js);
  await page.setViewportSize({ width: 320, height: 800 });
  await noHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByLabel("Cho chính tôi").check();
  await fillDate(page, "Ngày sinh", "1995-03-08");
  await page.getByLabel("Số định danh cá nhân (số CCCD)").fill("036195001234");
  await page.getByLabel("Số nhà, đường, thôn, tổ dân phố").fill("Số 5, đường Trần Hưng Đạo");
  await page.getByLabel("Xã, phường").selectOption({ label: "Phường Hoa Lư" });
  await page.getByLabel("Tỉnh, thành phố").fill("Ninh Bình");
  await page.getByLabel("Bộ phận một cửa tiếp nhận hồ sơ").selectOption({ label: "Phường Nam Định" });
  if (js) {
    // Inline validation when leaving a field, with the server's own rules.
    await page.getByLabel("Số định danh cá nhân (số CCCD)").fill("12345");
    await page.getByLabel("Số điện thoại").focus();
    await expect(page.getByText("Số định danh cá nhân gồm đúng 12 chữ số")).toBeVisible();
    await page.getByLabel("Số định danh cá nhân (số CCCD)").fill("036195001234");
    await page.getByLabel("Số điện thoại").focus();
    await expect(page.getByText("Số định danh cá nhân gồm đúng 12 chữ số")).toHaveCount(0);
  }
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();

  // 2. The procedure's own questions (the birth registration form).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nội dung tờ khai");
  await scan(page, js);
  const child = page.getByRole("region", { name: "Thông tin người được khai sinh" });
  await child.getByLabel("Họ, chữ đệm và tên của trẻ").fill("Nguyễn Minh Khang");
  await child.getByLabel("Nam", { exact: true }).check();
  await fillDate(child, "Ngày, tháng, năm sinh", "2026-11-01");
  await child.getByLabel("Nơi sinh").fill("Bệnh viện Sản Nhi Ninh Bình");
  await child.getByLabel("Dân tộc").fill("Kinh");
  await child.getByLabel("Quốc tịch").fill("Việt Nam");
  // Save and come back later keeps what was typed.
  await page.getByRole("button", { name: "Lưu và tiếp tục sau" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ đang khai dở");
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  await scan(page, js);
  await page.getByRole("link", { name: "Tiếp tục khai Đăng ký khai sinh" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nội dung tờ khai");
  await expect(page.getByLabel("Họ, chữ đệm và tên của trẻ")).toHaveValue("Nguyễn Minh Khang");

  const mother = page.getByRole("region", { name: "Thông tin người mẹ" });
  const father = page.getByRole("region", { name: "Thông tin người cha" });
  // The parents' particulars are asked only once it is known that there are some.
  await expect(mother.getByLabel("Dân tộc")).toHaveCount(0);
  await mother.getByLabel("Có", { exact: true }).check();
  await father.getByLabel("Không (chưa xác định được)").check();
  if (!js) {
    // Without JavaScript they appear on the next step: the same page, shown again, without errors.
    await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nội dung tờ khai");
    await expect(page.getByText("Có lỗi cần sửa")).toHaveCount(0);
  }
  await expect(father.getByLabel("Dân tộc")).toHaveCount(0);
  await expect(father.getByLabel("Họ, chữ đệm và tên người cha")).toHaveCount(0);
  // Repeated questions are named by their group for screen readers.
  await expect(mother.getByLabel("Thông tin người mẹ: Dân tộc")).toBeVisible();
  await expect(child.getByLabel("Thông tin người được khai sinh: Dân tộc")).toBeVisible();
  await mother.getByLabel("Họ, chữ đệm và tên người mẹ").fill("Trần Thị Bình");
  await fillDate(mother, "Ngày sinh người mẹ", "1995-03-08");
  await mother.getByLabel("Dân tộc").fill("Kinh");
  await mother.getByLabel("Quốc tịch").fill("Việt Nam");
  await mother.getByLabel("Số định danh cá nhân của người mẹ").fill("036195001234");
  await mother.getByLabel("Số nhà, đường, thôn, tổ dân phố").fill("Số 5, đường Trần Hưng Đạo");
  await mother.getByLabel("Xã, phường").fill("Phường Hoa Lư");
  await mother.getByLabel("Tỉnh, thành phố").fill("Ninh Bình");
  await page.getByLabel("Quan hệ của người đi khai sinh với trẻ").selectOption({ label: "Mẹ" });
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();

  // 3. Documents: a renamed program is refused with a clear message; real documents go in.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Giấy tờ kèm theo");
  await expect(page.getByText("Định dạng: PDF, JPEG, PNG, DOCX. Dung lượng tối đa 10 MB.").first()).toBeVisible();
  await scan(page, js);
  const toKhai = /^Chọn tệp: Tờ khai đăng ký khai sinh/;
  await page.getByLabel(toKhai).setInputFiles({ name: "to-khai.pdf", mimeType: "application/pdf", buffer: exeBytes() });
  await page.locator("li", { has: page.getByLabel(toKhai) }).getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByText("Tệp là chương trình chạy được, không phải giấy tờ.").first()).toBeVisible();
  await scan(page, js);
  
  await upload(page, toKhai, { name: "to-khai.pdf", mimeType: "application/pdf", buffer: pdfBytes("To khai") }, js);
  await upload(page, /^Chọn tệp: Giấy chứng sinh/, { name: "giay-chung-sinh.jpg", mimeType: "image/jpeg", buffer: jpegBytes() }, js);
  // Every other required slot gets a document too.
  for (;;) {
    const empty = page.locator("li", { hasText: "(bắt buộc)" }).filter({ has: page.getByLabel(/^Chọn tệp:/) });
    if ((await empty.count()) === 0) break;
    const label = (await empty.first().locator("label").first().textContent()) ?? "";
    await upload(page, new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), { name: "cccd.png", mimeType: "image/png", buffer: pngBytes() }, js);
  }
  await expect(page.getByRole("link", { name: "to-khai.pdf" })).toBeVisible();
  await scan(page, js);
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();

  // 4. Check your answers, with a change link per answer.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kiểm tra thông tin trước khi nộp");
  await expect(page.getByText("Nguyễn Minh Khang")).toBeVisible();
  await expect(page.getByText("01/11/2026")).toBeVisible();
  await expect(page.getByRole("link", { name: "Thay đổi Họ, chữ đệm và tên của trẻ" })).toHaveAttribute("href", /questions\?from=check#f-childFullName$/);
  await expect(page.getByText("Phường Nam Định")).toBeVisible();
  await scan(page, js);
  await page.getByRole("link", { name: "Tiếp tục", exact: true }).click();

  // 5. Declaration and submit.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cam đoan và nộp hồ sơ");
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByRole("link", { name: "Hãy đánh dấu vào ô cam đoan để nộp hồ sơ" })).toBeVisible();
  await scan(page, js);
  await page.getByLabel("Tôi cam đoan những thông tin trên là đúng sự thật").check();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đã nộp hồ sơ");
  const code = (await page.getByTestId("dossier-code").textContent())!.trim();
  expect(code).toMatch(/^000\.01\.32\.H42-\d{6}-\d{4}$/);
  await expect(page.getByTestId("dossier-pin")).toHaveText(/^\d{6}$/);
  await expect(page.getByRole("heading", { name: "Việc tiếp theo" })).toBeVisible();
  await scan(page, js);

  // The receipt PDF.
  const receiptHref = await page.getByRole("link", { name: "Tải phiếu xác nhận nộp hồ sơ (PDF)" }).getAttribute("href");
  const receipt = await page.request.get(receiptHref!);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");
  const pdf = await receipt.body();
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(5000);

  // Going back to a step of the submitted application leads to its confirmation.
  const confirmation = page.url();
  await page.goto(confirmation.replace(/confirmation$/, "questions"));
  await expect(page).toHaveURL(confirmation);

  // My dossiers: the new dossier, its answers, files and history.
  await page.getByRole("link", { name: "Tất cả hồ sơ của tôi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ của tôi");
  await expect(page.getByRole("link", { name: code })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(code.replace(/\./g, "\\.")) })).toContainText("Đã nộp, chờ tiếp nhận");
  await scan(page, js);
  await page.getByRole("link", { name: code }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hồ sơ ${code}`);
  await expect(page.getByText("Nguyễn Minh Khang")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lịch sử xử lý" })).toBeVisible();
  await scan(page, js);
  const fileHref = await page.getByRole("link", { name: "to-khai.pdf" }).getAttribute("href");
  const file = await page.request.get(fileHref!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  return { code, fileHref: fileHref!, dossierUrl: page.url() };
}

async function journey(browser: Browser, js: boolean) {
  const context = await browser.newContext({ javaScriptEnabled: js });
  const page = await context.newPage();
  const person = uniquePerson();
  await signUpAndVerify(page, person, js);
  await signIn(page, person.phone, undefined);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ của tôi");
  await scan(page, js);
  const result = await fileBirthRegistration(page, js);
  await context.close();
  return result;
}

test.describe("a citizen files a birth registration online", () => {
  test("with JavaScript", async ({ browser }) => {
    test.setTimeout(300_000);
    const { fileHref, dossierUrl } = await journey(browser, true);
    // Another citizen sees neither the dossier nor its file.
    const other = await browser.newContext();
    const page = await other.newPage();
    await signIn(page, "congdan@motcua.test", "/my/dossiers", DEMO_PASSWORD);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ của tôi");
    expect((await page.request.get(fileHref)).status()).toBe(404);
    const res = await page.goto(dossierUrl);
    expect(res?.status()).toBe(404);
    // The tab says so too, as for any id: nothing tells whether the dossier exists.
    await expect(page).toHaveTitle(/^Không tìm thấy trang/);
    await other.close();
  });

  test("without JavaScript", async ({ browser }) => {
    test.setTimeout(180_000);
    await journey(browser, false);
  });
});

test("someone asked to sign in on the way to filing signs up and comes back to the filing", async ({ page }) => {
  const person = uniquePerson();
  await page.goto("/file/1.001193");
  await page.getByRole("button", { name: "Bắt đầu" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole("link", { name: "Đăng ký tài khoản" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký tài khoản");
  await page.getByLabel("Họ, chữ đệm và tên").fill(person.name);
  await page.getByLabel("Thư điện tử", { exact: true }).fill(person.email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hãy kiểm tra thư điện tử");
  const link = new URL(await lastMailLink(person.email, "auth.verify-email"));
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByText("Đã xác nhận thư điện tử")).toBeVisible();
  await signIn(page, person.email);
  // The draft's own address, so its form posts to the draft (not to the address that opened it).
  await expect(page).toHaveURL(/\/file\/1\.001193\/[0-9a-f-]{36}\/applicant$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin người nộp hồ sơ");
  await expect(page.getByText("Đăng ký khai sinh").first()).toBeVisible();

  await page.getByLabel("Cho chính tôi").check();
  await fillDate(page, "Ngày sinh", "1995-03-08");
  await page.getByLabel("Số định danh cá nhân (số CCCD)").fill("036195001234");
  await page.getByLabel("Số điện thoại").fill(person.phone);
  await page.getByLabel("Số nhà, đường, thôn, tổ dân phố").fill("Số 5, đường Trần Hưng Đạo");
  await page.getByLabel("Xã, phường").selectOption({ label: "Phường Hoa Lư" });
  await page.getByLabel("Tỉnh, thành phố").fill("Ninh Bình");
  await page.getByLabel("Bộ phận một cửa tiếp nhận hồ sơ").selectOption({ label: "Phường Nam Định" });
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nội dung tờ khai");
  await page.getByRole("button", { name: "Tiếp tục", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Có lỗi cần sửa" })).toBeVisible();
  // Correcting one answer and going straight to the next question: the message that goes away
  // does not move the page under the pointer, so the choice pressed is made at the first press.
  await page.getByRole("region", { name: "Thông tin người được khai sinh" }).getByLabel("Quốc tịch").fill("Việt Nam");
  const motherKnown = page.getByRole("region", { name: "Thông tin người mẹ" }).getByLabel("Có", { exact: true });
  await motherKnown.click();
  await expect(motherKnown).toBeChecked();
});

test("profile and drafts pages are accessible and need a signed-in citizen", async ({ page }) => {
  await page.goto("/my/dossiers");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmy%2Fdossiers/);
  await expectAccessible(page);
  await signIn(page, "congdan@motcua.test", undefined, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/my\/dossiers$/);
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông tin tài khoản");
  await expect(page.getByLabel("Số định danh cá nhân")).toHaveValue("001090012345");
  await expectAccessible(page);
  await page.getByLabel("Số định danh cá nhân").fill("123");
  await page.getByRole("button", { name: "Lưu thông tin" }).click();
  await expect(page.getByRole("link", { name: /Số định danh cá nhân: Số định danh cá nhân gồm đúng 12 chữ số/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/my/drafts");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ đang khai dở");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("link", { name: "Tài khoản" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
});
