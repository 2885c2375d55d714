import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyFinished, classifyOpen, emptyFigures, isDissatisfied, percent, rates, scorecard, sipas, splitPeriod, vnDate } from "../../lib/domain/statistics";

const at = (s: string) => new Date(s);

describe("counting finished dossiers", () => {
  const due = at("2026-03-10T10:00:00+07:00");
  it.each([
    ["a day before the due day", "2026-03-09T16:00:00+07:00", false, "EARLY"],
    ["on the due day, before the due hour", "2026-03-10T08:00:00+07:00", false, "ON_TIME"],
    ["exactly at the due instant", "2026-03-10T10:00:00+07:00", false, "ON_TIME"],
    ["a minute after", "2026-03-10T10:01:00+07:00", false, "LATE"],
    ["early but with an apology and extension", "2026-03-05T09:00:00+07:00", true, "LATE"],
    ["late midnight UTC boundary: 23:30 in Vietnam is still that day", "2026-03-09T23:30:00+07:00", false, "EARLY"],
  ] as const)("%s", (_label, resolved, extended, expected) => {
    expect(classifyFinished({ dueAt: due, resolvedAt: at(resolved), extended })).toBe(expected);
  });

  it("uses Vietnam's date, not UTC's", () => {
    expect(vnDate(at("2026-03-09T18:00:00Z"))).toBe("2026-03-10");
  });

  it("never calls a dossier finished after its due instant anything but late", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2025, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true }), fc.integer({ min: 1, max: 10_000_000 }), (dueAt, ms) => {
        expect(classifyFinished({ dueAt, resolvedAt: new Date(dueAt.getTime() + ms), extended: false })).toBe("LATE");
      }),
    );
  });
});

describe("counting open dossiers", () => {
  it("is within the deadline until the due instant, and while the clock is stopped", () => {
    const now = at("2026-03-10T10:00:00+07:00");
    expect(classifyOpen({ dueAt: at("2026-03-10T10:00:00+07:00"), now })).toBe("WITHIN");
    expect(classifyOpen({ dueAt: at("2026-03-10T09:59:00+07:00"), now })).toBe("OVERDUE");
    expect(classifyOpen({ dueAt: null, now })).toBe("WITHIN");
  });
});

