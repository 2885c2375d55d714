/**
 * The one wrapper every server action goes through. A server action is a public endpoint: anyone can
 * call it with any arguments. The wrapper reads the submitted form, parses it with the action's zod
 * schema, checks who is asking, and only then runs the use case:
 *
 *   export const saveDay = defineAction(
 *     { name: "admin.calendar.save", access: ["ADMIN"], input: z.object({ date: field.date() }) },
 *     async (input, { user }) => { … },
 *   );
 *
 * - The form is the last FormData argument (plain form posts and useActionState alike); the previous
 *   state of useActionState and any other argument are ignored. Values a page wants bound to the action
 *   travel as hidden fields, so they are parsed like everything else.
 * - Input that does not parse goes to `invalid` (the form's own error state) when the action has one;
 *   otherwise, and whenever there is no form at all, the caller gets a 4xx-class answer (not found), never
 *   a 500.
 * - `access`: "anyone", "signedIn", or the roles allowed. A visitor who is not signed in is sent to the
 *   sign-in page; a signed-in user without the role gets "not found", exactly like a missing page.
 */
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { isCalendarDate, readDate } from "@/lib/domain/calendar-date";
import type { Role } from "@/lib/generated/prisma/client";
import { currentUser, type SessionUser } from "@/lib/server/auth/session";
import type { Actor } from "@/lib/server/backoffice/types";

export type Access = "anyone" | "signedIn" | readonly Role[];

type UserFor<A extends Access> = A extends "anyone" ? SessionUser | null : SessionUser;

export interface ActionContext<A extends Access> {
  /** Who is asking (re-read from the database on every request). */
  user: UserFor<A>;
  /** The same person as the use cases take them (id, role, agency). */
  actor: A extends "anyone" ? Actor | null : Actor;
  /** The raw form as a plain object, for a form that must show back what was typed. */
  raw: Record<string, unknown>;
}

export interface ActionSpec<S extends z.ZodType, A extends Access, R> {
  /** A stable name for logs and audit records, e.g. "office.dossier.perform". */
  name: string;
  access: A;
  input: S;
  /** What the form shows when the input does not parse; absent: a 4xx answer. */
  invalid?: (issues: z.core.$ZodIssue[], raw: Record<string, unknown>) => R | Promise<R>;
}

/**
 * A FormData as a plain object: a name given once is a value, a name given several times (or ending in
 * "[]") an array of values. Next.js's internal "$ACTION_…" fields are left out. Files stay File objects.
 */
export function formToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of fd.entries()) {
    if (rawKey.startsWith("$ACTION")) continue;
    const many = rawKey.endsWith("[]");
    const key = many ? rawKey.slice(0, -2) : rawKey;
    const prev = out[key];
    if (prev === undefined) out[key] = many ? [value] : value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[key] = [prev, value];
  }
  return out;
}

function formOf(args: unknown[]): FormData | null {
  for (let i = args.length - 1; i >= 0; i--) if (args[i] instanceof FormData) return args[i] as FormData;
  return null;
}

async function authorize<A extends Access>(access: A): Promise<UserFor<A>> {
  const user = await currentUser();
  if (access === "anyone") return user as UserFor<A>;
  if (!user) redirect("/sign-in");
  if (access !== "signedIn" && !(access as readonly Role[]).includes(user.role)) notFound();
  return user as UserFor<A>;
}

export function defineAction<S extends z.ZodType, A extends Access, R>(
  spec: ActionSpec<S, A, R>,
  run: (input: z.output<S>, ctx: ActionContext<A>) => Promise<R>,
): (...args: unknown[]) => Promise<R> {
  return async (...args: unknown[]): Promise<R> => {
    const fd = formOf(args);
    if (!fd) notFound();
    const raw = formToObject(fd);
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) {
      if (spec.invalid) return spec.invalid(parsed.error.issues, raw);
      notFound();
    }
    const user = await authorize(spec.access);
    const actor = (user ? { userId: user.id, role: user.role, agencyId: user.agencyId } : null) as ActionContext<A>["actor"];
    return run(parsed.data, { user, actor, raw });
  };
}

/** zod pieces for form fields (what a browser sends: strings, and File for uploads). */
export const field = {
  /** A text field; absent counts as empty; trimmed; at most `max` characters. */
  text: (max = 300) => z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string().trim().max(max)),
  /** A text field that must not be empty. */
  required: (max = 300, message = "errors.required") =>
    z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string().trim().min(1, message).max(max)),
  /** An optional text field: empty becomes undefined. */
  optional: (max = 300) =>
    z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max).optional()),
  uuid: () => z.uuid(),
  /** A whole number typed in a field. */
  int: (min = 0, max = 1_000_000) => z.coerce.number().int().min(min).max(max),
  /** A checkbox: present (any value) is true. */
  checkbox: () => z.preprocess((v) => v !== undefined && v !== null && v !== "" && v !== "false", z.boolean()),
  /** A calendar date YYYY-MM-DD that exists (2026-02-31 does not). */
  date: (message = "errors.invalidDate") => z.string().trim().refine(isCalendarDate, message),
  /** An uploaded file, or undefined when none was chosen. */
  file: () => z.preprocess((v) => (v instanceof File && v.size > 0 ? v : undefined), z.instanceof(File).optional()),
};

/**
 * An action's input whose dates are asked as day / month / year (components/ui/date-input.tsx): each
 * named date becomes one value before `schema` parses it, the date or what was typed (readDate).
 */
export function withDates<S extends z.ZodType>(names: readonly string[], schema: S) {
  return z.preprocess((raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
    for (const name of names) out[name] = readDate(out, name).value;
    return out;
  }, schema);
}
