import type { SessionLifetimes } from "@/lib/env";

/** How often a session's lastSeenAt is written: at most once a minute per session, not per request. */
export const TOUCH_INTERVAL_MS = 60_000;

/** The instants before which a session counts as idle or too old, and when to record a visit again. */
export function sessionCutoffs({ now, lifetimes }: { now: Date; lifetimes: SessionLifetimes }) {
  return {
    idleBefore: new Date(now.getTime() - lifetimes.idleSeconds * 1000),
    createdBefore: new Date(now.getTime() - lifetimes.absoluteSeconds * 1000),
    touchBefore: new Date(now.getTime() - TOUCH_INTERVAL_MS),
  };
}

/** Seconds until a session that began at `createdAt` reaches its absolute end (never below 0). */
export function secondsUntilAbsoluteEnd({
  createdAt,
  now,
  lifetimes,
}: {
  createdAt: Date;
  now: Date;
  lifetimes: SessionLifetimes;
}) {
  const end = createdAt.getTime() + lifetimes.absoluteSeconds * 1000;
  return Math.max(0, Math.floor((end - now.getTime()) / 1000));
}
