/**
 * Headers for every HTML page, built per response by proxy.ts (README "Security").
 *
 * Scripts run only with this response's nonce; 'strict-dynamic' lets those scripts load the
 * chunks they need, and makes browsers ignore 'self' and host lists for scripts. Style
 * attributes stay allowed (`style-src-attr`): React renders a few `style={...}` props
 * (chart heights, heatmap colours), and attributes cannot carry a nonce; style elements and
 * sheets still need the nonce or this origin. `worker-src 'self'` is there for a service worker.
 */
export function contentSecurityPolicy({
  nonce,
  isHttps,
  isDevelopment = false,
}: {
  nonce: string;
  isHttps: boolean;
  isDevelopment?: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its debugging tools; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Headers that depend on this response (the nonce) or on how the site is served. */
export function pageSecurityHeaders({
  nonce,
  isHttps,
  isDevelopment = false,
}: {
  nonce: string;
  isHttps: boolean;
  isDevelopment?: boolean;
}): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy({ nonce, isHttps, isDevelopment }),
    // A year, as OWASP's HTTP headers cheat sheet suggests; only once https is the public URL.
    ...(isHttps ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
