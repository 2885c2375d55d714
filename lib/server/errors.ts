/**
 * Expected errors carry a message key (in the catalogs) and go to the user in their language;
 * anything else is logged with an id and the user gets a generic message with that id.
 */
import { randomUUID } from "node:crypto";
import { logger } from "./log";

export type AppErrorKind = "validation" | "not_found" | "forbidden" | "conflict" | "rate_limited" | "unauthenticated";

const STATUS: Record<AppErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    /** Message key in the catalogs, e.g. "errors.dossierChanged". */
    readonly messageKey: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
  get status(): number {
    return STATUS[this.kind];
  }
}

export const notFound = (key = "errors.notFound") => new AppError("not_found", key);
export const conflict = (key: string, details?: Record<string, unknown>) => new AppError("conflict", key, details);
export const validation = (key: string, details?: Record<string, unknown>) => new AppError("validation", key, details);

/** Logs an unexpected error and returns the id to show the user. */
export function logUnexpected(error: unknown, context: string, requestId?: string): string {
  const id = randomUUID().slice(0, 8);
  logger().error({ errorId: id, context, requestId, err: error }, "unexpected error");
  return id;
}
