export type EmbeddedPostgres = {
  /** The app's role (no superuser). */
  url: string;
  /** The cluster's superuser, for tools that create databases. */
  adminUrl: string;
  port: number;
  clusterDir: string;
  pid: number;
  stop: () => Promise<void>;
  onExit: (listener: (reason: string) => void) => void;
};
export function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (message: string) => void;
}): Promise<EmbeddedPostgres>;
export function runningPostmaster(clusterDir: string): Promise<number | null>;
export function runningEmbeddedUrl(dataDir: string): Promise<string | null>;
export function readOrCreateSecret(file: string): Promise<string>;
