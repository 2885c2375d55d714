/**
 * How the public statistics count dossiers (DOMAIN.md, "The service index" and "Late dossiers").
 * Pure rules; on time / late lives in lib/domain/timeliness.ts, whose SQL form
 * lib/server/stats/refresh.ts uses, and an integration test checks that both agree.
 */

export { classifyFinished, classifyOpen, vnDate, type OpenState, type Timeliness } from "@/lib/domain/timeliness";

/** A rating counts as satisfied when the overall score is 4 or 5 out of 5. */
export const SATISFIED_FROM = 4;
export const isSatisfied = (overall: number): boolean => overall >= SATISFIED_FROM;
/** A rating counts as dissatisfied when the overall score is 1 or 2 out of 5 (3 is neither). */
export const DISSATISFIED_UP_TO = 2;
export const isDissatisfied = (overall: number): boolean => overall <= DISSATISFIED_UP_TO;

/** SIPAS's five factors, as the rating form asks them (Rating's columns). */
export const SIPAS_FACTORS = ["access", "procedure", "officers", "result", "feedbackHandling"] as const;
export type SipasFactor = (typeof SIPAS_FACTORS)[number];
const FACTOR_FIGURE = {
  access: "satisfiedAccess",
  procedure: "satisfiedProcedure",
  officers: "satisfiedOfficers",
  result: "satisfiedResult",
  feedbackHandling: "satisfiedFeedbackHandling",
} as const satisfies Record<SipasFactor, keyof Figures>;

export interface Figures {
  receivedOnline: number;
  receivedCounter: number;
  receivedPost: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  /** Finished dossiers whose result was returned as an electronic document (signed, not revoked). */
  resultsDigital: number;
  openWithin: number;
  openOverdue: number;
  rated: number;
  ratedSatisfied: number;
  /** Ratings whose overall score says dissatisfied (isDissatisfied). */
  ratedDissatisfied: number;
  /** SIPAS: ratings satisfied on each factor. */
  satisfiedAccess: number;
  satisfiedProcedure: number;
  satisfiedOfficers: number;
  satisfiedResult: number;
  satisfiedFeedbackHandling: number;
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
  ratedDissatisfied: 0,
  satisfiedAccess: 0,
  satisfiedProcedure: 0,
  satisfiedOfficers: 0,
  satisfiedResult: 0,
  satisfiedFeedbackHandling: 0,
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
  /** Procedures in effect (published) for the agencies concerned. */
  proceduresPublished: number;
  /** Of those, the ones published in full: everything the public page and filing need (publishIssues finds nothing). */
  proceduresComplete?: number;
  /** Fees paid in the period (payment requests, each once): online, and in all. */
  payments?: { paidOnline: number; paid: number };
  /** Dossiers received in the period with a document digitised into, or taken from, the citizen's document store. */
  digitisedDossiers?: number;
  /** Dossiers complained about in the period (feedback sent about a dossier), each once. */
  complainedDossiers?: number;
}

/** SIPAS: the share of ratings satisfied on each factor, and their mean (the index). Null without ratings. */
export function sipas(f: Figures): { factors: Array<{ factor: SipasFactor; satisfied: number; share: number | null }>; index: number | null } {
  const factors = SIPAS_FACTORS.map((factor) => {
    const satisfied = f[FACTOR_FIGURE[factor]];
    return { factor, satisfied, share: percent(satisfied, f.rated) };
  });
  const shares = factors.map((x) => x.share).filter((v): v is number => v !== null);
  return { factors, index: shares.length === 0 ? null : Math.round(mean(shares) * 10) / 10 };
}

export function scorecard(f: Figures, extra: ScoreExtra): ScoreLine[] {
  const r = rates(f);
  const finished = r.finished;
  // Publicity and transparency (18): in proportion to the procedures published in full.
  const complete = extra.proceduresComplete ?? extra.proceduresPublished;
  const publicity = extra.proceduresPublished > 0 ? Math.min(complete, extra.proceduresPublished) / extra.proceduresPublished : null;
  // Online services (22): dossiers filed online, and fees paid online when any fee was paid.
  const pay = extra.payments && extra.payments.paid > 0 ? extra.payments : null;
  const onlineParts = [...(r.onlineShare === null ? [] : [r.onlineShare / 100]), ...(pay ? [pay.paidOnline / pay.paid] : [])];
  // Digitisation (22): results returned as electronic documents, and received dossiers whose documents are digitised.
  const digitised = extra.digitisedDossiers;
  const digitisationParts = [
    ...(finished === 0 ? [] : [Math.min(f.resultsDigital, finished) / finished]),
    ...(digitised === undefined || r.received === 0 ? [] : [Math.min(digitised, r.received) / r.received]),
  ];
  // Satisfaction (18): feedback answered on time; ratings not dissatisfied; finished dossiers not
  // complained about; finished dossiers not late. Each share counts equally.
  const complained = extra.complainedDossiers;
  const satisfactionInputs = {
    feedbackOnTime: f.feedbackAnswered === 0 ? null : f.feedbackAnsweredOnTime / f.feedbackAnswered,
    notDissatisfied: f.rated === 0 ? null : (f.rated - Math.min(f.ratedDissatisfied, f.rated)) / f.rated,
    notComplained: complained === undefined || finished === 0 ? null : 1 - Math.min(complained, finished) / finished,
    notLate: finished === 0 ? null : (finished - f.finishedLate) / finished,
  };
  const satisfactionParts = Object.values(satisfactionInputs).filter((v): v is number => v !== null);
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  return [
    {
      group: "publicity",
      max: 18,
      score: publicity === null ? null : round1(18 * publicity),
      formulaKey: "formulaPublicity",
      inputs: { proceduresComplete: Math.min(complete, extra.proceduresPublished), proceduresPublished: extra.proceduresPublished },
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
      score: satisfactionParts.length === 0 ? null : round1(18 * mean(satisfactionParts)),
      formulaKey: "formulaSatisfaction",
      inputs: {
        feedbackOnTimePct: pct(satisfactionInputs.feedbackOnTime),
        notDissatisfiedPct: pct(satisfactionInputs.notDissatisfied),
        notComplainedPct: pct(satisfactionInputs.notComplained),
        notLatePct: pct(satisfactionInputs.notLate),
      },
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

