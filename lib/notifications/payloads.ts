// The data each email template takes. Writers of notification rows (auth, agency,
// bookings, finance, sync) fill these; lib/notifications/templates render them.
// Paths are app-relative ("/traveler/bookings/…"); templates prefix APP_URL.
import type { LaunchStatus } from "@/db/schema";

export interface NotificationPayloads {
  verify_email: { name: string; path: string };
  invitation: { role: "employee" | "it"; invitedBy: string; path: string };
  password_reset: { name: string; path: string };
  /** To the new address: the link that makes it the account's email. */
  email_change_confirm: { name: string; newEmail: string; path: string };
  /** To the old address: a notice that a change was asked for. */
  email_change_notice: { name: string; newEmail: string; path: string };
  booking_confirmed: {
    travelerName: string;
    reference: string;
    launchTitle: string;
    launchDate: string;
    seats: number[];
    amountCents: number;
    path: string;
  };
  booking_cancelled: {
    travelerName: string;
    reference: string;
    launchTitle: string;
    launchDate: string;
    seats: number[];
    refundCents: number;
    refundPercent: number;
    cause: "traveler" | "launch_aborted";
    path: string;
  };
  /** A payment arrived for seats the booking no longer held: refunded in full at once. */
  payment_refunded: {
    travelerName: string;
    reference: string;
    launchTitle: string;
    amountCents: number;
    why: "hold_ended" | "already_paid";
    path: string;
  };
  launch_status_traveler: {
    travelerName: string;
    reference: string;
    launchTitle: string;
    status: LaunchStatus;
    oldDate: string | null;
    newDate: string | null;
    reason: string | null;
    path: string;
  };
  agency_new_booking: {
    agencyName: string;
    reference: string;
    launchTitle: string;
    launchDate: string;
    seats: number[];
    amountCents: number;
    path: string;
  };
  agency_booking_cancelled: {
    agencyName: string;
    reference: string;
    launchTitle: string;
    launchDate: string;
    seats: number[];
    refundCents: number;
    path: string;
  };
  agency_launch_status: {
    agencyName: string;
    launchTitle: string;
    status: LaunchStatus;
    oldDate: string | null;
    newDate: string | null;
    reason: string | null;
    path: string;
  };
  vip_new_launch: {
    travelerName: string;
    launchTitle: string;
    launchDate: string;
    agencyName: string;
    pricePerSeatCents: number;
    path: string;
    /** Signed one-click unsubscribe token (it can only turn this traveler's alerts off). */
    unsubscribeToken?: string;
  };
  invoice_issued: { agencyName: string; number: string; totalCents: number; dueAt: string; path: string };
  invoice_overdue: {
    agencyName: string;
    number: string;
    totalCents: number;
    balanceCents: number;
    dueAt: string;
    path: string;
  };
  sync_failed: { jobId: string; datasets: string[]; error: string; path: string };
}

export type TemplateName = keyof NotificationPayloads;
