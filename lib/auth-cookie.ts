/** True when the public URL is https: cookies are then `__Host-` prefixed and Secure. */
export function isHttpsDeployment() {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/**
 * The session cookie's name. `__Host-` (Secure, no Domain, Path=/) pins it to this exact host
 * over https; browsers refuse that prefix on plain http, where the plain name is used.
 */
export function sessionCookieName(isHttps = isHttpsDeployment()) {
  return isHttps ? "__Host-next-auth.session-token" : "next-auth.session-token";
}
