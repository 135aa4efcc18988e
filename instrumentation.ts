import type { Instrumentation } from "next";

/**
 * Next calls this once per server process before serving: start the embedded database (when no
 * DATABASE_URL is set), apply migrations and make sure a session secret exists.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareNodeRuntime } = await import("./instrumentation-node");
  await prepareNodeRuntime();
}

/**
 * Every error a page, route handler or action throws, as one structured line: the request id,
 * the route's pattern (never its path, which can hold a share token) and the error's kind.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { errorFields, log, REQUEST_ID_HEADER } = await import("./lib/log");
  const requestId = request.headers[REQUEST_ID_HEADER];
  log.error(
    {
      requestId: typeof requestId === "string" ? requestId : undefined,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      ...errorFields(error),
    },
    "request failed",
  );
};
