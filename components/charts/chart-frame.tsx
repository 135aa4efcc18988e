"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";

/** How far below the screen a chart starts drawing, so it is ready when scrolled to. */
const DRAW_AHEAD = "200px";

/**
 * True once the element is within DRAW_AHEAD of the viewport. A page of many charts then draws
 * only those a person looks at: drawing every chart at load blocked a phone's main thread for
 * over a second (Lighthouse total blocking time on Patterns).
 */
function useIsNearViewport(ref: React.RefObject<HTMLElement | null>): boolean {
  const [isNear, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: `${DRAW_AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return isNear;
}

/**
 * Sizes a canvas by its container (chart.js needs a positioned parent for that) and exposes it
 * as one image with a summary; the data table next to it carries the numbers. The chart itself
 * is drawn once the frame comes near the screen; the summary is there from the start.
 */
export function ChartFrame({
  summary,
  height = 260,
  children,
}: {
  summary: string;
  height?: number;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const isNear = useIsNearViewport(ref);
  return (
    <div ref={ref} className="chart-frame" style={{ height }} role="img" aria-label={summary}>
      {isNear ? children : null}
    </div>
  );
}
