import type { Metadata } from "next";
import { RedFlagGuide } from "@/components/safety/red-flag-guide";
import { RedFlagHistory } from "@/components/safety/red-flag-history";
import { loadSafetyPage } from "@/lib/safety/loaders";
import { BACK_OFF_STRETCHES } from "@/lib/safety/red-flags/guidance";

export const metadata: Metadata = { title: "Safety" };

export default async function SafetyPage() {
  const { summary, today } = await loadSafetyPage();
  return (
    <>
      <h1>Safety</h1>
      <p className="lead">
        Backstory does not diagnose. It can only help you notice the symptoms that need a
        professional, and tell you how soon.
      </p>
      <section aria-labelledby="reported-heading" className="card">
        <h2 id="reported-heading">What you reported</h2>
        <RedFlagHistory summary={summary} today={today} />
      </section>
      <RedFlagGuide />
      <section aria-labelledby="stretch-heading" className="card">
        <h2 id="stretch-heading">Back off the stretches</h2>
        <ul>
          {BACK_OFF_STRETCHES.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
