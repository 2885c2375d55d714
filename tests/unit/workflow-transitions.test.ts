/** The workflow table and decide(): every (status × action × role), and the rules of the law. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromLocal, WorkCalendar } from "@/lib/domain/calendar";
import {
  ACTIONS,
  actionInputs,
  availableActions,
  decide,
  isFinal,
  ROLES,
  ruleFor,
  STATUSES,
  STEPS,
  TRANSITIONS,
  type Action,
  type Actor,
  type DecideContext,
  type DossierState,
  type Role,
  type Status,
} from "@/lib/domain/workflow";

const calendar = WorkCalendar.withDefaultHolidays(2025, 2027);
const A = "00000000-0000-4000-8000-00000000000a"; // receiving agency
const B = "00000000-0000-4000-8000-00000000000b"; // next agency on the route
const SPECIALIST = "00000000-0000-4000-8000-000000000051";
const OTHER_SPECIALIST = "00000000-0000-4000-8000-000000000052";
const FILE = "00000000-0000-4000-8000-0000000000f1";

function state(over: Partial<DossierState> = {}): DossierState {
  return {
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
    ...over,
  };
}
const actor = (role: Role, userId = role === "SPECIALIST" ? SPECIALIST : `00000000-0000-4000-8000-0000000000${role.length}0`): Actor => ({
  userId,
  role,
  agencyId: A,
});
const ctx = (over: Partial<DecideContext> = {}): DecideContext => ({
  now: fromLocal("2026-03-02", "09:00"), // a Monday
  calendar,
  timeLimit: { value: 3, unit: "WORKING_DAY" },
  assignee: { id: SPECIALIST, role: "SPECIALIST", agencyId: A, active: true },
  resultFileFound: true,
  nextLeg: { agencyId: B, limit: { value: 2, unit: "WORKING_DAY" } },
  redirectTo: { id: B, active: true, handlesProcedure: true },
  ...over,
});

/** A valid input for every action. */
const validInput: { [K in Action]: unknown } = {
  receive: {},
  refuse: { reason: "Hồ sơ không thuộc thẩm quyền" },
  requestSupplement: { reason: "Thiếu giấy tờ", items: [{ name: "Giấy chứng sinh" }] },
  resubmitSupplement: { fileIds: [FILE] },
  assign: { assigneeId: SPECIALIST },
  reassign: { assigneeId: OTHER_SPECIALIST, reason: "Chuyên viên nghỉ phép" },
  propose: { outcome: "GRANT", examination: "Đủ điều kiện cấp", resultFileId: FILE },
  approve: {},
  sendBack: { reason: "Cần xác minh thêm" },
  transfer: {},
  requestFinancialObligation: { amount: 50000, description: "Lệ phí trước bạ" },
  confirmFinancialObligation: {},
  stop: { reason: "Người yêu cầu không bổ sung" },
  requestWithdrawal: { reason: "Tôi nộp nhầm thủ tục" },
  acceptWithdrawal: {},
  rejectWithdrawal: { reason: "Hồ sơ đã có kết quả" },
  apologize: { reason: "Cần xác minh tại địa phương", newDueDate: "2026-03-20" },
  returnResult: { method: "ONLINE", resultFileId: FILE },
  redirect: { agencyId: B, reason: "Hồ sơ thuộc thẩm quyền của xã khác" },
};
const parsed = (a: Action) => actionInputs[a].parse(validInput[a]) as never;

/** A state in which each status (and step) is reachable, with the fields it would have. */
function stateFor(status: Status, step: DossierState["step"]): DossierState {
  const received = fromLocal("2026-02-26", "08:00");
  const base = state({ status, step: status === "IN_PROCESSING" ? step : null });
  if (status === "NEW") return base;
  const s: DossierState = { ...base, receivedAt: received, dueAt: fromLocal("2026-03-04", "08:00") };
  if (status === "IN_PROCESSING" && step !== "AWAITING_ASSIGNMENT") s.assigneeId = SPECIALIST;
  if (status === "SUPPLEMENT_REQUESTED" || status === "FINANCIAL_OBLIGATION_REQUESTED" || status === "WITHDRAWAL_REQUESTED") {
    s.pausedAt = fromLocal("2026-02-27", "10:00");
    s.resumeStatus = "IN_PROCESSING";
    s.step = "EXAMINING";
    s.dueAt = null;
  }
  return s;
}

const reassignCtx = ctx({ assignee: { id: OTHER_SPECIALIST, role: "SPECIALIST", agencyId: A, active: true } });

