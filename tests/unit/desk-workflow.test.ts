/** Redirect to the agency that handles the procedure; a financial obligation only where a fee may apply. */
import { describe, expect, it } from "vitest";
import { WorkCalendar, fromLocal } from "@/lib/domain/calendar";
import { availableActions, decide, feeMayApply, type DecideContext, type DossierState } from "@/lib/domain/workflow";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const calendar = new WorkCalendar();
const reception = { userId: "00000000-0000-4000-8000-0000000000r1", role: "RECEPTION" as const, agencyId: A };
const leader = { userId: "00000000-0000-4000-8000-0000000000l1", role: "LEADER" as const, agencyId: A };

const base: DossierState = {
  status: "NEW",
  step: null,
  assigneeId: null,
  receivingAgencyId: A,
  currentAgencyId: A,
  routeIndex: 0,
  routeLength: 1,
  receivedAt: null,
  dueAt: null,
  stageDueAt: null,
  extendedDueAt: null,
  pausedAt: null,
  resumeStatus: null,
  pauses: [],
  supplementCount: 0,
  finishedAt: null,
};
const ctx = (over: Partial<DecideContext> = {}): DecideContext => ({ now: fromLocal("2026-03-02", "09:00"), calendar, timeLimit: { value: 3, unit: "WORKING_DAY" }, ...over });

describe("redirect", () => {
  it("sends a new dossier, with its reason, to the agency that handles it; the clock has not started", () => {
    const r = decide(base, "redirect", reception, { agencyId: B, reason: "Thuộc thẩm quyền của xã khác" }, ctx({ redirectTo: { id: B, active: true, handlesProcedure: true } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.to).toBe("NEW");
    expect(r.patch).toMatchObject({ receivingAgencyId: B, currentAgencyId: B });
    expect(r.patch.receivedAt).toBeUndefined();
    expect(r.patch.dueAt).toBeUndefined();
    expect(r.reason).toBe("Thuộc thẩm quyền của xã khác");
    expect(r.notify).toBe(true);
  });
  it("refuses an agency that does not handle the procedure, an inactive one, or the same one", () => {
    const input = { agencyId: B, reason: "Thuộc thẩm quyền của xã khác" };
    expect(decide(base, "redirect", reception, input, ctx({ redirectTo: { id: B, active: true, handlesProcedure: false } }))).toMatchObject({ ok: false, refusal: { key: "office.errors.redirectTarget" } });
    expect(decide(base, "redirect", reception, input, ctx({ redirectTo: { id: B, active: false, handlesProcedure: true } }))).toMatchObject({ ok: false });
    expect(decide(base, "redirect", reception, input, ctx({ redirectTo: null }))).toMatchObject({ ok: false });
    expect(decide(base, "redirect", reception, { ...input, agencyId: A }, ctx({ redirectTo: { id: A, active: true, handlesProcedure: true } }))).toMatchObject({ ok: false, refusal: { key: "office.errors.redirectSame" } });
  });
  it("is the reception desk's, and only before the dossier is received", () => {
    expect(availableActions(base, reception, ["redirect"])).toEqual(["redirect"]);
    expect(availableActions(base, leader, ["redirect"])).toEqual([]);
    expect(availableActions({ ...base, status: "RECEIVED", receivedAt: new Date() }, reception, ["redirect"])).toEqual([]);
  });
});

describe("financial obligation", () => {
  const received: DossierState = { ...base, status: "RECEIVED", receivedAt: fromLocal("2026-03-02", "09:00"), dueAt: fromLocal("2026-03-05", "09:00") };
  it("is offered only when the procedure lists a fee or tax", () => {
    expect(availableActions({ ...received, hasFee: false }, reception, ["requestFinancialObligation"])).toEqual([]);
    expect(availableActions({ ...received, hasFee: true }, reception, ["requestFinancialObligation"])).toEqual(["requestFinancialObligation"]);
    expect(decide({ ...received, hasFee: false }, "requestFinancialObligation", reception, { amount: 1000, description: "Lệ phí cấp bản sao" }, ctx())).toMatchObject({
      ok: false,
      refusal: { key: "office.errors.noFee" },
    });
  });
  it("a fee list with any entry (even one that depends on the case) may apply; none does not", () => {
    expect(feeMayApply([])).toBe(false);
    expect(feeMayApply(null)).toBe(false);
    expect(feeMayApply([{ name: "Lệ phí", amount: 0, note: "Thu khi đăng ký quá hạn" }])).toBe(true);
  });
});
