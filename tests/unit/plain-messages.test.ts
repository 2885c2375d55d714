import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainTranslator } from "@/lib/i18n/plain";

const catalog = (locale: string, file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${file}.json`), "utf8"));

describe("plainTranslator (client forms without next-intl's runtime)", () => {
  const t = plainTranslator({ "auth.errors.throttled": "Chờ khoảng {minutes} phút", "tracking.title": "Tra cứu hồ sơ" });

  it("looks a key up and fills its placeholders", () => {
    expect(t("tracking.title")).toBe("Tra cứu hồ sơ");
    expect(t("auth.errors.throttled", { minutes: 5 })).toBe("Chờ khoảng 5 phút");
  });

  it("leaves a placeholder without a value, and answers an unknown key with the key", () => {
    expect(t("auth.errors.throttled")).toBe("Chờ khoảng {minutes} phút");
    expect(t("tracking.missing")).toBe("tracking.missing");
    expect(t.has("tracking.title")).toBe(true);
    expect(t.has("tracking.missing")).toBe(false);
  });

  it("is only given messages it can format: the tracking and sign-in strings use no plural, select or escapes", () => {
    for (const locale of ["vi", "en"]) {
      const auth = catalog(locale, "auth").auth;
      const texts = [JSON.stringify(catalog(locale, "public-service").tracking), JSON.stringify(auth.signIn), JSON.stringify(auth.errors)];
      for (const text of texts) expect(text).not.toMatch(/\{\w+,|'\{/);
    }
  });
});
