import { Link } from "@react-email/components";
import type { TemplateDef } from "./types";
import { EmailLayout, Facts, P } from "./layout";
import { absoluteUrl, formatSeats, formatWhen, money, STATUS_WORDS } from "./format";

// Traveler mails: booking confirmed/cancelled, launch status changes, VIP early alerts.
export const bookingConfirmed: TemplateDef<"booking_confirmed"> = {
  subject: (p) => `Booking ${p.reference} confirmed: ${p.launchTitle}`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`Your seats on ${p.launchTitle} are confirmed`}
      heading="Your booking is confirmed"
      action={{ label: "View my booking", href: absoluteUrl(appUrl, p.path) }}
    >
      <P>Hello {p.travelerName}, your payment went through and your seats are yours.</P>
      <Facts
        rows={[
          ["Booking", p.reference],
          ["Launch", p.launchTitle],
          ["Launch date", formatWhen(p.launchDate)],
          ["Seats", formatSeats(p.seats)],
          ["Paid", money(p.amountCents)],
        ]}
      />
      <P>
        Put the launch in your calendar:{" "}
        <Link href={absoluteUrl(appUrl, `${p.path}/calendar.ics`)}>add it to your calendar (.ics)</Link>. Download it
        again after a delay: the event moves to the new date.
      </P>
    </EmailLayout>
  ),
};

export const bookingCancelled: TemplateDef<"booking_cancelled"> = {
  subject: (p) => `Booking ${p.reference} cancelled${p.refundCents > 0 ? `: ${money(p.refundCents)} refunded` : ""}`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`Booking ${p.reference} was cancelled`}
      heading="Your booking is cancelled"
      action={{ label: "View my booking", href: absoluteUrl(appUrl, p.path) }}
    >
      <P>
        Hello {p.travelerName},{" "}
        {p.cause === "launch_aborted"
          ? `the launch ${p.launchTitle} was aborted, so your booking is cancelled and refunded in full.`
          : `your booking on ${p.launchTitle} is cancelled as you asked.`}
      </P>
      <Facts
        rows={[
          ["Booking", p.reference],
          ["Launch", p.launchTitle],
          ["Launch date", formatWhen(p.launchDate)],
          ["Seats released", formatSeats(p.seats)],
          ["Refund", `${money(p.refundCents)} (${p.refundPercent}%)`],
        ]}
      />
      {p.refundCents > 0 ? (
        <P>The refund goes back to the card you paid with.</P>
      ) : (
        <P>Under the cancellation policy no refund is due this close to the launch.</P>
      )}
    </EmailLayout>
  ),
};

const TRAVELER_STATUS_LINE: Record<string, string> = {
  delayed: "has been delayed",
  aborted: "has been aborted",
  failed: "has failed",
  successful: "was a success",
  scheduled: "is scheduled",
};

export const launchStatusTraveler: TemplateDef<"launch_status_traveler"> = {
  subject: (p) => `${p.launchTitle} is ${STATUS_WORDS[p.status]}`,
  Email: ({ payload: p, appUrl }) => {
    const rows: [string, string][] = [
      ["Booking", p.reference],
      ["Launch", p.launchTitle],
      ["Status", STATUS_WORDS[p.status]],
    ];
    if (p.status === "delayed") rows.push(["Was", formatWhen(p.oldDate)], ["Now", formatWhen(p.newDate)]);
    if (p.reason) rows.push(["Reason", p.reason]);
    return (
      <EmailLayout
        appUrl={appUrl}
        preview={`${p.launchTitle} ${TRAVELER_STATUS_LINE[p.status]}`}
        heading={`Your launch ${TRAVELER_STATUS_LINE[p.status]}`}
        action={{ label: "View my booking", href: absoluteUrl(appUrl, p.path) }}
      >
        <P>Hello {p.travelerName}, news about the launch you hold a booking on.</P>
        <Facts rows={rows} />
        {p.status === "aborted" ? (
          <P>Your booking is cancelled and refunded in full; a separate email confirms the refund.</P>
        ) : null}
      </EmailLayout>
    );
  },
};

export const vipNewLaunch: TemplateDef<"vip_new_launch"> = {
  subject: (p) => `Early access: ${p.launchTitle}`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`A new launch just opened: ${p.launchTitle}`}
      heading="A new launch, before everyone else"
      action={{ label: "See the launch", href: absoluteUrl(appUrl, p.path) }}
    >
      <P>Hello {p.travelerName}, as a VIP traveler you hear about new launches first.</P>
      <Facts
        rows={[
          ["Launch", p.launchTitle],
          ["Date", formatWhen(p.launchDate)],
          ["Agency", p.agencyName],
          ["Price per seat", money(p.pricePerSeatCents)],
        ]}
      />
      {p.unsubscribeToken ? (
        <P>
          Do not want these alerts?{" "}
          <Link href={absoluteUrl(appUrl, `/unsubscribe?token=${encodeURIComponent(p.unsubscribeToken)}`)}>
            Unsubscribe from new-launch alerts
          </Link>
          . Mails about your bookings keep coming.
        </P>
      ) : null}
    </EmailLayout>
  ),
  // RFC 8058 one-click unsubscribe, which bulk senders must offer: the client POSTs to the link.
  headers: (p, appUrl): Record<string, string> =>
    p.unsubscribeToken
      ? {
          "List-Unsubscribe": `<${absoluteUrl(appUrl, `/api/v1/unsubscribe?token=${encodeURIComponent(p.unsubscribeToken)}`)}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
      : {},
};
