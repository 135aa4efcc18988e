import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";

// next-auth's request handler is not in its package exports; load the same file its route
// handler uses.
const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve(import.meta.dirname, "../node_modules/next-auth/core/index.js"),
) as { AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<unknown> };

type Cookie = { name: string; value: string; options: Record<string, unknown> };
type Response = { status?: number; body?: unknown; cookies?: Cookie[]; redirect?: string };

const ORIGIN = "http://localhost:3000";

/**
 * Drives next-auth's own request handler (the code behind /api/auth/*) the way a browser would,
 * with a cookie jar: no HTTP server, but the same CSRF, callbacks, cookies and JWT encryption.
 */
export function authClient(
  options: NextAuthOptions,
  { userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36" } = {},
) {
  const jar = new Map<string, string>();
  const setCookies: Cookie[] = [];
  const secret = process.env.NEXTAUTH_SECRET;

  async function call(path: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const request = new Request(`${ORIGIN}/api/auth/${path}`, {
      method: init.method ?? "GET",
      headers: {
        cookie,
        "user-agent": userAgent,
        "x-forwarded-for": "198.51.100.23",
        ...(init.form ? { "content-type": "application/json" } : {}),
      },
      body: init.form ? JSON.stringify(init.form) : undefined,
    });
    const response = (await AuthHandler({
      req: request,
      options: { ...options, secret },
    })) as Response;
    for (const set of response.cookies ?? []) {
      setCookies.push(set);
      if (set.value === "" || set.options.maxAge === 0) jar.delete(set.name);
      else jar.set(set.name, set.value);
    }
    return response;
  }

  async function csrfToken() {
    const response = await call("csrf");
    return (response.body as { csrfToken: string }).csrfToken;
  }

  return {
    jar,
    setCookies,
    async signIn(email: string, password: string, code?: string) {
      const csrf = await csrfToken();
      return call("callback/credentials", {
        method: "POST",
        form: { csrfToken: csrf, email, password, json: "true", ...(code ? { code } : {}) },
      });
    },
    async session() {
      return (await call("session")).body as { user?: { id: string }; expires?: string };
    },
    /** POST /api/auth/_log, which next-auth leaves open to anyone. */
    async log(form: Record<string, string>) {
      return call("_log", { method: "POST", form });
    },
    async signOut() {
      const csrf = await csrfToken();
      return call("signout", { method: "POST", form: { csrfToken: csrf, json: "true" } });
    },
  };
}
