import { describe, expect, it } from "vitest";
import { agencies } from "../../prisma/seed-data/agencies";
import { fields } from "../../prisma/seed-data/fields";
import { lifeEvents } from "../../prisma/seed-data/life-events";
import { procedures, requiredProcedureNames } from "../../prisma/seed-data/procedures";
import type { SeedAgency } from "../../prisma/seed-data/types";

const agencyByCode = new Map<string, SeedAgency>(agencies.map((a) => [a.code, a]));
const fieldCodes = new Set(fields.map((f) => f.code));
const lifeEventCodes = new Set(lifeEvents.map((l) => l.code));

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) dup.add(v);
    seen.add(v);
  }
  return [...dup];
}

describe("seed data: agencies", () => {
  it("has unique agency codes", () => {
    expect(duplicates(agencies.map((a) => a.code))).toEqual([]);
  });

  it("uses codes usable as a dossier-code prefix (A-Z, 0-9, dots; at most 20 characters)", () => {
    for (const a of agencies) {
      expect(a.code, a.name).toMatch(/^[A-Z0-9]+(\.[A-Z0-9]+)*$/);
      expect(a.code.length, a.code).toBeLessThanOrEqual(20);
      expect(`${a.code}-251126-0007`).toMatch(/^[A-Z0-9.]+-\d{6}-\d{4}$/);
    }
  });

  it("has exactly one root, the provincial People's Committee", () => {
    const roots = agencies.filter((a) => a.parentCode === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.kind).toBe("PROVINCE_COMMITTEE");
  });

  it("references existing parents and forms a tree without cycles", () => {
    for (const a of agencies) {
      if (a.parentCode !== null) expect(agencyByCode.has(a.parentCode), `${a.code} -> ${a.parentCode}`).toBe(true);
      const seen = new Set<string>();
      let cur: SeedAgency | undefined = a;
      while (cur && cur.parentCode !== null) {
        expect(seen.has(cur.code), `cycle at ${cur.code}`).toBe(false);
        seen.add(cur.code);
        cur = agencyByCode.get(cur.parentCode);
      }
    }
  });

  it("has at least 6 departments and a provincial service centre under the root", () => {
    const root = agencies.find((a) => a.parentCode === null)!;
    const children = agencies.filter((a) => a.parentCode === root.code);
    expect(children.filter((a) => a.kind === "DEPARTMENT").length).toBeGreaterThanOrEqual(6);
    expect(children.filter((a) => a.kind === "SERVICE_CENTER").length).toBeGreaterThanOrEqual(1);
  });

  it("has at least 10 communes, each with its own one-stop desk", () => {
    const root = agencies.find((a) => a.parentCode === null)!;
    const communes = agencies.filter((a) => a.kind === "COMMUNE");
    expect(communes.length).toBeGreaterThanOrEqual(10);
    for (const c of communes) {
      expect(c.parentCode).toBe(root.code);
      const desks = agencies.filter((a) => a.parentCode === c.code && a.kind === "SERVICE_CENTER");
      expect(desks.length, c.name).toBeGreaterThanOrEqual(1);
    }
  });

  it("has contact details with provincial .gov.vn e-mails", () => {
    for (const a of agencies) {
      expect(a.name.trim(), a.code).not.toBe("");
      expect(a.nameEn.trim(), a.code).not.toBe("");
      expect(a.address.trim(), a.code).not.toBe("");
      expect(a.phone, a.code).toMatch(/^0\d[\d ]{7,12}$/);
      expect(a.email, a.code).toMatch(/^[a-z0-9.]+@[a-z0-9.]+\.gov\.vn$/);
    }
  });
});

