"use client";

import { signOutTo } from "./sign-out";

export function SignOutButton() {
  return (
    <button type="button" className="button button--secondary" onClick={() => signOutTo("/")}>
      Sign out
    </button>
  );
}
