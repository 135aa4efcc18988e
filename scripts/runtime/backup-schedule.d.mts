export function parseSchedule(text: string, now?: Date): { intervalMs: number; next: Date };
export function listBackups(dir: string): Promise<string[]>;
export function pruneBackups(dir: string, keep: number): Promise<string[]>;
export function readBackupStatus(dir: string): Promise<Record<string, unknown> | null>;
export function backupAndRecord(options: {
  url: string;
  dir: string;
  recipient: string;
  keep: number;
  log: (message: string) => void;
}): Promise<string>;
export function scheduleBackups(options: {
  url: string;
  dir: string;
  recipient: string | undefined;
  schedule: string;
  keep: number;
  log: (message: string) => void;
}): { state: () => "waiting" | "ok" | "failing"; intervalMs: () => number; stop: () => void };
