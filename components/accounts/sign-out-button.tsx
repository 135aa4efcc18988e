"use client";

import { signOutTo } from "./sign-out";

/** Signs this browser out; the server ends the session, so a copy of the cookie is dead too. */
export function SignOutButton({ label = "Sign out" }: { label?: string }) {
  return (
    <button type="button" className="button button--secondary" onClick={() => signOutTo("/")}>
      {label}
    </button>
  );
}
