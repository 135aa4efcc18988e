import Link from "next/link";
import { getCurrentUser } from "@/lib/sessions/loaders";

const NOTICES: Record<string, string> = {
  "account-deleted": "Your account and everything in it have been deleted.",
};

export default async function LandingPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await getCurrentUser();
  const { notice } = await searchParams;
  const message = notice ? NOTICES[notice] : undefined;
  return (
    <div className="stack">
      {message ? (
        <p className="notice notice--success" role="status">
          {message}
        </p>
      ) : null}
      <h1>Backstory</h1>
      <p className="lead">
        Backstory is a private journal for chronic back pain: each night you log how much it hurt in
        the morning, afternoon, evening and night, and where you were, what you did, who you were
        with and what you felt. Over the weeks it shows you honest patterns, with how much data
        stands behind them, and a summary you can share with your therapist.
      </p>
      <div className="button-row">
        {user ? (
          <Link href="/tonight" className="button">
            Go to tonight&rsquo;s check-in
          </Link>
        ) : (
          <>
            <Link href="/create-account" className="button">
              Create account
            </Link>
            <Link href="/sign-in" className="button button--secondary">
              Sign in
            </Link>
          </>
        )}
      </div>
      <p className="muted">
        Self-hosted and yours: nothing leaves your server unless you share it. Backstory is not
        medical advice and does not diagnose.
      </p>
    </div>
  );
}
