import { ImageResponse } from "next/og";

// The image a shared link shows (1200×630 PNG, drawn at build time): brand, promise, rocket.
export const alt = "AstroBookings — book your seat to space";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function OpengraphImage() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        padding: "80px",
        background: "linear-gradient(180deg, #0b1026 0%, #312e81 100%)",
        color: "#fff",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: "28px" }}>
        <svg width="120" height="120" viewBox="0 0 32 32">
          <rect width="32" height="32" rx="7" fill="#4f46e5" />
          <path d="M16 4c4 3 6 8 6 13l-3 4h-6l-3-4c0-5 2-10 6-13z" fill="#e0e7ff" />
          <circle cx="16" cy="13" r="2.5" fill="#312e81" />
          <path d="M13 22h6l-3 6z" fill="#f97316" />
        </svg>
        <div style={{ fontSize: 84, fontWeight: 700 }}>AstroBookings</div>
      </div>
      <div style={{ marginTop: 40, fontSize: 48, color: "#c7d2fe" }}>Book your seat to space</div>
      <div style={{ marginTop: 16, fontSize: 32, color: "#a5b4fc" }}>
        Suborbital hops, orbit, the ISS, the Moon and Mars — from launch agencies worldwide
      </div>
    </div>,
    size,
  );
}
