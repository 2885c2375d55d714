/**
 * Cross-instance cache invalidation over PostgreSQL LISTEN/NOTIFY, with a second real process:
 * a catalog change announced here clears the other process's catalog cache within a second, a
 * change does not echo back, and a listener whose connection is cut reconnects and clears.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invalidateCatalogCaches } from "@/lib/server/catalog/cache";
import { clearCalendarCache } from "@/lib/server/backoffice/calendar";
import { instanceId, listenForChanges, onChange } from "@/lib/server/changes";

interface Line {
  event: string;
  loads: number;
  id?: string;
}
let child: ChildProcess;
const lines: Line[] = [];

function next(event: string, ms: number): Promise<Line> {
  const seen = lines.length;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const hit = lines.slice(seen).find((l) => l.event === event);
      if (hit) {
        clearInterval(timer);
        resolve(hit);
      } else if (Date.now() - started > ms) {
        clearInterval(timer);
        reject(new Error(`no ${event} within ${ms} ms`));
      }
    }, 10);
  });
}

beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", "tests/integration/support/changes-child.ts"], {
    env: { ...process.env, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  createInterface({ input: child.stdout! }).on("line", (l) => {
    try {
      lines.push(JSON.parse(l) as Line);
    } catch {
      // not ours
    }
  });
  await listenForChanges();
  await db().$queryRaw`SELECT 1`; // this process's own pool is warm: the second measured is the other's
  const ready = await next("ready", 60_000);
  expect(ready.id).not.toBe(instanceId());
  expect(ready.loads).toBe(1);
});
afterAll(() => {
  child?.kill("SIGKILL");
});

describe("changes announced to other instances", () => {
  it("clears the other process's catalog cache within a second, and runs here once (no echo)", async () => {
    let here = 0;
    const off = onChange("catalog", () => here++);
    const seen = next("catalog", 1_000);
    invalidateCatalogCaches();
    // The other process reloads its cached value: the cache was cleared there.
    expect((await seen).loads).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(here).toBe(1);
    off();
  });

  it("a calendar change reaches the other process too", async () => {
    const seen = next("calendar", 1_000);
    clearCalendarCache();
    await seen;
  });

  it("a listener whose connection is cut reconnects, clears what it may have missed, and hears later changes", async () => {
    const cleared = next("catalog", 10_000);
    await db().$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                            WHERE application_name = 'motcua-changes' AND datname = current_database()`;
    await cleared;
    await new Promise((r) => setTimeout(r, 500));
    const seen = next("calendar", 1_000);
    clearCalendarCache();
    await seen;
  });
});