describe("the transition table", () => {
  it("covers every status, and every action it names exists", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort());
    for (const s of STATUSES) for (const a of Object.keys(TRANSITIONS[s])) expect(ACTIONS).toContain(a);
  });

  it("lets nothing happen to a finished dossier", () => {
    for (const s of STATUSES.filter(isFinal)) expect(Object.keys(TRANSITIONS[s])).toEqual([]);
  });

  it("lets every open dossier move on", () => {
    for (const s of STATUSES.filter((x) => !isFinal(x))) expect(Object.keys(TRANSITIONS[s]).length).toBeGreaterThan(0);
  });

  // Every (status × step × action × role): decide allows exactly what the table allows.
  for (const status of STATUSES) {
    const steps = status === "IN_PROCESSING" ? STEPS : ([null] as const);
    for (const step of steps) {
      for (const action of ACTIONS) {
        for (const role of ROLES) {
          const label = `${status}${step ? `/${step}` : ""} × ${action} × ${role}`;
          it(label, () => {
            const s = stateFor(status, step);
            const c = action === "reassign" ? reassignCtx : ctx();
            const result = decide(s, action, actor(role), parsed(action), c);
            const rule = ruleFor(status, action);
            const allowed = !!rule && rule.roles.includes(role) && (!rule.steps || (step !== null && rule.steps.includes(step)));
            // A transfer only exists on a route with a next leg; this dossier's route has one leg.
            // A specialist acts only on the dossiers assigned to them.
            const notAssignee =
              role === "SPECIALIST" && ["propose", "requestSupplement", "requestFinancialObligation"].includes(action) && s.assigneeId !== SPECIALIST;
            const expectOk = allowed && action !== "transfer" && !notAssignee;
            expect(result.ok, JSON.stringify(result)).toBe(expectOk);
            if (result.ok) {
              expect([...rule!.to, ...(rule!.to.includes("RESUME") ? [s.resumeStatus] : [])]).toContain(result.to);
            } else if (!rule) {
              expect(result.refusal.kind).toBe("invalid_state");
            } else if (!rule.roles.includes(role)) {
              expect(result.refusal.kind).toBe("forbidden");
            }
          });
        }
      }
    }
  }
});

describe("what each action must supply", () => {
  it("refuses a refusal, a stop or a send-back without a reason", () => {
    for (const a of ["refuse", "stop", "sendBack", "requestWithdrawal", "rejectWithdrawal"] as const) {
      expect(actionInputs[a].safeParse({}).success).toBe(false);
      expect(actionInputs[a].safeParse({ reason: "   " }).success).toBe(false);
    }
  });
  it("refuses a supplement request without the list of missing items", () => {
    expect(actionInputs.requestSupplement.safeParse({ reason: "Thiếu giấy tờ", items: [] }).success).toBe(false);
  });
  it("refuses an online return without the result file", () => {
    expect(actionInputs.returnResult.safeParse({ method: "ONLINE" }).success).toBe(false);
    expect(actionInputs.returnResult.safeParse({ method: "DESK" }).success).toBe(true);
  });
  it("refuses an extension without a date", () => {
    expect(actionInputs.apologize.safeParse({ reason: "Cần xác minh" }).success).toBe(false);
  });
});

