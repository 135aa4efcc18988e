/** Expected failures travel as codes; the UI maps each code to words (components/ui/error-text.ts). */
export type AppErrorCode =
  | "INVALID_CREDENTIALS"
  | "RATE_LIMITED"
  | "WRONG_PASSWORD"
  | "EMAIL_TAKEN"
  | "NOT_FOUND"
  | "UNAUTHORIZED"
  | "CONFLICT";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = "AppError";
  }
}
