export function startEmbeddedPostgres(options: {
  dataDir: string;
  log?: (message: string) => void;
}): Promise<{ url: string; stop: () => Promise<void> }>;
export function readOrCreateSecret(file: string): Promise<string>;
