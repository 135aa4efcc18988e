"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const APP_AREAS = [
  { href: "/tonight", label: "Tonight" },
  { href: "/quick-log", label: "Log pain" },
  { href: "/journal", label: "Journal" },
  { href: "/patterns", label: "Patterns" },
  { href: "/reflect", label: "Reflect" },
  { href: "/share", label: "Share" },
  { href: "/settings", label: "Settings" },
] as const;

/** The areas of the app across the top, on screens wide enough for all of them. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="top-nav">
      <ul className="nav-list">
        {APP_AREAS.map((area) => (
          <li key={area.href}>
            <Link
              href={area.href}
              aria-current={pathname.startsWith(area.href) ? "page" : undefined}
            >
              {area.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
