import "server-only";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is set at start-up (instrumentation.ts)"),
  NEXTAUTH_SECRET: z.string().min(32),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
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
