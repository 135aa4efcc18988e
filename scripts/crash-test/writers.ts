import { randomUUID } from "node:crypto";
import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import type { CheckInDraft } from "@/lib/journal/schema";
import { PROMPT_KEYS } from "@/lib/reflection/prompts/rules";
import { addDays } from "@/lib/time";
import { actionHeaders, encodeActionBody } from "../http/actions";

export type Kind = "checkIn" | "quickLog" | "reflection";
export type Operation = { writer: number; kind: Kind; requestId: string; attempts: number };
export type Outcome = Operation & { isAcknowledged: boolean };

export type Actions = Record<Kind, { id: string; path: string }>;

export type Tally = { retries: number; unavailable: number; refused: number };

/** One write, as the app's forms send it; the request id stays the same across retries. */
async function encode(kind: Kind, writer: number, n: number, requestId: string, today: string) {
  if (kind === "checkIn") {
    const draft: CheckInDraft = {
      ...emptyCheckInDraft(addDays(today, -(1 + writer * 5000 + n))),
      requestId,
      baseVersion: null,
      note: `crash test, writer ${writer}, save ${n}`,
    };
    draft.parts.EVENING.intensity = n % 11;
    return encodeActionBody({ ok: false }, { payload: JSON.stringify(draft) });
  }
  if (kind === "quickLog") {
    const payload = { requestId, intensity: n % 11, areas: ["LOWER_BACK"], tags: [] };
    return encodeActionBody({ ok: false }, { payload: JSON.stringify(payload) });
  }
  return encodeActionBody(
    { ok: false },
    { promptKey: PROMPT_KEYS.onset, answer: `crash test ${writer}/${n}`, requestId },
  );
}

/** Did the server store it? (A redirect to the breathing page is how a reflection says yes.) */
function isAcknowledged(kind: Kind, response: Response, text: string) {
  if (!response.ok) return false;
  if (kind === "reflection") {
    return (response.headers.get("x-action-redirect") ?? "").includes("/reflect/breathe");
  }
  return text.includes('"ok":true');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A writer: until `isRunning()` turns false, one write after another, each retried with its
 * request id until acknowledged (or `giveUpAt`), the way an offline outbox would.
 */
export async function runWriter({
  writer,
  base,
  cookie,
  actions,
  today,
  isRunning,
  giveUpAt,
  tally,
}: {
  writer: number;
  base: () => string;
  cookie: string;
  actions: Actions;
  today: string;
  isRunning: () => boolean;
  giveUpAt: () => number;
  tally: Tally;
}): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let n = 0; isRunning(); n++) {
    const roll = Math.random();
    const kind: Kind = roll < 0.5 ? "checkIn" : roll < 0.8 ? "quickLog" : "reflection";
    const operation: Operation = { writer, kind, requestId: randomUUID(), attempts: 0 };
    const { body, contentType } = await encode(kind, writer, n, operation.requestId, today);
    let isDone = false;
    while (!isDone && Date.now() < giveUpAt()) {
      operation.attempts++;
      if (operation.attempts > 1) tally.retries++;
      try {
        const response = await fetch(`${base()}${actions[kind].path}`, {
          method: "POST",
          headers: actionHeaders({ id: actions[kind].id, cookie, contentType }),
          body,
          redirect: "manual",
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        if (isAcknowledged(kind, response, text)) {
          isDone = true;
          break;
        }
        if (response.status === 503) {
          tally.unavailable++;
          const retryAfter = Number(response.headers.get("retry-after") ?? "1");
          // Honour the hint, shortened: the test wants many writes per restart.
          await sleep(Math.min(retryAfter * 1000, 500));
          continue;
        }
        if (response.ok) tally.refused++;
      } catch {
        // Connection refused or reset, or no answer: an unknown outcome, so send it again.
      }
      await sleep(100 + Math.random() * 200);
    }
    outcomes.push({ ...operation, isAcknowledged: isDone });
  }
  return outcomes;
}
