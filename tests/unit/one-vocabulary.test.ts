/** One status vocabulary and one way of writing dates, wherever a citizen or an officer reads them. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatIsoDay } from "@/lib/domain/dates";
import { STATUSES } from "@/lib/domain/workflow";

const load = (locale: string, file: string) => JSON.parse(readFileSync(`messages/${locale}/${file}.json`, "utf8"));

describe("the status vocabulary", () => {
  for (const locale of ["vi", "en"]) {
    it(`names each status the same on the citizen's pages, the office pages and tracking (${locale})`, () => {
      const citizen = load(locale, "citizen").dossierStatus;
      const office = load(locale, "office").office.statuses;
      const tracking = load(locale, "public-service").tracking.statuses;
      for (const s of STATUSES) {
        expect(citizen[s], s).toBeTruthy();
        expect(office[s], s).toBe(citizen[s]);
        expect(tracking[s], s).toBe(citizen[s]);
      }
      // Two statuses never share a name.
      expect(new Set(STATUSES.map((s) => citizen[s])).size).toBe(STATUSES.length);
    });
  }
});

describe("dates", () => {
  it("are written dd/mm/yyyy in Vietnam's time, whatever the server's zone", () => {
    // 17:30 UTC on 31 December is already 1 January in Vietnam.
    expect(formatDate(new Date("2026-12-31T17:30:00Z"))).toBe("01/01/2027");
    expect(formatDateTime(new Date("2026-12-31T17:30:00Z"))).toBe("01/01/2027 00:30");
    expect(formatDateTime("2026-11-26T07:05:00Z")).toBe("26/11/2026 14:05");
    expect(formatIsoDay("2026-02-09")).toBe("09/02/2026");
  });
  it("show a dash when there is no date", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDateTime(undefined)).toBe("—");
    expect(formatDate("not a date")).toBe("—");
  });
});

describe("reasons the applicant reads", () => {
  it("are those of the steps they are told of; send-back and reassignment reasons stay inside the office", async () => {
    const { reasonIsForApplicant } = await import("@/lib/domain/workflow");
    expect(reasonIsForApplicant("refuse")).toBe(true);
    expect(reasonIsForApplicant("requestSupplement")).toBe(true);
    expect(reasonIsForApplicant("apologize")).toBe(true);
    expect(reasonIsForApplicant("sendBack")).toBe(false);
    expect(reasonIsForApplicant("reassign")).toBe(false);
    expect(reasonIsForApplicant("nonsense")).toBe(false);
  });
});
