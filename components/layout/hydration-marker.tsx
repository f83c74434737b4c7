"use client";
import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it. Until then a client form has no submit
 * handler: the browser would send it itself, as a GET of the page with every field (a
 * password too) in the address. globals.css keeps those submit buttons from taking clicks
 * until the mark is there.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
