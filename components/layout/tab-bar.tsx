"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// What the phone's bottom bar holds; everything else is one tap further, under More.
const TABS = [
  { href: "/tonight", label: "Tonight", also: [] },
  { href: "/quick-log", label: "Log pain", also: [] },
  { href: "/journal", label: "Journal", also: [] },
  { href: "/patterns", label: "Patterns", also: [] },
  { href: "/more", label: "More", also: ["/reflect", "/share", "/settings", "/safety"] },
] as const;

/** The bottom tab bar on phones: five labelled tabs, each at least 44 px square. */
export function TabBar() {
  const pathname = usePathname();
  const isCurrent = (tab: (typeof TABS)[number]) =>
    [tab.href, ...tab.also].some((href) => pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Main" className="tab-bar">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.href}>
            {/* No prefetch: every page is rendered per person and request, so a prefetch
                brings back only an empty shell, while its five requests compete with the page
                itself on a phone's slow connection. */}
            <Link
              href={tab.href}
              prefetch={false}
              aria-current={isCurrent(tab) ? "page" : undefined}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
