import { Suspense } from "react";
import type { Comparison, ComparisonKind, PatternAnalysis } from "@/lib/patterns/types";
import { loggedComparisons } from "@/lib/patterns/wording/wording";
import { ComparisonGroup } from "./comparison-group";

const ORDER: ComparisonKind[] = [
  "partOfDay",
  "person",
  "context",
  "emotion",
  "relief",
  "dayFactor",
  "weekday",
];

/** Every comparison of what the person logged, grouped by kind. */
export function ComparisonsSection({ analysis }: { analysis: PatternAnalysis }) {
  const byKind = new Map<ComparisonKind, Comparison[]>();
  for (const comparison of loggedComparisons(analysis.comparisons)) {
    byKind.set(comparison.kind, [...(byKind.get(comparison.kind) ?? []), comparison]);
  }
  return (
    <section aria-labelledby="comparisons-heading">
      <h2 id="comparisons-heading">What tends to go with more or less pain?</h2>
      <p>
        Each chart shows how much more (right of zero) or less (left) pain went with one thing than
        without it, with a bar for the range the true difference most likely lies in (95% interval).
        Orange bars are patterns found.
      </p>
      {ORDER.filter((kind) => byKind.has(kind)).map((kind) => (
        // Its own Suspense boundary: each group hydrates separately (see the Patterns page).
        <Suspense key={kind}>
          <ComparisonGroup kind={kind} comparisons={byKind.get(kind) ?? []} />
        </Suspense>
      ))}
    </section>
  );
}
