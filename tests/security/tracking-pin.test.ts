/**
 * Guessing a tracking PIN: while a code must wait every answer is the same whatever the PIN, a new
 * address does not reset the code's delay, a stranger cannot keep the signed-in owner out, and a
 * wrong PIN at a real code answers like an unknown code.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { submitDraft } from "../../lib/server/dossiers/submit";
import { AppError } from "../../lib/server/errors";
import { setStorage } from "../../lib/server/storage";
import { LocalStorage } from "../../lib/server/storage/local";
import { CLIENT_CODE_FAILURE_LIMIT, CODE_THROTTLE, trackDossier } from "../../lib/server/tracking/track";
import { communeCodes, completeDraft, makeCitizen } from "../support/citizens";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "motcua-sec-track-"));
  setStorage(new LocalStorage(dir));
});
afterAll(async () => {
  setStorage(undefined);
  await rm(dir, { recursive: true, force: true });
});

async function newDossier() {
  const owner = await makeCitizen();
  const communes = await communeCodes();
  const draftId = await completeDraft(owner.id, communes[2]!);
  const r = await submitDraft(owner.id, draftId);
  return { owner, code: r.code, pin: r.pin! };
}

const wrong = (pin: string) => (pin === "000000" ? "111111" : "000000");
let n = 0;
const freshClient = () => `198.51.100.${++n % 250}-${n}`;

async function outcome(code: string, pin: string, client: string, viewer: string | null = null, now?: Date): Promise<string> {
  try {
    await trackDossier({ code, pin }, client, viewer, now);
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.kind;
    throw error;
  }
}

describe("tracking PIN", () => {
  it("answers a wrong PIN at a real code exactly like an unknown code", async () => {
    const d = await newDossier();
    expect(await outcome(d.code, wrong(d.pin), freshClient())).toBe("not_found");
    const unknown = d.code.replace(/\d{4}$/, "9999");
    expect(await outcome(unknown, d.pin, freshClient())).toBe("not_found");
    expect(await outcome(d.code, d.pin, freshClient())).toBe("ok");
  });

  it("after the free attempts makes the code wait, and while it waits the right PIN answers like a wrong one", async () => {
    const d = await newDossier();
    const t0 = new Date();
    for (let i = 0; i < CODE_THROTTLE.free; i++) {
      // A new address each time: the per-code delay does not care.
      expect(await outcome(d.code, wrong(d.pin), freshClient(), null, t0)).toBe("not_found");
    }
    expect(await outcome(d.code, d.pin, freshClient(), null, t0)).toBe("rate_limited");
    expect(await outcome(d.code, wrong(d.pin), freshClient(), null, t0)).toBe("rate_limited");
    // The delay is a minute, not an hour: then the right PIN works again.
    const later = new Date(t0.getTime() + 61_000);
    expect(await outcome(d.code, d.pin, freshClient(), null, later)).toBe("ok");
  });

  it("lets the delay grow with each further failure (1, 2, 4 … up to 15 minutes)", async () => {
    const d = await newDossier();
    let now = new Date();
    for (let i = 0; i < CODE_THROTTLE.free; i++) await outcome(d.code, wrong(d.pin), freshClient(), null, now);
    const waits: number[] = [];
    for (let round = 0; round < 6; round++) {
      let waited = 0;
      // Step a minute at a time until the code accepts an attempt again.
      while ((await outcome(d.code, wrong(d.pin), freshClient(), null, now)) === "rate_limited") {
        now = new Date(now.getTime() + 60_000);
        waited++;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it("limits failed PINs per client and code, without stopping another client", async () => {
    const d = await newDossier();
    const client = freshClient();
    const other = await newDossier();
    for (let i = 0; i < CLIENT_CODE_FAILURE_LIMIT.max; i++) expect(await outcome(other.code, wrong(other.pin), client)).toBe("not_found");
    expect(await outcome(other.code, other.pin, client)).toBe("rate_limited");
    expect(await outcome(other.code, other.pin, freshClient())).toBe("ok");
    // The same client may still track a different code.
    expect(await outcome(d.code, d.pin, client)).toBe("ok");
  });

  it("always shows the signed-in owner their dossier, even while strangers make the code wait", async () => {
    const d = await newDossier();
    const now = new Date();
    for (let i = 0; i < CODE_THROTTLE.free + 3; i++) await outcome(d.code, wrong(d.pin), freshClient(), null, now);
    expect(await outcome(d.code, d.pin, freshClient(), null, now)).toBe("rate_limited");
    expect(await outcome(d.code, d.pin, freshClient(), d.owner.id, now)).toBe("ok");
    // Another signed-in citizen gets no such pass.
    const stranger = await makeCitizen();
    expect(await outcome(d.code, d.pin, freshClient(), stranger.id, now)).toBe("rate_limited");
  });

  it("lets no burst of parallel guesses past the delay", async () => {
    const d = await newDossier();
    const now = new Date();
    const answers = await Promise.all(Array.from({ length: 40 }, () => outcome(d.code, wrong(d.pin), freshClient(), null, now)));
    expect(answers.filter((a) => a === "not_found")).toHaveLength(CODE_THROTTLE.free);
    expect(answers.filter((a) => a === "rate_limited")).toHaveLength(40 - CODE_THROTTLE.free);
    const row = await db().trackingThrottle.count();
    expect(row).toBeGreaterThan(0);
  });
});
