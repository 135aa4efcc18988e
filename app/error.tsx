"use client";

/**
 * Unexpected failures end here. Only a generic message and Next's opaque digest are shown: no
 * stack trace, query or data ever reaches the page.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p className="lead">
        That did not work, and it is not something you did. What you saved before is safe. Try
        again, or come back in a little while.
      </p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
