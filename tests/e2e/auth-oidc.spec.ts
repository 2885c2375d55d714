/**
 * Sign-in through OpenID Connect, end to end: a real provider (oidc-provider) on loopback and a
 * second server of this build configured with it (OIDC_ISSUER …), driven by the browser,
 * without JavaScript too (the button is a plain link).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, startOidcProvider, type TestOidc } from "../support/oidc";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./helpers";

let oidc: TestOidc;
let app: ChildProcess;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const appPort = await freePort();
  base = `http://127.0.0.1:${appPort}`;
  oidc = await startOidcProvider({ port: await freePort(), redirectUri: `${base}/api/auth/callback/oidc` });
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  app = spawn(process.execPath, [next, "start", "-p", String(appPort), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXTAUTH_URL: base,
      APP_URL: base,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
      OIDC_NAME: "VNeID",
      MAIL_VIEWER: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the OIDC-configured server did not start");
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await oidc?.close();
});

for (const js of [true, false]) {
  test(`signs in with the identity provider ${js ? "with" : "without"} JavaScript and lands in "my dossiers"`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    const button = page.getByRole("link", { name: "Đăng nhập bằng VNeID" });
    await expect(button).toBeVisible();
    if (js) await expectAccessible(page);
    await button.click();
    // The provider's own pages.
    const login = `vneid${js ? "js" : "nojs"}${Date.now()}`;
    await expect(page).toHaveURL(new RegExp(`^${oidc.issuer.replace(/\./g, "\\.")}`));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("anything");
    await page.locator('button[type="submit"]').click();
    await page.getByRole("button", { name: "Continue" }).click();
    // Back on the portal, signed in as a new citizen.
    await expect(page).toHaveURL(`${base}/my/dossiers`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ của tôi");
    await expect(page.getByRole("link", { name: new RegExp(`Công dân ${login}`) })).toBeVisible();
    if (js) await expectAccessible(page);
    await context.close();
  });
}

test("with MAIL_VIEWER=1 the stored emails are readable at /dev/mail by an administrator, and their links work", async ({ page, browser }) => {
  const email = `mail.${Date.now()}@motcua.test`;
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("Họ, chữ đệm và tên").fill("Vũ Văn Thư");
  await page.getByLabel("Thư điện tử", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("Thư điện tử mùa đông 2026");
  await page.getByLabel("Nhập lại mật khẩu").fill("Thư điện tử mùa đông 2026");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hãy kiểm tra thư điện tử");
  // Nobody but a signed-in administrator sees the stored emails.
  expect((await page.goto(`${base}/dev/mail?to=${encodeURIComponent(email)}`))?.status()).toBe(404);
  const viewer = `/dev/mail?to=${encodeURIComponent(email)}`;
  await signIn(page, "quantri@motcua.test", viewer, DEMO_PASSWORD, base);
  await expectAccessible(page);
  await page.getByRole("link", { name: `auth.verify-email → ${email}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xác nhận thư điện tử cho tài khoản Một Cửa");
  await expectAccessible(page);
  // The citizen opens the link in their own browser (the administrator stays signed in here).
  const link = await page.getByRole("link", { name: /verify-email\?token=/ }).getAttribute("href");
  const citizen = await browser.newPage();
  await citizen.goto(new URL(link!, base).toString());
  await citizen.getByRole("button", { name: "Xác nhận" }).click();
  await expect(citizen.getByText("Đã xác nhận thư điện tử")).toBeVisible();
  await citizen.close();
});

test("the identity provider's button is not shown when none is configured", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập");
  await expect(page.getByRole("link", { name: /Đăng nhập bằng/ })).toHaveCount(0);
  await expectAccessible(page);
});
