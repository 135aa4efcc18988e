import NextAuth from "next-auth";
import { withDeviceCookie } from "@/lib/device-sign-in";
import { authOptions } from "@/lib/sessions/next-auth/options";

const handler = NextAuth(authOptions);

export { handler as GET };
export const POST = withDeviceCookie(handler);
