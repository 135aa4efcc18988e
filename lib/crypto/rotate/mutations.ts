import "server-only";
import { existsSync, renameSync } from "node:fs";
import path from "node:path";
import { reencryptAll } from "../mutations";
import {
  dataDirectory,
  generateMasterKey,
  KEY_FILE,
  loadKeyring,
  NEXT_KEY_FILE,
  setKeyring,
  writeKeyFile,
} from "../sealing/keyring";

/*
 * `npm run rotate-key` (scripts/rotate-key.ts). With the key in the data directory it writes a
 * new key beside the old one (`encryption-key.next`, which from then on is the current key for
 * every process that starts), moves every value and keyed hash to it, and only then makes it
 * `encryption-key`, keeping the old one as `encryption-key.retired-<id>` for restoring older
 * backups. Each step is safe to interrupt: running it again picks up where it stopped. With the
 * key in the environment the operator swaps the variables, and this moves the values.
 */

export type RotationResult = {
  keyId: string;
  changed: Record<string, number>;
  /** The old key's file, kept for backups made before the rotation (file keys only). */
  retiredFile: string | null;
  isFromEnvironment: boolean;
};

function beginFileRotation(dataDir: string) {
  const nextFile = path.join(dataDir, NEXT_KEY_FILE);
  if (!existsSync(nextFile) && existsSync(path.join(dataDir, KEY_FILE))) {
    writeKeyFile(nextFile, generateMasterKey());
  }
}

function finishFileRotation(dataDir: string, retiredId: string | undefined): string | null {
  const keyFile = path.join(dataDir, KEY_FILE);
  const nextFile = path.join(dataDir, NEXT_KEY_FILE);
  let retiredFile: string | null = null;
  if (existsSync(keyFile) && retiredId) {
    retiredFile = path.join(dataDir, `${KEY_FILE}.retired-${retiredId}`);
    renameSync(keyFile, retiredFile);
  }
  if (existsSync(nextFile)) renameSync(nextFile, keyFile);
  return retiredFile;
}

/** Moves every encrypted value and keyed hash to a new key (see above). */
export async function rotateKeys({
  env = process.env,
  dataDir = dataDirectory(env),
  batchSize,
  onBatch,
}: {
  env?: Record<string, string | undefined>;
  dataDir?: string;
  batchSize?: number;
  onBatch?: () => void;
} = {}): Promise<RotationResult> {
  const isFromEnvironment = Boolean(env.BACKSTORY_ENCRYPTION_KEY);
  if (!isFromEnvironment) beginFileRotation(dataDir);
  const keyring = loadKeyring({ env, dataDir });
  setKeyring(keyring);
  const changed = await reencryptAll({ mode: "rotate", keyring, batchSize, onBatch });
  const retiredFile = isFromEnvironment
    ? null
    : finishFileRotation(dataDir, keyring.previous[0]?.id);
  setKeyring(loadKeyring({ env, dataDir }));
  return { keyId: keyring.current.id, changed, retiredFile, isFromEnvironment };
}
