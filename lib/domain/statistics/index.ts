/**
 * How the public statistics count dossiers (DOMAIN.md, "The service index" and "Late dossiers").
 * Pure rules; on time / late lives in lib/domain/timeliness.ts, whose SQL form
 * lib/server/stats/refresh.ts uses, and an integration test checks that both agree.
 */

export { classifyFinished, classifyOpen, vnDate, type OpenState, type Timeliness } from "@/lib/domain/timeliness";

/** A rating counts as satisfied when the overall score is 4 or 5 out of 5. */
export const SATISFIED_FROM = 4;
export const isSatisfied = (overall: number): boolean => overall >= SATISFIED_FROM;

export interface Figures {
  receivedOnline: number;
  receivedCounter: number;
  receivedPost: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  /** Finished dossiers whose result was issued as a downloadable file. */
  resultsDigital: number;
  openWithin: number;
  openOverdue: number;
  rated: number;
  ratedSatisfied: number;
  feedbackReceived: number;
  feedbackAnswered: number;
  feedbackAnsweredOnTime: number;
  /** Refused on the spot at the desk (counter or post): no dossier was created, the refusal is counted. */
  refusedAtDesk: number;
}

export const emptyFigures = (): Figures => ({
  receivedOnline: 0,
  receivedCounter: 0,
  receivedPost: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  finishedLate: 0,
  resultsDigital: 0,
  openWithin: 0,
  openOverdue: 0,
  rated: 0,
  ratedSatisfied: 0,
  feedbackReceived: 0,
  feedbackAnswered: 0,
  feedbackAnsweredOnTime: 0,
  refusedAtDesk: 0,
});

export function addFigures(a: Figures, b: Partial<Figures>): Figures {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof Figures>) out[k] += b[k] ?? 0;
  return out;
}

/** A share in percent with one decimal, or null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

export interface Rates {
  received: number;
  finished: number;
  onlineShare: number | null;
  onTimeRate: number | null;
  satisfiedShare: number | null;
  feedbackOnTimeRate: number | null;
}

export function rates(f: Figures): Rates {
  const received = f.receivedOnline + f.receivedCounter + f.receivedPost;
  const finished = f.finishedEarly + f.finishedOnTime + f.finishedLate;
  return {
    received,
    finished,
    onlineShare: percent(f.receivedOnline, received),
    onTimeRate: percent(f.finishedEarly + f.finishedOnTime, finished),
    satisfiedShare: percent(f.ratedSatisfied, f.rated),
    feedbackOnTimeRate: percent(f.feedbackAnsweredOnTime, f.feedbackAnswered),
  };
}

/**
 * The part of the service index (Quyết định 766/QĐ-TTg) the system can measure itself, group by
 * group, each with its formula. Groups the system cannot measure are listed with `score: null`.
 */
export interface ScoreLine {
  group: "publicity" | "progress" | "online" | "digitization" | "satisfaction";
  max: number;
  score: number | null;
  /** Message key of the formula shown beside the figure. */
  formulaKey: string;
  inputs: Record<string, number | null>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export interface ScoreExtra {
  proceduresPublished: number;
  /** Fees paid in the period (payment requests, each once): online, and in all. */
  payments?: { paidOnline: number; paid: number };
  /** Dossiers received in the period with a document digitised into, or taken from, the citizen's document store. */
  digitisedDossiers?: number;
}

export function scorecard(f: Figures, extra: ScoreExtra): ScoreLine[] {
  const r = rates(f);
  const finished = r.finished;
  // Online services (22): dossiers filed online, and fees paid online when any fee was paid.
  const pay = extra.payments && extra.payments.paid > 0 ? extra.payments : null;
  const onlineParts = [...(r.onlineShare === null ? [] : [r.onlineShare / 100]), ...(pay ? [pay.paidOnline / pay.paid] : [])];
  // Digitisation (22): results issued electronically, and received dossiers whose documents are digitised.
  const digitised = extra.digitisedDossiers;
  const digitisationParts = [
    ...(finished === 0 ? [] : [Math.min(f.resultsDigital, finished) / finished]),
    ...(digitised === undefined || r.received === 0 ? [] : [Math.min(digitised, r.received) / r.received]),
  ];
  const satisfiedBase = r.satisfiedShare;
  const feedbackBase = r.feedbackOnTimeRate;
  const satisfactionParts = [satisfiedBase, feedbackBase].filter((v): v is number => v !== null);
  return [
    {
      group: "publicity",
      max: 18,
      score: extra.proceduresPublished > 0 ? 18 : null,
      formulaKey: "formulaPublicity",
      inputs: { proceduresPublished: extra.proceduresPublished },
    },
    {
      group: "progress",
      max: 20,
      score: r.onTimeRate === null ? null : round1((20 * r.onTimeRate) / 100),
      formulaKey: "formulaProgress",
      inputs: { onTime: f.finishedEarly + f.finishedOnTime, finished },
    },
    {
      group: "online",
      max: 22,
      score: onlineParts.length === 0 ? null : round1(22 * mean(onlineParts)),
      formulaKey: pay ? "formulaOnlinePayments" : "formulaOnline",
      inputs: { online: f.receivedOnline, received: r.received, ...(pay ? { paidOnline: pay.paidOnline, paid: pay.paid } : {}) },
    },
    {
      group: "digitization",
      max: 22,
      score: digitisationParts.length === 0 ? null : round1(22 * mean(digitisationParts)),
      formulaKey: digitised === undefined ? "formulaDigitization" : "formulaDigitizationStore",
      inputs: { resultsDigital: f.resultsDigital, finished, ...(digitised === undefined ? {} : { digitisedDossiers: digitised, received: r.received }) },
    },
    {
      group: "satisfaction",
      max: 18,
      score: satisfactionParts.length === 0 ? null : round1((18 * satisfactionParts.reduce((a, b) => a + b, 0)) / (100 * satisfactionParts.length)),
      formulaKey: "formulaSatisfaction",
      inputs: { satisfiedShare: satisfiedBase, feedbackOnTimeRate: feedbackBase },
    },
  ];
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Splits [from, to] into whole months (read from StatMonthly) and the days at either end (read
 * from StatDaily), so a long period reads a few thousand rows.
 */
export function splitPeriod(from: string, to: string): { days: Array<[string, string]>; months: [string, string] | null } {
  const firstFull = from.endsWith("-01") ? from : `${addDays(`${from.slice(0, 7)}-01`, 32).slice(0, 7)}-01`;
  const lastFullEnd = addDays(to, 1).endsWith("-01") ? to : addDays(`${to.slice(0, 7)}-01`, -1);
  if (firstFull > lastFullEnd) return { days: [[from, to]], months: null };
  const days: Array<[string, string]> = [];
  if (from < firstFull) days.push([from, addDays(firstFull, -1)]);
  if (lastFullEnd < to) days.push([addDays(lastFullEnd, 1), to]);
  return { days, months: [firstFull, `${lastFullEnd.slice(0, 7)}-01`] };
}

