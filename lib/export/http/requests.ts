import "server-only";
import { confirmPassword } from "@/lib/accounts/mutations";
import { clientKeyFrom } from "@/lib/client-key";
import { deviceTokenFromCookieHeader } from "@/lib/device-cookie";
import { parseFormOffThread } from "@/lib/export/formats/parse-form";
import { FORM_MESSAGES } from "@/lib/form-action";
import { getCurrentUser } from "@/lib/sessions/loaders";
import type { CurrentUser } from "@/lib/sessions/types";

/**
 * The gate for the export and import route handlers (app/api/export, app/api/import): the
 * session first, then the password again. Route handlers rather than server actions because
 * the answers are file downloads and the uploads can be larger than a server action accepts.
 */

export type DataRequestError = {
  ok: false;
  message?: string;
  /** Keyed by the form field's name ("password", "file", "format", a mapping field …). */
  fieldErrors?: Partial<Record<string, string[]>>;
  problems?: string[];
  problemCount?: number;
};

const RATE_LIMITED = "Too many wrong passwords. Wait a few minutes, then try again.";

/** A JSON error answer the export and import forms understand; never cached. */
export function errorResponse(status: number, body: Omit<DataRequestError, "ok">): Response {
  return Response.json(
    { ok: false, ...body },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * A cookie-authenticated POST must come from our own pages: the browser's Origin has to match
 * the host it was sent to (Next checks server actions the same way).
 */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The signed-in person, or the response to send instead (401 signed out, 403 cross-site). */
export async function requireRequestUser(
  request: Request,
): Promise<{ user: CurrentUser } | { response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { response: errorResponse(401, { message: FORM_MESSAGES.sessionEnded }) };
  if (!isSameOrigin(request)) {
    return { response: errorResponse(403, { message: "This request came from another site." }) };
  }
  return { user };
}

/** Null when the password is right; otherwise the response (a field error, or rate-limited). */
export async function checkPasswordAgain({
  request,
  user,
  password,
}: {
  request: Request;
  user: CurrentUser;
  password: string;
}): Promise<Response | null> {
  const result = await confirmPassword({
    userId: user.id,
    password,
    clientKey: clientKeyFrom(request.headers),
    deviceToken: deviceTokenFromCookieHeader(request.headers.get("cookie")),
  });
  if (result === "OK") return null;
  if (result === "RATE_LIMITED") return errorResponse(429, { message: RATE_LIMITED });
  return errorResponse(400, { fieldErrors: { password: [FORM_MESSAGES.wrongPassword] } });
}

/**
 * The request's form data, or null when the body is larger than `maxBytes` (checked against
 * Content-Length first, then while reading, so a huge upload is never held in memory), parsed
 * in a worker thread.
 */
export async function readFormData(request: Request, maxBytes: number): Promise<FormData | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  }
  // Shorter than announced: the body was cut on its way in (Next's proxy passes on only so
  // much). Reading what arrived would lose fields and answer with the wrong refusal.
  if (declared > 0 && total < declared) return null;
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return parseFormOffThread(body, request.headers.get("content-type") ?? "");
}
