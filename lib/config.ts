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
  /** Earlier secrets, comma-separated, still accepted for what they signed or sealed (rotation). */
  AUTH_SECRET_PREVIOUS: z.string().optional(),
  /** Where uploaded files and generated documents are kept (local storage). */
  STORAGE_DIR: z.string().default(".data/storage"),
  /** SMTP relay, e.g. smtp://user:pass@host:587. Unset: emails are stored and viewable in development. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Một Cửa <no-reply@motcua.localhost>"),
  /** Log SQL queries (development aid). */
  LOG_SQL: z.enum(["0", "1"]).default("0"),
  // ── Citizen accounts and filing ──
  /** next-auth's names for the secret and the public URL (scripts set both with AUTH_SECRET). */
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.url().optional(),
  /** OpenID Connect sign-in (the national identity provider); shown only when all three are set. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().default("VNeID"),
  /** Days a draft application is kept after its last change. */
  DRAFT_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** MIME types an upload may have (its content is checked, not its name). */
  UPLOAD_ALLOWED_TYPES: z
    .string()
    .default("application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    .transform((v) => v.split(",").map((t) => t.trim()).filter(Boolean)),
  /** Where files are kept: the local folder STORAGE_DIR, or S3-compatible object storage. */
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** 1: the stored emails are viewable at /dev/mail even in production (demo machines). */
  MAIL_VIEWER: z.enum(["0", "1"]).default("0"),
  // ── Security ──
  /** Days a sent email (address and contents) is kept in the outbox before it is deleted. */
  EMAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /**
   * The reverse proxies in front of the portal whose X-Forwarded-For entries are believed: empty (none,
   * the default: the socket address is the client), a hop count ("1" for one nginx), or address ranges
   * ("10.0.0.0/8,192.168.1.10"). See lib/server/client-address.ts.
   */
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .default("")
    .refine(
      (v) => v === "" || /^\d{1,2}$/.test(v) || v.split(",").every((r) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(r.trim())),
      "a hop count (e.g. 1) or comma-separated address ranges (e.g. 10.0.0.0/8)",
    ),
  /** Per citizen: drafts open at the same time. */
  LIMIT_OPEN_DRAFTS: z.coerce.number().int().min(1).max(1000).default(20),
  /** Per user: megabytes uploaded into drafts per day. */
  LIMIT_UPLOAD_MB_PER_DAY: z.coerce.number().int().min(1).max(100000).default(500),
  /** Per user: feedback (phản ánh, kiến nghị) sent per day. */
  LIMIT_FEEDBACK_PER_DAY: z.coerce.number().int().min(1).max(1000).default(10),
  /** Per account: password-reset and verification emails sent per hour (each kind). */
  LIMIT_AUTH_EMAILS_PER_HOUR: z.coerce.number().int().min(1).max(100).default(5),
  /** An upload that sends nothing for this many seconds is cut off and frees its slot. */
  UPLOAD_STALL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // ── Operations ──
  /** Bearer token that may read GET /metrics (Prometheus). Unset: /metrics answers 404. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** A streaming replica for reads that may be a moment stale (catalog, search, statistics). */
  DATABASE_REPLICA_URL: databaseUrlSchema.optional(),
  // ── Payments (docs/payments.md): nothing is paid online unless all four are set ──
  /** The gateway protocol: "vnpay" (signed redirect and server-to-server notification, VNPAY 2.1.0). */
  PAYMENT_PROVIDER: z.enum(["vnpay"]).optional(),
  PAYMENT_MERCHANT_CODE: z.string().trim().min(1).max(32).optional(),
  PAYMENT_SECRET: z.string().min(16).optional(),
  PAYMENT_GATEWAY_URL: z.url().optional(),
  /** 1: this server also runs the gateway simulator at /dev/payment-gateway (demo and tests only). */
  PAYMENT_SIMULATOR: z.enum(["0", "1"]).default("0"),
  // ── Electronic results (docs/e-results.md): nothing is signed unless both are set ──
  /** Path of the agency's PKCS#12 file (signing certificate, its private key and its chain). */
  RESULT_SIGNING_P12: z.string().trim().min(1).optional(),
  RESULT_SIGNING_PASSPHRASE: z.string().optional(),
  /** Path of a PEM file of the CA certificates /verify trusts; unset: the CA certificates inside the PKCS#12. */
  RESULT_SIGNING_CA: z.string().trim().min(1).optional(),
  /** A direct (or session-pooled) connection for LISTEN/NOTIFY and the job queue when DATABASE_URL goes through PgBouncer in transaction mode. */
  DATABASE_SESSION_URL: databaseUrlSchema.optional(),
  /** Memory for the public pages rendered once per language (lib/server/page-cache.ts), in MB; 0 turns the cache off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
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
