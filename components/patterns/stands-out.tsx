import type { Headline } from "@/lib/patterns/wording/wording";

/** The top of the Patterns page: the clearest patterns in plain words, or that none stand out. */
export function StandsOut({ headline, dayCount }: { headline: Headline; dayCount: number }) {
  return (
    <section aria-labelledby="stands-out-heading" className="card stands-out">
      <h2 id="stands-out-heading">What stands out</h2>
      {headline.kind === "found" ? (
        <>
          <ul className="findings">
            {headline.lines.map((line) => (
              <li key={line.key}>{line.text}</li>
            ))}
          </ul>
          {headline.otherFound > 0 ? (
            <p>
              {headline.otherFound} more {headline.otherFound === 1 ? "pattern" : "patterns"} below,
              under &ldquo;Show every comparison&rdquo;.
            </p>
          ) : null}
        </>
      ) : (
        <p>
          <strong>Nothing stands out yet.</strong>{" "}
          {headline.moreDaysToTell !== null
            ? `About ${headline.moreDaysToTell} more ${headline.moreDaysToTell === 1 ? "day" : "days"} of check-ins would tell.`
            : `Nothing in these ${dayCount} days differs clearly from what chance alone could give.`}
        </p>
      )}
      <p className="muted">
        These are things that went together in your own records: something to reflect on, not a
        cause and not a diagnosis.
      </p>
    </section>
  );
}
