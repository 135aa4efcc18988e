import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

export function createGate(options: {
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
  monitor: {
    isAvailable: () => boolean;
    readiness: () => { database: boolean; migrationsMissing: number };
  };
  isShuttingDown: () => boolean;
  backupState: () => string | null;
}): {
  listener: RequestListener;
  inFlight: () => number;
  idle: (timeoutMs: number) => Promise<void>;
};
