import { describe, expect, it } from "vitest";
import {
  canMove,
  canonicalQuery,
  feeLegalBasis,
  feeTotal,
  feesOf,
  gatewayDate,
  outcomeOf,
  PAYMENT_STATUSES,
  paymentRequestParams,
  signParams,
  signature,
  verifyParams,
} from "@/lib/domain/payments";

const SECRET = "secret-of-the-merchant-0123456789";

describe("the gateway's signature", () => {
  it("signs the parameters sorted by name, URL-encoded with + for spaces, without the hash and empty values", () => {
    expect(canonicalQuery({ vnp_TxnRef: "A 1", vnp_Amount: "100", vnp_Empty: "", vnp_SecureHash: "x", vnp_OrderInfo: "Thanh toán/ho so" })).toBe(
      "vnp_Amount=100&vnp_OrderInfo=Thanh+to%C3%A1n%2Fho+so&vnp_TxnRef=A+1",
    );
  });

  it("is HMAC-SHA512 in hex and verifies; any changed value, order ref or key does not", () => {
    const signed = signParams({ vnp_Amount: "5000000", vnp_TxnRef: "MC1", vnp_TmnCode: "M" }, SECRET);
    expect(signed.vnp_SecureHash).toMatch(/^[0-9a-f]{128}$/);
    expect(signed.vnp_SecureHash).toBe(signature(signed, SECRET));
    expect(verifyParams(signed, SECRET)).toBe(true);
    expect(verifyParams({ ...signed, vnp_Amount: "5000100" }, SECRET)).toBe(false);
    expect(verifyParams({ ...signed, vnp_TxnRef: "MC2" }, SECRET)).toBe(false);
    expect(verifyParams(signed, `${SECRET}x`)).toBe(false);
    expect(verifyParams({ ...signed, vnp_SecureHash: "zz" }, SECRET)).toBe(false);
    expect(verifyParams({ vnp_Amount: "1" }, SECRET)).toBe(false);
  });

  it("the payment request carries the amount in hundredths, Vietnam time, and a valid signature", () => {
    const p = paymentRequestParams(
      { orderRef: "MC1", amount: 50_000, orderInfo: "Thanh toan", returnUrl: "http://x/pay/return", clientIp: "1.2.3.4", createdAt: new Date("2026-12-01T17:30:05Z"), expiresAt: new Date("2026-12-01T17:45:05Z"), locale: "vi" },
      "M",
      SECRET,
    );
    expect(p).toMatchObject({ vnp_Amount: "5000000", vnp_CreateDate: "20261202003005", vnp_TxnRef: "MC1", vnp_Command: "pay", vnp_Locale: "vn" });
    expect(verifyParams(p, SECRET)).toBe(true);
    expect(gatewayDate(new Date("2026-01-01T00:00:00Z"))).toBe("20260101070000");
  });

  it("reads the gateway's result codes", () => {
    expect(outcomeOf({ vnp_ResponseCode: "00", vnp_TransactionStatus: "00" })).toBe("PAID");
    expect(outcomeOf({ vnp_ResponseCode: "00", vnp_TransactionStatus: "02" })).toBe("FAILED");
    expect(outcomeOf({ vnp_ResponseCode: "24" })).toBe("CANCELLED");
    expect(outcomeOf({ vnp_ResponseCode: "51" })).toBe("FAILED");
  });
});

describe("fees and states", () => {
  it("reads the procedure's fees; a free procedure totals 0", () => {
    const fees = feesOf([{ name: "Lệ phí", amount: 20000, legalBasis: "Thông tư 85/2019/TT-BTC" }, { name: "Phí", amount: 5000 }, { name: 3 }, null]);
    expect(feeTotal(fees)).toBe(25000);
    expect(feeLegalBasis(fees)).toBe("Thông tư 85/2019/TT-BTC");
    expect(feeTotal(feesOf([{ name: "Miễn", amount: 0 }]))).toBe(0);
    expect(feeTotal(feesOf("nonsense"))).toBe(0);
  });

  it("only a pending payment moves, and never back", () => {
    for (const from of PAYMENT_STATUSES)
      for (const to of PAYMENT_STATUSES) expect(canMove(from, to)).toBe(from === "PENDING" && to !== "PENDING");
  });
});
