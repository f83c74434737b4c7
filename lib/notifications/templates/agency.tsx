import type { TemplateDef } from "./types";
import { EmailLayout, Facts, P } from "./layout";
import { absoluteUrl, formatSeats, formatWhen, money, STATUS_WORDS } from "./format";

// Agency mails: new bookings, cancellations and status changes of their launches.
export const agencyNewBooking: TemplateDef<"agency_new_booking"> = {
  subject: (p) => `New booking ${p.reference} on ${p.launchTitle}`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`${p.seats.length} seat(s) booked on ${p.launchTitle}`}
      heading="New booking"
      action={{ label: "Open the launch", href: absoluteUrl(appUrl, p.path) }}
    >
      <P>{p.agencyName}, a traveler booked seats on one of your launches.</P>
      <Facts
        rows={[
          ["Booking", p.reference],
          ["Launch", p.launchTitle],
          ["Launch date", formatWhen(p.launchDate)],
          ["Seats booked", formatSeats(p.seats)],
          ["Amount", money(p.amountCents)],
        ]}
      />
    </EmailLayout>
  ),
};

export const agencyBookingCancelled: TemplateDef<"agency_booking_cancelled"> = {
  subject: (p) => `Booking ${p.reference} cancelled on ${p.launchTitle}`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`${p.seats.length} seat(s) released on ${p.launchTitle}`}
      heading="A booking was cancelled"
      action={{ label: "Open the launch", href: absoluteUrl(appUrl, p.path) }}
    >
      <P>{p.agencyName}, a booking on one of your launches was cancelled and its seats are free again.</P>
      <Facts
        rows={[
          ["Booking", p.reference],
          ["Launch", p.launchTitle],
          ["Launch date", formatWhen(p.launchDate)],
          ["Seats cancelled", formatSeats(p.seats)],
          ["Refunded", money(p.refundCents)],
        ]}
      />
    </EmailLayout>
  ),
};

export const agencyLaunchStatus: TemplateDef<"agency_launch_status"> = {
  subject: (p) => `${p.launchTitle} is now ${STATUS_WORDS[p.status]}`,
  Email: ({ payload: p, appUrl }) => {
    const rows: [string, string][] = [
      ["Launch", p.launchTitle],
      ["Status", STATUS_WORDS[p.status]],
    ];
    if (p.oldDate || p.newDate) rows.push(["Was", formatWhen(p.oldDate)], ["Now", formatWhen(p.newDate)]);
    if (p.reason) rows.push(["Reason", p.reason]);
    return (
      <EmailLayout
        appUrl={appUrl}
        preview={`${p.launchTitle}: ${STATUS_WORDS[p.status]}`}
        heading="Launch status changed"
        action={{ label: "Open the launch", href: absoluteUrl(appUrl, p.path) }}
      >
        <P>{p.agencyName}, the status of your launch changed. Travelers holding bookings are told too.</P>
        <Facts rows={rows} />
      </EmailLayout>
    );
  },
};
