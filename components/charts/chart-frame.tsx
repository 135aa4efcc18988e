"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * True once the element is on the screen. A page of many charts then draws only those a person
 * looks at: drawing every chart at load blocked a phone's main thread for over a second
 * (Lighthouse total blocking time on Patterns). Drawing 200 px ahead of the screen still drew
 * (and loaded chart.js for) the first Patterns chart, just below a phone's first screen, during
 * the load: the largest single task of the page's load (about 40 ms of CPU, 160 ms on a phone).
 */
function useIsOnScreen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [isOnScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") {
      setOnScreen(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setOnScreen(true);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return isOnScreen;
}

/**
 * Sizes a canvas by its container (chart.js needs a positioned parent for that) and exposes it
 * as one image with a summary; the data table next to it carries the numbers. The chart itself
 * is drawn once the frame comes on the screen; the summary is there from the start.
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
  const isOnScreen = useIsOnScreen(ref);
  return (
    <div ref={ref} className="chart-frame" style={{ height }} role="img" aria-label={summary}>
      {isOnScreen ? children : null}
    </div>
  );
}
