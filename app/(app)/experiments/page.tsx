import type { Metadata } from "next";
import Link from "next/link";
import { ExperimentList } from "@/components/experiments/experiment-list";
import { loadExperimentsPage } from "@/lib/experiments/loaders";

export const metadata: Metadata = { title: "Experiments" };

export default async function ExperimentsPage() {
  const { experiments } = await loadExperimentsPage();
  return (
    <>
      <h1>Experiments</h1>
      <p>
        Does the evening child&rsquo;s pose help your mornings? Try a change on some nights and not
        on others, in an order drawn at random, and see whether your pain tells them apart.
      </p>
      <p>
        <Link href="/experiments/new" className="button">
          Plan an experiment
        </Link>
      </p>
      <ExperimentList experiments={experiments} />
    </>
  );
}
