"use client";

import Link from "next/link";
import { formatShortDate } from "@/lib/journal/format/dates";
import { keptCheckInHref } from "@/lib/offline/outbox/keep";
import type { SyncResult } from "@/lib/offline/outbox/sync";

const entries = (count: number) => `${count} ${count === 1 ? "entry" : "entries"}`;

/**
 * What happened to the saves kept on this phone: how many were sent, how many still wait, and
 * each check-in the server did not take because it had changed on another device meanwhile. For
 * those, the other device's version is the one kept; the phone's waits here until the person
 * compares the two on Tonight and chooses.
 */
export function OutboxNotice({ result }: { result: SyncResult }) {
  const { sent, waiting, conflicts } = result;
  return (
    <div className="notice outbox-notice">
      {sent > 0 ? <p>Sent {entries(sent)} saved on this phone.</p> : null}
      {waiting > 0 ? (
        <p>
          {waiting === 1 ? "1 entry is" : `${waiting} entries are`} saved on this phone, waiting to
          be sent.
        </p>
      ) : null}
      {conflicts.map((entry) =>
        entry.checkInDate ? (
          <p key={entry.requestId}>
            Your check-in for {formatShortDate(entry.checkInDate)}, saved on this phone, was not
            sent: it had been changed on another device meanwhile, and that version is kept. Yours
            is still on this phone.{" "}
            <Link href={keptCheckInHref({ date: entry.checkInDate, requestId: entry.requestId })}>
              Compare the two for {formatShortDate(entry.checkInDate)}
            </Link>
          </p>
        ) : null,
      )}
    </div>
  );
}
