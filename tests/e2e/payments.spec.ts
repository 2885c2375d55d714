import { expect, test, type Browser, type Page } from "@playwright/test";
import { paramsOf, signParams, toQuery } from "../../lib/domain/payments";
import { expectAccessible } from "./helpers";
import { act, agencyOfUser, fileDossier, signIn, sql } from "./office-helpers";

// Several servers and browsers share this machine: give the journeys room.
test.describe.configure({ timeout: 240_000 });

const RECEPTION = "tiepnhan.xa@motcua.test";
const CITIZEN = "congdan@motcua.test";
// The gateway sends the citizen back to APP_URL: use the same host, so the session cookie is sent.
const port = Number(process.env.E2E_PORT ?? 3100);
test.use({ baseURL: process.env.APP_URL ?? `http://localhost:${port}` });

async function as(browser: Browser, email: string, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, next);
  return page;
}

/** A published commune procedure that lists a fee: only for those does the desk see the financial obligation action. */
async function withFee(): Promise<string> {
  const rows = await sql<{ id: string }>(
    `SELECT v.id FROM "ProcedureVersion" v JOIN "Procedure" p ON p."currentVersionId" = v.id
      WHERE v.status = 'PUBLISHED' AND v.level = 'COMMUNE' AND v."timeLimitUnit" = 'WORKING_DAY' AND jsonb_array_length(v.fees) > 0
      ORDER BY p.code LIMIT 1`,
  );
  return rows[0]!.id;
}

async function requestFee(reception: Page, dossierId: string, amount: string) {
  await reception.goto(`/office/dossiers/${dossierId}`);
  await act(reception, "Yêu cầu thực hiện nghĩa vụ tài chính", async (f) => {
    await f.getByLabel("Số tiền (đồng)").fill(amount);
    await f.getByLabel("Khoản phải nộp").fill("Lệ phí đăng ký hộ tịch");
  });
  await expect(reception.locator("#payments")).toContainText("Chờ thanh toán");
}

test("the citizen pays through the gateway simulator, the officer sees it paid; forged notifications change nothing", async ({ browser, request }) => {
  const agency = await agencyOfUser(RECEPTION);
  const d = await fileDossier({ agency, status: "RECEIVED", versionId: await withFee() });
  const reception = await as(browser, RECEPTION, `/office/dossiers/${d.id}`);
  await requestFee(reception, d.id, "50000");
  await expectAccessible(reception);

  const citizen = await as(browser, CITIZEN, `/my/dossiers/${d.id}`);
  const section = citizen.locator("#payments");
  await expect(section).toContainText("50.000 đồng");
  await expect(section).toContainText("Chờ thanh toán");
  await expectAccessible(citizen);
  await section.getByRole("button", { name: "Thanh toán trực tuyến" }).click();

  // The gateway (simulator): the order and the outcome to choose.
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Cổng thanh toán (mô phỏng)");
  await expect(citizen.getByRole("main")).toContainText("50.000 VND");
  const gatewayUrl = new URL(citizen.url());
  const order = paramsOf(gatewayUrl.searchParams);
  await citizen.getByLabel("Thanh toán thành công (paid)").check();
  await citizen.getByRole("button", { name: "Xác nhận" }).click();

  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Kết quả thanh toán");
  await expect(citizen.getByRole("status")).toContainText("Đã nhận được tiền");
  await expectAccessible(citizen);
  await citizen.getByRole("link", { name: "Quay lại hồ sơ" }).click();
  await expect(section).toContainText("Đã thanh toán");
  const receiptHref = await section.getByRole("link", { name: "Tải biên lai điện tử (PDF)" }).getAttribute("href");
  const receipt = await citizen.request.get(receiptHref!);
  expect(receipt.headers()["content-type"]).toBe("application/pdf");

  await reception.goto(`/office/dossiers/${d.id}`);
  await expect(reception.locator("#payments")).toContainText("Đã thanh toán");
  await expect(reception.locator("#payments")).toContainText("Trực tuyến");

  // Notifications the gateway did not sign, or for another amount, are refused and kept; a repeat changes nothing.
  const secret = process.env.PAYMENT_SECRET!;
  const base = { vnp_TmnCode: order.vnp_TmnCode!, vnp_TxnRef: order.vnp_TxnRef!, vnp_ResponseCode: "00", vnp_TransactionStatus: "00", vnp_TransactionNo: "99999999" };
  const tampered = { ...signParams({ ...base, vnp_Amount: order.vnp_Amount! }, secret), vnp_Amount: "100" };
  expect(await (await request.get(`/api/payments/notify?${toQuery(tampered)}`)).json()).toMatchObject({ RspCode: "97" });
  const wrongAmount = signParams({ ...base, vnp_Amount: "100" }, secret);
  expect(await (await request.get(`/api/payments/notify?${toQuery(wrongAmount)}`)).json()).toMatchObject({ RspCode: "04" });
  const repeat = signParams({ ...base, vnp_Amount: order.vnp_Amount! }, secret);
  expect(await (await request.get(`/api/payments/notify?${toQuery(repeat)}`)).json()).toMatchObject({ RspCode: "02" });
  const rows = await sql<{ outcome: string }>(`SELECT outcome FROM "PaymentNotification" WHERE "orderRef" = $1 ORDER BY id`, [order.vnp_TxnRef]);
  expect(rows.map((r) => r.outcome)).toEqual(["accepted", "bad_signature", "wrong_amount", "duplicate"]);
  const paid = await sql<{ n: number; provider: string }>(`SELECT count(*)::int AS n, max("providerRef") AS provider FROM "PaymentRequest" WHERE "dossierId" = $1 AND status = 'PAID'`, [d.id]);
  expect(paid[0]!.n).toBe(1);
  expect(paid[0]!.provider).not.toBe("99999999");
});

test("the reception desk records a cash payment with its receipt number", async ({ browser }) => {
  const agency = await agencyOfUser(RECEPTION);
  const d = await fileDossier({ agency, status: "RECEIVED", versionId: await withFee() });
  const reception = await as(browser, RECEPTION, `/office/dossiers/${d.id}`);
  await requestFee(reception, d.id, "20000");
  const section = reception.locator("#payments");
  await section.getByLabel("Tiền mặt tại quầy").check();
  await section.getByLabel("Số biên lai").fill(`0${Date.now()}`.slice(-9));
  await section.getByRole("button", { name: "Ghi nhận đã thu" }).click();
  await expect(reception.getByRole("status").filter({ hasText: "Đã ghi nhận khoản thu" })).toBeVisible();
  await expect(section).toContainText("Đã thanh toán");
  await expect(section).toContainText("Tiền mặt tại quầy");
  await expectAccessible(reception);
});
