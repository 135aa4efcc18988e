export function restoreBackup(options: {
  url: string;
  file: string;
  identity: string;
  force?: boolean;
  migrationsDir: string;
  migrate: (options: { url: string; migrationsDir: string; names?: string[] }) => Promise<string[]>;
}): Promise<{ createdAt: string; restored: Record<string, number> }>;
