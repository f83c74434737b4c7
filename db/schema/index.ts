export * from "./auth";
export * from "./agencies";
export * from "./bookings";
export * from "./notifications";
export * from "./monitoring";
export * from "./finance";
export * from "./sync";
export * from "./payment-requests";
