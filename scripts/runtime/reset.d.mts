export function resetRefusal(options: {
  env: Record<string, string | undefined>;
  isConfirmed: boolean;
}): string | null;
export function describeDatabase(url: string): string;
export function emptySchema(options: { url: string }): Promise<void>;
