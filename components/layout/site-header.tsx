import Link from "next/link";
import { SignOutButton } from "@/components/accounts/sign-out-button";
import { NavLinks } from "./nav-links";

/**
 * The header: the brand, and for a signed-in person the areas of the app and sign-out on wide
 * screens (on a phone they are in the bottom tab bar and under More).
 */
export function SiteHeader({ isSignedIn }: { isSignedIn: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={isSignedIn ? "/tonight" : "/"} className="brand">
          Backstory
        </Link>
        {isSignedIn ? (
          <>
            <NavLinks />
            <div className="top-nav">
              <SignOutButton />
            </div>
          </>
        ) : (
          <nav aria-label="Account">
            <ul className="nav-list">
              <li>
                <Link href="/sign-in">Sign in</Link>
              </li>
              <li>
                <Link href="/create-account">Create account</Link>
              </li>
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
