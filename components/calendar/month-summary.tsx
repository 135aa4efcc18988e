import { formatDayPain } from "@/lib/calendar/grid/month";
import type { CalendarDayDTO } from "@/lib/calendar/types";
import { formatLongDate } from "@/lib/journal/format/dates";

/** The month in one or two sentences: how many days were recorded, the average and the worst. */
export function MonthSummary({ monthName, days }: { monthName: string; days: CalendarDayDTO[] }) {
  const rated = days.filter(
    (day): day is CalendarDayDTO & { dayPain: number } => day.dayPain !== null,
  );
  const checkIns = days.filter((day) => day.hasCheckIn).length;
  if (rated.length === 0 && checkIns === 0) {
    return <p className="muted">Nothing recorded in {monthName}.</p>;
  }
  const mean = rated.reduce((sum, day) => sum + day.dayPain, 0) / (rated.length || 1);
  const worst = rated.reduce<(typeof rated)[number] | null>(
    (top, day) => (top === null || day.dayPain > top.dayPain ? day : top),
    null,
  );
  return (
    <p>
      {monthName}: {checkIns} {checkIns === 1 ? "check-in" : "check-ins"}, {rated.length}{" "}
      {rated.length === 1 ? "day" : "days"} with pain rated
      {worst ? (
        <>
          ; average day pain {formatDayPain(mean)}, the highest {formatDayPain(worst.dayPain)} on{" "}
          {formatLongDate(worst.date)}
        </>
      ) : null}
      .
    </p>
  );
}
