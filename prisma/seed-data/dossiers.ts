/**
 * Demo dossiers of the demo citizen at the demo commune ("commune") and department ("department").
 * Dates are fixed (2026) for finished dossiers, relative to the seeding time for open ones.
 */

/** Every demo dossier opens with this tracking PIN (demo data only). */
export const DEMO_TRACKING_PIN = "246810";

type When = string | { hoursFromNow: number } | null;

export interface DemoDossier {
  agency: "commune" | "department";
  procedureName: string;
  channel: "ONLINE" | "COUNTER" | "POST";
  status: "NEW" | "IN_PROCESSING" | "PROCESSED" | "RESULT_RETURNED";
  submittedAt: When;
  receivedAt: When;
  dueAt: When;
  processedAt?: When;
  returnedAt?: When;
  extendedDueAt?: When;
  apologyReason?: string;
  /** Overall (and every factor's) score the applicant gave, when rated. */
  rating?: number;
  answers: Record<string, unknown>;
}

const birth = { purpose: "Đăng ký khai sinh cho con" };

export const demoDossiers: DemoDossier[] = [
  // Finished early (result ready the day after receipt; due three working days later).
  {
    agency: "commune",
    procedureName: "Đăng ký khai sinh",
    channel: "ONLINE",
    status: "RESULT_RETURNED",
    submittedAt: "2026-09-06T20:15:00+07:00",
    receivedAt: "2026-09-07T08:30:00+07:00",
    dueAt: "2026-09-10T08:30:00+07:00",
    processedAt: "2026-09-08T15:00:00+07:00",
    returnedAt: "2026-09-09T09:00:00+07:00",
    rating: 5,
    answers: birth,
  },
  // Finished on the due day, before the due hour.
  {
    agency: "commune",
    procedureName: "Đăng ký khai sinh",
    channel: "COUNTER",
    status: "RESULT_RETURNED",
    submittedAt: "2026-09-07T09:00:00+07:00",
    receivedAt: "2026-09-07T09:00:00+07:00",
    dueAt: "2026-09-10T09:00:00+07:00",
    processedAt: "2026-09-10T08:00:00+07:00",
    returnedAt: "2026-09-10T10:00:00+07:00",
    rating: 4,
    answers: birth,
  },
  // Same-day certification, on time.
  {
    agency: "commune",
    procedureName: "Chứng thực bản sao từ bản chính",
    channel: "COUNTER",
    status: "RESULT_RETURNED",
    submittedAt: "2026-10-05T08:00:00+07:00",
    receivedAt: "2026-10-05T08:00:00+07:00",
    dueAt: "2026-10-05T17:00:00+07:00",
    processedAt: "2026-10-05T16:00:00+07:00",
    returnedAt: "2026-10-05T16:30:00+07:00",
    rating: 2,
    answers: { purpose: "Chứng thực bản sao giấy khai sinh" },
  },
  // Late: needed an apology and a new date; counts as late although it met the new date.
  {
    agency: "commune",
    procedureName: "Đăng ký kết hôn",
    channel: "ONLINE",
    status: "RESULT_RETURNED",
    submittedAt: "2026-10-11T21:00:00+07:00",
    receivedAt: "2026-10-12T08:00:00+07:00",
    dueAt: "2026-10-15T17:00:00+07:00",
    extendedDueAt: "2026-10-20T17:00:00+07:00",
    apologyReason: "Cần xác minh thông tin cư trú của một bên tại xã khác.",
    processedAt: "2026-10-19T10:00:00+07:00",
    returnedAt: "2026-10-20T09:00:00+07:00",
    answers: { purpose: "Đăng ký kết hôn" },
  },
  // Department: early; not rated yet, so the demo citizen can rate it.
  {
    agency: "department",
    procedureName: "Cấp Phiếu lý lịch tư pháp",
    channel: "ONLINE",
    status: "RESULT_RETURNED",
    submittedAt: "2026-10-01T07:45:00+07:00",
    receivedAt: "2026-10-01T08:00:00+07:00",
    dueAt: "2026-10-15T08:00:00+07:00",
    processedAt: "2026-10-09T15:00:00+07:00",
    returnedAt: "2026-10-12T09:00:00+07:00",
    answers: { purpose: "Bổ sung hồ sơ xin việc" },
  },
  // Department: result ready after the due date (late), not yet collected.
  {
    agency: "department",
    procedureName: "Cấp Phiếu lý lịch tư pháp",
    channel: "POST",
    status: "PROCESSED",
    submittedAt: "2026-10-20T08:00:00+07:00",
    receivedAt: "2026-10-20T08:00:00+07:00",
    dueAt: "2026-11-03T17:00:00+07:00",
    processedAt: "2026-11-05T10:00:00+07:00",
    answers: { purpose: "Xuất khẩu lao động" },
  },
  // Open, within its deadline.
  {
    agency: "commune",
    procedureName: "Đăng ký khai sinh",
    channel: "ONLINE",
    status: "IN_PROCESSING",
    submittedAt: { hoursFromNow: -26 },
    receivedAt: { hoursFromNow: -24 },
    dueAt: { hoursFromNow: 72 },
    answers: birth,
  },
  // Open, past its deadline.
  {
    agency: "commune",
    procedureName: "Chứng thực bản sao từ bản chính",
    channel: "COUNTER",
    status: "IN_PROCESSING",
    submittedAt: { hoursFromNow: -30 },
    receivedAt: { hoursFromNow: -30 },
    dueAt: { hoursFromNow: -6 },
    answers: { purpose: "Chứng thực bản sao sổ hộ khẩu" },
  },
  // Filed online, waiting to be received (not counted as received).
  {
    agency: "commune",
    procedureName: "Đăng ký khai sinh",
    channel: "ONLINE",
    status: "NEW",
    submittedAt: { hoursFromNow: -2 },
    receivedAt: null,
    dueAt: null,
    answers: birth,
  },
];

/** What the public statistics show for the demo dossiers (all agencies, all of 2025–2030). */
export const DEMO_DOSSIER_COUNTS = {
  received: 8,
  receivedOnline: 4,
  receivedCounter: 3,
  receivedPost: 1,
  finishedEarly: 2,
  finishedOnTime: 2,
  finishedLate: 2,
  openWithin: 1,
  openOverdue: 1,
  rated: 3,
  ratedSatisfied: 2,
} as const;
