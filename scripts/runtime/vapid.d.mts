export function generateVapidKeys(): { publicKey: string; privateKey: string };
export function readOrCreateVapidKeys(
  file: string,
): Promise<{ publicKey: string; privateKey: string }>;
