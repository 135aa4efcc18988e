import "server-only";
import { getUserCredentials } from "@/lib/accounts/data";
import { signInSchema } from "@/lib/accounts/schema";
import { recordAudit, recordAuditInBackground } from "@/lib/audit/mutations";
import { clientKeyFrom } from "@/lib/client-key";
import { deviceTokenFromCookieHeader, verifiedDeviceId } from "@/lib/device-cookie";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/passwords";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "@/lib/rate-limit";
import { describeDevice } from "@/lib/sessions/display/device";
import { checkSecondStep } from "@/lib/two-factor/mutations";

/** Error codes that next-auth hands back to the sign-in form (`signIn(...).error`). */
export const SIGN_IN_ERROR = {
  invalid: "CredentialsSignin",
  rateLimited: "RATE_LIMITED",
  /** The password was right; the account also wants a code from the app (or a recovery code). */
  codeRequired: "CODE_REQUIRED",
  codeWrong: "CODE_WRONG",
} as const;

type Headers = Record<string, string | string[] | undefined> | undefined;

/** Checks email + password under the rate limits; null for any mismatch, the same for unknown emails. */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  headers: Headers,
) {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const header = (name: string) => {
    const value = headers?.[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  const attempt = {
    email,
    clientKey: clientKeyFrom({ get: header }),
    deviceId: verifiedDeviceId({
      token: deviceTokenFromCookieHeader(header("cookie")),
      email,
      secret: getEnv().NEXTAUTH_SECRET,
    }),
  };
  try {
    await assertSignInAllowed(attempt);
  } catch (error) {
    if (error instanceof AppError) throw new Error(SIGN_IN_ERROR.rateLimited);
    throw error;
  }
  const user = await getUserCredentials({ email });
  const isValid = await verifyPassword({ passwordHash: user?.passwordHash ?? null, password });
  const device = describeDevice(header("user-agent"));
  if (!user || !isValid) {
    await recordSignInFailure(attempt);
    // Not awaited: a known email must not answer later than an unknown one.
    if (user) {
      recordAuditInBackground({
        userId: user.id,
        event: "SIGN_IN_FAILED",
        context: { device, clientKey: attempt.clientKey },
      });
    }
    return null;
  }
  const secondStep = await checkSecondStep({ userId: user.id, code: credentials?.code });
  if (secondStep === "MISSING") throw new Error(SIGN_IN_ERROR.codeRequired);
  if (secondStep === "WRONG") {
    await recordSignInFailure(attempt);
    await recordAudit({
      userId: user.id,
      event: "SIGN_IN_FAILED",
      context: { device, clientKey: attempt.clientKey },
      detail: "second step",
    });
    throw new Error(SIGN_IN_ERROR.codeWrong);
  }
  if (secondStep === "RECOVERY_CODE_USED") {
    await recordAudit({
      userId: user.id,
      event: "RECOVERY_CODE_USED",
      context: { device, clientKey: attempt.clientKey },
      detail: "sign-in",
    });
  }
  await recordSignInSuccess(attempt);
  return { id: user.id, email: user.email, device, clientKey: attempt.clientKey };
}
