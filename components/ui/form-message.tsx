/** The form-level message, announced politely when it changes. */
export function FormMessage({ message, isError }: { message?: string; isError?: boolean }) {
  return (
    <div
      aria-live="polite"
      className={message ? `notice ${isError ? "notice--error" : "notice--success"}` : undefined}
    >
      {message}
    </div>
  );
}
