import { expect, test, type Browser, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { expectAccessible } from "./helpers";
import { act, agencyOfUser, fileDossier, signIn, sql } from "./office-helpers";

const RECEPTION = "tiepnhan.xa@motcua.test";
const SPECIALIST = "chuyenvien.xa@motcua.test";
const LEADER = "lanhdao.xa@motcua.test";
const CITIZEN = "congdan@motcua.test";

async function as(browser: Browser, email: string, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, next);
  return page;
}

test.describe("a signed electronic result", () => {
  // Two officers give a fresh authenticator code each: the journey may wait for the next 30-second code.
  test.describe.configure({ timeout: 240_000 });

  test("the leader approves, the desk returns online, the citizen downloads the signed result, /verify says valid; a changed byte is not valid", async ({ browser }) => {
    const agency = await agencyOfUser(RECEPTION);
    const d = await fileDossier({ agency, status: "IN_PROCESSING", step: "PROPOSED", assigneeEmail: SPECIALIST, dueAt: new Date(Date.now() + 5 * 86400_000) });

    const leader = await as(browser, LEADER, `/office/dossiers/${d.id}`);
    await act(leader, "Phê duyệt");

    const reception = await as(browser, RECEPTION, `/office/dossiers/${d.id}`);
    await act(reception, "Trả kết quả", async (f) => {
      await f.getByLabel("Trả trực tuyến (công dân tải kết quả)").check();
      const doc = await PDFDocument.create();
      doc.addPage().drawText("GIAY XAC NHAN - ket qua giai quyet");
      await f.getByLabel("Tệp kết quả (PDF, JPG, PNG; tối đa 10 MB)").setInputFiles({ name: "xac-nhan.pdf", mimeType: "application/pdf", buffer: Buffer.from(await doc.save()) });
    });
    // The desk sees the issued result, signed with the agency's certificate.
    const issued = reception.locator("section", { has: reception.getByRole("heading", { name: "Kết quả điện tử đã cấp" }) });
    await expect(issued).toContainText("Đã ký số");
    await expectAccessible(reception);
    const [row] = await sql<{ id: string; reference: string }>(`SELECT id, reference FROM "ElectronicResult" WHERE "dossierId" = $1`, [d.id]);
    expect(row).toBeDefined();

    // The citizen finds the result apart from the filed documents and downloads it.
    const citizen = await as(browser, CITIZEN, `/my/dossiers/${d.id}`);
    const result = citizen.getByTestId("e-result");
    await expect(result).toContainText(row!.reference);
    await expect(result).toContainText("Ký số bởi");
    await expectAccessible(citizen);
    const href = await result.getByRole("link", { name: /Tải kết quả/ }).getAttribute("href");
    const download = await citizen.request.get(href!);
    expect(download.status()).toBe(200);
    const signed = Buffer.from(await download.body());
    expect(signed.subarray(0, 5).toString()).toBe("%PDF-");
    expect(signed.includes("ETSI.CAdES.detached")).toBe(true);

    // The QR code's link: a public page, no sign-in, that says the result is valid.
    await result.getByRole("link", { name: "Kiểm tra văn bản", exact: true }).click();
    await citizen.waitForURL(`**/verify/${row!.id}`);
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/verify/${row!.id}`);
    await expect(visitor.getByTestId("verdict")).toHaveAttribute("data-verdict", "valid");
    await expect(visitor.getByRole("main")).toContainText(row!.reference);
    await expect(visitor.getByRole("main")).not.toContainText("Nguyễn");
    await expectAccessible(visitor);

    // The very file uploaded is valid.
    await visitor.getByLabel("Tệp PDF cần kiểm tra").setInputFiles({ name: "ban-sao.pdf", mimeType: "application/pdf", buffer: signed });
    await visitor.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(visitor.getByTestId("copy-verdict")).toHaveAttribute("data-verdict", "valid");
    await expectAccessible(visitor);

    // One byte changed, checked without JavaScript (a plain form post): not valid.
    const changed = Buffer.from(signed);
    const at = changed.indexOf("GIAY") > 0 ? changed.indexOf("GIAY") : Math.floor(changed.length / 3);
    changed[at]! ^= 0x01;
    const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await noJs.goto(`/verify/${row!.id}`);
    await noJs.getByLabel("Tệp PDF cần kiểm tra").setInputFiles({ name: "ban-sao-sua.pdf", mimeType: "application/pdf", buffer: changed });
    await noJs.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(noJs.getByTestId("copy-verdict")).toHaveAttribute("data-verdict", "changed");
    await expect(noJs.getByTestId("copy-verdict")).toContainText("Không hợp lệ");

    // Looking a result up by its number and symbol; an unknown code says so.
    await visitor.goto("/verify?code=999999%2F2026%2FKQ-none");
    await expect(visitor.getByRole("main")).toContainText("Không tìm thấy văn bản");
    await expectAccessible(visitor);
    await noJs.goto("/verify");
    await noJs.getByLabel("Mã kiểm tra hoặc số/ký hiệu").fill(row!.reference);
    await noJs.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await expect(noJs).toHaveURL(new RegExp(`/verify/${row!.id}$`));
  });
});
