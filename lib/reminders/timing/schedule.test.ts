import { describe, expect, test } from "vitest";
import { CATCH_UP_MINUTES, dueReminderDate, formatMinute, reminderInstant } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("dueReminderDate", () => {
  const berlin = { dailyMinute: 21 * 60, timeZone: "Europe/Berlin" };

  test("due from the chosen local time until the catch-up window closes", () => {
    // 21:00 in Berlin in winter is 20:00 UTC.
    expect(dueReminderDate({ ...berlin, now: at("2026-11-24T19:59:00Z") })).toBeNull();
    expect(dueReminderDate({ ...berlin, now: at("2026-11-24T20:00:00Z") })).toBe("2026-11-24");
    expect(dueReminderDate({ ...berlin, now: at("2026-11-24T21:59:00Z") })).toBe("2026-11-24");
    expect(
      dueReminderDate({
        ...berlin,
        now: new Date(Date.parse("2026-11-24T20:00:00Z") + CATCH_UP_MINUTES * 60_000),
      }),
    ).toBeNull();
  });

  test("follows daylight saving time: 21:00 local is 19:00 UTC in summer", () => {
    expect(dueReminderDate({ ...berlin, now: at("2026-07-01T18:59:00Z") })).toBeNull();
    expect(dueReminderDate({ ...berlin, now: at("2026-07-01T19:00:00Z") })).toBe("2026-07-01");
    // The evening the clocks go back (25 October 2026) and the one they go forward (29 March).
    expect(dueReminderDate({ ...berlin, now: at("2026-10-25T20:00:00Z") })).toBe("2026-10-25");
    expect(dueReminderDate({ ...berlin, now: at("2026-03-29T19:00:00Z") })).toBe("2026-03-29");
  });

  test("a time after midnight reminds for the journal day that is ending", () => {
    const late = { dailyMinute: 30, timeZone: "America/New_York" };
    // 00:30 on 25 November in New York (05:30 UTC) belongs to the journal day 24 November.
    expect(dueReminderDate({ ...late, now: at("2026-11-25T05:30:00Z") })).toBe("2026-11-24");
    expect(dueReminderDate({ ...late, now: at("2026-11-24T05:29:00Z") })).toBeNull();
  });

  test("zones far from UTC", () => {
    const kiritimati = { dailyMinute: 20 * 60, timeZone: "Pacific/Kiritimati" }; // UTC+14
    expect(dueReminderDate({ ...kiritimati, now: at("2026-11-24T06:00:00Z") })).toBe("2026-11-24");
    const pagoPago = { dailyMinute: 20 * 60, timeZone: "Pacific/Pago_Pago" }; // UTC−11
    expect(dueReminderDate({ ...pagoPago, now: at("2026-11-25T07:00:00Z") })).toBe("2026-11-24");
  });
});

test("reminderInstant and formatMinute", () => {
  expect(
    reminderInstant({
      date: "2026-11-24",
      dailyMinute: 21 * 60 + 5,
      timeZone: "UTC",
    }).toISOString(),
  ).toBe("2026-11-24T21:05:00.000Z");
  expect(formatMinute(21 * 60 + 5)).toBe("21:05");
  expect(formatMinute(0)).toBe("00:00");
});
