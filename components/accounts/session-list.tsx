"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { signOutDeviceAction } from "@/lib/sessions/actions";
import { SignOutButton } from "./sign-out-button";

export type SessionRow = {
  id: string;
  device: string;
  signedIn: string;
  lastSeen: string;
  isCurrent: boolean;
};

/** The person's active sessions; each can be signed out from here. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const [state, action, isPending] = useActionState(signOutDeviceAction, initialFormState);
  return (
    <>
      <FormMessage message={state.message} isError={!state.ok} />
      <ul className="link-list">
        {sessions.map((session) => (
          <li key={session.id} className="card">
            <p>
              <strong>{session.device}</strong>
              {session.isCurrent ? " — this device" : ""}
            </p>
            <p className="muted">
              Signed in {session.signedIn}, last active {session.lastSeen}.
            </p>
            {session.isCurrent ? (
              <SignOutButton label="Sign out this device" />
            ) : (
              <form action={action}>
                <input type="hidden" name="sessionId" value={session.id} />
                <button type="submit" className="button button--secondary" disabled={isPending}>
                  Sign out{" "}
                  <span className="visually-hidden">
                    {session.device}, signed in {session.signedIn}
                  </span>
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
