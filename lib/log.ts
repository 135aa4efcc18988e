import pino from "pino";

/**
 * The server's log: one JSON object per line on stdout (pino), for an operator's log collector.
 * It never holds what a person typed or a secret: no notes, names, emails, passwords, tokens,
 * share links or error messages (a database error's message can quote the values it refused).
 * Requests are identified by the id the proxy gives each one (`X-Request-Id`).
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "backstory" },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** The request header that carries the id the proxy gave the request. */
export const REQUEST_ID_HEADER = "x-request-id";

/** What may be logged about an error: its kind and where it was thrown, never its message. */
export function errorFields(error: unknown) {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const { digest, code } = error as Error & { digest?: unknown; code?: unknown };
  return {
    errorName: error.name,
    ...(typeof code === "string" && /^[A-Za-z0-9_]{1,40}$/.test(code) ? { errorCode: code } : {}),
    ...(typeof digest === "string" ? { digest } : {}),
    // Only the stack's "at …" lines: the others repeat the message, which can span lines.
    frames: (error.stack ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("at "))
      .slice(0, 8),
  };
}
