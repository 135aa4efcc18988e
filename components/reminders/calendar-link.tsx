"use client";

import { useActionState, useEffect, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import {
  type CalendarLinkState,
  createCalendarLinkAction,
  revokeCalendarLinkAction,
} from "@/lib/reminders/actions";

/** The private calendar link: created (shown once), replaced or revoked. */
export function CalendarLink({
  hasLink,
  createdOn,
}: {
  hasLink: boolean;
  createdOn: string | null;
}) {
  const [created, create, isCreating] = useActionState<CalendarLinkState>(
    createCalendarLinkAction,
    initialFormState,
  );
  const [revoked, revoke, isRevoking] = useActionState(revokeCalendarLinkAction, initialFormState);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  // Server state (hasLink) is refreshed after each action; the token only exists in this answer.
  const url = hasLink && created.token && origin ? `${origin}/calendar/${created.token}.ics` : null;
  return (
    <div>
      <p>
        Subscribe to this link in your calendar app (Google Calendar: “From URL”; Apple Calendar:
        “New calendar subscription”): an event every evening at your reminder time with an alert,
        and “look at your week” on Sundays. It holds no health data and no names. Anyone with the
        link sees only those two events; revoke it if it leaks.
      </p>
      <FormMessage message={created.message ?? revoked.message} isError={false} />
      {url ? (
        <div className="field">
          <label htmlFor="calendar-url">Your calendar link (shown only now; copy it)</label>
          <input id="calendar-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <a href={url.replace(/^https?:/, "webcal:")}>Open in my calendar app</a>
        </div>
      ) : hasLink ? (
        <p className="muted">
          A calendar link exists{createdOn ? ` (created ${createdOn.slice(0, 10)})` : ""}. Its
          address was shown once; make a new one to see an address again.
        </p>
      ) : null}
      <div className="button-row">
        <form action={create}>
          <button type="submit" className="button button--secondary" disabled={isCreating}>
            {hasLink ? "Replace the calendar link" : "Create a calendar link"}
          </button>
        </form>
        {hasLink ? (
          <form action={revoke}>
            <button type="submit" className="button button--danger" disabled={isRevoking}>
              Revoke the calendar link
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
