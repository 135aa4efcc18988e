import type { Metadata } from "next";
import Link from "next/link";
import { BreathingPractice } from "@/components/breathing/breathing-practice";
import { ReflectNav } from "@/components/reflection/reflect-nav";
import { requireUser } from "@/lib/sessions/loaders";

export const metadata: Metadata = { title: "Breathing practice" };

export default async function BreathePage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string }>;
}) {
  await requireUser();
  const isAfterSaving = (await searchParams).saved === "1";
  return (
    <>
      <h1>Breathing practice</h1>
      {isAfterSaving ? (
        <p className="notice notice--success" role="status">
          Your reflection is saved. <Link href="/reflect/history">Read it in your reflections</Link>
          .
        </p>
      ) : null}
      <p className="lead">
        If you like, a few minutes of slow breathing: in through the nose, and a longer breath out,
        letting go of what you are holding. About six breaths a minute. Stop whenever you want.
      </p>
      <ReflectNav current="/reflect/breathe" />
      <section aria-labelledby="practice-heading" className="card">
        <h2 id="practice-heading">Breathe slowly</h2>
        <BreathingPractice />
      </section>
      <p>
        <Link href="/reflect">Back to the questions</Link>
      </p>
    </>
  );
}
