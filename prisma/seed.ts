/**
 * Demo data: a province under the two-level model, its catalog of procedures, the work calendar,
 * the search dictionary and demo accounts. Idempotent: running it again changes nothing that exists.
 */
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { agencies } from "./seed-data/agencies";
import { fields } from "./seed-data/fields";
import { lifeEvents } from "./seed-data/life-events";
import { procedures } from "./seed-data/procedures";
import { demoUsers, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./seed-data/users";
import { seal } from "@/lib/server/auth/secret";
import { seedDemoDossiers } from "./seed-dossiers";
import { formSchemaFor } from "./seed-data/forms";
import { parseFormSchema } from "@/lib/domain/forms/schema";
import { defaultCalendarEntries } from "@/lib/domain/calendar";
import { defaultSynonyms } from "@/lib/domain/search";
import { reindexCatalog } from "@/lib/server/catalog/reindex";
import { catalogVersionFields } from "@/lib/server/admin/catalog-transfer";

export { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoUsers };

export interface SeedSummary {
  agencies: number;
  procedures: number;
  users: number;
  /** A demo dossier to try tracking with (PIN: DEMO_TRACKING_PIN). */
  demoDossierCode: string | null;
}

async function seedAgencies(prisma: PrismaClient): Promise<Map<string, { id: string; path: string; kind: string }>> {
  const byCode = new Map<string, { id: string; path: string; kind: string }>();
  // Parents before children: repeat until every agency is placed.
  const pending = [...agencies];
  while (pending.length > 0) {
    const before = pending.length;
    for (let i = 0; i < pending.length; i++) {
      const a = pending[i]!;
      const parent = a.parentCode ? byCode.get(a.parentCode) : undefined;
      if (a.parentCode && !parent) continue;
      const existing = await prisma.agency.findUnique({ where: { code: a.code } });
      const row =
        existing ??
        (await prisma.agency.create({
          data: {
            code: a.code,
            name: a.name,
            nameEn: a.nameEn,
            kind: a.kind,
            parentId: parent?.id ?? null,
            path: "",
            address: a.address,
            phone: a.phone,
            email: a.email,
          },
        }));
      const pathValue = `${parent?.path ?? "/"}${row.id}/`;
      if (row.path !== pathValue) await prisma.agency.update({ where: { id: row.id }, data: { path: pathValue } });
      byCode.set(a.code, { id: row.id, path: pathValue, kind: a.kind });
      pending.splice(i, 1);
      i--;
    }
    if (pending.length === before) throw new Error(`Agencies with unknown parents: ${pending.map((a) => a.code).join(", ")}`);
  }
  return byCode;
}

async function seedCatalog(prisma: PrismaClient, agencyByCode: Map<string, { id: string; kind: string }>): Promise<void> {
  const fieldIds = new Map<string, string>();
  for (const f of fields) {
    const row = await prisma.field.upsert({
      where: { code: f.code },
      create: { code: f.code, name: f.name, nameEn: f.nameEn },
      update: {},
    });
    fieldIds.set(f.code, row.id);
  }
  const lifeEventIds = new Map<string, string>();
  for (const e of lifeEvents) {
    const row = await prisma.lifeEvent.upsert({
      where: { code: e.code },
      create: { code: e.code, name: e.name, nameEn: e.nameEn, description: e.description },
      update: {},
    });
    lifeEventIds.set(e.code, row.id);
  }
  const communes = [...agencyByCode.values()].filter((a) => a.kind === "COMMUNE").map((a) => a.id);

  for (const p of procedures) {
    const existing = await prisma.procedure.findUnique({ where: { code: p.code } });
    if (existing?.currentVersionId) continue;
    const fieldId = fieldIds.get(p.fieldCode);
    if (!fieldId) throw new Error(`Procedure ${p.code}: unknown field ${p.fieldCode}`);
    const implementing =
      p.implementingAgencyCodes.length > 0
        ? p.implementingAgencyCodes.map((code) => {
            const agency = agencyByCode.get(code);
            if (!agency) throw new Error(`Procedure ${p.code}: unknown agency ${code}`);
            return agency.id;
          })
        : p.level === "COMMUNE"
          ? communes
          : [];
    const deciding = p.decidingAgencyCode ? agencyByCode.get(p.decidingAgencyCode)?.id : undefined;
    await prisma.$transaction(async (tx) => {
      const procedure = existing ?? (await tx.procedure.create({ data: { code: p.code, fieldId } }));
      // The version is written as a draft with all its parts, then published (and so frozen).
      const version = await tx.procedureVersion.create({
        data: {
          procedureId: procedure.id,
          version: 1,
          status: "DRAFT",
          ...catalogVersionFields(p),
          formSchema: parseFormSchema(formSchemaFor(p.code)) as unknown as Prisma.InputJsonValue,
          components: {
            create: p.components.map((c, position) => ({
              position,
              name: c.name,
              form: c.form,
              count: c.count,
              required: c.required,
              templateName: c.templateName ?? null,
              note: c.note ?? "",
            })),
          },
          lifeEvents: {
            create: p.lifeEventCodes.map((code) => {
              const lifeEventId = lifeEventIds.get(code);
              if (!lifeEventId) throw new Error(`Procedure ${p.code}: unknown life event ${code}`);
              return { lifeEventId };
            }),
          },
          agencies: {
            create: [
              ...implementing.map((agencyId) => ({ agencyId, role: "IMPLEMENTING" as const })),
              ...(deciding ? [{ agencyId: deciding, role: "DECIDING" as const }] : []),
            ],
          },
        },
      });
      await tx.procedureVersion.update({
        where: { id: version.id },
        data: { status: "PUBLISHED", publishedAt: new Date(`${p.publishedOn}T08:00:00+07:00`) },
      });
      await tx.procedure.update({ where: { id: procedure.id }, data: { currentVersionId: version.id } });
    });
  }
}

async function seedCalendar(prisma: PrismaClient): Promise<void> {
  for (const year of [2025, 2026, 2027]) {
    for (const entry of defaultCalendarEntries(year)) {
      const date = new Date(`${entry.date}T00:00:00Z`);
      await prisma.calendarDay.upsert({
        where: { date },
        create: { date, kind: entry.kind, name: entry.name, nameEn: entry.nameEn },
        update: {},
      });
    }
  }
}

async function seedSynonyms(prisma: PrismaClient): Promise<void> {
  for (const s of defaultSynonyms) {
    await prisma.searchSynonym.upsert({
      where: { term: s.term },
      create: { term: s.term, expansions: s.expansions },
      update: {},
    });
  }
}

async function seedUsers(prisma: PrismaClient, agencyByCode: Map<string, { id: string }>): Promise<number> {
  const passwordHash = await hash(DEMO_PASSWORD);
  for (const u of demoUsers(agencies)) {
    const agencyId = u.agencyCode ? agencyByCode.get(u.agencyCode)?.id : null;
    await prisma.user.upsert({
      where: { email: u.email },
      create: {
        email: u.email,
        phone: u.phone,
        fullName: u.fullName,
        role: u.role,
        agencyId: agencyId ?? null,
        passwordHash,
        emailVerifiedAt: new Date(),
        citizenId: u.citizenId ?? null,
        dateOfBirth: u.dateOfBirth ? new Date(`${u.dateOfBirth}T00:00:00Z`) : null,
        address: u.address ?? "",
        provinceName: u.provinceName ?? "",
        communeName: u.communeName ?? "",
      },
      update: {},
    });
    if (u.role !== "CITIZEN") {
      // Staff sign in with a second factor; the demo ones share one known authenticator secret.
      const user = await prisma.user.findUniqueOrThrow({ where: { email: u.email }, select: { id: true } });
      await prisma.secondFactor.upsert({
        where: { userId: user.id },
        create: { userId: user.id, secretSealed: seal(DEMO_TOTP_SECRET), enabledAt: new Date() },
        update: {},
      });
    }
  }
  return demoUsers(agencies).length;
}

export async function seed(prisma: PrismaClient): Promise<SeedSummary> {
  const agencyByCode = await seedAgencies(prisma);
  await seedCatalog(prisma, agencyByCode);
  await seedCalendar(prisma);
  await seedSynonyms(prisma);
  const users = await seedUsers(prisma, agencyByCode);
  await reindexCatalog(prisma);
  const demo = await seedDemoDossiers(prisma);
  return { agencies: agencyByCode.size, procedures: procedures.length, users, demoDossierCode: demo.firstCode };
}
