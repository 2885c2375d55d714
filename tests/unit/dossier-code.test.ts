import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDossierCode, isDossierCode, parseDossierCode, vietnamDay } from "../../lib/domain/dossier-code";

describe("dossier codes", () => {
  it("uses the official format with the day in Vietnam", () => {
    expect(formatDossierCode("000.00.12.H23", new Date("2025-11-26T03:00:00Z"), 7)).toBe("000.00.12.H23-251126-0007");
    // 18:30 UTC is already the next day in Vietnam.
    expect(formatDossierCode("000.01.30.H42", new Date("2025-11-26T18:30:00Z"), 1)).toBe("000.01.30.H42-251127-0001");
    expect(vietnamDay(new Date("2025-12-31T16:59:59Z"))).toBe("2025-12-31");
    expect(vietnamDay(new Date("2025-12-31T17:00:00Z"))).toBe("2026-01-01");
  });

  it("grows beyond four digits instead of repeating", () => {
    expect(formatDossierCode("X1", new Date("2026-01-02T03:00:00Z"), 12345)).toBe("X1-260102-12345");
  });

  it("refuses bad parts", () => {
    expect(() => formatDossierCode("bad code", new Date(), 1)).toThrow();
    expect(() => formatDossierCode("X1", new Date(), 0)).toThrow();
    expect(() => formatDossierCode("X1", new Date(), 1.5)).toThrow();
  });

  it("parses what it formats and rejects impossible dates", () => {
    expect(parseDossierCode("000.00.12.H23-251126-0007")).toEqual({ agencyCode: "000.00.12.H23", day: "2025-11-26", sequence: 7 });
    expect(isDossierCode("000.00.12.H23-251131-0007")).toBe(false);
    expect(isDossierCode("000.00.12.H23-251126-007")).toBe(false);
    expect(isDossierCode("000.00.12.H23-251126-0000")).toBe(false);
  });

  it("property: distinct (agency, day, sequence) give distinct codes that parse back", () => {
    const agency = fc.constantFrom("000.01.30.H42", "000.00.12.H42", "001.01.30.H42");
    const instant = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-30T00:00:00Z"), noInvalidDate: true });
    fc.assert(
      fc.property(agency, instant, fc.integer({ min: 1, max: 200_000 }), (a, d, n) => {
        const code = formatDossierCode(a, d, n);
        expect(parseDossierCode(code)).toEqual({ agencyCode: a, day: vietnamDay(d), sequence: n });
      }),
    );
    const codes = new Set<string>();
    for (let n = 1; n <= 20_000; n++) codes.add(formatDossierCode("X1", new Date("2026-03-02T02:00:00Z"), n));
    expect(codes.size).toBe(20_000);
  });
});
