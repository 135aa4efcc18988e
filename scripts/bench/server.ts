import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { percentiles } from "./measure";

const root = path.resolve(import.meta.dirname, "../..");

/** Starts the production build against the given database and waits until it answers. */
export async function startServer({ url, port }: { url: string; port: number }) {
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "scripts/server.mjs"), String(port)],
    {
      cwd: root,
      stdio: "ignore",
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  const base = `http://127.0.0.1:${port}`;
  // Ready means the database answers too; a busy shared machine may take a minute to start it.
  const deadline = Date.now() + 180_000;
  for (;;) {
    const isReady = await fetch(`${base}/api/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (isReady) break;
    if (Date.now() > deadline || server.exitCode !== null) {
      server.kill("SIGTERM");
      throw new Error(`the server on port ${port} did not become ready`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        server.once("exit", () => resolve());
        server.kill("SIGTERM");
      }),
  };
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header to send. */
export async function signIn({
  base,
  email,
  password,
}: {
  base: string;
  email: string;
  password: string;
}) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.join("; "),
      "x-forwarded-for": "10.9.9.9",
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookie = [...jar, ...cookiesOf(response)].join("; ");
  if (!cookie.includes("session-token"))
    throw new Error(`sign-in failed for the benchmark (${response.status})`);
  return cookie;
}

/** The JavaScript a first visit to `pagePath` loads: every /_next script in its HTML. */
export async function firstLoadJs({
  base,
  pagePath,
  cookie,
}: {
  base: string;
  pagePath: string;
  cookie: string;
}) {
  const html = await (await fetch(`${base}${pagePath}`, { headers: { cookie } })).text();
  // `noModule` scripts (Next's legacy polyfills, about 39 KiB gzip) are never fetched by a browser
  // that runs modules, which is every browser Next 16 supports.
  const sources = [
    ...new Set(
      [...html.matchAll(/<script([^>]+)>/g)]
        .filter((match) => !/\bnoModule\b/i.test(match[1] ?? ""))
        .map((match) => /src="(\/_next\/[^"]+\.js)"/.exec(match[1] ?? "")?.[1])
        .filter((source): source is string => source !== undefined),
    ),
  ];
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(`${base}${source}`)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { scripts: sources.length, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

/** GETs `url` as the signed-in `cookie` every `everyMs` until `until` settles; the latency of each. */
export async function sampleLatency(
  url: string,
  cookie: string,
  until: Promise<unknown>,
  everyMs: number,
) {
  const samples: number[] = [];
  let done = false;
  until.finally(() => {
    done = true;
  });
  while (!done) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    samples.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return percentiles(samples);
}
