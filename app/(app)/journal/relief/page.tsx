import type { Metadata } from "next";
import Link from "next/link";
import {
  RELIEF_CATEGORY_LABELS,
  RELIEF_LIBRARY,
  type ReliefCategory,
  STRETCHING_GUIDANCE,
} from "@/lib/relief/library/relief-library";
import { requireUser } from "@/lib/sessions/loaders";

export const metadata: Metadata = { title: "Relief library" };

const CATEGORIES = Object.keys(RELIEF_CATEGORY_LABELS) as ReliefCategory[];

export default async function ReliefLibraryPage() {
  await requireUser();
  return (
    <>
      <h1>Relief library</h1>
      <p className="lead">
        Reminders for movements you may have learned from a professional, with when to stop. If
        something is new to you, ask a physiotherapist to show you first.
      </p>
      <section aria-labelledby="safely-heading" className="card">
        <h2 id="safely-heading">Stretching safely</h2>
        <ul>
          {STRETCHING_GUIDANCE.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={`cat-${category}`}>
          <h2 id={`cat-${category}`}>{RELIEF_CATEGORY_LABELS[category]}</h2>
          <dl>
            {RELIEF_LIBRARY.filter((item) => item.category === category).map((item) => (
              <div key={item.key} className="card">
                <dt>
                  <strong>{item.name}</strong>
                </dt>
                <dd>{item.howTo}</dd>
                <dd className="caution">{item.caution}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p>
        <Link href="/journal">Back to the journal</Link>
      </p>
    </>
  );
}
