import { TableScroll } from "@/components/ui/table-scroll";
import { EVENT_WORDING } from "@/lib/audit/display/wording";
import type { ActivityDTO } from "@/lib/audit/types";
import { formatInstant } from "@/lib/sessions/display/format";

/** "Recent activity": sign-ins, failures and changes to the account, newest first. */
export function RecentActivity({
  entries,
  timeZone,
}: {
  entries: ActivityDTO[];
  timeZone: string;
}) {
  if (entries.length === 0) return <p>Nothing yet.</p>;
  return (
    <TableScroll label="Your account activity">
      <table>
        <caption className="visually-hidden">Recent activity on your account, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatInstant(entry.at, timeZone)}</td>
              <td>
                {EVENT_WORDING[entry.event]}
                {entry.detail ? ` (${entry.detail})` : ""}
              </td>
              <td>{[entry.device, entry.network].filter(Boolean).join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
