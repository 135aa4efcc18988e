/**
 * Server-action calls are public POST endpoints, and Next answers 500 to several envelopes no
 * browser of ours sends (an id of the wrong shape, arguments that are not JSON, a malformed
 * Origin). This names what is wrong with such a call so that the proxy can answer 400 before
 * Next decodes it; a well-formed call gets null. It checks the envelope only: which arguments an
 * action takes is for the action itself to check.
 *
 * React encodes an action's arguments as a JSON array: as the request body (text/plain) when they
 * are plain values, or as the form field "0" of a multipart body when they include a FormData.
 */
export async function actionEnvelopeProblem(request: Request): Promise<string | null> {
  const id = request.headers.get("next-action") ?? "";
  if (!/^[0-9a-f]{40,42}$/i.test(id)) return "action id";
  const origin = request.headers.get("origin");
  if (origin && origin !== "null" && !URL.canParse(origin)) return "origin";
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  if (contentType.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => null);
    const root = form?.get("0");
    return typeof root === "string" && isJsonArray(root) ? null : "form arguments";
  }
  if (contentType.startsWith("text/plain")) {
    return isJsonArray(await request.text()) ? null : "arguments";
  }
  return "content type";
}

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
