type Context = { params: Promise<{ nextauth?: string[] }> };

/**
 * next-auth hands the body of `POST /api/auth/_log` (a `level` and a `code` the client chose)
 * to our logger, so anyone could write log lines of their choosing, however the logger filters
 * them. Its browser side only posts there to report its own fetch errors, which nobody reads, so
 * the route answers `_log` itself and next-auth never sees it. The action is read from the
 * route's params, as next-auth reads it, so no spelling of the path gets past.
 */
export function withoutClientLog<C extends Context>(
  handler: (request: Request, context: C) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    const [action] = (await context.params).nextauth ?? [];
    if (action === "_log") {
      return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
    }
    return handler(request, context);
  };
}
