import "server-only";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getSessionUser } from "@/lib/accounts/data";
import { authOptions } from "./auth";

export type CurrentUser = { id: string; email: string; timeZone: string };

/**
 * The signed-in person, or null. Checks the session version in the database on every request,
 * so "sign out everywhere" and a password change end older sessions at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return getSessionUser({
    userId: session.user.id,
    sessionVersion: session.user.sessionVersion,
  });
});

/** For pages: the signed-in person, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
