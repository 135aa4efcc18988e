export const projectRoot: string;
export const migrationsDir: string;
export function dataDirectory(): string;
export function openDatabase(options?: {
  dataDir?: string;
  applyMigrations?: boolean;
  log?: (message: string) => void;
}): Promise<{ url: string; isEmbedded: boolean; stop: () => Promise<void> }>;
