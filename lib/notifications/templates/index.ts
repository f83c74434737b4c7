import { createElement } from "react";
import { render, unstableToPlainText } from "@react-email/render";
import type { NotificationPayloads, TemplateName } from "../payloads";
import { emailChangeConfirm, emailChangeNotice, invitation, passwordReset, verifyEmail } from "./account";
import { agencyBookingCancelled, agencyLaunchStatus, agencyNewBooking } from "./agency";
import { invoiceIssued, invoiceOverdue, syncFailed } from "./employee";
import { bookingCancelled, bookingConfirmed, launchStatusTraveler, vipNewLaunch } from "./traveler";
import { paymentRefunded } from "./payment-refunded";
import type { TemplateDef, TemplateRegistry } from "./types";

// Every template the outbox may name. The mapped type makes a missing one a type error.
export const TEMPLATES: TemplateRegistry = {
  verify_email: verifyEmail,
  invitation,
  password_reset: passwordReset,
  email_change_confirm: emailChangeConfirm,
  email_change_notice: emailChangeNotice,
  booking_confirmed: bookingConfirmed,
  booking_cancelled: bookingCancelled,
  payment_refunded: paymentRefunded,
  launch_status_traveler: launchStatusTraveler,
  agency_new_booking: agencyNewBooking,
  agency_booking_cancelled: agencyBookingCancelled,
  agency_launch_status: agencyLaunchStatus,
  vip_new_launch: vipNewLaunch,
  invoice_issued: invoiceIssued,
  invoice_overdue: invoiceOverdue,
  sync_failed: syncFailed,
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/** Renders one notification to its subject, HTML part and plain-text part. */
export async function renderNotification<T extends TemplateName>(
  template: T,
  payload: NotificationPayloads[T],
  opts: { appUrl: string },
): Promise<RenderedMail> {
  if (!isTemplateName(template)) throw new Error(`Unknown email template "${String(template)}"`);
  const def = TEMPLATES[template] as TemplateDef<T>;
  const element = createElement(def.Email, { payload, appUrl: opts.appUrl });
  const html = await render(element);
  // The package's html5parser-based converter: ~2 ms a mail against ~14 ms for the
  // html-to-text based toPlainText here, which matters when draining thousands of rows
  // (npm run bench). Output checked by tests/notifications/templates.test.ts.
  const headers = def.headers?.(payload, opts.appUrl);
  return {
    subject: def.subject(payload),
    html,
    text: unstableToPlainText(html),
    ...(headers && Object.keys(headers).length ? { headers } : {}),
  };
}
