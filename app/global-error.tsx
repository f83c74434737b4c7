"use client";

import "./globals.css";
import { ErrorPanel } from "@/components/layout/error-panel";

// Only when the root layout itself fails: it replaces the layout, so it brings html and body.
export default function GlobalError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50">
        <ErrorPanel {...props} />
      </body>
    </html>
  );
}
