import { METHOD_PLAIN, METHOD_TECHNICAL } from "@/lib/patterns/method";
import type { Comparison, ComparisonKind, PatternAnalysis } from "@/lib/patterns/types";
import { ComparisonGroup } from "./comparison-group";

const ORDER: ComparisonKind[] = ["partOfDay", "person", "context", "emotion", "relief", "weekday"];

/** Every comparison, grouped, with a plain statement of how the numbers were made. */
export function ComparisonsSection({ analysis }: { analysis: PatternAnalysis }) {
  const byKind = new Map<ComparisonKind, Comparison[]>();
  for (const comparison of analysis.comparisons) {
    byKind.set(comparison.kind, [...(byKind.get(comparison.kind) ?? []), comparison]);
  }
  return (
    <section aria-labelledby="comparisons-heading">
      <h2 id="comparisons-heading">What tends to go with more or less pain?</h2>
      <div className="notice notice--info">
        <p>{METHOD_PLAIN}</p>
        <details>
          <summary>How this is worked out</summary>
          <dl>
            {METHOD_TECHNICAL.map(({ term, text }) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      {ORDER.filter((kind) => byKind.has(kind)).map((kind) => (
        <ComparisonGroup key={kind} kind={kind} comparisons={byKind.get(kind) ?? []} />
      ))}
    </section>
  );
}
