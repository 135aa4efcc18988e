/**
 * What identifies a record across an export and an import: the same file imported twice adds
 * nothing the second time.
 */

export const lifeEventKey = (date: string, title: string) => `${date}\u0000${title}`;
export const reflectionKey = (promptKey: string, createdAt: string | Date) =>
  `${promptKey}\u0000${new Date(createdAt).getTime()}`;
export const tagKey = (kind: string, name: string) => `${kind}\u0000${name}`;

/** What identifies an experiment across an export and an import (the same file twice adds one). */
export const experimentKey = (e: { startDate: string; blockDays: number; blockOrder: string }) =>
  `${e.startDate}\u0000${e.blockDays}\u0000${e.blockOrder}`;
