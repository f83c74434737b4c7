import Link from "next/link";
import { Page } from "@/components/ui/page";

export default function NotFound() {
  return (
    <Page title="Page not found" description="The page you asked for does not exist or is not yours to see.">
      <Link href="/" className="text-brand-700 underline">
        Back to the launches
      </Link>
    </Page>
  );
}