describe("rules of the one-stop desk", () => {
  it("receiving starts the clock and computes the appointment in working time", () => {
    const r = decide(state(), "receive", actor("RECEPTION"), parsed("receive"), ctx());
    expect(r.ok && r.to).toBe("RECEIVED");
    if (!r.ok) return;
    expect(r.patch.receivedAt).toEqual(fromLocal("2026-03-02", "09:00"));
    expect(r.patch.dueAt).toEqual(fromLocal("2026-03-05", "09:00")); // Mon 09:00 + 3 working days
    expect(r.documents).toEqual(["receipt"]);
    expect(r.notify).toBe(true);
  });

  it("an online dossier received after hours counts from the next working morning", () => {
    const r = decide(state(), "receive", actor("RECEPTION"), parsed("receive"), ctx({ now: fromLocal("2026-03-06", "19:30") }));
    if (!r.ok) throw new Error("refused");
    expect(r.data.clockStartsAt).toBe(fromLocal("2026-03-09", "07:00").toISOString());
    expect(r.patch.dueAt).toEqual(fromLocal("2026-03-11", "17:00"));
  });

  it("asks for a supplement only once", () => {
    const s = stateFor("IN_PROCESSING", "EXAMINING");
    const first = decide(s, "requestSupplement", actor("SPECIALIST"), parsed("requestSupplement"), ctx());
    expect(first.ok).toBe(true);
    const again = decide({ ...s, supplementCount: 1 }, "requestSupplement", actor("SPECIALIST"), parsed("requestSupplement"), ctx());
    expect(again).toEqual({ ok: false, refusal: { kind: "rule", key: "office.errors.supplementOnce" } });
  });

  it("a supplement request stops the clock and the resubmission restarts it, moving the due date by the pause", () => {
    const received = fromLocal("2026-03-02", "09:00");
    const s0 = state({ status: "IN_PROCESSING", step: "EXAMINING", assigneeId: SPECIALIST, receivedAt: received, dueAt: fromLocal("2026-03-05", "09:00") });
    const stop = decide(s0, "requestSupplement", actor("SPECIALIST"), parsed("requestSupplement"), ctx({ now: fromLocal("2026-03-03", "09:00") }));
    if (!stop.ok) throw new Error("refused");
    expect(stop.to).toBe("SUPPLEMENT_REQUESTED");
    expect(stop.patch.dueAt).toBeNull();
    const s1: DossierState = { ...s0, ...stop.patch };
    const citizen: Actor = { userId: "00000000-0000-4000-8000-0000000000c1", role: "CITIZEN", agencyId: null };
    const back = decide(s1, "resubmitSupplement", citizen, parsed("resubmitSupplement"), ctx({ now: fromLocal("2026-03-06", "09:00") }));
    if (!back.ok) throw new Error("refused");
    expect(back.to).toBe("IN_PROCESSING");
    expect(back.patch.pauses).toHaveLength(1);
    // 3 working days of pause (Tue 09:00 → Fri 09:00): due Thu 09:00 → next Tue... Wed 09:00 + 3 days
    expect(back.patch.dueAt).toEqual(fromLocal("2026-03-10", "09:00"));
    expect(back.data.pausedWorkingMinutes).toBe(3 * 8 * 60);
  });

  it("only the assigned specialist proposes a result", () => {
    const s = stateFor("IN_PROCESSING", "EXAMINING");
    const other = decide(s, "propose", actor("SPECIALIST", OTHER_SPECIALIST), parsed("propose"), ctx());
    expect(other).toEqual({ ok: false, refusal: { kind: "forbidden", key: "office.errors.notAssignee" } });
  });

  it("assigns only an active specialist of the dossier's current agency", () => {
    const s = stateFor("RECEIVED", null);
    for (const assignee of [
      null,
      { id: SPECIALIST, role: "SPECIALIST" as const, agencyId: B, active: true },
      { id: SPECIALIST, role: "RECEPTION" as const, agencyId: A, active: true },
      { id: SPECIALIST, role: "SPECIALIST" as const, agencyId: A, active: false },
    ]) {
      const r = decide(s, "assign", actor("LEADER"), parsed("assign"), ctx({ assignee }));
      expect(r).toEqual({ ok: false, refusal: { kind: "rule", key: "office.errors.assigneeNotEligible" } });
    }
  });

  it("the leader's approval finishes processing and sends the result back to the receiving desk", () => {
    const s = { ...stateFor("IN_PROCESSING", "PROPOSED"), currentAgencyId: B, routeIndex: 1, routeLength: 2 };
    const r = decide(s, "approve", actor("LEADER"), parsed("approve"), ctx());
    if (!r.ok) throw new Error("refused");
    expect(r.to).toBe("PROCESSED");
    expect(r.patch.currentAgencyId).toBe(A);
    expect(r.patch.assigneeId).toBeNull();
  });

  it("an inter-agency dossier is approved for its leg, then handed to the next agency with its share of time", () => {
    const s = { ...stateFor("IN_PROCESSING", "PROPOSED"), routeLength: 2 };
    const r = decide(s, "approve", actor("LEADER"), parsed("approve"), ctx());
    if (!r.ok) throw new Error("refused");
    expect(r.to).toBe("IN_PROCESSING");
    expect(r.patch.step).toBe("APPROVED");
    expect(r.notify).toBe(false);
    const t = decide({ ...s, ...r.patch }, "transfer", actor("RECEPTION"), parsed("transfer"), ctx());
    if (!t.ok) throw new Error("refused");
    expect(t.patch).toMatchObject({ currentAgencyId: B, routeIndex: 1, step: "AWAITING_ASSIGNMENT", assigneeId: null });
    expect(t.patch.stageDueAt).toEqual(fromLocal("2026-03-04", "09:00"));
  });

  it("the leader sends a proposal back with a reason", () => {
    const r = decide(stateFor("IN_PROCESSING", "PROPOSED"), "sendBack", actor("LEADER"), parsed("sendBack"), ctx());
    expect(r.ok && r.patch.step).toBe("EXAMINING");
    expect(r.ok && r.reason).toBe("Cần xác minh thêm");
  });

  it("an extension promises a later working day and keeps the legal due date", () => {
    const s = stateFor("IN_PROCESSING", "EXAMINING");
    const r = decide(s, "apologize", actor("LEADER"), parsed("apologize"), ctx());
    if (!r.ok) throw new Error("refused");
    expect(r.patch.extendedDueAt).toEqual(fromLocal("2026-03-20", "17:00"));
    expect(r.patch.dueAt).toBeUndefined();
    expect(r.documents).toEqual(["apology"]);
    const weekend = decide(s, "apologize", actor("LEADER"), { reason: "Cần xác minh", newDueDate: "2026-03-21" } as never, ctx());
    expect(weekend).toEqual({ ok: false, refusal: { kind: "rule", key: "office.errors.newDateNotWorkingDay" } });
    const earlier = decide(s, "apologize", actor("LEADER"), { reason: "Cần xác minh", newDueDate: "2026-03-03" } as never, ctx());
    expect(earlier).toEqual({ ok: false, refusal: { kind: "rule", key: "office.errors.newDateNotLater" } });
  });

  it("returning the result finishes the dossier; online needs the result file", () => {
    const s = stateFor("PROCESSED", null);
    const r = decide(s, "returnResult", actor("RECEPTION"), parsed("returnResult"), ctx());
    expect(r.ok && r.patch.finishedAt).toBeInstanceOf(Date);
    const noFile = decide(s, "returnResult", actor("RECEPTION"), parsed("returnResult"), ctx({ resultFileFound: false }));
    expect(noFile).toEqual({ ok: false, refusal: { kind: "rule", key: "office.errors.fileNotFound" } });
  });

  it("lists only the actions this officer can take", () => {
    const s = stateFor("IN_PROCESSING", "EXAMINING");
    expect(availableActions(s, actor("SPECIALIST"), ACTIONS)).toEqual(["requestSupplement", "propose", "requestFinancialObligation"]);
    expect(availableActions(s, actor("SPECIALIST", OTHER_SPECIALIST), ACTIONS)).toEqual([]);
    expect(availableActions(s, actor("LEADER"), ACTIONS)).toEqual(["requestSupplement", "reassign", "requestFinancialObligation", "stop", "apologize"]);
  });
});

