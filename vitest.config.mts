import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = {
  "@": root,
  // server-only throws outside a React Server Components bundle; tests import server modules directly.
  "server-only": fileURLToPath(new URL("./test/empty-module.ts", import.meta.url)),
};

export default defineConfig({
  test: {
    // Vitest keeps a core free by default (one worker on a 2-core CI machine), so the CPU-bound
    // simulations ran one after another; the main process idles while they run. Integration
    // files still run one at a time (fileParallelism: false below).
    maxWorkers: availableParallelism(),
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,components,app,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.integration.test.ts", "components/**/*.test.tsx", "node_modules/**"],
          // Property and simulation tests take seconds; on a busy shared 2-core machine (load
          // above 20 was seen) the default 5 s failed tests that passed alone.
          testTimeout: 30_000,
          // A non-UTC zone catches code that silently relies on the machine's clock zone.
          env: { TZ: "America/Sao_Paulo" },
        },
      },
      {
        resolve: { alias },
        test: {
          // Client components rendered with Testing Library in happy-dom (a DOM without a browser).
          name: "components",
          include: ["components/**/*.test.tsx"],
          environment: "happy-dom",
          setupFiles: ["./test/components-setup.ts"],
          testTimeout: 30_000,
          env: { TZ: "America/Sao_Paulo" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,scripts,test}/**/*.integration.test.ts"],
          env: { TZ: "America/Sao_Paulo" },
          globalSetup: ["./test/global-setup.ts"],
          setupFiles: ["./test/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
