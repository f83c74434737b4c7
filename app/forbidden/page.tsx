import Link from "next/link";
import { Page } from "@/components/ui/page";

export const metadata = { title: "Not allowed", robots: { index: false } };

export default function ForbiddenPage() {
  return (
    <Page
      title="This area is not for your account"
      description="You are signed in, but your role may not open that page."
    >
      <Link href="/" className="text-brand-700 underline">
        Back to the launches
      </Link>
    </Page>
  );
}
