import { PAIN_LEVEL_LABELS, PAIN_LEVELS } from "@/lib/calendar/grid/month";

/** What the colours mean; every day also shows its number, so colour is never the only cue. */
export function PainLegend() {
  return (
    <ul className="cal-legend" aria-label="What the colours mean">
      {PAIN_LEVELS.map((level) => (
        <li key={level}>
          <span className={`cal-legend__swatch cal-day--${level}`} aria-hidden="true" />
          {PAIN_LEVEL_LABELS[level]}
        </li>
      ))}
    </ul>
  );
}
