// Runs in the browser before the app's code. zod compiles object parsers with `new Function`
// unless told not to, and probes for it even then; under the strict Content-Security-Policy
// (lib/csp.ts) the probe is blocked and reported as a violation. Forms parse fast enough without.
// zod 4 keeps its configuration on this global and reads it when a schema first parses, so setting
// it here costs no download: importing zod's `config` put a 28 KiB (gzip) chunk on every page,
// charts-only Patterns included. e2e/csp.spec.ts fails if a form's parse ever probes again.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;
