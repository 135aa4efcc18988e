import { type NextRequest, NextResponse } from "next/server";
import { actionEnvelopeProblem } from "@/lib/action-envelope";
import { isHttpsDeployment, sessionCookieName } from "@/lib/auth-cookie";
import { createNonce, pageSecurityHeaders } from "@/lib/csp";

const PRIVATE_SECTION =
  /^\/(tonight|journal|quick-log|patterns|reflect|share|settings|safety|more)(\/|$)/;

/**
 * Runs before every page: gives it a fresh CSP nonce (lib/csp.ts), and sends a visitor with no
 * session cookie from a private page to sign-in. The redirect is only a convenience: every page,
 * route handler and action checks the session itself (lib/session.ts). Looking for the cookie
 * instead of decoding it keeps this cheap on every request. Server-action calls only have their
 * envelope checked (lib/action-envelope.ts).
 */
export async function proxy(request: NextRequest) {
  if (request.headers.has("next-action")) {
    const problem = request.method === "POST" ? await actionEnvelopeProblem(request) : "method";
    return problem
      ? new NextResponse("Bad request", { status: 400, headers: { "Cache-Control": "no-store" } })
      : NextResponse.next();
  }
  const { pathname, search } = request.nextUrl;
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
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Pages, and server-action calls to them; not static files (anything with a dot) or route
// handlers (JSON, downloads, PDFs), whose answers are not documents. Next reads this
// statically: literals only.
export const config = {
  matcher: ["/((?!api/|_next/|s/[^/]+/pdf|.*\\.).*)"],
};
