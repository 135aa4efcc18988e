import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadShareAccessLog } from "@/lib/sharing/loaders";

export const metadata: Metadata = { title: "Access log" };

export default async function ShareAccessLogPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const log = /^[0-9a-f-]{36}$/i.test(id) ? await loadShareAccessLog(id) : null;
  if (!log) notFound();
  return (
    <>
      <h1>Access log</h1>
      <p className="lead">
        {log.link.label ?? "Link"} for {log.link.periodStart} to {log.link.periodEnd}. Each opening
        is recorded with its time and whether the page or the PDF was opened; nothing about the
        visitor is kept.
      </p>
      {log.accesses.length ? (
        <table className="data-table">
          <caption>Openings, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {log.accesses.map((access) => (
              <tr key={`${access.openedAt}-${access.kind}`}>
                <td>{access.openedAt.replace("T", " ").slice(0, 19)}</td>
                <td>{access.kind === "pdf" ? "PDF" : "Page"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Not opened yet.</p>
      )}
      <p>
        <Link href="/share">Back to sharing</Link>
      </p>
    </>
  );
}
