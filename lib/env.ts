import "server-only";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is set at start-up (instrumentation.ts)"),
  NEXTAUTH_SECRET: z.string().min(32),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Outgoing mail (lib/mail.ts), e.g. smtps://user:password@mail.example.org; unset: no email. */
  SMTP_URL: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default("Backstory <backstory@localhost>"),
  /** Push reminders (lib/reminders/sending/mutations.ts): generated at first start unless set. */
  VAPID_PUBLIC_KEY: z.string().min(80).optional(),
  VAPID_PRIVATE_KEY: z.string().min(40).optional(),
  /** Who push services contact about this server's messages: mailto: or https: URL. */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:)/)
    .default("mailto:backstory@localhost"),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

/**
 * The server's configuration, read once. Lazy because instrumentation.ts fills in DATABASE_URL
 * and NEXTAUTH_SECRET at start-up, after modules are loaded (and `next build` has neither).
 */
export function getEnv(): Env {
  parsed ??= envSchema.parse(process.env);
  return parsed;
}

const DAY_SECONDS = 24 * 60 * 60;

const days = (fallback: number) => z.coerce.number().positive().max(3650).default(fallback);

const sessionEnvSchema = z.object({
  SESSION_IDLE_DAYS: days(7),
  SESSION_MAX_DAYS: days(30),
});

export type SessionLifetimes = { idleSeconds: number; absoluteSeconds: number };

let sessionLifetimes: SessionLifetimes | undefined;

/**
 * How long a session lives (README "Security"): it ends after SESSION_IDLE_DAYS without a
 * request and SESSION_MAX_DAYS after sign-in, whichever comes first. Separate from getEnv()
 * because next-auth's options are built where no database URL exists yet (`next build`).
 */
export function getSessionLifetimes(): SessionLifetimes {
  if (!sessionLifetimes) {
    const parsed = sessionEnvSchema.parse({
      SESSION_IDLE_DAYS: process.env.SESSION_IDLE_DAYS || undefined,
      SESSION_MAX_DAYS: process.env.SESSION_MAX_DAYS || undefined,
    });
    sessionLifetimes = {
      idleSeconds: Math.round(parsed.SESSION_IDLE_DAYS * DAY_SECONDS),
      absoluteSeconds: Math.round(parsed.SESSION_MAX_DAYS * DAY_SECONDS),
    };
  }
  return sessionLifetimes;
}

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const limitsEnvSchema = z.object({
  SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR: count(100),
  SIGNIN_FAILURES_PER_DEVICE_PER_HOUR: count(20),
  SIGNIN_FAILURES_PER_CLIENT_PER_HOUR: count(300),
  SIGNIN_FREE_CONSECUTIVE_FAILURES: count(5),
  SIGNIN_MAX_BACKOFF_SECONDS: count(15 * 60),
  SIGNUPS_PER_CLIENT_PER_HOUR: count(10),
  SHARE_MISSES_PER_CLIENT_PER_10_MINUTES: count(30),
  RESET_EMAILS_PER_ACCOUNT_PER_HOUR: count(3),
  RESET_EMAILS_PER_CLIENT_PER_HOUR: count(10),
});

/** The rate limits (lib/rate-limit.ts), each overridable through the environment. */
export function getLimits() {
  const names = Object.keys(limitsEnvSchema.shape) as (keyof typeof limitsEnvSchema.shape)[];
  const parsed = limitsEnvSchema.parse(
    Object.fromEntries(names.map((name) => [name, process.env[name] || undefined])),
  );
  return {
    failuresPerAccountPerHour: parsed.SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR,
    failuresPerDevicePerHour: parsed.SIGNIN_FAILURES_PER_DEVICE_PER_HOUR,
    failuresPerClientPerHour: parsed.SIGNIN_FAILURES_PER_CLIENT_PER_HOUR,
    freeConsecutiveFailures: parsed.SIGNIN_FREE_CONSECUTIVE_FAILURES,
    maxBackoffSeconds: parsed.SIGNIN_MAX_BACKOFF_SECONDS,
    signUpsPerClientPerHour: parsed.SIGNUPS_PER_CLIENT_PER_HOUR,
    shareMissesPerClientPer10Minutes: parsed.SHARE_MISSES_PER_CLIENT_PER_10_MINUTES,
    resetEmailsPerAccountPerHour: parsed.RESET_EMAILS_PER_ACCOUNT_PER_HOUR,
    resetEmailsPerClientPerHour: parsed.RESET_EMAILS_PER_CLIENT_PER_HOUR,
  };
}
