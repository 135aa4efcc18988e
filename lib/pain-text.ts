/**
 * Pain figures, differences, intervals and day counts written out for people to read: in the
 * sentences and tables of Patterns, the weekly review, reflection, PEG and the shared summary, and
 * in the text alternatives of the charts.
 */

/** A pain figure on the 0–10 scale, one decimal, trailing ".0" dropped. */
export function formatPain(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A signed difference in points, with a real minus sign: "+1.5", "−0.3", "0". */
export function formatDifference(value: number): string {
  const text = formatPain(Math.abs(value));
  if (text === "0") return "0";
  return `${value > 0 ? "+" : "−"}${text}`;
}

/** A 95% interval, e.g. "−0.5 to +2". */
export function formatInterval(low: number, high: number): string {
  return `${formatDifference(low)} to ${formatDifference(high)}`;
}

/** "1 day" / "12 days". */
export function pluralDays(count: number, unit = "day"): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}
