import { PageLoading } from "@/components/ui/loading";

// Only the catalogue: a launch page keeps answering a real 404 for an unknown slug, which a
// loading boundary above it would turn into a streamed 200.
export default function Loading() {
  return <PageLoading label="Loading launches…" />;
}
