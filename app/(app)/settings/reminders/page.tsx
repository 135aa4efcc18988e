import type { Metadata } from "next";
import { CalendarLink } from "@/components/reminders/calendar-link";
import { PushDevices } from "@/components/reminders/push-devices";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { loadRemindersPage } from "@/lib/reminders/loaders";

export const metadata: Metadata = { title: "Reminders" };

export default async function RemindersPage() {
  const page = await loadRemindersPage();
  return (
    <>
      <h1>Reminders</h1>
      <p className="lead">
        A nudge each evening for the check-in: in your calendar, as a notification, or by email.
        Notifications and emails are skipped on nights you have already checked in, and none of them
        say anything about your health.
      </p>
      <section aria-labelledby="time-heading" className="card">
        <h2 id="time-heading">When</h2>
        <ReminderSettingsForm
          time={page.settings.time}
          isEmailEnabled={page.settings.isEmailEnabled}
          isMailConfigured={page.isMailConfigured}
          timeZone={page.timeZone}
        />
      </section>
      <section aria-labelledby="push-heading" className="card">
        <h2 id="push-heading">Notifications on your devices</h2>
        <PushDevices devices={page.devices} publicKey={page.vapidPublicKey} />
      </section>
      <section aria-labelledby="calendar-heading" className="card">
        <h2 id="calendar-heading">Calendar</h2>
        <CalendarLink
          hasLink={page.settings.hasCalendarLink}
          createdOn={page.settings.calendarCreatedAt}
        />
      </section>
    </>
  );
}
