import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { buttonClass } from "@/components/ui/button";
import type { CatalogueItem } from "@/lib/catalogue/queries";
import { DESTINATION_LABELS, launchPath } from "@/lib/launches/rules";
import { formatUsdCompact } from "@/lib/money";
import { destinationArt } from "./launch-card";

/** The home page's hero: the brand's promise and the next launch open for booking. Public data only. */
export function NextLaunchHero({ launch }: { launch: CatalogueItem }) {
  return (
    <section
      aria-labelledby="hero-title"
      className="mb-8 grid overflow-hidden rounded-xl bg-space-950 text-white shadow-lg md:grid-cols-2"
    >
      <div className="flex flex-col justify-center gap-3 p-6 sm:p-8">
        <p className="text-sm font-medium tracking-wide text-indigo-200 uppercase">Next launch</p>
        <h2 id="hero-title" className="text-2xl font-semibold sm:text-3xl">
          {launch.title}
        </h2>
        <p className="text-indigo-100">
          <LocalDateTime iso={launch.date} /> · {DESTINATION_LABELS[launch.destination]} with {launch.agency.name}
        </p>
        <p className="text-indigo-100">
          From <strong className="text-white">{formatUsdCompact(launch.pricePerSeatCents)}</strong> per seat ·{" "}
          {launch.seatsAvailable} seats left
        </p>
        <div>
          <Link href={launchPath(launch.slug)} className={buttonClass("secondary")}>
            See the seats<span className="sr-only"> of {launch.title}</span>
          </Link>
        </div>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a small static SVG; next/image adds nothing */}
      <img
        src={destinationArt(launch.destination)}
        alt=""
        width={400}
        height={240}
        className="hidden h-full w-full object-cover md:block"
      />
    </section>
  );
}
