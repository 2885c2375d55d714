/**
 * Tracking without signing in, rating a finished dossier, feedback answered and published, and
 * the public statistics agreeing with the seeded dossiers.
 */
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_DOSSIER_COUNTS, DEMO_TRACKING_PIN } from "../../prisma/seed-data/dossiers";
import { expectAccessible, fillDate, signIn } from "./helpers";

async function demoDossier(n: number): Promise<{ id: string; code: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const res = await client.query<{ id: string; code: string }>(`SELECT id, code FROM "Dossier" WHERE "idempotencyKey" = $1`, [`demo-${n}`]);
    return res.rows[0]!;
  } finally {
    await client.end();
  }
}

/** One look-up on a freshly opened tracking page, as a person trying again would. */
async function track(page: Page, code: string, pin: string) {
  await page.goto("/track");
  await page.getByLabel("Mã hồ sơ").fill(code);
  await page.getByLabel("Mã tra cứu").fill(pin);
  await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
}

test.describe("tracking a dossier by code and PIN", () => {
  for (const js of [true, false]) {
    test(`shows the status and history, and refuses a wrong PIN the same way as a wrong code (JavaScript ${js ? "on" : "off"})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      // axe runs inside the page, so it is run where JavaScript is on; the markup is the same.
      const scan = async () => (js ? expectAccessible(page) : undefined);
      const { code } = await demoDossier(1);
      await page.goto("/track");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tra cứu hồ sơ");
      await scan();

      await track(page, code, "000000");
      const alert = page.getByRole("alert", { name: "Có lỗi cần sửa" });
      await expect(alert).toContainText("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này");
      await scan();
      const wrongPin = (await alert.textContent()) ?? "";

      await track(page, code.replace(/-\d{4}$/, "-9999"), DEMO_TRACKING_PIN);
      await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toHaveText(wrongPin);

      await track(page, code.toLowerCase(), DEMO_TRACKING_PIN);
      const result = page.getByRole("region", { name: /Kết quả tra cứu/ });
      await expect(result).toContainText("Đã trả kết quả");
      await expect(result).toContainText("Đăng ký khai sinh");
      await expect(result).toContainText("Tiếp nhận hồ sơ");
      await expect(result).toContainText("Trả kết quả");
      // No personal data of the applicant on a public page.
      await expect(page.getByRole("main")).not.toContainText("Nguyễn Văn An");
      await expect(page.getByRole("main")).not.toContainText("001090012345");
      await scan();
      await context.close();
    });
  }

  test("the receipt's QR link fills in the code", async ({ page }) => {
    const { code } = await demoDossier(1);
    await page.goto(`/track?code=${encodeURIComponent(code)}`);
    await expect(page.getByLabel("Mã hồ sơ")).toHaveValue(code);
  });

  test("the JSON API answers the same, with the PIN in the body, 404 for a wrong PIN and 400 for a malformed one or one in the URL", async ({ request }) => {
    const { code } = await demoDossier(1);
    const url = `/api/v1/dossiers/${encodeURIComponent(code)}/status`;
    const ok = await request.post(url, { data: { pin: DEMO_TRACKING_PIN } });
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({ code, status: "RESULT_RETURNED", procedure: { name: "Đăng ký khai sinh" } });
    expect(JSON.stringify(body)).not.toContain("Nguyễn Văn An");
    expect((await request.post(url, { data: { pin: "111111" } })).status()).toBe(404);
    const inUrl = await request.get(`${url}?pin=${DEMO_TRACKING_PIN}`);
    expect(inUrl.status()).toBe(400);
    expect((await inUrl.json()).detail).toContain("X-Tracking-Pin");
    const bad = await request.post(url, { data: { pin: "abc" } });
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toContain("application/problem+json");
  });
});

test("the statistics page shows the counts of the seeded dossiers", async ({ page }) => {
  await page.goto("/stats?from=2025-01-01&to=2030-12-31");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thống kê kết quả giải quyết hồ sơ");
  const summary = page.getByRole("region", { name: "Tổng quan" });
  const figure = (label: string) => summary.locator("div", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd").first();
  const c = DEMO_DOSSIER_COUNTS;
  await expect(figure("Hồ sơ tiếp nhận")).toHaveText(String(c.received));
  await expect(figure("Đã giải quyết")).toHaveText(String(c.finishedEarly + c.finishedOnTime + c.finishedLate));
  await expect(figure("Trực tuyến")).toHaveText(String(c.receivedOnline));
  await expect(figure("Trực tiếp")).toHaveText(String(c.receivedCounter));
  await expect(figure("Bưu chính")).toHaveText(String(c.receivedPost));
  await expect(figure("Trước hạn")).toHaveText(String(c.finishedEarly));
  await expect(figure("Đúng hạn")).toHaveText(String(c.finishedOnTime));
  await expect(figure("Quá hạn")).toHaveText(String(c.finishedLate));
  await expect(figure("Đang giải quyết, trong hạn")).toHaveText(String(c.openWithin));
  await expect(figure("Đang giải quyết, quá hạn")).toHaveText(String(c.openOverdue));
  await expect(figure("Lượt đánh giá")).toHaveText(String(c.rated));
  await expect(figure("Tỷ lệ đúng hạn")).toHaveText(/66[,.]7%/);
  await expect(page.getByRole("img", { name: /Hồ sơ tiếp nhận và đã giải quyết theo tháng/ })).toBeVisible();
  await expectAccessible(page);

  const csv = await page.request.get("/api/v1/stats?from=2025-01-01&to=2030-12-31&format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const rows = (await csv.text()).trim().split(/\r\n/);
  const totalReceived = rows.slice(1).reduce((sum, row) => sum + row.split(",").slice(2, 5).reduce((a, b) => a + Number(b), 0), 0);
  expect(totalReceived).toBe(c.received);
  expect((await page.request.get("/api/v1/stats?from=2026-13-01")).status()).toBe(400);

  // The period is typed as day / month / year; a wrong date is said so, as typed, with the default period.
  await expect(page.locator('input[type="date"]')).toHaveCount(0);
  await fillDate(page, "Từ ngày", "2026-01-01");
  await fillDate(page, "Đến ngày", "2026-06-30");
  await page.getByRole("button", { name: "Xem thống kê" }).click();
  await expect(page).toHaveURL(/from\.day=0?1&from\.month=0?1&from\.year=2026/);
  await expect(page.getByRole("region", { name: "Tổng quan" })).toContainText(/Từ .*2026 đến .*2026/);
  await expect(page.getByText("Phạm vi thống kê không hợp lệ")).toHaveCount(0);
  await fillDate(page, "Đến ngày", "2026-06-31");
  await page.getByRole("button", { name: "Xem thống kê" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Phạm vi thống kê không hợp lệ" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Đến ngày" }).getByLabel("Ngày", { exact: true })).toHaveValue("31");
  await expectAccessible(page);
});

test("a citizen rates a finished dossier once", async ({ page }) => {
  const { id, code } = await demoDossier(5);
  await signIn(page, "congdan@motcua.test", `/rate/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đánh giá mức độ hài lòng");
  await expect(page.getByRole("main")).toContainText(code);
  await expectAccessible(page);
  // Sending without choosing gives an error summary linked to the questions.
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Hãy chọn một mức từ 1 đến 5.");
  await expectAccessible(page);
  for (const factor of ["Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức giải quyết", "Kết quả giải quyết", "Tiếp nhận, xử lý góp ý", "Mức độ hài lòng chung"]) {
    await page.getByRole("group", { name: new RegExp(factor) }).getByLabel(/^4/).check();
  }
  await page.getByLabel("Bạn đã phải liên hệ với cơ quan bao nhiêu lần?").fill("1");
  await page.getByLabel("Bạn đã phải đến bao nhiêu cơ quan?").fill("1");
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByRole("heading", { name: "Cảm ơn bạn đã đánh giá" })).toBeVisible();
  await page.goto(`/rate/${id}`);
  await expect(page.getByText("Hồ sơ này đã được đánh giá.")).toBeVisible();
});

test("feedback is sent, answered by the agency, published without personal data, and found by anyone", async ({ browser }) => {
  // The officer gives a fresh authenticator code at sign-in, which may mean waiting for the next 30-second code.
  test.setTimeout(180_000);
  const subject = `Niêm yết thủ tục ${Math.random().toString(36).slice(2, 8).replace(/[0-9]/g, "k")}`;
  const citizen = await (await browser.newContext()).newPage();
  await signIn(citizen, "congdan@motcua.test", "/feedback/new");
  await expectAccessible(citizen);
  await citizen.getByRole("button", { name: "Gửi phản ánh" }).click();
  await expect(citizen.getByRole("alert", { name: "Có lỗi cần sửa" })).toContainText("Hãy chọn bạn phản ánh về điều gì.");
  await expectAccessible(citizen);
  await citizen.getByLabel("Một cơ quan").check();
  await citizen.getByLabel("Cơ quan có trách nhiệm").selectOption({ label: "Ủy ban nhân dân phường Hoa Lư" });
  await citizen.getByLabel("Tiêu đề").fill(subject);
  await citizen.getByLabel("Nội dung").fill("Bảng niêm yết thủ tục ở bộ phận một cửa bị mờ. Liên hệ tôi qua số 0912345678.");
  await citizen.getByRole("button", { name: "Gửi phản ánh" }).click();
  await expect(citizen.getByRole("heading", { name: "Đã gửi phản ánh" })).toBeVisible();

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "tiepnhan.xa@motcua.test", "/office/feedback");
  await expectAccessible(officer);
  await officer.getByRole("row", { name: new RegExp(subject) }).getByRole("link").click();
  await officer.getByLabel("Nội dung trả lời").fill("Bộ phận một cửa đã thay bảng niêm yết mới, cảm ơn ông/bà đã phản ánh.");
  await officer.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(officer.getByRole("status")).toContainText("Đã gửi trả lời");
  await expect(officer.getByLabel("Nội dung phản ánh công khai")).not.toHaveValue(/0912345678/);
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Công khai", exact: true }).click();
  await expect(officer.getByRole("status")).toContainText("Đã công khai");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/feedback?q=${encodeURIComponent("niem yet thu tuc")}`);
  const item = visitor.getByRole("listitem").filter({ hasText: subject });
  await expect(item).toContainText("Bộ phận một cửa đã thay bảng niêm yết mới");
  await expect(item).not.toContainText("0912345678");
  await expectAccessible(visitor);

  await citizen.goto("/feedback/mine");
  await expect(citizen.getByRole("listitem").filter({ hasText: subject })).toContainText("Đã trả lời");
  await expectAccessible(citizen);
});
