// Runs in the browser before the app's code. zod compiles object parsers with `new Function`
// unless told not to, and probes for it even then; under the strict Content-Security-Policy
// (lib/csp.ts) the probe is blocked and reported as a violation. Forms parse fast enough without.
// zod's core config is imported dynamically, so it is not part of every page's first load (about
// 6 KiB gzip); it is set long before any form parses, since forms parse only when submitted.
import("zod/v4/core")
  .then(({ config }) => config({ jitless: true }))
  .catch(() => {
    // Offline before the chunk was kept: the forms' own schema import fails the same way.
  });
