/**
 * Identifies the client for per-client rate limits. `next start` fills X-Forwarded-For with the
 * socket address only when a request arrives without one, so a direct client could claim any
 * address: per-client limits are a speed bump, the per-account limit is the one that always
 * holds. Behind a reverse proxy, have it overwrite X-Forwarded-For (README "Security").
 */
export function clientKeyFrom(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
