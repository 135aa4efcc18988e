import type { Metadata } from "next";
import { ExperimentForm } from "@/components/experiments/experiment-form";
import { loadNewExperimentForm } from "@/lib/experiments/loaders";

export const metadata: Metadata = { title: "Plan an experiment" };

export default async function NewExperimentPage() {
  const { reliefItems, today } = await loadNewExperimentForm();
  return (
    <>
      <h1>Plan an experiment</h1>
      <p className="muted">
        Each night Tonight says whether it is an &ldquo;on&rdquo; night (do it) or an
        &ldquo;off&rdquo; night (leave it out). The recommended 14 pairs of 2-night blocks (8 weeks)
        find a real 1.5-point change in next-day pain about 8 times in 10; longer blocks find less.
      </p>
      <ExperimentForm reliefItems={reliefItems} today={today} requestId={crypto.randomUUID()} />
    </>
  );
}
