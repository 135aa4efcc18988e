import { createSerwistRoute } from "@serwist/turbopack";

// Builds the service worker (app/sw.ts) with esbuild at `next build` and serves it at
// /serwist/sw.js, with the list of static files to precache (Next's chunks and public/).
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute(
  {
    swSrc: "app/sw.ts",
    // esbuild-wasm is the default on Linux and is not installed; the native esbuild is.
    useNativeEsbuild: true,
  },
);
