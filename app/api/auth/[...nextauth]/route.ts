import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { withDeviceCookie } from "@/lib/device-sign-in";

const handler = NextAuth(authOptions);

export { handler as GET };
export const POST = withDeviceCookie(handler);
