import { describe, expect, it } from "vitest";
import { REDACTED, redactPersonalData } from "../../lib/domain/redact";

describe("removing personal data before publishing feedback", () => {
  it.each([
    ["CCCD của tôi là 001090012345, xin kiểm tra.", `CCCD của tôi là ${REDACTED}, xin kiểm tra.`],
    ["Gọi 0912 345 678 hoặc +84 912.345.678", `Gọi ${REDACTED} hoặc ${REDACTED}`],
    ["Email: an.nguyen@example.vn.", `Email: ${REDACTED}.`],
    ["Số CMND 123456789", `Số CMND ${REDACTED}`],
  ])("%s", (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  it("hides the sender's full name and given name, in any case, but not the same letters inside a word", () => {
    const text = "Tôi là Nguyễn Văn An, anh An đã nộp hồ sơ. NGUYỄN VĂN AN ký tên. Ngân hàng không liên quan.";
    const out = redactPersonalData(text, ["Nguyễn Văn An"]);
    expect(out).not.toMatch(/Nguyễn|NGUYỄN|\bAn\b/u);
    expect(out).toContain("Ngân hàng");
    expect(out).toContain(`Tôi là ${REDACTED}`);
  });

  it("keeps dates, fees and dossier codes readable", () => {
    const text = "Hồ sơ 000.31.30.H42-261126-0007 nộp ngày 26/11/2026, lệ phí 15.000 đồng.";
    expect(redactPersonalData(text)).toBe(text);
  });
});
