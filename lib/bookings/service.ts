// The booking use cases, in one import for route handlers and server actions.
export { holdSeats, type HoldInput } from "./hold";
export { payBooking, bookAndPay } from "./pay";
export { cancelBooking } from "./cancel";
export {
  listMyBookings,
  getMyBooking,
  bookingView,
  quoteRefund,
  type BookingView,
  type BookingWithLaunch,
} from "./queries";
export { startCheckout, type CheckoutView } from "./checkout";
