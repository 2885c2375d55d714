/**
 * Public pages served from the page cache (lib/server/page-cache.ts), as visitors notice it: each
 * language gets its own page, a change to the catalog shows on the next request, and a signed-in
 * citizen's public page carries nothing of theirs. Other specs run alongside and may clear the cache
 * at any time, so a response is checked to come through the cache ("hit" or "miss"), not to be a hit.
 */
import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectAccessible, signIn, switchLanguage } from "./helpers";

const THROUGH_CACHE = /^(hit|miss)$/;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test("a visitor who switches to English gets the English page while others still get the Vietnamese one", async ({ browser }) => {
  const path = "/procedures/2.001035";
  const english = await (await browser.newContext()).newPage();
  const first = await english.goto(path);
  expect(first!.headers()["x-page-cache"]).toMatch(THROUGH_CACHE);
  await expect(english.locator("html")).toHaveAttribute("lang", "vi");
  await switchLanguage(english, "en");
  const again = await english.reload();
  expect(again!.headers()["x-page-cache"]).toMatch(THROUGH_CACHE);
  await expect(english.locator("html")).toHaveAttribute("lang", "en");
  await expect(english.getByRole("button", { name: "Chuyển sang tiếng Việt" })).toBeVisible();
  await expectAccessible(english);

  // Another visitor, without JavaScript, asks for the same page: Vietnamese, from the cache.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const vietnamese = await context.newPage();
  const res = await vietnamese.goto(path);
  expect(res!.headers()["x-page-cache"]).toMatch(THROUGH_CACHE);
  await expect(vietnamese.locator("html")).toHaveAttribute("lang", "vi");
  await expect(vietnamese.getByRole("button", { name: "Switch to English" })).toBeVisible();
  await context.close();
  await english.context().close();
});

test("a change to the catalog is on a procedure's page at the next request", async ({ page }) => {
  // 2.001019 is in the field "Chứng thực" (CTH); a published version itself is immutable.
  const path = "/procedures/2.001019";
  const marker = `Cập nhật ${Date.now()}`;
  const announce = () => sql(`SELECT pg_notify('motcua_changes', $1)`, [JSON.stringify({ topic: "catalog", from: "another-instance" })]);
  await page.goto(path);
  const second = await page.goto(path);
  expect(second!.headers()["x-page-cache"]).toMatch(THROUGH_CACHE);
  await expect(page.getByText(marker)).toHaveCount(0);
  const [row] = await sql<{ name: string }>(`SELECT name FROM "Field" WHERE code = 'CTH'`);
  try {
    // As another instance of the portal announces a change: a notification on the change channel.
    await sql(`UPDATE "Field" SET name = $1 WHERE code = 'CTH'`, [`${row!.name} ${marker}`]);
    await announce();
    await page.waitForTimeout(1_000);
    await page.goto(path);
    await expect(page.getByText(marker).first()).toBeVisible();
  } finally {
    await sql(`UPDATE "Field" SET name = $1 WHERE code = 'CTH'`, [row!.name]);
    await announce();
  }
});

test("a signed-in citizen's public page is the cached one: nothing of theirs, no cookie set", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "congdan@motcua.test", "/my/dossiers");
  await expect(page.getByText("Nguyễn Văn An").first()).toBeVisible();
  for (const path of ["/procedures/2.001008", "/", "/procedures?level=commune"]) {
    const res = await page.goto(path);
    expect(res!.headers()["x-page-cache"], path).toMatch(THROUGH_CACHE);
    expect(res!.headers()["set-cookie"], path).toBeUndefined();
    const html = await res!.text();
    for (const personal of ["Nguyễn Văn An", "congdan@motcua.test", "0912345678", "001090012345"]) expect(html, path).not.toContain(personal);
  }
  // The account link still takes them to their dossiers.
  await page.getByRole("banner").getByRole("link", { name: "Tài khoản" }).click();
  await expect(page).toHaveURL(/\/my\/dossiers$/);
});
