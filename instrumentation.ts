/**
 * Next calls this once per server process before serving: start the embedded database (when no
 * DATABASE_URL is set), apply migrations and make sure a session secret exists.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareNodeRuntime } = await import("./instrumentation-node");
  await prepareNodeRuntime();
}
