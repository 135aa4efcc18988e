import Link from "next/link";
import { PATTERN_WINDOWS, type PatternWindow } from "@/lib/patterns/analysis/window";

export function WindowPicker({ current, basePath }: { current: PatternWindow; basePath: string }) {
  return (
    <nav aria-label="Time window" className="segmented">
      {(Object.keys(PATTERN_WINDOWS) as PatternWindow[]).map((window) => (
        <Link
          key={window}
          href={`${basePath}?window=${window}`}
          aria-current={window === current ? "page" : undefined}
        >
          {PATTERN_WINDOWS[window].label}
        </Link>
      ))}
    </nav>
  );
}
