import { IMPORT_LIMITS, importShapeProblem } from "./limits";
import { runOffThread } from "./off-thread";

/** What the top of a parsed file says about itself, for the first problems an import names. */
export type FileHead = { isObject: boolean; format: unknown; schemaVersion: unknown };

export type ReadJson =
  | { kind: "value"; value: unknown }
  | { kind: "syntax"; detail: string }
  | { kind: "refused"; head: FileHead; problem: string }
  | { kind: "unreadable"; problem: string };

/** Also runs in the worker from its source text: it refers to nothing but its argument. */
export function fileHeadOf(value: unknown): FileHead {
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  const record = (isObject ? value : {}) as { format?: unknown; schemaVersion?: unknown };
  return { isObject, format: record.format, schemaVersion: record.schemaVersion };
}

// The worker gets the file's text, parses it and checks the caps. Only a value within the caps
// comes back (copied to this thread, bounded by the caps rather than the file's size); a file
// over them comes back as one sentence. Written as source text so the worker needs no bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const shapeProblem = ${importShapeProblem.toString()};
const headOf = ${fileHeadOf.toString()};
function read(text, limits) {
  let value;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { kind: "syntax", detail: error instanceof SyntaxError ? error.message : "" };
  }
  const problem = shapeProblem(value, limits);
  return problem === null ? { kind: "value", value } : { kind: "refused", head: headOf(value), problem };
}
parentPort.postMessage(read(workerData.text, workerData.limits));
`;

/** A worker that runs out of memory or dies says only this. */
const UNREADABLE = "This file could not be read: it is too large or too complex to import.";

/**
 * Parses an uploaded JSON file off the main thread and checks the import caps there, so a large
 * or hostile file never holds up anyone else's request while it is parsed (README "Your data").
 */
export function readJsonOffThread(text: string): Promise<ReadJson> {
  return runOffThread<ReadJson>({
    source: WORKER_SOURCE,
    workerData: { text, limits: IMPORT_LIMITS },
    failed: { kind: "unreadable", problem: UNREADABLE },
  });
}
