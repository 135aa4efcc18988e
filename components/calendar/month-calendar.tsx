import Link from "next/link";
import { formatDayPain, PAIN_LEVEL_WORDS, weeksOf } from "@/lib/calendar/grid/month";
import type { CalendarDayDTO } from "@/lib/calendar/types";
import { formatLongDate } from "@/lib/journal/format/dates";
import { CalendarKeys } from "./calendar-keys";
import { journalDayHref } from "./day-link";

const CALENDAR_TABLE_ID = "month-calendar";

const WEEKDAYS = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
  ["Sun", "Sunday"],
] as const;

/**
 * The month as a table, Monday to Sunday: each day shows its date and its day pain as a number
 * (or a dash), coloured by its band, and opens the day's journal view. The table is the text
 * alternative too: each day reads out as "12 March 2026, Thursday: day pain 4.5 (moderate)".
 * The arrow keys move between days (CalendarKeys).
 */
export function MonthCalendar({ caption, days }: { caption: string; days: CalendarDayDTO[] }) {
  return (
    <>
      <table className="month-calendar" id={CALENDAR_TABLE_ID}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={long} scope="col">
                <abbr title={long}>{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(days).map((week) => (
            <tr key={week.find((day) => day)?.date}>
              {week.map((day, index) =>
                day ? (
                  <td key={day.date}>
                    <CalendarDay day={day} />
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: empty places before or after the month
                  <td key={index} className="month-calendar__blank" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <CalendarKeys tableId={CALENDAR_TABLE_ID} />
    </>
  );
}

function CalendarDay({ day }: { day: CalendarDayDTO }) {
  const dayOfMonth = Number(day.date.slice(8));
  // "Thursday 12 March 2026" → "12 March 2026, Thursday:", the day number being the visible part.
  // The text sits in two spans only: the flex layout puts a space between its items.
  const [weekday, , ...monthYear] = formatLongDate(day.date).split(" ");
  const spokenDate = ` ${monthYear.join(" ")}, ${weekday}:`;
  if (day.isFuture) {
    return (
      <span className="cal-day cal-day--future">
        <span className="cal-day__date">
          {dayOfMonth}
          <span className="visually-hidden">{spokenDate} not yet</span>
        </span>
      </span>
    );
  }
  return (
    <Link
      href={journalDayHref(day.date)}
      className={`cal-day cal-day--${day.level}`}
      data-date={day.date}
    >
      <span className="cal-day__date">
        {dayOfMonth}
        <span className="visually-hidden">{spokenDate}</span>
      </span>
      {day.dayPain === null ? (
        <span className="cal-day__pain">
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{PAIN_LEVEL_WORDS[day.level]}</span>
        </span>
      ) : (
        <span className="cal-day__pain">
          <span className="visually-hidden">day pain </span>
          {formatDayPain(day.dayPain)}
          <span className="visually-hidden"> ({PAIN_LEVEL_WORDS[day.level]})</span>
        </span>
      )}
    </Link>
  );
}
