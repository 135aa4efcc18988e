"use client";

/**
 * A dashed line across a chart with a dark label (chartjs-plugin-annotation): life events on the
 * weekly trend, the PEG levels. `scaleID` is the axis the value is on.
 */
export function annotationLine({
  scaleID,
  value,
  content,
  color,
  dash,
  position = "end",
}: {
  scaleID: "x" | "y";
  value: number;
  content: string;
  color: string;
  dash: number[];
  position?: "start" | "center" | "end";
}) {
  return {
    type: "line" as const,
    scaleID,
    value,
    borderColor: color,
    borderWidth: 2,
    borderDash: dash,
    label: {
      display: true,
      content,
      position,
      backgroundColor: "rgba(31, 35, 40, 0.88)",
      color: "#ffffff",
      font: { size: 11 },
    },
  };
}
