import { withAuth } from "next-auth/middleware";
import { sessionCookieName } from "@/lib/auth-cookie";

// Only a convenience redirect for signed-out visitors: every page, route handler and action
// checks the session itself (lib/session.ts).
export default withAuth({
  pages: { signIn: "/sign-in" },
  cookies: { sessionToken: { name: sessionCookieName() } },
});

// Server actions are skipped: a redirect is no answer to an action, each action checks the
// session itself, and decoding the session twice made every save slower (README "Benchmarks").
export const config = {
  matcher: [
    {
      source: "/:section(tonight|journal|quick-log|patterns|reflect|share|settings|safety)/:path*",
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
