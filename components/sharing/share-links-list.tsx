"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms";
import { revokeShareLinkAction } from "@/lib/sharing/actions";
import type { ShareLinkDTO } from "@/lib/sharing/types";

function linkState(link: ShareLinkDTO, now: number) {
  if (link.revokedAt) return "Revoked";
  if (Date.parse(link.expiresAt) <= now) return "Expired";
  return `Works until ${link.expiresAt.slice(0, 10)}`;
}

/** The person's links with their state, openings and a revoke button for each live one. */
export function ShareLinksList({ links, now }: { links: ShareLinkDTO[]; now: number }) {
  const [state, action, isPending] = useActionState(revokeShareLinkAction, initialFormState);
  if (links.length === 0) return <p>No links yet.</p>;
  return (
    <>
      <FormMessage message={state.message} isError={!state.ok} />
      <ul className="link-list">
        {links.map((link) => {
          const status = linkState(link, now);
          return (
            <li key={link.id} className="card">
              <p>
                <strong>{link.label ?? `${link.periodStart} to ${link.periodEnd}`}</strong> —{" "}
                {link.mode === "SNAPSHOT" ? "frozen copy" : "live"} of {link.periodStart} to{" "}
                {link.periodEnd}. {status}.
              </p>
              <p className="muted">
                Opened {link.openings} {link.openings === 1 ? "time" : "times"}
                {link.lastOpenedAt
                  ? `, last on ${new Date(link.lastOpenedAt).toLocaleString()}`
                  : ""}
                . <Link href={`/share/${link.id}`}>Access log</Link>
              </p>
              {status.startsWith("Works") ? (
                <form action={action}>
                  <input type="hidden" name="id" value={link.id} />
                  <button type="submit" className="button button--secondary" disabled={isPending}>
                    Revoke{" "}
                    <span className="visually-hidden">
                      the link for {link.periodStart} to {link.periodEnd}
                    </span>
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
