import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p className="lead">
        There is nothing here. The link may be wrong, or it has expired or been revoked.
      </p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </>
  );
}
