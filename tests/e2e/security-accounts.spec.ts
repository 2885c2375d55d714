/**
 * Accounts in a real browser: the return address after sign-in never leaves the site; a new
 * officer enrols a second factor without JavaScript and lands on their queue; the next sign-in
 * asks for a code; a signed-out cookie opens nothing; a citizen who pressed "Start" before
 * signing in lands on the first step of a new application.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, totpCode } from "./helpers";
import { agencyOfUser, sql } from "./office-helpers";

const STRONG = "đồng lúa chín vàng ươm 2026";

// Several sign-ins per test, each with an Argon2 hash and an axe scan: slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function fillSignIn(page: Page, identifier: string, password: string) {
  await page.getByLabel("Thư điện tử hoặc số điện thoại").fill(identifier);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

async function newOfficer(): Promise<string> {
  const email = `officer.${randomBytes(4).toString("hex")}@motcua.test`;
  const agency = await agencyOfUser("tiepnhan.xa@motcua.test");
  await sql(
    `INSERT INTO "User" (id, email, "fullName", role, "agencyId", "passwordHash", "emailVerifiedAt", "updatedAt") VALUES ($1, $2, 'Cán bộ Thử', 'RECEPTION', $3, $4, now(), now())`,
    [randomUUID(), email, agency.id, await hash(STRONG, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 })],
  );
  return email;
}

test("after signing in, /sign-in?next=/%09/evil.example stays on the site", async ({ page, baseURL }) => {
  for (const next of ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example/", "/%2F%2Fevil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${next}`);
    await fillSignIn(page, "congdan@motcua.test", DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname === "/my/dossiers");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  }
});

test("a CR or LF in next is refused cleanly, not a 500", async ({ request }) => {
  for (const q of ["/%0d%0aSet-Cookie:%20x=1", "%0a//evil.example", "/%E0%A4%A"]) {
    const res = await request.get(`/sign-in?next=${q}`, { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    expect(res.headers()["set-cookie"] ?? "").not.toContain("x=1");
  }
});

test("the sign-in form is not headed as an alternative when it is the only way in", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByText("Hoặc đăng nhập bằng mật khẩu")).toHaveCount(0);
  await expectAccessible(page);
});

test("the second-factor pages pass the accessibility scan", async ({ page }) => {
  // (axe needs JavaScript in the page; the journey without it is below.)
  const email = await newOfficer();
  await page.goto("/sign-in");
  await fillSignIn(page, email, STRONG);
  await page.waitForURL((u) => u.pathname === "/sign-in/second-factor");
  await expectAccessible(page);
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  await page.getByLabel("Mã xác thực").fill(totpCode(secret));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a new officer enrols a second factor, lands on the queue, and the next sign-in asks for a code", async ({ page }) => {
    const email = await newOfficer();
    await page.goto("/sign-in");
    await fillSignIn(page, email, STRONG);
    await page.waitForURL((u) => u.pathname === "/sign-in/second-factor");
    await expect(page.getByRole("heading", { name: "Xác thực hai lớp" })).toBeVisible();
    // Not yet a staff session: the queue is closed.
    await page.goto("/office");
    await page.waitForURL((u) => u.pathname.startsWith("/sign-in"));
    await page.goto("/sign-in/second-factor");
    const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
    await page.getByLabel("Mã xác thực").fill("000000");
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect(page.getByText("Mã không đúng").first()).toBeVisible();
    await page.getByLabel("Mã xác thực").fill(totpCode(secret));
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    await page.getByRole("link", { name: "Tôi đã lưu các mã, tiếp tục" }).click();
    await page.waitForURL((u) => u.pathname === "/office");

    // Signing out ends the session: the copied cookie opens nothing.
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Đăng xuất" }).first().click();
    await page.waitForURL((u) => u.pathname === "/");
    await page.context().addCookies(cookies);
    await page.goto("/office");
    await page.waitForURL((u) => u.pathname.startsWith("/sign-in"));

    await page.goto("/sign-in");
    await fillSignIn(page, email, STRONG);
    await page.waitForURL((u) => u.pathname === "/sign-in/second-factor");
    await expect(page.getByTestId("totp-secret")).toHaveCount(0);
    await page.getByLabel("Mã xác thực").fill(totpCode(secret, 1));
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await page.waitForURL((u) => u.pathname === "/office");
  });

  test("pressing Start before signing in lands on the first step after signing in", async ({ page }) => {
    await page.goto("/file/1.001193");
    await page.getByRole("button", { name: /Bắt đầu/ }).click();
    await page.waitForURL((u) => u.pathname === "/sign-in");
    await fillSignIn(page, "congdan@motcua.test", DEMO_PASSWORD);
    await page.waitForURL((u) => /^\/file\/1\.001193\/[0-9a-f-]{36}\/applicant$/.test(u.pathname));
  });
});
