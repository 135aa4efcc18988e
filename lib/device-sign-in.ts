import "server-only";
import { isHttpsDeployment, sessionCookieName } from "./auth-cookie";
import {
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  deviceCookieName,
  deviceTokenFromCookieHeader,
  issueDeviceToken,
  verifiedDeviceId,
} from "./device-cookie";
import { getEnv } from "./env";

type Handler = (
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
) => Promise<Response>;

/**
 * Wraps next-auth's POST handler: after a successful email + password sign-in, gives the
 * browser a device cookie for that account (lib/device-cookie.ts), unless it already has one.
 * next-auth's authorize() cannot set cookies, hence the wrapper.
 */
export function withDeviceCookie(handler: Handler): Handler {
  return async (request, context) => {
    const isCredentials = new URL(request.url).pathname.endsWith("/callback/credentials");
    const form = isCredentials
      ? await request
          .clone()
          .formData()
          .catch(() => null)
      : null;
    const response = await handler(request, context);
    const email = form?.get("email");
    const isSignedIn = response.headers
      .getSetCookie()
      .some((cookie) => cookie.startsWith(`${sessionCookieName()}=`) && !/Max-Age=0/i.test(cookie));
    if (typeof email !== "string" || !isSignedIn) return response;
    const secret = getEnv().NEXTAUTH_SECRET;
    const current = deviceTokenFromCookieHeader(request.headers.get("cookie"));
    if (verifiedDeviceId({ token: current, email, secret })) return response;
    const secure = isHttpsDeployment() ? "; Secure" : "";
    response.headers.append(
      "Set-Cookie",
      `${deviceCookieName()}=${issueDeviceToken({ email, secret })}; Path=/; Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
    );
    return response;
  };
}
