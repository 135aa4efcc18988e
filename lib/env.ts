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
