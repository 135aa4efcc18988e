import { withAuth } from "next-auth/middleware";

// Only a convenience redirect for signed-out visitors: every page, route handler and action
// checks the session itself (lib/session.ts).
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = {
  matcher: [
    "/tonight/:path*",
    "/journal/:path*",
    "/quick-log/:path*",
    "/patterns/:path*",
    "/reflect/:path*",
    "/share/:path*",
    "/settings/:path*",
    "/safety/:path*",
  ],
};
