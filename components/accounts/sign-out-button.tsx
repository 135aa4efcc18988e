"use client";

/**
 * Signs this browser out; the server ends the session, so a copy of the cookie is dead too. The
 * sign-out code (clearing what this device kept, then the two requests) loads on the tap: it is
 * in every page's layout, and a page's first load should not carry it.
 */
export function SignOutButton({ label = "Sign out" }: { label?: string }) {
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={async () => (await import("./sign-out")).signOutTo("/")}
    >
      {label}
    </button>
  );
}
