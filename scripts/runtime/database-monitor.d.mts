export function monitorDatabase(options: {
  url: string;
  migrationNames: string[];
  log: (message: string) => void;
  intervalMs?: number;
}): {
  isAvailable: () => boolean;
  readiness: () => { database: boolean; migrationsMissing: number };
  markDown: (reason: string) => void;
  stop: () => Promise<void>;
};
