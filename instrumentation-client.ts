import { config } from "zod/v4/core";

// Runs in the browser before the app's code. zod compiles object parsers with `new Function`
// unless told not to, and probes for it even then; under the strict Content-Security-Policy
// (lib/csp.ts) the probe is blocked and reported as a violation. Forms parse fast enough without.
// Only zod's core config is imported here, so pages that use no zod do not load it.
config({ jitless: true });
