import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
  interface User {
    id: string;
    /** Coarse browser and system of the device signing in (lib/sessions/display/device.ts). */
    device: string;
    /** The client's address (lib/client-key.ts), for the activity log. */
    clientKey: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The Session row this cookie stands for (lib/sessions). */
    sid?: string;
    /** When the person signed in (seconds since the epoch): the absolute lifetime counts from it. */
    authTime?: number;
  }
}
