/**
 * Shapes of the demo data. The seed script (prisma/seed.ts) maps these onto the database.
 * Everything here is plain data: no I/O, no Prisma.
 */

export type AgencyKind =
  | "PROVINCE_COMMITTEE" // Ủy ban nhân dân tỉnh
  | "DEPARTMENT" // Sở, ban, ngành
  | "COMMUNE" // Ủy ban nhân dân xã / phường / đặc khu
  | "SERVICE_CENTER" // Trung tâm phục vụ hành chính công (one-stop desk)
  | "POLICE" // Công an (province or commune level)
  | "SOCIAL_INSURANCE"; // Bảo hiểm xã hội

export interface SeedAgency {
  /** Official agency code, e.g. "000.00.12.H23" (the prefix of dossier codes). Unique. */
  code: string;
  name: string;
  /** English name shown when the interface is in English. */
  nameEn: string;
  kind: AgencyKind;
  /** Code of the parent agency; null for the province's People's Committee (root). */
  parentCode: string | null;
  address: string;
  phone: string;
  email: string;
}

export interface SeedField {
  code: string; // e.g. "HT" (Hộ tịch)
  name: string; // Vietnamese
  nameEn: string;
}

export interface SeedLifeEvent {
  code: string; // e.g. "KHAI_SINH"
  name: string; // Vietnamese, as on the national portal
  nameEn: string;
  description: string;
}

export type Level = "PROVINCE" | "COMMUNE";
export type Audience = "CITIZEN" | "BUSINESS" | "BOTH";
/** FULL = dịch vụ công trực tuyến toàn trình; PARTIAL = một phần; NONE = counter only. */
export type OnlineLevel = "FULL" | "PARTIAL" | "NONE";
export type Channel = "COUNTER" | "ONLINE" | "POST";
export type TimeUnit = "WORKING_DAY" | "WORKING_HOUR" | "SAME_DAY" | "CALENDAR_DAY";
export type DocumentForm = "ORIGINAL" | "COPY" | "CERTIFIED_COPY" | "ORIGINAL_OR_COPY" | "PRESENT_ORIGINAL";

export interface SeedComponent {
  name: string;
  form: DocumentForm;
  count: number;
  required: boolean;
  /** File name of a downloadable form template (tờ khai), when the law prescribes one. */
  templateName?: string;
  note?: string;
}

export interface SeedFee {
  name: string; // e.g. "Lệ phí đăng ký kết hôn"
  /** Amount in VND; 0 when exempt. */
  amount: number;
  note?: string; // e.g. "Miễn lệ phí khi đăng ký đúng hạn"
  legalBasis?: string;
}

export interface SeedLegalDoc {
  code: string; // e.g. "60/2014/QH13"
  title: string; // e.g. "Luật Hộ tịch"
  issuedOn?: string; // YYYY-MM-DD
  issuer?: string;
}

/** One agency's leg of an inter-agency (liên thông) procedure, in order. */
export interface SeedRouteStage {
  /** Which kind of agency handles this leg, at the dossier's level. */
  agencyKind: AgencyKind;
  /** Agency code when a fixed agency handles it (e.g. the provincial department); otherwise resolved by level. */
  agencyCode?: string;
  description: string;
  timeLimit: number;
  timeUnit: TimeUnit;
}

export interface SeedProcedure {
  /** National catalog code (mã thủ tục), e.g. "1.001193". Unique. */
  code: string;
  name: string;
  fieldCode: string;
  lifeEventCodes: string[];
  level: Level;
  audience: Audience;
  onlineLevel: OnlineLevel;
  channels: Channel[];
  /** Code of the agency with authority to decide; for commune-level procedures, null = each commune. */
  decidingAgencyCode: string | null;
  /** Codes of implementing agencies; for commune-level procedures, empty = every commune. */
  implementingAgencyCodes: string[];
  conditions: string;
  steps: string[];
  components: SeedComponent[];
  numberOfSets: number;
  timeLimit: number;
  timeUnit: TimeUnit;
  /** The time limit as the catalog states it, e.g. "Ngay trong ngày tiếp nhận; trường hợp ... không quá 03 ngày làm việc". */
  timeLimitText: string;
  fees: SeedFee[];
  result: string;
  legalBasis: SeedLegalDoc[];
  /** May be filed at any desk of the province regardless of residence. */
  locationIndependent: boolean;
  /** Decision that published it (quyết định công bố), e.g. "Quyết định số 1234/QĐ-UBND ngày 01/07/2025". */
  publishedBy: string;
  publishedOn: string; // YYYY-MM-DD
  /** Inter-agency route; absent for ordinary procedures. */
  route?: SeedRouteStage[];
}
