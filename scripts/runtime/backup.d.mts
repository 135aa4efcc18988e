export const BACKUP_SUFFIX: string;
export function writeBackup(options: {
  url: string;
  dir: string;
  recipient: string;
}): Promise<string>;
