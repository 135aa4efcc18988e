import type { Metadata } from "next";
import Link from "next/link";
import { ExperimentDetail } from "@/components/experiments/experiment-detail";
import { loadExperiment } from "@/lib/experiments/loaders";

export const metadata: Metadata = { title: "Experiment" };

export default async function ExperimentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { experiment } = await loadExperiment(id);
  return (
    <>
      <p>
        <Link href="/experiments">All experiments</Link>
      </p>
      <h1>{experiment.change}</h1>
      <ExperimentDetail experiment={experiment} />
    </>
  );
}
