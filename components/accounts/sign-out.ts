import { clearThisDevice } from "@/components/offline/clear-device";

/**
 * Clears what this device kept (components/offline/clear-device.ts), ends the session, then
 * navigates within this origin. The same two requests as next-auth's
 * `signOut` (CSRF token, then POST /api/auth/signout), written out so that every page does not
 * carry next-auth's client bundle (about 12 KiB gzip) for one button. next-auth's own redirect
 * would resolve against NEXTAUTH_URL (localhost:3000 when unset), not the address the person used.
 */
export async function signOutTo(path: string) {
  await clearThisDevice();
  const csrf = await fetch("/api/auth/csrf", { cache: "no-store" });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  window.location.assign(path);
}
