import Link from "next/link";
import type { PromptEvidence as Evidence } from "@/lib/reflection/types";

/** Why a prompt is asked: the comparisons that raised it, each with its days and interval. */
export function PromptEvidence({ evidence }: { evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <div className="prompt-evidence">
      <p className="prompt-evidence__title">Why this question</p>
      <ul>
        {evidence.map((item) => (
          <li key={item.comparisonKey}>{item.sentence}</li>
        ))}
      </ul>
      <p className="muted">
        Found in your check-ins of the last 12 weeks: something that went together, not a cause.{" "}
        <Link href="/patterns">See your patterns</Link>.
      </p>
    </div>
  );
}