describe("rates and the service index", () => {
  it("divides only when there is something to divide", () => {
    expect(percent(1, 0)).toBeNull();
    expect(percent(1, 3)).toBe(33.3);
  });

  it("computes the shares from the figures", () => {
    const f = { ...emptyFigures(), receivedOnline: 30, receivedCounter: 10, finishedEarly: 5, finishedOnTime: 3, finishedLate: 2, rated: 4, ratedSatisfied: 3, resultsDigital: 5 };
    expect(rates(f)).toMatchObject({ received: 40, finished: 10, onlineShare: 75, onTimeRate: 80, satisfiedShare: 75 });
    const card = scorecard(f, { proceduresPublished: 70 });
    expect(card.find((l) => l.group === "progress")?.score).toBe(16);
    expect(card.find((l) => l.group === "online")?.score).toBe(16.5);
    expect(card.find((l) => l.group === "digitization")?.score).toBe(11);
    // 18 × mean(ratings not dissatisfied 4/4, resolved not late 8/10): no feedback, complaints not measured.
    expect(card.find((l) => l.group === "satisfaction")?.score).toBe(16.2);
    expect(card.reduce((s, l) => s + l.max, 0)).toBe(100);
  });

  it("gives publicity points in proportion to the procedures published in full, not full marks for one", () => {
    const publicity = (complete: number, published: number) =>
      scorecard(emptyFigures(), { proceduresPublished: published, proceduresComplete: complete }).find((l) => l.group === "publicity")!;
    expect(publicity(1, 70).score).toBe(0.3);
    expect(publicity(35, 70)).toMatchObject({ score: 9, inputs: { proceduresComplete: 35, proceduresPublished: 70 } });
    expect(publicity(70, 70).score).toBe(18);
    expect(publicity(0, 0).score).toBeNull();
  });

  it("counts dissatisfied ratings, complaints and late dossiers against satisfaction", () => {
    const f = { ...emptyFigures(), finishedOnTime: 8, finishedLate: 2, rated: 10, ratedSatisfied: 6, ratedDissatisfied: 2, feedbackAnswered: 4, feedbackAnsweredOnTime: 3 };
    const line = scorecard(f, { proceduresPublished: 1, complainedDossiers: 1 }).find((l) => l.group === "satisfaction")!;
    // 18 × mean(feedback on time 3/4, not dissatisfied 8/10, not complained 9/10, not late 8/10) = 18 × 0.8125
    expect(line.score).toBe(14.6);
    expect(line.inputs).toEqual({ feedbackOnTimePct: 75, notDissatisfiedPct: 80, notComplainedPct: 90, notLatePct: 80 });
    // More complaints lower it; a neutral rating (3 of 5) is not dissatisfied.
    expect(scorecard(f, { proceduresPublished: 1, complainedDossiers: 5 }).find((l) => l.group === "satisfaction")!.score).toBeLessThan(14.6);
    expect(isDissatisfied(3)).toBe(false);
    expect(isDissatisfied(2)).toBe(true);
  });

  it("reads SIPAS on all five factors, and its index as their mean", () => {
    const f = { ...emptyFigures(), rated: 10, satisfiedAccess: 9, satisfiedProcedure: 8, satisfiedOfficers: 10, satisfiedResult: 7, satisfiedFeedbackHandling: 6 };
    const s = sipas(f);
    expect(s.factors.map((x) => [x.factor, x.share])).toEqual([
      ["access", 90],
      ["procedure", 80],
      ["officers", 100],
      ["result", 70],
      ["feedbackHandling", 60],
    ]);
    expect(s.index).toBe(80);
    expect(sipas(emptyFigures()).index).toBeNull();
  });

  it("reads fees paid online and dossiers digitised into the store when there are any", () => {
    const f = { ...emptyFigures(), receivedOnline: 30, receivedCounter: 10, finishedEarly: 5, finishedOnTime: 3, finishedLate: 2, resultsDigital: 5 };
    const card = scorecard(f, { proceduresPublished: 70, payments: { paidOnline: 1, paid: 4 }, digitisedDossiers: 20 });
    const online = card.find((l) => l.group === "online")!;
    // 22 × mean(30/40, 1/4) = 22 × 0.5
    expect(online).toMatchObject({ score: 11, formulaKey: "formulaOnlinePayments", inputs: { online: 30, received: 40, paidOnline: 1, paid: 4 } });
    const digitization = card.find((l) => l.group === "digitization")!;
    // 22 × mean(5/10, 20/40) = 22 × 0.5
    expect(digitization).toMatchObject({ score: 11, formulaKey: "formulaDigitizationStore", inputs: { digitisedDossiers: 20, received: 40 } });
    // No fee paid in the period: the online group reads the dossiers alone.
    expect(scorecard(f, { proceduresPublished: 70, payments: { paidOnline: 0, paid: 0 } }).find((l) => l.group === "online")).toMatchObject({ score: 16.5, formulaKey: "formulaOnline" });
  });

  it("leaves a group unscored when nothing was measured", () => {
    const card = scorecard(emptyFigures(), { proceduresPublished: 0 });
    expect(card.every((l) => l.score === null)).toBe(true);
  });
});

describe("reading a period from monthly and daily aggregates", () => {
  it.each([
    ["whole months", "2026-01-01", "2026-03-31", { days: [], months: ["2026-01-01", "2026-03-01"] }],
    ["partial ends", "2026-01-15", "2026-03-10", { days: [["2026-01-15", "2026-01-31"], ["2026-03-01", "2026-03-10"]], months: ["2026-02-01", "2026-02-01"] }],
    ["within one month", "2026-02-03", "2026-02-20", { days: [["2026-02-03", "2026-02-20"]], months: null }],
    ["leap February to the end of it", "2028-02-10", "2028-02-29", { days: [["2028-02-10", "2028-02-29"]], months: null }],
    ["year boundary", "2025-12-31", "2026-01-31", { days: [["2025-12-31", "2025-12-31"]], months: ["2026-01-01", "2026-01-01"] }],
    ["one day", "2026-04-30", "2026-04-30", { days: [["2026-04-30", "2026-04-30"]], months: null }],
  ] as const)("%s", (_label, from, to, expected) => {
    expect(splitPeriod(from, to)).toEqual(expected);
  });

  it("covers every day of the period exactly once", () => {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 400 }), (offset, length) => {
        const start = new Date(Date.UTC(2025, 0, 1 + offset));
        const end = new Date(Date.UTC(2025, 0, 1 + offset + length));
        const { days, months } = splitPeriod(day(start), day(end));
        const covered: string[] = [];
        for (const [a, b] of days) for (let d = new Date(`${a}T00:00:00Z`); day(d) <= b; d.setUTCDate(d.getUTCDate() + 1)) covered.push(day(d));
        if (months) {
          for (let m = new Date(`${months[0]}T00:00:00Z`); day(m) <= months[1]; m.setUTCMonth(m.getUTCMonth() + 1)) {
            for (let d = new Date(m); d.getUTCMonth() === m.getUTCMonth(); d.setUTCDate(d.getUTCDate() + 1)) covered.push(day(d));
          }
        }
        covered.sort();
        const expected: string[] = [];
        for (let d = new Date(start); d <= end; d.setUTCDate(d.getUTCDate() + 1)) expected.push(day(d));
        expect(covered).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
