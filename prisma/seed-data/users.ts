/** Demo accounts. Every one of them signs in with DEMO_PASSWORD. */
import type { SeedAgency } from "./types";

export const DEMO_PASSWORD = "MotCua@2026";
/**
 * The demo staff accounts' authenticator secret (base32, TOTP SHA-1 / 6 digits / 30 s): add it to
 * an authenticator app to sign in as an officer. Demo data only; real accounts enrol their own.
 */
export const DEMO_TOTP_SECRET = "MOTCUADEMOTOTPSECRETONLYFORDEMO2";

export type DemoRole = "CITIZEN" | "RECEPTION" | "SPECIALIST" | "LEADER" | "ADMIN";

export interface DemoUser {
  email: string;
  phone: string;
  fullName: string;
  role: DemoRole;
  agencyCode: string | null;
  citizenId?: string;
  dateOfBirth?: string;
  address?: string;
  provinceName?: string;
  communeName?: string;
  /** Shown by `npm run demo`. */
  description: string;
}

function firstOfKind(agencies: SeedAgency[], kind: SeedAgency["kind"], prefer?: RegExp): SeedAgency {
  const ofKind = agencies.filter((a) => a.kind === kind);
  const found = (prefer && ofKind.find((a) => prefer.test(a.name))) ?? ofKind[0];
  if (!found) throw new Error(`The demo data has no agency of kind ${kind}`);
  return found;
}

export function demoUsers(agencies: SeedAgency[]): DemoUser[] {
  const root = agencies.find((a) => a.parentCode === null);
  const commune = firstOfKind(agencies, "COMMUNE");
  const department = firstOfKind(agencies, "DEPARTMENT", /Tư pháp/);
  const provinceName = root?.name.replace(/^Ủy ban nhân dân\s+/i, "") ?? "";
  const officers: Array<[SeedAgency, string, string]> = [
    [commune, "xa", commune.name],
    [department, "so", department.name],
  ];
  const names: Record<Exclude<DemoRole, "CITIZEN" | "ADMIN">, [string, string]> = {
    RECEPTION: ["tiepnhan", "Cán bộ tiếp nhận"],
    SPECIALIST: ["chuyenvien", "Chuyên viên xử lý"],
    LEADER: ["lanhdao", "Lãnh đạo"],
  };
  const people: Record<string, string[]> = {
    xa: ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Tuấn"],
    so: ["Phạm Thu Hà", "Đỗ Quang Huy", "Vũ Thị Mai"],
  };
  const users: DemoUser[] = [
    {
      email: "congdan@motcua.test",
      phone: "0912345678",
      fullName: "Nguyễn Văn An",
      role: "CITIZEN",
      agencyCode: null,
      citizenId: "001090012345",
      dateOfBirth: "1990-05-14",
      address: "Số 12, đường Lê Lợi",
      provinceName,
      communeName: commune.name.replace(/^Ủy ban nhân dân\s+/i, ""),
      description: "Công dân / Citizen",
    },
    {
      email: "quantri@motcua.test",
      phone: "0900000001",
      fullName: "Quản trị hệ thống",
      role: "ADMIN",
      agencyCode: root?.code ?? null,
      description: "Quản trị / Administrator",
    },
  ];
  let n = 2;
  for (const [agency, prefix, agencyName] of officers) {
    (["RECEPTION", "SPECIALIST", "LEADER"] as const).forEach((role, i) => {
      const [local, title] = names[role];
      users.push({
        email: `${local}.${prefix}@motcua.test`,
        phone: `09000000${String(++n).padStart(2, "0")}`,
        fullName: people[prefix]![i]!,
        role,
        agencyCode: agency.code,
        description: `${title} — ${agencyName}`,
      });
    });
  }
  return users;
}
