import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyFinished, classifyOpen, emptyFigures, percent, rates, scorecard, vnDate } from "../../lib/domain/statistics";

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
    expect(card.find((l) => l.group === "satisfaction")?.score).toBe(13.5);
    expect(card.reduce((s, l) => s + l.max, 0)).toBe(100);
  });

  it("leaves a group unscored when nothing was measured", () => {
    const card = scorecard(emptyFigures(), { proceduresPublished: 0 });
    expect(card.every((l) => l.score === null)).toBe(true);
  });
});
