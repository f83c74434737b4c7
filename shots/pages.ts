// The pages `npm run screenshots` visits, per role. A page with an id in its path is found
// through a link on another page (`discover`), since ids change with every seeded database.

export const OUT_DIR = "screenshots";

export interface PageSpec {
  name: string;
  path?: string;
  discover?: { from: string; pattern: RegExp };
}

const UUID = "[0-9a-f-]{36}";
const at = (name: string, path: string): PageSpec => ({ name, path });
const found = (name: string, from: string, pattern: string): PageSpec => ({
  name,
  discover: { from, pattern: new RegExp(`^${pattern}$`) },
});

export const PUBLIC_PAGES: PageSpec[] = [
  at("home", "/"),
  found("launch", "/", "/launches/[^/]+"),
  at("login", "/login"),
  at("register", "/register"),
  at("register-check-email", "/register/check-email"),
  at("confirm-email", "/confirm-email?token=not-a-token"),
  at("invitation", "/invitation/not-a-token"),
  at("not-found", "/no-such-page"),
];

export type RoleName = "traveler" | "agency" | "employee" | "it";

export const ROLE_PAGES: Record<RoleName, PageSpec[]> = {
  traveler: [
    at("my-bookings", "/traveler"),
    at("my-bookings-past", "/traveler?tab=past"),
    found("booking", "/traveler?tab=past", `/traveler/bookings/${UUID}`),
    found("payment", "/traveler", `/traveler/bookings/${UUID}/pay`),
    found("booking-upcoming", "/traveler", `/traveler/bookings/${UUID}`),
    at("password", "/account/password"),
  ],
  agency: [
    at("console", "/agency"),
    found("launch", "/agency", `/agency/launches/${UUID}`),
    at("launch-new", "/agency/launches/new"),
    at("rockets", "/agency/rockets"),
    at("rocket-new", "/agency/rockets/new"),
    found("rocket-edit", "/agency/rockets", `/agency/rockets/${UUID}/edit`),
    at("invoices", "/agency/invoices"),
    found("invoice", "/agency/invoices", `/agency/invoices/${UUID}`),
    at("profile", "/agency/profile"),
  ],
  employee: [
    at("finance", "/finance"),
    at("invoices", "/finance/invoices"),
    found("invoice", "/finance/invoices", `/finance/invoices/${UUID}`),
    at("report-agencies", "/finance/reports/agencies"),
    at("report-annual", "/finance/reports/annual"),
  ],
  it: [
    at("console", "/it"),
    at("notifications", "/it/notifications"),
    found("notification", "/it/notifications?status=failed", `/it/notifications/${UUID}`),
    at("service-status", "/it/notifications/status"),
    at("mailbox", "/it/mailbox"),
    found("mail", "/it/mailbox", `/it/mailbox/${UUID}`),
    at("logs", "/it/logs"),
    found("log", "/it/logs", `/it/logs/\\d+`),
    at("sync", "/it/sync"),
    at("invitations", "/it/invitations"),
  ],
};
