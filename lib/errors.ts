/** Expected failures travel as codes; server actions map each code to words (PROBLEMS and each spec's `errors` in lib/form-action.ts). */
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
