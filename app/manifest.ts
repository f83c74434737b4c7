import type { MetadataRoute } from "next";

// The web app manifest: name, colours and icons for "add to home screen" and tab strips.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "AstroBookings — book your seat to space",
    short_name: "AstroBookings",
    description: "Browse upcoming commercial space launches, compare prices and book your seat.",
    start_url: "/",
    display: "standalone",
    background_color: "#0b1026",
    theme_color: "#0b1026",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png" },
    ],
  };
}
