import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/errors";

/** Runs a booking read; another traveler's (or a missing) booking is a 404 page. */
export async function loadOwnBooking<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
