"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import {
  type BreathState,
  breathingStateAt,
  PHASE_WORDS,
  PRACTICE_MINUTES,
  pacerScale,
} from "@/lib/reflection/breathing/pacer";
import { useReducedMotion } from "./use-reduced-motion";

type Status = "idle" | "running" | "paused" | "done";

/** What the screen shows changes only when one of these does; the circle moves every frame. */
function viewKey(state: BreathState): string {
  return `${state.phase}:${state.breath}:${state.phaseSecondsLeft}`;
}

/**
 * A slow breathing practice with a longer breath out: a circle that grows and shrinks (still,
 * text only, when the person prefers reduced motion), the phase in words in a live region, and
 * pause, resume and stop.
 */
export function BreathingPractice({ defaultMinutes = 2 }: { defaultMinutes?: number }) {
  const id = useId();
  const isReducedMotion = useReducedMotion();
  const [minutes, setMinutes] = useState(defaultMinutes);
  const [status, setStatus] = useState<Status>("idle");
  const [view, setView] = useState<BreathState>(() =>
    breathingStateAt({ elapsedMs: 0, minutes: defaultMinutes }),
  );
  const elapsedBefore = useRef(0);
  const resumedAt = useRef(0);
  const circle = useRef<HTMLDivElement>(null);
  const shownKey = useRef("");

  const elapsedNow = useCallback(
    () => elapsedBefore.current + (performance.now() - resumedAt.current),
    [],
  );

  useEffect(() => {
    if (status !== "running") return;
    let frame = 0;
    const tick = () => {
      const state = breathingStateAt({ elapsedMs: elapsedNow(), minutes });
      if (circle.current) circle.current.style.transform = `scale(${pacerScale(state)})`;
      const key = viewKey(state);
      if (key !== shownKey.current) {
        shownKey.current = key;
        setView(state);
      }
      if (state.phase === "done") {
        setStatus("done");
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [status, minutes, elapsedNow]);

  const start = () => {
    elapsedBefore.current = 0;
    resumedAt.current = performance.now();
    shownKey.current = "";
    setView(breathingStateAt({ elapsedMs: 0, minutes }));
    setStatus("running");
  };
  const pause = () => {
    elapsedBefore.current = elapsedNow();
    setStatus("paused");
  };
  const resume = () => {
    resumedAt.current = performance.now();
    setStatus("running");
  };
  const stop = () => {
    elapsedBefore.current = 0;
    setStatus("idle");
    setView(breathingStateAt({ elapsedMs: 0, minutes }));
    if (circle.current) circle.current.style.transform = "";
  };

  const isActive = status === "running" || status === "paused";
  const spoken =
    status === "idle"
      ? ""
      : status === "paused"
        ? "Paused"
        : status === "done"
          ? PHASE_WORDS.done
          : PHASE_WORDS[view.phase];

  return (
    <div className="breathing" data-motion={isReducedMotion ? "still" : "moving"}>
      <div className="field breathing__length">
        <label htmlFor={`${id}-minutes`}>How long</label>
        <select
          id={`${id}-minutes`}
          value={minutes}
          disabled={isActive}
          onChange={(event) => setMinutes(Number(event.target.value))}
        >
          {PRACTICE_MINUTES.map((option) => (
            <option key={option} value={option}>
              {option} {option === 1 ? "minute" : "minutes"}
            </option>
          ))}
        </select>
      </div>
      {isReducedMotion ? null : (
        <div className="pacer" aria-hidden="true">
          <div ref={circle} className="pacer__circle" />
        </div>
      )}
      <p className="breathing__phase" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
      {isActive ? (
        <p className="muted breathing__count">
          Breath {view.breath} of {view.breaths}
          {status === "running" ? ` · ${view.phaseSecondsLeft} s` : ""}
        </p>
      ) : null}
      <div className="button-row">
        {status === "running" ? (
          <button type="button" className="button" onClick={pause}>
            Pause
          </button>
        ) : status === "paused" ? (
          <button type="button" className="button" onClick={resume}>
            Resume
          </button>
        ) : (
          <button type="button" className="button" onClick={start}>
            {status === "done" ? "Start again" : "Start"}
          </button>
        )}
        {isActive ? (
          <button type="button" className="button button--secondary" onClick={stop}>
            Stop
          </button>
        ) : null}
      </div>
    </div>
  );
}
