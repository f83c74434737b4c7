import type { TemplateDef } from "./types";
import { EmailLayout, Facts, P } from "./layout";
import { absoluteUrl, money } from "./format";

// A Stripe payment that arrived for seats the booking no longer held, refunded in full.
export const paymentRefunded: TemplateDef<"payment_refunded"> = {
  subject: (p) => `Your payment for ${p.reference} was refunded in full`,
  Email: ({ payload: p, appUrl }) => (
    <EmailLayout
      appUrl={appUrl}
      preview={`${money(p.amountCents)} refunded for booking ${p.reference}`}
      heading="Your payment was refunded"
      action={{ label: "View my booking", href: absoluteUrl(appUrl, p.path) }}
    >
      <P>
        Hello {p.travelerName},{" "}
        {p.why === "hold_ended"
          ? `your payment for ${p.launchTitle} arrived after your hold on the seats had ended, so the seats could not be kept for you.`
          : `booking ${p.reference} was already paid, so this second payment was not needed.`}{" "}
        We refunded the whole amount at once.
      </P>
      <Facts
        rows={[
          ["Booking", p.reference],
          ["Launch", p.launchTitle],
          ["Refunded", money(p.amountCents)],
        ]}
      />
      <P>The refund goes back to the card you paid with; your bank may take a few days to show it.</P>
    </EmailLayout>
  ),
};
