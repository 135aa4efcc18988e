"use client";

import Link from "next/link";
import {
  formatDateWithRelative,
  formatLongDate,
  formatShortDate,
} from "@/lib/journal/format/dates";

/**
 * The date the check-in files under, always visible and changeable. Says when the
 * after-midnight rule chose yesterday, when another check-in already has the chosen date, and
 * when saving will move this one.
 */
export function CheckInDateField({
  date,
  replacesDate,
  today,
  latestDate,
  checkInDates,
  onChange,
  errors,
}: {
  date: string;
  replacesDate: string | null;
  today: string;
  latestDate: string;
  checkInDates: string[];
  onChange: (date: string) => void;
  errors?: string[];
}) {
  const isAfterMidnight = today !== latestDate;
  const isValid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const hasOther = isValid && date !== replacesDate && checkInDates.includes(date);
  const isMove = isValid && replacesDate !== null && date !== replacesDate;
  const errorId = errors?.length ? "checkin-date-error" : undefined;
  return (
    <div className="date-field">
      <div className="field">
        <label htmlFor="checkin-date">Filing under</label>
        <span id="checkin-date-hint" className="hint">
          {/* One line at 360 px, so the four ratings still fit the first screen in bed. */}
          {!isValid
            ? "Choose a date."
            : isAfterMidnight && date === today
              ? `It's after midnight: this counts for ${formatShortDate(date)}.`
              : formatDateWithRelative(date, latestDate)}
        </span>
        <input
          id="checkin-date"
          type="date"
          value={date}
          max={latestDate}
          min="1900-01-01"
          required
          onChange={(event) => onChange(event.currentTarget.value)}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={["checkin-date-hint", errorId].filter(Boolean).join(" ")}
          style={{ maxWidth: "14rem" }}
        />
        {errorId ? (
          <p id={errorId} className="field-error">
            {errors?.join(" ")}
          </p>
        ) : null}
      </div>
      <div aria-live="polite">
        {hasOther ? (
          <p className="notice notice--warning">
            You already have a check-in for {formatLongDate(date)}.{" "}
            {replacesDate === null
              ? "Saving shows you both, to choose which to keep."
              : "Saving replaces it with this one."}{" "}
            <Link href={`/tonight?date=${date}`}>Open that check-in instead</Link>
          </p>
        ) : null}
        {isMove && replacesDate && !hasOther ? (
          <p className="notice notice--info">
            Saving moves this check-in from {formatLongDate(replacesDate)} to {formatLongDate(date)}
            .
          </p>
        ) : null}
      </div>
    </div>
  );
}