describe("properties", () => {
  const officerRoles: Role[] = ["RECEPTION", "SPECIALIST", "LEADER", "CITIZEN"];
  it("any sequence of actions keeps the dossier consistent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ACTIONS), fc.constantFrom(...officerRoles), fc.integer({ min: 0, max: 60 * 24 * 20 })), { maxLength: 40 }),
        (steps) => {
          let s = state({ routeLength: 2 });
          let now = fromLocal("2026-03-02", "08:00");
          for (const [action, role, minutes] of steps) {
            now = new Date(now.getTime() + minutes * 60_000);
            const c = ctx({ now, assignee: { id: action === "reassign" && s.assigneeId === SPECIALIST ? OTHER_SPECIALIST : SPECIALIST, role: "SPECIALIST", agencyId: s.currentAgencyId, active: true } });
            const assigned = s.assigneeId ?? SPECIALIST;
            const input = action === "apologize" ? { reason: "Cần xác minh", newDueDate: "2027-12-31" } : parsed(action);
            const r = decide(s, action, actor(role, role === "SPECIALIST" ? assigned : undefined), input as never, c);
            if (!r.ok) continue;
            const before = s;
            s = { ...s, ...r.patch };
            // Nothing happens after the end; the clock is stopped exactly in the waiting statuses.
            expect(isFinal(before.status)).toBe(false);
            if (isFinal(s.status)) expect(s.finishedAt).not.toBeNull();
            if (s.receivedAt && !isFinal(s.status)) expect(s.pausedAt !== null).toBe(["SUPPLEMENT_REQUESTED", "FINANCIAL_OBLIGATION_REQUESTED", "WITHDRAWAL_REQUESTED"].includes(s.status));
            if (s.status === "IN_PROCESSING") expect(s.step).not.toBeNull();
            if (s.dueAt && !s.pausedAt) expect(calendar.isWorkingTime(new Date(s.dueAt.getTime() - 1))).toBe(true);
            expect(s.supplementCount).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
