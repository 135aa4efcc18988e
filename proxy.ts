import { type NextRequest, NextResponse } from "next/server";
import { actionEnvelopeProblem } from "@/lib/action-envelope";
import { isHttpsDeployment, sessionCookieName } from "@/lib/auth-cookie";
import { createNonce, pageSecurityHeaders } from "@/lib/csp";
import { log, REQUEST_ID_HEADER } from "@/lib/log";

const PRIVATE_SECTION =
  /^\/(tonight|journal|quick-log|patterns|reflect|share|settings|safety|more)(\/|$)/;

/** Route handlers (JSON, downloads) and the shared PDF: no document, so no CSP or redirect. */
const NOT_A_PAGE = /^\/(api\/|s\/[^/]+\/pdf$)/;

/**
 * Runs before every request but static files. Gives each one an id (`X-Request-Id`, set here
 * only, so a client's own never reaches the logs) and checks the envelope of server-action
 * calls (lib/action-envelope.ts). Pages also get a fresh CSP nonce (lib/csp.ts), and a visitor
 * with no session cookie is sent from a private page to sign-in. The redirect is only a
 * convenience: every page, route handler and action checks the session itself
 * (lib/sessions/loaders.ts). Looking for the cookie instead of decoding it keeps this cheap.
 */
export async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const { pathname, search } = request.nextUrl;
  if (request.headers.has("next-action")) {
    const problem = request.method === "POST" ? await actionEnvelopeProblem(request) : "method";
    if (problem) {
      log.warn({ requestId, refused: problem }, "malformed server-action call");
      return new NextResponse("Bad request", {
        status: 400,
        headers: { "Cache-Control": "no-store", "X-Request-Id": requestId },
      });
    }
    return passOn(requestHeaders, requestId);
  }
  if (NOT_A_PAGE.test(pathname)) return passOn(requestHeaders, requestId);
  if (PRIVATE_SECTION.test(pathname) && !request.cookies.has(sessionCookieName())) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const headers = pageSecurityHeaders({
    nonce: createNonce(),
    isHttps: isHttpsDeployment(),
    isDevelopment: process.env.NODE_ENV === "development",
  });
  // Next reads the nonce from the request's policy and puts it on every script it renders.
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  const response = passOn(requestHeaders, requestId);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function passOn(requestHeaders: Headers, requestId: string) {
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("X-Request-Id", requestId);
  return response;
}

// Everything but static files (anything with a dot) and Next's own assets. Next reads this
// statically: literals only.
export const config = {
  matcher: ["/((?!_next/|.*\\.).*)"],
};
