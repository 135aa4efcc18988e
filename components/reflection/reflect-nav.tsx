import Link from "next/link";

export const REFLECT_PAGES = [
  { href: "/reflect", label: "Questions" },
  { href: "/reflect/history", label: "Your reflections" },
  { href: "/reflect/onset", label: "When it began" },
  { href: "/reflect/peg", label: "Weekly check" },
  { href: "/reflect/breathe", label: "Breathing" },
  { href: "/safety", label: "Safety" },
] as const;

/** The Reflect area's own links, with the current page marked. */
export function ReflectNav({ current }: { current: (typeof REFLECT_PAGES)[number]["href"] }) {
  return (
    <nav aria-label="Reflect" className="segmented">
      {REFLECT_PAGES.map((page) => (
        <Link
          key={page.href}
          href={page.href}
          aria-current={page.href === current ? "page" : undefined}
        >
          {page.label}
        </Link>
      ))}
    </nav>
  );
}
