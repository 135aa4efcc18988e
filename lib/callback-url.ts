const PLACEHOLDER_ORIGIN = "http://backstory.invalid";

/**
 * The path a `callbackUrl` may lead to after sign-in: a path on this site, or the fallback.
 * Parsed the way a browser would, so tricks like `/\evil.test`, `/\t/evil.test` (browsers drop
 * tabs and read backslashes as slashes) or `//evil.test` resolve to another host and are
 * refused, and the path that comes back is the normalised one the browser would have used.
 */
export function safeCallbackPath(value: unknown, fallback = "/tonight"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that itself starts with two slashes would be read as another host when followed.
  return path.startsWith("//") ? fallback : path;
}
