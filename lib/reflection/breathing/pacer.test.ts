import { describe, expect, test } from "vitest";
import {
  breathingStateAt,
  breathsPerMinute,
  EXHALE_MS,
  INHALE_MS,
  PACER_MIN_SCALE,
  pacerScale,
} from "./pacer";

describe("breathingStateAt", () => {
  test("paces 6 breaths a minute: 4 s in, 6 s out", () => {
    expect(breathsPerMinute()).toBe(6);
    expect(breathsPerMinute({ inhaleMs: 5000, exhaleMs: 6000 })).toBeCloseTo(5.45, 2);
    expect(INHALE_MS + EXHALE_MS).toBe(10_000);
  });

  test("starts breathing in, switches to breathing out after 4 s, back in after 10 s", () => {
    expect(breathingStateAt({ elapsedMs: 0, minutes: 1 })).toMatchObject({
      phase: "in",
      breath: 1,
      breaths: 6,
      progress: 0,
      phaseSecondsLeft: 4,
      remainingMs: 60_000,
    });
    expect(breathingStateAt({ elapsedMs: 3999, minutes: 1 })).toMatchObject({
      phase: "in",
      phaseSecondsLeft: 1,
    });
    expect(breathingStateAt({ elapsedMs: 4000, minutes: 1 })).toMatchObject({
      phase: "out",
      breath: 1,
      progress: 0,
      phaseSecondsLeft: 6,
    });
    expect(breathingStateAt({ elapsedMs: 7000, minutes: 1 }).progress).toBeCloseTo(0.5);
    expect(breathingStateAt({ elapsedMs: 10_000, minutes: 1 })).toMatchObject({
      phase: "in",
      breath: 2,
    });
  });

  test("each selectable length runs its whole number of breaths, then is done", () => {
    for (const minutes of [1, 2, 3, 4, 5]) {
      const total = minutes * 60_000;
      expect(breathingStateAt({ elapsedMs: total - 1, minutes })).toMatchObject({
        phase: "out",
        breath: minutes * 6,
        breaths: minutes * 6,
        remainingMs: 1,
      });
      expect(breathingStateAt({ elapsedMs: total, minutes })).toMatchObject({
        phase: "done",
        progress: 1,
        remainingMs: 0,
      });
      expect(breathingStateAt({ elapsedMs: total * 3, minutes }).phase).toBe("done");
    }
  });

  test("negative elapsed time counts as the start", () => {
    expect(breathingStateAt({ elapsedMs: -500, minutes: 2 })).toMatchObject({
      phase: "in",
      breath: 1,
      remainingMs: 120_000,
    });
  });

  test("a cycle longer than the practice still gives one breath", () => {
    expect(
      breathingStateAt({ elapsedMs: 0, minutes: 0.05, inhaleMs: 4000, exhaleMs: 6000 }).breaths,
    ).toBe(1);
  });
});

describe("pacerScale", () => {
  test("grows from smallest to full while breathing in, shrinks back while breathing out", () => {
    expect(pacerScale({ phase: "in", progress: 0 })).toBeCloseTo(PACER_MIN_SCALE);
    expect(pacerScale({ phase: "in", progress: 1 })).toBeCloseTo(1);
    expect(pacerScale({ phase: "out", progress: 0 })).toBeCloseTo(1);
    expect(pacerScale({ phase: "out", progress: 1 })).toBeCloseTo(PACER_MIN_SCALE);
    expect(pacerScale({ phase: "done", progress: 1 })).toBe(PACER_MIN_SCALE);
    expect(pacerScale({ phase: "in", progress: 0.25 })).toBeLessThan(
      pacerScale({ phase: "in", progress: 0.75 }),
    );
  });
});
