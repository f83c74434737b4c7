"use client";

import { ErrorPanel } from "@/components/layout/error-panel";

// Every route's boundary: the header and footer of the root layout stay in place.
export default function RouteError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorPanel {...props} />;
}
