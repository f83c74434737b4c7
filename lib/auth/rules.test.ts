import { describe, expect, it } from "vitest";
import { normalizeEmail, safeCallbackPath } from "./rules";

describe("safeCallbackPath", () => {
  it.each([
    ["/agency/launches?status=delayed", "/agency/launches?status=delayed"],
    ["/traveler", "/traveler"],
  ])("follows the same-site path %s", (input, expected) => {
    expect(safeCallbackPath(input, "/home")).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "http://localhost:3000.evil.com/",
    "",
    undefined,
    "/\u0000x",
  ])("refuses %s and falls back", (input) => {
    expect(safeCallbackPath(input, "/home")).toBe("/home");
  });
});

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
  });
});
