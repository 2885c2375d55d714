/**
 * All configuration, read once from the environment and validated with zod.
 * Import `config()` wherever a setting is needed; never read process.env elsewhere.
 */
import { z } from "zod";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export const databaseUrlSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "DATABASE_URL must look like postgresql://user:password@host:5432/database");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrlSchema.optional(),
  /** Public base URL of the portal, used in emails, QR codes and the sitemap. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** Secret for signing sessions and tokens. Required in production. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Where uploaded files and generated documents are kept (local storage). */
  STORAGE_DIR: z.string().default(".data/storage"),
  /** SMTP relay, e.g. smtp://user:pass@host:587. Unset: emails are stored and viewable in development. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Một Cửa <no-reply@motcua.localhost>"),
  /** Log SQL queries (development aid). */
  LOG_SQL: z.enum(["0", "1"]).default("0"),
});

export type Config = z.infer<typeof envSchema> & { databaseUrl: string | undefined };

let cached: Config | undefined;

export class ConfigError extends Error {}

/** Reads and validates the configuration once; throws a ConfigError with one clear sentence. */
export function config(): Config {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new ConfigError(`Invalid configuration: ${name}: ${issue?.message ?? "invalid value"}.`);
  }
  cached = { ...parsed.data, databaseUrl: parsed.data.DATABASE_URL };
  return cached;
}

/** For tests that change the environment. */
export function resetConfig(): void {
  cached = undefined;
}

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname);
}
