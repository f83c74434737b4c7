// App-relative paths of the booking pages (notification payloads and redirects use them).
export const travelerBookingPath = (bookingId: string) => `/traveler/bookings/${bookingId}`;
export const agencyLaunchPath = (launchId: string) => `/agency/launches/${launchId}`;
