import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { TabBar } from "@/components/layout/tab-bar";
import { DeviceGuard } from "@/components/offline/device-guard";
import { getCurrentUser } from "@/lib/sessions/loaders";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Backstory", template: "%s · Backstory" },
  description: "A private pain and trigger journal for chronic back pain.",
  icons: { apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Backstory", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f5f2" },
    { media: "(prefers-color-scheme: dark)", color: "#15181c" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className={user ? "has-tab-bar" : undefined}>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader isSignedIn={Boolean(user)} />
        <main id="main">
          <DeviceGuard userId={user?.id ?? null} />
          {children}
        </main>
        {user ? <TabBar /> : null}
      </body>
    </html>
  );
}
