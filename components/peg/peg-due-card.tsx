import Link from "next/link";
import type { PegStatus } from "@/lib/peg/types";

/** A calm reminder on the Reflect page, only when the weekly PEG is due. */
export function PegDueCard({ status }: { status: PegStatus }) {
  if (!status.isDue) return null;
  return (
    <section aria-labelledby="peg-due-heading" className="card peg-due">
      <h2 id="peg-due-heading">Your weekly check</h2>
      <p>
        Three quick questions about the past week: how much it hurt, and how much it got in the way
        of enjoying life and of everyday activities.
        {status.lastDate === null
          ? " Your first answers become the baseline that later weeks are compared with."
          : null}
      </p>
      <p>
        <Link href="/reflect/peg" className="button button--secondary">
          Answer the three questions
        </Link>
      </p>
    </section>
  );
}
