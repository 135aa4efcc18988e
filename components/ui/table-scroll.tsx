import type { ReactNode } from "react";

/**
 * The box a wide table scrolls in on a narrow screen, so the page itself never scrolls sideways.
 * It is a named region (a labelled section) in the tab order: keyboard users can focus it and
 * scroll it with the arrow keys (axe scrollable-region-focusable; Adrian Roselli,
 * https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
