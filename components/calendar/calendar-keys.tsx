"use client";

import { useEffect } from "react";

const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * Arrow keys move between the days of the calendar table `tableId` (a week up or down, a day
 * left or right), Home and End to the first and last day that opens; Tab still walks them in
 * order. The table works without this script: it only adds the keys a date grid usually has.
 */
export function CalendarKeys({ tableId }: { tableId: string }) {
  useEffect(() => {
    const table = document.getElementById(tableId);
    if (!table) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const current = (event.target as HTMLElement).closest<HTMLAnchorElement>("a[data-date]");
      if (!current || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const days = [...table.querySelectorAll<HTMLAnchorElement>("a[data-date]")];
      let next: HTMLAnchorElement | undefined;
      if (event.key === "Home") next = days[0];
      else if (event.key === "End") next = days.at(-1);
      else if (event.key in STEPS) {
        const date = new Date(`${current.dataset.date}T00:00:00Z`);
        date.setUTCDate(date.getUTCDate() + (STEPS[event.key] ?? 0));
        const wanted = date.toISOString().slice(0, 10);
        next = days.find((day) => day.dataset.date === wanted);
      } else return;
      event.preventDefault();
      next?.focus();
    };
    table.addEventListener("keydown", onKeyDown);
    return () => table.removeEventListener("keydown", onKeyDown);
  }, [tableId]);
  return null;
}
