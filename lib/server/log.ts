/**
 * Structured JSON logs (pino) on standard output: one object per line with time, level, msg and
 * whatever fields the caller adds (a request id where there is a request). LOG_LEVEL sets the
 * level (info by default; silent in tests unless set). Never log personal data: ids, not names.
 */
import pino, { type Logger } from "pino";

const globalForLog = globalThis as unknown as { motCuaLogger?: Logger };

export function logger(): Logger {
  globalForLog.motCuaLogger ??= pino({
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
    base: { pid: process.pid, service: process.env.MOTCUA_SERVICE ?? "app" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return globalForLog.motCuaLogger;
}

/** A child logger for one component ("jobs", "changes", …) or one request ({ requestId }). */
export function log(bindings: Record<string, unknown>): Logger {
  return logger().child(bindings);
}

export function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

export type { Logger };
