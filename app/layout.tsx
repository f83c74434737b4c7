import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { UnverifiedEmailBanner } from "@/components/auth/unverified-email-banner";
import { HydrationMarker } from "@/components/layout/hydration-marker";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.APP_URL ?? "http://localhost:3000"),
  title: { default: "AstroBookings — book your seat to space", template: "%s · AstroBookings" },
  description: "Browse upcoming commercial space launches, compare prices and book your seat with AstroBookings.",
  openGraph: { siteName: "AstroBookings", type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b1026" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <HydrationMarker />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <UnverifiedEmailBanner />
        <div id="main" className="flex-1">
          {children}
        </div>
        <footer className="border-t border-slate-200 bg-white py-6 text-center text-sm text-slate-600">
          AstroBookings · commercial space flight bookings
        </footer>
      </body>
    </html>
  );
}