describe("seed data: fields and life events", () => {
  it("has at least 12 fields with unique codes and names", () => {
    expect(fields.length).toBeGreaterThanOrEqual(12);
    expect(duplicates(fields.map((f) => f.code))).toEqual([]);
    expect(duplicates(fields.map((f) => f.name))).toEqual([]);
    for (const f of fields) {
      expect(f.name.trim()).not.toBe("");
      expect(f.nameEn.trim()).not.toBe("");
    }
  });

  it("has life events with unique UPPER_SNAKE ASCII codes and descriptions", () => {
    expect(lifeEvents.length).toBeGreaterThanOrEqual(10);
    expect(duplicates(lifeEvents.map((l) => l.code))).toEqual([]);
    for (const l of lifeEvents) {
      expect(l.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(l.name.trim()).not.toBe("");
      expect(l.nameEn.trim()).not.toBe("");
      expect(l.description.trim()).not.toBe("");
    }
  });
});

describe("seed data: procedures", () => {
  it("has at least 60 procedures with unique codes and names", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(60);
    expect(duplicates(procedures.map((p) => p.code))).toEqual([]);
    expect(duplicates(procedures.map((p) => p.name))).toEqual([]);
    for (const p of procedures) expect(p.code, p.name).toMatch(/^\d\.\d{6}$/);
  });

  it("references existing fields, life events and agencies", () => {
    for (const p of procedures) {
      expect(fieldCodes.has(p.fieldCode), `${p.code} field ${p.fieldCode}`).toBe(true);
      for (const le of p.lifeEventCodes) expect(lifeEventCodes.has(le), `${p.code} life event ${le}`).toBe(true);
      if (p.decidingAgencyCode !== null) {
        expect(agencyByCode.has(p.decidingAgencyCode), `${p.code} deciding ${p.decidingAgencyCode}`).toBe(true);
      }
      for (const code of p.implementingAgencyCodes) {
        expect(agencyByCode.has(code), `${p.code} implementing ${code}`).toBe(true);
      }
      if (p.level === "PROVINCE") expect(p.decidingAgencyCode, `${p.code} needs a deciding agency`).not.toBeNull();
    }
  });

  it("has complete records", () => {
    for (const p of procedures) {
      const label = `${p.code} ${p.name}`;
      expect(p.steps.length, label).toBeGreaterThanOrEqual(1);
      for (const s of p.steps) expect(s.trim(), label).not.toBe("");
      expect(p.components.length, label).toBeGreaterThanOrEqual(1);
      for (const c of p.components) {
        expect(c.name.trim(), label).not.toBe("");
        expect(Number.isInteger(c.count) && c.count >= 1, label).toBe(true);
      }
      expect(p.components.some((c) => c.required), `${label} has a required component`).toBe(true);
      expect(p.numberOfSets, label).toBeGreaterThanOrEqual(1);
      expect(p.timeLimit, label).toBeGreaterThan(0);
      expect(p.timeLimitText.trim(), label).not.toBe("");
      expect(p.result.trim(), label).not.toBe("");
      expect(p.legalBasis.length, label).toBeGreaterThanOrEqual(1);
      for (const d of p.legalBasis) {
        expect(d.code.trim(), label).not.toBe("");
        expect(d.title.trim(), label).not.toBe("");
        if (d.issuedOn) expect(d.issuedOn, label).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(p.conditions.trim(), label).not.toBe("");
      expect(p.channels.length, label).toBeGreaterThanOrEqual(1);
      if (p.onlineLevel !== "NONE") expect(p.channels, label).toContain("ONLINE");
      for (const f of p.fees) {
        expect(f.name.trim(), label).not.toBe("");
        expect(Number.isInteger(f.amount) && f.amount >= 0, label).toBe(true);
      }
      expect(p.publishedBy, label).toMatch(/^Quyết định số \d+\/QĐ-UBND ngày \d{2}\/\d{2}\/\d{4}/);
      expect(p.publishedOn >= "2025-07-01" && p.publishedOn <= "2026-10-01", label).toBe(true);
    }
  });

  it("mixes levels, audiences and online levels", () => {
    expect(new Set(procedures.map((p) => p.level))).toEqual(new Set(["PROVINCE", "COMMUNE"]));
    expect(new Set(procedures.map((p) => p.audience))).toEqual(new Set(["CITIZEN", "BUSINESS", "BOTH"]));
    expect(new Set(procedures.map((p) => p.onlineLevel))).toEqual(new Set(["FULL", "PARTIAL", "NONE"]));
    expect(procedures.some((p) => p.locationIndependent)).toBe(true);
  });

  it("includes every required procedure by exact name", () => {
    expect(requiredProcedureNames).toHaveLength(28);
    const names = new Set(procedures.map((p) => p.name));
    const missing = requiredProcedureNames.filter((n) => !names.has(n));
    expect(missing).toEqual([]);
  });

  it("gives inter-agency procedures a valid route", () => {
    const routed = procedures.filter((p) => p.route);
    expect(routed.map((p) => p.name).sort()).toEqual(
      requiredProcedureNames.filter((n) => n.startsWith("Liên thông")).sort(),
    );
    for (const p of routed) {
      const route = p.route!;
      expect(route.length, p.code).toBeGreaterThanOrEqual(2);
      for (const stage of route) {
        expect(stage.description.trim()).not.toBe("");
        expect(stage.timeLimit).toBeGreaterThan(0);
        if (stage.agencyCode) {
          const agency = agencyByCode.get(stage.agencyCode);
          expect(agency, stage.agencyCode).toBeDefined();
          expect(agency?.kind).toBe(stage.agencyKind);
        } else {
          // Resolved by level: at least one agency of that kind must exist.
          expect(agencies.some((a) => a.kind === stage.agencyKind), stage.agencyKind).toBe(true);
        }
      }
      if (route.every((s) => s.timeUnit === p.timeUnit)) {
        expect(route.reduce((sum, s) => sum + s.timeLimit, 0), p.code).toBe(p.timeLimit);
      }
    }
  });
});

describe("seed data: text", () => {
  it("is NFC-normalized", () => {
    const all = JSON.stringify({ agencies, fields, lifeEvents, procedures });
    expect(all === all.normalize("NFC")).toBe(true);
  });
});
