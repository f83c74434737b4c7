import type { NavItem } from "./area-shell";

// The navigation of each role area; each feature adds its pages here.
export const TRAVELER_NAV: NavItem[] = [
  { href: "/traveler", label: "My bookings" },
  { href: "/", label: "Book a launch" },
];
export const AGENCY_NAV: NavItem[] = [
  { href: "/agency", label: "Overview" },
  { href: "/agency/rockets", label: "Rockets" },
  { href: "/agency/launches/new", label: "Schedule a launch" },
  { href: "/agency/profile", label: "Profile" },
  { href: "/agency/invoices", label: "Invoices" },
];
export const FINANCE_NAV: NavItem[] = [
  { href: "/finance", label: "Overview" },
  { href: "/finance/invoices", label: "Invoices" },
  { href: "/finance/reports/agencies", label: "Agency revenue" },
  { href: "/finance/reports/annual", label: "Annual report" },
];
export const IT_NAV: NavItem[] = [
  { href: "/it", label: "Overview" },
  { href: "/it/notifications", label: "Notifications" },
  { href: "/it/notifications/status", label: "Email status" },
  { href: "/it/mailbox", label: "Mailbox" },
  { href: "/it/users", label: "Users" },
  { href: "/it/invitations", label: "Invitations" },
  { href: "/it/sync", label: "Data sync" },
  { href: "/it/logs", label: "Logs" },
];
