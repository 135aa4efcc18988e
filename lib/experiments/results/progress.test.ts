import { describe, expect, test } from "vitest";
import { analysisEndsBefore, progressOf, statusOf } from "./progress";

// 2 pairs of 2-night blocks from 1 March: on 1–2, off 3–4, off 5–6, on 7–8.
const experiment = { startDate: "2026-03-01", blockDays: 2, blockOrder: "ABBA", stoppedOn: null };

describe("statusOf", () => {
  test("planned, running, waiting for the last outcome day, finished", () => {
    expect(statusOf(experiment, "2026-02-28")).toBe("planned");
    expect(statusOf(experiment, "2026-03-01")).toBe("running");
    expect(statusOf(experiment, "2026-03-08")).toBe("running");
    expect(statusOf(experiment, "2026-03-09")).toBe("waiting");
    expect(statusOf(experiment, "2026-03-10")).toBe("finished");
  });

  test("stopped wins, whatever the date", () => {
    const stopped = { ...experiment, stoppedOn: "2026-03-04" };
    expect(statusOf(stopped, "2026-03-04")).toBe("stopped");
    expect(analysisEndsBefore(stopped)).toBe("2026-03-04");
    expect(analysisEndsBefore(experiment)).toBe("2026-03-09");
  });
});

describe("progressOf", () => {
  const nights = [
    { date: "2026-03-01", isDone: true },
    { date: "2026-03-02", isDone: false },
    { date: "2026-03-03", isDone: true },
    // Tonight's answer does not count until tonight is over.
    { date: "2026-03-05", isDone: false },
  ];

  test("counts the nights before today, on and off, done or not, and unanswered", () => {
    expect(progressOf(experiment, nights, "2026-03-05")).toEqual({
      nightsSoFar: 4,
      totalNights: 8,
      onNights: 2,
      onNightsDone: 1,
      offNights: 2,
      offNightsDone: 1,
      nightsUnrecorded: 1,
    });
  });

  test("stops counting at the stop night, and at the last night", () => {
    expect(
      progressOf({ ...experiment, stoppedOn: "2026-03-03" }, nights, "2026-03-20"),
    ).toMatchObject({
      nightsSoFar: 2,
      onNights: 2,
      offNights: 0,
    });
    expect(progressOf(experiment, [], "2026-04-01").nightsSoFar).toBe(8);
    expect(progressOf(experiment, [], "2026-02-01").nightsSoFar).toBe(0);
  });
});
