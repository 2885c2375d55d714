import { expect, test, type Browser, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { expectAccessible, fillDate } from "./helpers";
import { act, agencyOfUser, fileDossier, routedProcedure, signIn, sql } from "./office-helpers";

const RECEPTION = "tiepnhan.xa@motcua.test";
const SPECIALIST = "chuyenvien.xa@motcua.test";
const LEADER = "lanhdao.xa@motcua.test";
const CITIZEN = "congdan@motcua.test";

async function as(browser: Browser, email: string, next: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, next);
  return page;
}

/** The citizen's own view of the dossier shows its status (and, when given, a text such as a reason). */
async function citizenSees(citizen: Page, id: string, status: string, text?: string) {
  await citizen.goto(`/my/dossiers/${id}`);
  await expect(citizen.getByRole("main")).toContainText(status);
  if (text) await expect(citizen.getByRole("main")).toContainText(text);
}

test.describe("the back office", () => {
  // Each officer gives a fresh authenticator code at sign-in (a code is accepted once per account):
  // journeys with several officers may wait for the next 30-second code.
  test.describe.configure({ timeout: 240_000 });
  test("receive, supplement request, the citizen supplements online, the clock restarts — the citizen sees each step", async ({ browser }) => {
    const agency = await agencyOfUser(RECEPTION);
    const d = await fileDossier({ agency });
    const citizen = await as(browser, CITIZEN, `/my/dossiers/${d.id}`);
    const reception = await as(browser, RECEPTION, "/office");

    // The queue: the new dossier is there, searchable by code.
    await expect(reception.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ cần xử lý");
    await expectAccessible(reception);
    await reception.getByLabel("Mã hồ sơ, tên người nộp hoặc số CCCD").fill(d.code);
    await reception.getByRole("button", { name: "Lọc", exact: true }).click();
    await reception.getByRole("link", { name: d.code }).click();
    await reception.waitForURL(/\/office\/dossiers\//);
    await expect(reception.getByRole("heading", { level: 1 })).toHaveText(d.code);
    await expectAccessible(reception);

    await act(reception, "Tiếp nhận hồ sơ");
    await expectAccessible(reception);
    const shots = process.env.OFFICE_SCREENSHOTS;
    if (shots) {
      await reception.screenshot({ path: `${shots}/dossier.png`, fullPage: true });
      await reception.goto("/office");
      await reception.screenshot({ path: `${shots}/queue.png`, fullPage: true });
      await reception.setViewportSize({ width: 320, height: 800 });
      await reception.screenshot({ path: `${shots}/queue-320.png`, fullPage: true });
      await reception.setViewportSize({ width: 1280, height: 720 });
      await reception.goto(`/office/dossiers/${d.id}`);
    }
    const receipt = await reception.request.get(`/office/dossiers/${d.id}/documents/receipt`);
    expect(receipt.headers()["content-type"]).toBe("application/pdf");
    await citizenSees(citizen, d.id, "Đã tiếp nhận");

    await act(reception, "Yêu cầu bổ sung, hoàn thiện hồ sơ", async (f) => {
      await f.getByLabel("Giấy tờ cần bổ sung, hoàn thiện").fill("Giấy chứng sinh (bản chính)\nVăn bản ủy quyền có chứng thực");
      await f.getByLabel("Lý do").fill("Hồ sơ còn thiếu giấy tờ bắt buộc");
    });
    await expect(reception.getByRole("main")).toContainText("Văn bản ủy quyền có chứng thực");
    // Asked once: the action is gone.
    await expect(reception.locator("summary", { hasText: "Yêu cầu bổ sung, hoàn thiện hồ sơ" })).toHaveCount(0);
    await citizenSees(citizen, d.id, "Cần bổ sung giấy tờ", "Hồ sơ còn thiếu giấy tờ bắt buộc");
    await expectAccessible(citizen);

    // The citizen answers on their dossier's page: uploads the missing documents and resubmits.
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    await citizen.getByLabel(/Tệp giấy tờ bổ sung/).setInputFiles([
      { name: "giay-chung-sinh.pdf", mimeType: "application/pdf", buffer: pdf },
      { name: "van-ban-uy-quyen.pdf", mimeType: "application/pdf", buffer: pdf },
    ]);
    await citizen.getByRole("button", { name: "Nộp bổ sung" }).click();
    await citizen.waitForURL(/supplemented=1/);
    await expect(citizen.getByRole("main")).toContainText("Đã tiếp nhận");
    await expect(citizen.getByRole("heading", { name: "Yêu cầu bổ sung, hoàn thiện hồ sơ" })).toHaveCount(0);
    await expectAccessible(citizen);
    // The clock runs again and the desk sees the new documents in the history.
    await reception.goto(`/office/dossiers/${d.id}`);
    await expect(reception.getByRole("main")).toContainText("Nộp bổ sung hồ sơ");
    await expect(reception.getByRole("main")).toContainText("giay-chung-sinh");
  });

  test("assign → propose → send back → propose → approve → return the result online", async ({ browser }) => {
    const agency = await agencyOfUser(RECEPTION);
    const d = await fileDossier({ agency, status: "RECEIVED", dueAt: new Date(Date.now() + 5 * 86400_000), supplementCount: 1 });
    const citizen = await as(browser, CITIZEN, `/my/dossiers/${d.id}`);
    const leader = await as(browser, LEADER, `/office/dossiers/${d.id}`);
    await act(leader, "Phân công xử lý", async (f) => {
      await f.getByLabel("Chuyên viên").selectOption({ label: "Trần Văn Hùng" });
    });
    await citizenSees(citizen, d.id, "Đang giải quyết");

    const specialist = await as(browser, SPECIALIST, "/office?mine=1");
    await specialist.getByRole("link", { name: d.code }).click();
    await specialist.waitForURL(/\/office\/dossiers\//);
    await act(specialist, "Trình kết quả xử lý", async (f) => {
      await f.getByLabel("Ý kiến thẩm định").fill("Hồ sơ đủ điều kiện giải quyết");
    });
    await expectAccessible(specialist);

    await leader.reload();
    await expect(leader.getByRole("main")).toContainText("Hồ sơ đủ điều kiện giải quyết");
    await act(leader, "Trả lại chuyên viên", async (f) => {
      await f.getByLabel("Lý do").fill("Đề nghị kiểm tra lại người làm chứng");
    });
    await specialist.reload();
    await act(specialist, "Trình kết quả xử lý", async (f) => {
      await f.getByLabel("Ý kiến thẩm định").fill("Đã kiểm tra lại, đủ điều kiện");
    });
    await leader.reload();
    await act(leader, "Phê duyệt");
    await citizenSees(citizen, d.id, "Đã có kết quả, chờ trả");

    const reception = await as(browser, RECEPTION, `/office/dossiers/${d.id}`);
    await act(reception, "Trả kết quả", async (f) => {
      await f.getByLabel("Trả trực tuyến (công dân tải kết quả)").check();
      const doc = await PDFDocument.create();
      doc.addPage().drawText("Ket qua giai quyet");
      await f.getByLabel("Tệp kết quả (PDF, JPG, PNG; tối đa 10 MB)").setInputFiles({ name: "ket-qua.pdf", mimeType: "application/pdf", buffer: Buffer.from(await doc.save()) });
    });
    await expect(reception.getByRole("main")).toContainText("Đã trả kết quả");
    await expectAccessible(reception);
    await citizenSees(citizen, d.id, "Đã trả kết quả");
    // Returned online, the result is an electronic document listed apart from the filed ones.
    await expect(citizen.getByTestId("e-result")).toContainText("Tải kết quả");
  });

  test("an inter-agency dossier goes from the commune to the department and comes back", async ({ browser }) => {
    const agency = await agencyOfUser(RECEPTION);
    const so = await agencyOfUser("tiepnhan.so@motcua.test");
    const versionId = await routedProcedure(so.code);
    const d = await fileDossier({ agency, versionId });
    const citizen = await as(browser, CITIZEN, `/my/dossiers/${d.id}`);
    const reception = await as(browser, RECEPTION, `/office/dossiers/${d.id}`);
    await act(reception, "Tiếp nhận hồ sơ");
    await expect(reception.getByRole("main")).toContainText("Quy trình liên thông");
    await act(reception, "Phân công xử lý", async (f) => f.getByLabel("Chuyên viên").selectOption({ label: "Trần Văn Hùng" }));
    const specialist = await as(browser, SPECIALIST, `/office/dossiers/${d.id}`);
    await act(specialist, "Trình kết quả xử lý", async (f) => f.getByLabel("Ý kiến thẩm định").fill("Xác nhận thông tin đúng"));
    const leader = await as(browser, LEADER, `/office/dossiers/${d.id}`);
    await act(leader, "Phê duyệt");
    await act(leader, "Chuyển cơ quan tiếp theo");
    // Now at the department: the commune no longer sees it.
    await leader.goto(`/office/dossiers/${d.id}`);
    await expect(leader.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
    await citizenSees(citizen, d.id, "Đang giải quyết");

    const soLeader = await as(browser, "lanhdao.so@motcua.test", "/office");
    await soLeader.getByRole("link", { name: d.code }).click();
    await soLeader.waitForURL(/\/office\/dossiers\//);
    await expectAccessible(soLeader);
    await act(soLeader, "Phân công xử lý", async (f) => f.getByLabel("Chuyên viên").selectOption({ label: "Đỗ Quang Huy" }));
    const soSpecialist = await as(browser, "chuyenvien.so@motcua.test", `/office/dossiers/${d.id}`);
    await act(soSpecialist, "Trình kết quả xử lý", async (f) => f.getByLabel("Ý kiến thẩm định").fill("Đủ điều kiện cấp"));
    await soLeader.reload();
    await act(soLeader, "Phê duyệt");
    await citizenSees(citizen, d.id, "Đã có kết quả, chờ trả");

    // Back at the commune's desk for the return; the control slip records both agencies.
    await reception.goto(`/office/dossiers/${d.id}`);
    // Filed online, so online return is offered first; no result file was attached: collected at the desk.
    await expect(reception.getByLabel("Trả trực tuyến")).toBeChecked();
    await act(reception, "Trả kết quả", (f) => f.getByLabel("Trả trực tiếp tại bộ phận một cửa").check());
    const slip = await reception.request.get(`/office/dossiers/${d.id}/documents/controlSlip`);
    expect(slip.status()).toBe(200);
    const events = await sql<{ action: string }>(`SELECT action FROM "StatusEvent" WHERE "dossierId" = $1 ORDER BY id`, [d.id]);
    expect(events.map((e) => e.action)).toEqual(["submit", "receive", "assign", "propose", "approve", "transfer", "assign", "propose", "approve", "returnResult"]);
    await citizenSees(citizen, d.id, "Đã trả kết quả");
  });

  test("a dossier about to be late: the leader apologises with a new date; it shows as nearly late", async ({ browser }) => {
    const agency = await agencyOfUser(RECEPTION);
    const d = await fileDossier({ agency, status: "IN_PROCESSING", step: "EXAMINING", assigneeEmail: SPECIALIST, dueAt: new Date(Date.now() + 3600_000) });
    const late = await fileDossier({ agency, status: "IN_PROCESSING", step: "EXAMINING", assigneeEmail: SPECIALIST, dueAt: new Date(Date.now() - 86400_000) });
    const citizen = await as(browser, CITIZEN, `/my/dossiers/${d.id}`);
    const leader = await as(browser, LEADER, "/office?overdue=1");
    await expect(leader.getByRole("link", { name: late.code })).toBeVisible();
    await expect(leader.getByRole("link", { name: d.code })).toHaveCount(0);
    await leader.goto(`/office?q=${encodeURIComponent(d.code)}`);
    await expect(leader.getByRole("main")).toContainText("Sắp đến hạn");
    await leader.getByRole("link", { name: d.code }).click();
    await leader.waitForURL(/\/office\/dossiers\//);
    const next = new Date(Date.now() + 14 * 86400_000);
    while ([0, 6].includes(next.getUTCDay())) next.setUTCDate(next.getUTCDate() + 1);
    await act(leader, "Xin lỗi và gia hạn", async (f) => {
      await fillDate(f, "Ngày hẹn trả kết quả mới", next.toISOString().slice(0, 10));
      await f.getByLabel("Lý do").fill("Cần xác minh thông tin tại nơi cư trú");
    });
    await expect(leader.getByRole("main")).toContainText("Hạn đã gia hạn");
    const apology = await leader.request.get(`/office/dossiers/${d.id}/documents/apology`);
    expect(apology.headers()["content-type"]).toBe("application/pdf");
    await citizenSees(citizen, d.id, "Đang giải quyết", "Cần xác minh thông tin tại nơi cư trú");
  });

  test("the register asks its dates as day / month / year: a wrong date comes back as typed, a right one downloads", async ({ browser }) => {
    const reception = await as(browser, RECEPTION, "/office/register");
    await expect(reception.getByRole("heading", { level: 1 })).toHaveText("Sổ theo dõi hồ sơ");
    await expect(reception.locator('input[type="date"]')).toHaveCount(0);
    await fillDate(reception, "Từ ngày", "2026-02-31");
    await reception.getByLabel("CSV").check();
    await reception.getByRole("button", { name: "Tải sổ theo dõi" }).click();
    await expect(reception.getByRole("alert").filter({ hasText: "Ngày không hợp lệ" })).toBeVisible();
    const from = reception.getByRole("group", { name: "Từ ngày" });
    await expect(from.getByLabel("Ngày", { exact: true })).toHaveValue("31");
    await expect(from.getByLabel("Tháng")).toHaveValue("02");
    await expect(from.getByLabel("Ngày", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(reception.getByLabel("CSV")).toBeChecked();
    await expectAccessible(reception);
    await fillDate(reception, "Từ ngày", "2026-01-01");
    await fillDate(reception, "Đến ngày", "2026-12-31");
    const download = reception.waitForEvent("download");
    await reception.getByRole("button", { name: "Tải sổ theo dõi" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    // A link with plain dates still works.
    const linked = await reception.request.get("/office/register/export?from=2026-01-01&to=2026-12-31&format=csv");
    expect(linked.headers()["content-type"]).toContain("text/csv");
  });

  test("another agency's officer gets 'not found' for the dossier, its files and its forms", async ({ browser }) => {
    const agency = await agencyOfUser(RECEPTION);
    const d = await fileDossier({ agency });
    const so = await as(browser, "tiepnhan.so@motcua.test", "/office");
    const res = await so.goto(`/office/dossiers/${d.id}`);
    expect(res?.status()).toBe(404);
    expect((await so.request.get(`/office/dossiers/${d.id}/documents/controlSlip`)).status()).toBe(404);
  });

  test("the queue at 320 px, and acting without JavaScript", async ({ browser }) => {
    const agency = await agencyOfUser(RECEPTION);
    const d = await fileDossier({ agency });
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await signIn(page, RECEPTION, "/office");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    const cookies = await context.cookies();
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    await noJs.addCookies(cookies);
    const p = await noJs.newPage();
    await p.goto(`/office/dossiers/${d.id}`);
    const overflow2 = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow2).toBeLessThanOrEqual(0);
    await act(p, "Từ chối tiếp nhận", async (f) => f.getByLabel("Lý do").fill("Hồ sơ không thuộc thẩm quyền của xã"));
    await expect(p.getByRole("main")).toContainText("Không được tiếp nhận");
  });
});
