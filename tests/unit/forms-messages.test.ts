import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { errorMessageAt, fieldErrorMessage } from "../../components/forms/messages";
import { applicantForm, validateAnswers } from "../../lib/domain/forms";

const catalog = (locale: "vi" | "en") => JSON.parse(readFileSync(`messages/${locale}/citizen.json`, "utf8"));
const translator = (locale: "vi" | "en") => createTranslator({ locale, messages: catalog(locale), namespace: "forms" }) as unknown as (key: string, values?: Record<string, string | number>) => string;

const form = applicantForm({ communes: [{ value: "000.01.30.H42", label: "Phường Hoa Lư" }] });

function messages(locale: "vi" | "en", raw: Record<string, unknown>) {
  const result = validateAnswers(form, raw, { today: "2026-12-07" });
  if (result.ok) throw new Error("expected errors");
  const t = translator(locale);
  return result.errors.map((e) => errorMessageAt(t, form, e.path, e.key, locale, "2026-12-07"));
}

describe("form error messages", () => {
  const raw = { fullName: "", dateOfBirth: { day: "31", month: "2", year: "1990" }, citizenId: "03409001234", phone: "0912345678", address: { street: "12 Lê Lợi", commune: "", province: "" } };

  it("start a sentence with a capital letter even when they open with the field's label", () => {
    for (const m of messages("vi", raw)) expect(m.charAt(0), m).toBe(m.charAt(0).toLocaleUpperCase("vi"));
    expect(messages("vi", raw)).toContain("Ngày sinh phải là một ngày có thật");
  });

  it("name each missing part of an address by its own label, not the whole address twice", () => {
    const vi = messages("vi", raw);
    expect(vi).toContain("Hãy chọn xã, phường");
    expect(vi).toContain("Hãy nhập tỉnh, thành phố");
    expect(vi.filter((m) => m === "Hãy nhập nơi cư trú")).toEqual([]);
    const en = messages("en", raw);
    expect(en).toContain("Choose commune or ward");
    expect(en).toContain("Date of birth must be a real date");
  });
});

describe("a required choice whose label is a question", () => {
  const question = { type: "radio", name: "hasMother", label: "Có thông tin về người mẹ không?", labelEn: "Do you have the mother's details?", required: true, options: [{ value: "yes", label: "Có" }, { value: "no", label: "Không" }] };
  const plain = { ...question, name: "ethnicity", label: "Dân tộc", labelEn: "Ethnicity" };

  it("is asked again as the question, not folded into 'Hãy chọn có … không?'", () => {
    expect(fieldErrorMessage(translator("vi"), question as never, "required", "vi", "2026-12-07")).toBe("Hãy trả lời câu hỏi: Có thông tin về người mẹ không?");
    expect(fieldErrorMessage(translator("en"), question as never, "required", "en", "2026-12-07")).toBe("Answer the question: Do you have the mother's details?");
    expect(fieldErrorMessage(translator("vi"), plain as never, "required", "vi", "2026-12-07")).toBe("Hãy chọn dân tộc");
  });
});
