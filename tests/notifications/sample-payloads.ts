import type { NotificationPayloads } from "@/lib/notifications/payloads";

// One realistic payload per template, as the writers of notification rows fill them.
export const SAMPLE_PAYLOADS: NotificationPayloads = {
  verify_email: { name: "Ada Traveler", path: "/confirm-email?token=abc123" },
  invitation: { role: "employee", invitedBy: "Ira IT", path: "/invitation/tok-1" },
  booking_confirmed: { travelerName: "Ada", reference: "BK-7F3A", launchTitle: "Moon Falcon X", launchDate: "2027-03-14T09:30:00.000Z", seats: [3, 1], amountCents: 12_345_00, path: "/traveler/bookings/b1" },
  booking_cancelled: {
    travelerName: "Ada",
    reference: "BK-7F3A",
    launchTitle: "Moon Falcon X",
    launchDate: "2027-03-14T09:30:00.000Z",
    seats: [1],
    refundCents: 500_000,
    refundPercent: 50,
    cause: "traveler",
    path: "/traveler/bookings/b1",
  },
  launch_status_traveler: { travelerName: "Ada", reference: "BK-7F3A", launchTitle: "Moon Falcon X", status: "delayed", oldDate: "2027-03-14T09:30:00.000Z", newDate: "2027-03-20T09:30:00.000Z", reason: "Weather", path: "/traveler/bookings/b1" },
  agency_new_booking: { agencyName: "Orbital Horizons", reference: "BK-7F3A", launchTitle: "Moon Falcon X", launchDate: "2027-03-14T09:30:00.000Z", seats: [1, 3], amountCents: 2_000_000, path: "/agency/launches/l1" },
  agency_booking_cancelled: { agencyName: "Orbital Horizons", reference: "BK-7F3A", launchTitle: "Moon Falcon X", launchDate: "2027-03-14T09:30:00.000Z", seats: [1], refundCents: 500_000, path: "/agency/launches/l1" },
  agency_launch_status: { agencyName: "Orbital Horizons", launchTitle: "Moon Falcon X", status: "aborted", oldDate: null, newDate: null, reason: "Engine anomaly", path: "/agency/launches/l1" },
  vip_new_launch: { travelerName: "Vera VIP", launchTitle: "Moon Falcon X", launchDate: "2027-03-14T09:30:00.000Z", agencyName: "Orbital Horizons", pricePerSeatCents: 25_000_000, path: "/launches/2027-03-14-moon-falcon-x-cape-canaveral-ab12cd" },
  invoice_issued: { agencyName: "Orbital Horizons", number: "INV-2026-00001", totalCents: 123_456, dueAt: "2026-12-25T00:00:00.000Z", path: "/agency/invoices/i1" },
  invoice_overdue: { agencyName: "Orbital Horizons", number: "INV-2026-00001", totalCents: 123_456, balanceCents: 23_456, dueAt: "2026-12-25T00:00:00.000Z", path: "/agency/invoices/i1" },
  sync_failed: { jobId: "job-1", datasets: ["users", "bookings"], error: "target unreachable", path: "/it/sync/job-1" },
};
