import type { Metadata } from "next";
import { PegForm } from "@/components/peg/peg-form";
import { PegHistory } from "@/components/peg/peg-history";
import { ReflectNav } from "@/components/reflection/reflect-nav";
import { loadPegPage } from "@/lib/peg/loaders";

export const metadata: Metadata = { title: "Weekly check" };

export default async function PegPage() {
  const { status, trend } = await loadPegPage();
  return (
    <>
      <h1>Weekly check</h1>
      <p className="lead">
        Three questions once a week (the PEG scale): how much it hurt, and how much it got in the
        way of enjoying life and of everyday activities. The score is their average; a drop of 30%
        from your first score is a moderate improvement, 50% a substantial one.
      </p>
      <ReflectNav current="/reflect/peg" />
      <section aria-labelledby="peg-form-heading" className="card">
        <h2 id="peg-form-heading">This week</h2>
        <PegForm status={status} />
      </section>
      <section aria-labelledby="peg-trend-heading" className="card">
        <h2 id="peg-trend-heading">Over time</h2>
        <PegHistory trend={trend} />
      </section>
    </>
  );
}
