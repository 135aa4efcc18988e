import { pluralDays } from "@/lib/charts";
import {
  type Comparison,
  type ComparisonKind,
  FDR_LEVEL,
  MIN_DAYS_PER_SIDE,
  MIN_PAIRED_DAYS,
  type PatternAnalysis,
} from "@/lib/patterns/types";
import { ComparisonGroup } from "./comparison-group";

const ORDER: ComparisonKind[] = ["partOfDay", "person", "context", "emotion", "relief", "weekday"];

/** Every comparison, grouped, with a plain statement of how the numbers were made. */
export function ComparisonsSection({ analysis }: { analysis: PatternAnalysis }) {
  const byKind = new Map<ComparisonKind, Comparison[]>();
  for (const comparison of analysis.comparisons) {
    byKind.set(comparison.kind, [...(byKind.get(comparison.kind) ?? []), comparison]);
  }
  const methods = [...new Set(analysis.comparisons.map((comparison) => comparison.method))];
  return (
    <section aria-labelledby="comparisons-heading">
      <h2 id="comparisons-heading">What tends to go with more or less pain?</h2>
      <div className="notice notice--info">
        <p>
          Each comparison shows the days on each side, the difference in pain and a 95% interval for
          it. {methods.join(" ")} With {analysis.testedCount} comparisons tested at once, some would
          look like patterns by chance, so a pattern is only called found when it survives a
          false-discovery-rate correction (Benjamini–Hochberg, {Math.round(FDR_LEVEL * 100)}%) and
          its interval excludes zero. Comparisons with fewer than {pluralDays(MIN_DAYS_PER_SIDE)} on
          a side (or {MIN_PAIRED_DAYS} days with both parts of day rated) are not tested yet.
        </p>
        <p>A pattern is something to reflect on, not a cause, and not a diagnosis.</p>
      </div>
      {ORDER.filter((kind) => byKind.has(kind)).map((kind) => (
        <ComparisonGroup key={kind} kind={kind} comparisons={byKind.get(kind) ?? []} />
      ))}
    </section>
  );
}
