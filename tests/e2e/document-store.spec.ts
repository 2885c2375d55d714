import { expect, test, type Browser, type Page } from "@playwright/test";
import { pdfBytes, pngBytes } from "../support/files";
import { expectAccessible, signIn, fillDate } from "./helpers";
import { act, agencyOfUser, fileDossier, sql } from "./office-helpers";

// Several servers and browsers share this machine: give the journey room.
test.describe.configure({ timeout: 240_000 });

const RECEPTION = "tiepnhan.xa@motcua.test";
const CITIZEN = "congdan@motcua.test";
/** "Thay đổi, cải chính, bổ sung thông tin hộ tịch": asks for the birth certificate, and a fixed fee. */
const CORRECTION = "1.004859";

async function as(browser: Browser, email: string, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, next);
  return page;
}

async function currentVersionOf(code: string): Promise<string> {
  return (await sql<{ id: string }>(`SELECT "currentVersionId" AS id FROM "Procedure" WHERE code = $1`, [code]))[0]!.id;
}

test("the birth certificate returned online is reused from the store when filing a second procedure; nothing is uploaded for it", async ({ browser }) => {
  // The desk returns the birth registration's result online: it goes into the citizen's store.
  const agency = await agencyOfUser(RECEPTION);
  const first = await fileDossier({ agency, status: "PROCESSED", versionId: await currentVersionOf("1.001193") });
  const reception = await as(browser, RECEPTION, `/office/dossiers/${first.id}`);
  await act(reception, "Trả kết quả", async (f) => {
    await f.getByLabel("Trả trực tuyến (công dân tải kết quả)").check();
    await f.getByLabel(/^Tệp kết quả/).setInputFiles({ name: "giay-khai-sinh.pdf", mimeType: "application/pdf", buffer: pdfBytes("Giay khai sinh") });
  });

  const citizen = await as(browser, CITIZEN, "/my/documents");
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Kho dữ liệu của tôi");
  const item = citizen.getByRole("listitem").filter({ hasText: first.code });
  await expect(item).toContainText("Giấy khai sinh");
  await expect(item).toContainText("Kết quả điện tử do cơ quan cấp");
  await expect(item.getByRole("button", { name: /Xóa khỏi kho/ })).toHaveCount(0);
  const download = await citizen.request.get((await item.getByRole("link", { name: /Tải về/ }).getAttribute("href"))!);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  await expectAccessible(citizen);

  // A second procedure that asks for the birth certificate.
  await citizen.goto(`/file/${CORRECTION}`);
  await citizen.getByRole("button", { name: "Bắt đầu" }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Thông tin người nộp hồ sơ");
  await citizen.getByLabel("Cho chính tôi").check();
  await fillDate(citizen, "Ngày sinh", "1990-05-04");
  await citizen.getByLabel("Số định danh cá nhân (số CCCD)").fill("036090005678");
  await citizen.getByLabel("Số nhà, đường, thôn, tổ dân phố").fill("Số 12, đường Lê Lợi");
  await citizen.getByLabel("Xã, phường").selectOption({ label: "Phường Hoa Lư" });
  await citizen.getByLabel("Tỉnh, thành phố").fill("Ninh Bình");
  // The desk of the officer who returned the first result.
  await citizen.getByLabel("Bộ phận một cửa tiếp nhận hồ sơ").selectOption({ label: "Phường Hoa Lư" });
  await citizen.getByRole("button", { name: "Tiếp tục", exact: true }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Nội dung tờ khai");
  await citizen.getByLabel("Nội dung đề nghị giải quyết").fill("Cải chính ngày sinh");
  await citizen.getByRole("button", { name: "Tiếp tục", exact: true }).click();

  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Giấy tờ kèm theo");
  const birthSlot = citizen.locator("li[id^='slot-']").filter({ hasText: "Giấy khai sinh" });
  const offer = birthSlot.getByRole("group", { name: "Dùng giấy tờ trong kho dữ liệu (không cần tải lên)" });
  await expect(offer).toBeVisible();
  await expectAccessible(citizen);
  await offer.getByRole("button", { name: new RegExp(`^Dùng Giấy khai sinh số ${first.code.replace(/\./g, "\\.")}`) }).click();
  await expect(citizen.getByRole("status").filter({ hasText: "Đã dùng giấy tờ trong kho dữ liệu" })).toBeVisible();
  await expect(birthSlot).toContainText("Lấy từ kho dữ liệu");
  // Every other required slot gets an upload.
  for (;;) {
    const empty = citizen.locator("li[id^='slot-']", { hasText: "(bắt buộc)" }).filter({ hasNot: citizen.getByText("Lấy từ kho dữ liệu") }).filter({ hasNot: citizen.locator("a[href^='/api/files/drafts/']") });
    if ((await empty.count()) === 0) break;
    // The slot by its own id: once filled, it no longer matches the filter above.
    const slot = citizen.locator(`#${(await empty.first().getAttribute("id"))!}`);
    await slot.getByLabel(/^Chọn tệp:/).setInputFiles({ name: "giay-to.png", mimeType: "image/png", buffer: pngBytes() });
    await slot.getByRole("button", { name: "Tải lên" }).click();
    await expect(slot.getByRole("link", { name: /giay-to/ })).toBeVisible();
  }
  await citizen.getByRole("button", { name: "Tiếp tục", exact: true }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Kiểm tra thông tin trước khi nộp");
  await citizen.getByRole("link", { name: "Tiếp tục", exact: true }).click();
  await citizen.getByLabel("Tôi cam đoan những thông tin trên là đúng sự thật").check();
  await citizen.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Đã nộp hồ sơ");
  // The fixed fee is asked at filing: the citizen can pay straight away.
  const payments = citizen.locator("#payments");
  await expect(payments).toContainText("15.000 đồng");
  await expect(payments.getByRole("button", { name: "Thanh toán trực tuyến" })).toBeVisible();
  await expectAccessible(citizen);
  const code = (await citizen.getByTestId("dossier-code").textContent())!.trim();

  // The dossier links the stored document; the officer sees it already verified.
  const linked = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "DossierFile" f JOIN "Dossier" d ON d.id = f."dossierId" JOIN "StoredDocument" s ON s.id = f."storedDocumentId"
      WHERE d.code = $1 AND s."dossierId" = $2`,
    [code, first.id],
  );
  expect(linked[0]!.n).toBe(1);
  const second = (await sql<{ id: string }>(`SELECT id FROM "Dossier" WHERE code = $1 AND "receivingAgencyId" = $2`, [code, agency.id]))[0]!;
  await reception.goto(`/office/dossiers/${second.id}`);
  await expect(reception.locator("[data-verified='store']")).toContainText("Đã xác thực (lấy từ kho dữ liệu): Giấy khai sinh");
  await expectAccessible(reception);
});
