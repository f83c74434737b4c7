import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

describe("requestIdFrom", () => {
  it("keeps a caller's short token", () => {
    expect(requestIdFrom("lb-7f3a9c21.x")).toBe("lb-7f3a9c21.x");
  });

  it("replaces a missing, short, long or log-breaking id with a new UUID", () => {
    for (const bad of [null, undefined, "", "abc", "x".repeat(65), "ok-but\nforged log line", "a b c d e f g h"]) {
      const id = requestIdFrom(bad);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
