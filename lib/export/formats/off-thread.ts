import { Worker } from "node:worker_threads";

/**
 * Runs `source` (CommonJS text that posts its answer to `parentPort`) in a worker thread with
 * `workerData`, so that parsing a large upload never holds up anyone else's request. The source
 * is text rather than a file so the worker needs no bundle; its `require` resolves from the
 * working directory (the app's root), as `node -e` does. A worker that runs out of memory, throws
 * or exits without answering resolves to `failed`.
 *
 * A large answer can come in parts first: the worker posts `{ part }` and waits for "next"
 * before the next one. Each part is handed to `onPart` and the next asked for a turn later, so
 * other requests are served between the parts instead of waiting for one big copy (Node hands
 * every message already queued to one turn, so parts posted all at once held the loop as long
 * as one message did). Any other message is the answer.
 */
export function runOffThread<T>({
  source,
  workerData,
  failed,
  onPart,
  transfer,
}: {
  source: string;
  workerData: unknown;
  failed: T;
  onPart?: (part: unknown) => void;
  /** Buffers in `workerData` handed to the worker rather than copied (unusable here after). */
  transfer?: ArrayBuffer[];
}): Promise<T> {
  return new Promise((resolve) => {
    // Under tsx (scripts), esbuild keeps function names by wrapping functions in `__name(…)`
    // calls, which a function's source text then carries into the worker.
    const worker = new Worker(`var __name = (target) => target;\n${source}`, {
      eval: true,
      workerData,
      ...(transfer ? { transferList: transfer } : {}),
      // A 20 MB file parses into well under this; a file built to blow up memory stops here.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let answered = false;
    const answer = (result: T) => {
      if (answered) return;
      answered = true;
      resolve(result);
      void worker.terminate();
    };
    worker.on("message", (message: T | { part: unknown }) => {
      if (onPart && typeof message === "object" && message !== null && "part" in message) {
        onPart(message.part);
        setImmediate(() => {
          if (!answered) worker.postMessage("next");
        });
      } else {
        answer(message as T);
      }
    });
    worker.once("error", () => answer(failed));
    worker.once("exit", () => answer(failed));
  });
}
