/** Colour-blind-safe series colours (Okabe–Ito), readable on light and dark backgrounds. */
export const CHART_COLORS = {
  blue: "#0072B2",
  orange: "#E69F00",
  green: "#009E73",
  vermillion: "#D55E00",
  sky: "#56B4E9",
  purple: "#CC79A7",
  grey: "#8A8F98",
} as const;

/** Dark text on every heatmap cell: the darkest cell still gives it a contrast above 4.5:1. */
export const HEAT_TEXT_COLOR = "#1f2328";

/**
 * Background of a heatmap cell for a mean pain 0–10, from pale to strong orange. It stops at
 * 50% lightness so HEAT_TEXT_COLOR stays readable; the number is printed in every cell anyway.
 */
export function heatColor(meanPain: number): string {
  const strength = Math.max(0, Math.min(1, meanPain / 10));
  const lightness = Math.round(96 - strength * 46);
  return `hsl(28 90% ${lightness}%)`;
}

/**
 * A chart label broken into lines of at most `width` characters at spaces (a word longer than
 * that keeps its own line), so axis labels stay whole instead of being cut or crowding the plot.
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
