import { ImageResponse } from "next/og";

// The home-screen icon (PNG, 180 px): the app's rocket on its indigo tile, drawn at build time.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#312e81",
      }}
    >
      <svg width="132" height="132" viewBox="0 0 32 32">
        <path d="M16 4c4 3 6 8 6 13l-3 4h-6l-3-4c0-5 2-10 6-13z" fill="#e0e7ff" />
        <circle cx="16" cy="13" r="2.5" fill="#4f46e5" />
        <path d="M13 22h6l-3 6z" fill="#f97316" />
      </svg>
    </div>,
    size,
  );
}
