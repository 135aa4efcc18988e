import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): what makes Backstory installable. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/tonight",
    name: "Backstory: pain and trigger journal",
    short_name: "Backstory",
    description: "A private nightly journal for back pain: ratings, triggers and honest patterns.",
    start_url: "/tonight",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f7f5f2",
    theme_color: "#2f5f8a",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
