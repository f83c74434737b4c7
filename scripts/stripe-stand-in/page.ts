import type { CheckoutSession } from "./objects";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const usd = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;

/** The stand-in's hosted "Checkout page": what the traveler sees at the session's URL. */
export function checkoutPage(session: CheckoutSession): string {
  const items = session.line_items_summary
    .map((i) => `<li>${esc(i.name)} × ${i.quantity}: ${usd(i.amount * i.quantity)}</li>`)
    .join("");
  const body =
    session.status === "open"
      ? `<form method="post" action="/checkout/${esc(session.id)}/pay">
           <button type="submit">Pay ${usd(session.amount_total)}</button>
         </form>
         ${session.cancel_url ? `<p><a href="${esc(session.cancel_url)}">Cancel and go back</a></p>` : ""}`
      : `<p role="status">This checkout session is ${session.status}.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Stripe Checkout (stand-in)</title></head>
<body style="font-family: system-ui; max-width: 32rem; margin: 2rem auto; padding: 0 1rem">
<main><h1>Checkout (Stripe stand-in)</h1>
<p>${session.customer_email ? esc(session.customer_email) : ""}</p><ul>${items}</ul>
<p>Total: <strong>${usd(session.amount_total)}</strong></p>${body}</main></body></html>`;
}
