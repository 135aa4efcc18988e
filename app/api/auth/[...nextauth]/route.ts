import NextAuth from "next-auth";
import { withDeviceCookie } from "@/lib/device-sign-in";
import { withoutClientLog } from "@/lib/sessions/next-auth/client-log";
import { authOptions } from "@/lib/sessions/next-auth/options";

const handler = withoutClientLog(NextAuth(authOptions));

export { handler as GET };
export const POST = withDeviceCookie(handler);
