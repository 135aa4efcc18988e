export function listMigrations(
  migrationsDir: string,
): Promise<{ name: string; sql: string; checksum: string }[]>;
export function migrate(options: {
  url: string;
  migrationsDir: string;
  names?: string[];
  log?: (message: string) => void;
}): Promise<string[]>;
