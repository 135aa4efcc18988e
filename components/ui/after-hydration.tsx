"use client";

import { type ReactNode, Suspense, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Renders `children` (a `React.lazy` component) only in the browser, once the page is
 * interactive: what next/dynamic with `ssr: false` does, without next/dynamic's own loader (about
 * 2.5 KiB gzip that would otherwise join the first load of Tonight and Log pain). The server, and
 * the browser until hydration, render `fallback`, which also shows while the code loads.
 */
export function AfterHydration({
  fallback,
  children,
}: {
  fallback: ReactNode;
  children: ReactNode;
}) {
  // false on the server and while hydrating, true from then on: no hydration mismatch.
  const isHydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return isHydrated ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
