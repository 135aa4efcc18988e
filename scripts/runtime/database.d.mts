export const projectRoot: string;
export const migrationsDir: string;
export function dataDirectory(): string;
export function openDatabase(options?: {
  dataDir?: string;
  applyMigrations?: boolean;
  supervise?: boolean;
  onDown?: () => void;
  log?: (message: string) => void;
}): Promise<{ url: string; adminUrl: string; isEmbedded: boolean; stop: () => Promise<void> }>;
export function openDatabaseForTool(options?: {
  applyMigrations?: boolean;
  log?: (message: string) => void;
}): Promise<{ url: string; isEmbedded: boolean; stop: () => Promise<void> }>;
export function backupSettings(): {
  dir: string;
  recipient: string | undefined;
  keep: number;
  schedule: string | undefined;
};
