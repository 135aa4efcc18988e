import { signOut } from "next-auth/react";

/**
 * Clears the session cookie, then navigates within this origin. next-auth's own redirect would
 * resolve against NEXTAUTH_URL (localhost:3000 when unset), not the address the person used.
 */
export async function signOutTo(path: string) {
  await signOut({ redirect: false });
  window.location.assign(path);
}
