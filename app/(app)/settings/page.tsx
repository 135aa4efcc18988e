import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { DeleteAccountForm } from "@/components/accounts/delete-account-form";
import { RecentActivity } from "@/components/accounts/recent-activity";
import { RegenerateCodesForm } from "@/components/accounts/regenerate-codes-form";
import { SessionList } from "@/components/accounts/session-list";
import { SettingsForm } from "@/components/accounts/settings-form";
import { SignOutEverywhereButton } from "@/components/accounts/sign-out-everywhere-button";
import { TwoFactorSettings } from "@/components/accounts/two-factor-settings";
import { ExportForm } from "@/components/export/export-form";
import { ImportForm } from "@/components/export/import-form";
import { loadMyActivity } from "@/lib/audit/loaders";
import { loadMyUnusedCodeCount } from "@/lib/recovery/loaders";
import { formatInstant } from "@/lib/sessions/display/format";
import { loadMySessions, requireUser } from "@/lib/sessions/loaders";
import { loadMyTwoFactor } from "@/lib/two-factor/loaders";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const [{ sessions }, activity, unusedCodes] = await Promise.all([
    loadMySessions(),
    loadMyActivity(),
    loadMyUnusedCodeCount(),
  ]);
  const twoFactor = await loadMyTwoFactor();
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(user.timeZone)) timeZones.unshift(user.timeZone);
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">Signed in as {user.email}</p>
      <p>
        <Link href="/settings/reminders">Reminders: calendar, notifications and email</Link>
      </p>
      <p>
        <Link href="/settings/medications">Medications: your list and usual doses</Link>
      </p>
      <section aria-labelledby="zone-heading" className="card">
        <h2 id="zone-heading">Time zone</h2>
        <SettingsForm timeZone={user.timeZone} timeZones={timeZones} />
      </section>
      <section aria-labelledby="password-heading" className="card">
        <h2 id="password-heading">Password</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="two-factor-heading" className="card">
        <h2 id="two-factor-heading">Two-step sign-in</h2>
        <TwoFactorSettings isEnabled={twoFactor.isEnabled} />
      </section>
      <section aria-labelledby="recovery-heading" className="card">
        <h2 id="recovery-heading">Recovery codes</h2>
        <p>
          {unusedCodes === 1 ? "1 recovery code is" : `${unusedCodes} recovery codes are`} left.
          Each lets you choose a new password if you forget yours. New codes replace all the old
          ones.
        </p>
        <RegenerateCodesForm />
      </section>
      <section aria-labelledby="sessions-heading" className="card">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <SessionList
          sessions={sessions.map((session) => ({
            id: session.id,
            device: session.device,
            signedIn: formatInstant(session.createdAt, user.timeZone),
            lastSeen: formatInstant(session.lastSeenAt, user.timeZone),
            isCurrent: session.isCurrent,
          }))}
        />
        <p>Signed in on a device you no longer have? This ends every session, this one included.</p>
        <SignOutEverywhereButton />
      </section>
      <section aria-labelledby="activity-heading" className="card">
        <h2 id="activity-heading">Recent activity</h2>
        <p>
          Sign-ins, failed attempts and changes to your account, and each opening of your share
          links, for the last year. Something you don't recognise? Change your password and sign out
          everywhere.
        </p>
        <RecentActivity entries={activity} timeZone={user.timeZone} />
      </section>
      <section aria-labelledby="data-heading" className="card">
        <h2 id="data-heading">Your data</h2>
        <p>
          Everything you record is yours: take all of it with you, keep a backup, or bring it back.
        </p>
        <ExportForm />
        <ImportForm />
        <h3>From Daylio or a spreadsheet</h3>
        <p>
          <Link href="/settings/import">Bring your history in</Link> from a Daylio export or any
          spreadsheet saved as CSV, with a preview before anything is saved.
        </p>
      </section>
      <section aria-labelledby="delete-heading" className="card">
        <h2 id="delete-heading">Delete account</h2>
        <p>
          This deletes your account and everything in it, for good: every check-in, quick log, note,
          reflection and share link. Share links stop working at once and you are signed out
          everywhere. Download a JSON export first if you may want it back.
        </p>
        <DeleteAccountForm />
      </section>
    </>
  );
}
