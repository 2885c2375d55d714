/**
 * The desk's journeys the first ones left out: a dossier that came by post (with its postmark date),
 * and an officer's morning digest found in the stored emails.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible, fillDate } from "./helpers";
import { agencyOfUser, fileDossier, signIn, sql } from "./office-helpers";

const RECEPTION = "tiepnhan.xa@motcua.test";
const SPECIALIST = "chuyenvien.xa@motcua.test";

test.describe("the desk, by post and by email", () => {
  test.describe.configure({ timeout: 240_000 });

  test("a dossier received by post: its postmark date kept, the slip printed, the applicant's commune named", async ({ browser }) => {
    const agency = await agencyOfUser(RECEPTION);
    const [procedure] = await sql<{ code: string; name: string }>(
      `SELECT p.code, v.name FROM "Procedure" p JOIN "ProcedureVersion" v ON v.id = p."currentVersionId"
        WHERE v.status = 'PUBLISHED' AND 'POST' = ANY(v.channels) AND v."formSchema" #>> '{sections,0,id}' = 'request'
          AND EXISTS (SELECT 1 FROM "ProcedureAgency" pa WHERE pa."versionId" = v.id AND pa."agencyId" = $1 AND pa.role = 'IMPLEMENTING')
        ORDER BY p.code LIMIT 1`,
      [agency.id],
    );
    test.skip(!procedure, "no procedure received by post at this desk in the seed");
    const [commune] = await sql<{ name: string }>(`SELECT name FROM "Agency" WHERE id = $1`, [agency.id]);
    const context = await browser.newContext();
    const reception = await context.newPage();
    await signIn(reception, RECEPTION, `/office/receive?procedure=${procedure!.code}`);
    await expect(reception.getByRole("heading", { level: 2, name: procedure!.name })).toBeVisible();

    const citizenId = `0${String(Date.now()).slice(-11)}`;
    await reception.locator("#f-fullName").fill("Đinh Văn Gửi Thư");
    await fillDate(reception, "Ngày sinh", "1979-04-30");
    await reception.locator("#f-citizenId").fill(citizenId);
    await reception.locator("#f-phone").fill("0912345679");
    await reception.locator("#f-address-street").fill("Xóm 3, thôn Đông");
    await reception.locator("#f-address-commune").selectOption(agency.code);
    await reception.locator("#f-address-province").fill("Ninh Bình");
    for (const box of await reception.locator('input[type="checkbox"][id$="-copy"]').all()) await box.check();
    await reception.locator("#f-request").fill("Đề nghị giải quyết, hồ sơ gửi qua bưu điện");
    await reception.getByLabel("Qua dịch vụ bưu chính").check();

    // A postmark date after today is refused, and what was typed stays.
    const postmark = reception.getByRole("group", { name: /Ngày dấu bưu điện/ });
    await postmark.getByLabel("Ngày", { exact: true }).fill("1");
    await postmark.getByLabel("Tháng", { exact: true }).fill("1");
    await postmark.getByLabel("Năm", { exact: true }).fill("2099");
    await reception.getByRole("button", { name: "Tiếp nhận hồ sơ và in giấy hẹn" }).click();
    await expect(reception.getByRole("alert").first()).toContainText("Nhập ngày dấu bưu điện");
    await expect(postmark.getByLabel("Năm", { exact: true })).toHaveValue("2099");
    await expectAccessible(reception);

    // Two days ago (Vietnam's date).
    const sent = new Date(Date.now() + 7 * 3600_000 - 2 * 86_400_000).toISOString().slice(0, 10);
    await postmark.getByLabel("Ngày", { exact: true }).fill(String(Number(sent.slice(8, 10))));
    await postmark.getByLabel("Tháng", { exact: true }).fill(String(Number(sent.slice(5, 7))));
    await postmark.getByLabel("Năm", { exact: true }).fill(sent.slice(0, 4));
    await reception.getByRole("button", { name: "Tiếp nhận hồ sơ và in giấy hẹn" }).click();
    await expect(reception.getByRole("heading", { level: 1 })).toHaveText("Đã tiếp nhận hồ sơ");
    await expectAccessible(reception);
    const code = (await reception.locator("p", { hasText: "Mã hồ sơ" }).locator("strong").textContent())!.trim();
    const slip = await reception.request.get((await reception.getByRole("link", { name: /In giấy tiếp nhận/ }).getAttribute("href"))!);
    expect(slip.headers()["content-type"]).toContain("application/pdf");

    const [row] = await sql<{ channel: string; status: string; postmark: string | null }>(
      `SELECT channel, status, applicant->>'postmarkDate' AS postmark FROM "Dossier" WHERE code = $1`,
      [code],
    );
    expect(row).toEqual({ channel: "POST", status: "RECEIVED", postmark: sent });

    // The officer reads the residence with the commune's name, not its agency code.
    await reception.getByRole("link", { name: "Mở hồ sơ" }).click();
    await expect(reception.getByRole("heading", { level: 1 })).toHaveText(code);
    const communeName = commune!.name.replace(/^Ủy ban nhân dân\s+/i, "");
    await expect(reception.getByText(new RegExp(`Xóm 3, thôn Đông, ${communeName}`, "i"))).toBeVisible();
    await expect(reception.getByText(`Xóm 3, thôn Đông, ${agency.code}`)).toHaveCount(0);
    await context.close();
  });

  test("an officer's morning digest, in the stored emails: the overdue dossier and the one due today", async () => {
    const agency = await agencyOfUser(RECEPTION);
    // Monday 1 March 2027, 08:00 in Vietnam: a working day after the digest hour.
    const now = new Date("2027-03-01T01:00:00Z");
    const late = await fileDossier({ agency, status: "IN_PROCESSING", step: "EXAMINING", assigneeEmail: SPECIALIST, dueAt: new Date("2027-02-26T09:00:00Z") });
    const dueToday = await fileDossier({ agency, status: "IN_PROCESSING", step: "EXAMINING", assigneeEmail: SPECIALIST, dueAt: new Date("2027-03-01T09:00:00Z") });
    const later = await fileDossier({ agency, status: "IN_PROCESSING", step: "EXAMINING", assigneeEmail: SPECIALIST, dueAt: new Date("2027-03-20T09:00:00Z") });
    const run = () =>
      JSON.parse(
        execFileSync(process.execPath, [path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), "tests/support/run-digest.ts", now.toISOString(), SPECIALIST], {
          env: process.env,
          encoding: "utf8",
        }),
      ) as { result: { officers: number; skipped?: string }; mail: { recipient: string; rendered: { subject: string; text: string } } | null };

    const first = run();
    expect(first.result.skipped).toBeUndefined();
    expect(first.result.officers).toBeGreaterThan(0);
    expect(first.mail).not.toBeNull();
    expect(first.mail!.rendered.subject).toBe("Hồ sơ đến hạn và quá hạn hôm nay");
    expect(first.mail!.rendered.text).toContain(late.code);
    expect(first.mail!.rendered.text).toContain(dueToday.code);
    expect(first.mail!.rendered.text).not.toContain(later.code);
    const [stored] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Outbox" WHERE recipient = $1 AND template = 'digest.officer'`, [SPECIALIST]);
    expect(stored!.n).toBe(1);
    // (At most once a day is tested in tests/integration/desk-digest.test.ts: it reads the emails
    // queued since the start of the day, which a run at a simulated date cannot show.)
  });
});
