import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/accounts/sign-out-button";
import { requireUser } from "@/lib/sessions/loaders";

export const metadata: Metadata = { title: "More" };

const PLACES = [
  { href: "/journal/calendar", label: "Calendar", about: "each day of a month coloured by pain" },
  { href: "/journal/find", label: "Search the journal", about: "notes, tags and reflections" },
  { href: "/reflect", label: "Reflect", about: "questions your patterns raise, and breathing" },
  { href: "/reflect/peg", label: "Weekly check", about: "the three PEG questions" },
  { href: "/experiments", label: "Experiments", about: "test a change on yourself, fairly" },
  { href: "/share", label: "Share", about: "a summary for your therapist, as a link or PDF" },
  { href: "/safety", label: "Safety", about: "red flags you reported and what to do" },
  { href: "/journal/relief", label: "Relief library", about: "stretches and how to do them" },
  { href: "/settings/reminders", label: "Reminders", about: "calendar, notifications, email" },
  { href: "/settings", label: "Settings", about: "time zone, password, your data" },
] as const;

/** Everything that does not fit the phone's tab bar, and signing out. */
export default async function MorePage() {
  const user = await requireUser();
  return (
    <>
      <h1>More</h1>
      <ul className="more-list">
        {PLACES.map((place) => (
          <li key={place.href}>
            <Link href={place.href}>
              <span className="more-list__label">{place.label}</span>
              <span className="more-list__about">{place.about}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="account-heading" className="card">
        <h2 id="account-heading">Account</h2>
        <p className="muted">Signed in as {user.email}</p>
        <SignOutButton />
      </section>
    </>
  );
}
