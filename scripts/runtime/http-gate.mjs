// @ts-check
// What the production server answers before Next sees a request: /api/health and /api/ready
// for load balancers, 503 with Retry-After while the database is down, and the count of
// requests in flight for a graceful shutdown.

const RETRY_AFTER_SECONDS = 5;

// Next's proxy (proxy.ts) reads a request's body whole, up to its limit (next.config.js: 20 MB +
// 64 KB, for the imports), before any route has looked at the session: unchecked, anyone could
// make the server hold 20 MB per connection. Only the import uploads may be that large (their
// route answers a larger one with its own 413 and words for the form); any other body announced
// as larger than 2 MB (a server action takes at most 1 MB) is refused here, unread.
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const UPLOAD_PATH = /^\/api\/import(\/|$)/;

const UNAVAILABLE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Back in a moment</title><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>Back in a moment</h1><p>Backstory's database is restarting. Nothing you saved is lost. Try again in a few seconds.</p></body></html>`;

/**
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/**
 * @param {{
 *   handle: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown,
 *   monitor: { isAvailable: () => boolean, readiness: () => { database: boolean, migrationsMissing: number } },
 *   isShuttingDown: () => boolean,
 *   backupState: () => string | null,
 * }} options
 */
export function createGate({ handle, monitor, isShuttingDown, backupState }) {
  let inFlight = 0;
  /** @type {Array<() => void>} */
  let onIdle = [];

  /** @type {import("node:http").RequestListener} */
  const listener = (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/api/health") {
      const backups = backupState();
      return sendJson(res, 200, backups ? { status: "ok", backups } : { status: "ok" });
    }
    if (path === "/api/ready") {
      const { database, migrationsMissing } = monitor.readiness();
      const isReady = database && migrationsMissing === 0 && !isShuttingDown();
      return sendJson(
        res,
        isReady ? 200 : 503,
        {
          status: isReady ? "ready" : "unavailable",
          database: database ? "up" : "down",
          migrationsMissing,
          shuttingDown: isShuttingDown(),
        },
        isReady ? {} : { "retry-after": String(RETRY_AFTER_SECONDS) },
      );
    }
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_BODY_BYTES && !UPLOAD_PATH.test(path ?? "")) {
      return sendJson(res, 413, { error: "TOO_LARGE" }, { connection: "close" });
    }
    // A body without a length (chunked) would be read up to the limit all the same. Browsers
    // send a length with every form and fetch body this app makes, so such a body is refused.
    if (req.headers["transfer-encoding"] !== undefined) {
      return sendJson(res, 411, { error: "LENGTH_REQUIRED" }, { connection: "close" });
    }
    if (!monitor.isAvailable() && !path?.startsWith("/_next/static/")) {
      const headers = {
        "retry-after": String(RETRY_AFTER_SECONDS),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      };
      if ((req.headers.accept ?? "").includes("text/html")) {
        res.writeHead(503, { ...headers, "content-type": "text/html; charset=utf-8" });
        return res.end(UNAVAILABLE_PAGE);
      }
      return sendJson(res, 503, { error: "DATABASE_UNAVAILABLE" }, headers);
    }
    // A request that was under way when the database went down fails with a 500; by the time
    // it answers, the monitor knows: answer it as unavailable, with the retry hint, instead.
    const writeHead = res.writeHead;
    res.writeHead = /** @type {typeof res.writeHead} */ (
      (/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
        if (status >= 500 && !monitor.isAvailable()) {
          res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
          return writeHead.call(res, 503, ...rest);
        }
        return writeHead.call(res, status, ...rest);
      }
    );
    inFlight++;
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0) {
        for (const resolve of onIdle) resolve();
        onIdle = [];
      }
    });
    // Once shutting down, a kept-alive connection is closed after its answer.
    if (isShuttingDown()) res.setHeader("connection", "close");
    handle(req, res);
  };

  return {
    listener,
    inFlight: () => inFlight,
    /** Resolves when no request is in flight, or after `timeoutMs`. */
    idle: (/** @type {number} */ timeoutMs) =>
      new Promise((resolve) => {
        if (inFlight === 0) return resolve(undefined);
        onIdle.push(() => resolve(undefined));
        setTimeout(resolve, timeoutMs).unref();
      }),
  };
}
