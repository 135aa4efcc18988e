import { z } from "zod";

// Runs in the browser before the app's code. zod compiles object parsers with `new Function`
// unless told not to, and probes for it even then; under the strict Content-Security-Policy
// (lib/csp.ts) the probe is blocked and reported as a violation. Forms parse fast enough without.
z.config({ jitless: true });
