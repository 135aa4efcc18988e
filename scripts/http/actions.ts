import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

// React's own encoder for server-action arguments, as bundled with Next: the body is exactly
// what the browser sends for `action(previousState, formData)`.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-turbopack/client.node.js",
) as { encodeReply: (value: unknown) => Promise<FormData | string> };

/**
 * The id under which the production build serves a server action, read from Next's
 * server-reference manifest, so scripts post exactly what the app's forms post.
 */
export async function actionId(exportedName: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, unknown> };
  const found = Object.entries(manifest.node).find(([, entry]) =>
    JSON.stringify(entry).includes(`"exportedName":"${exportedName}"`),
  );
  if (!found) throw new Error(`${exportedName} is not in the build's server-reference manifest`);
  return found[0];
}

/** The request body (and its content type) of `action(previousState, form)`. */
export async function encodeActionBody(
  previousState: unknown,
  fields: Record<string, string>,
): Promise<{ body: ArrayBuffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const request = new Request("http://localhost/", {
    method: "POST",
    body: await encodeReply([previousState, form]),
  });
  return {
    body: await request.arrayBuffer(),
    contentType: request.headers.get("content-type") ?? "",
  };
}

/** Headers of a server-action POST as a browser sends them. */
export function actionHeaders({
  id,
  cookie,
  contentType,
}: {
  id: string;
  cookie: string;
  contentType: string;
}) {
  return {
    cookie,
    "Next-Action": id,
    Accept: "text/x-component",
    "Content-Type": contentType,
  };
}
