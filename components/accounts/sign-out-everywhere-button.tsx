"use client";

import { useState } from "react";
import { signOutEverywhereAction } from "@/lib/accounts/actions";
import { signOutTo } from "./sign-out";

/** Ends the sessions on every device and browser, then this one. */
export function SignOutEverywhereButton() {
  const [isPending, setPending] = useState(false);
  async function onClick() {
    setPending(true);
    await signOutEverywhereAction();
    await signOutTo("/sign-in?notice=signed-out-everywhere");
  }
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={onClick}
      disabled={isPending}
    >
      {isPending ? "Signing out…" : "Sign out everywhere"}
    </button>
  );
}
