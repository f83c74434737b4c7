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
    "https://x",
    "//evil.example/x",
    "//x",
    "/\\evil.example",
    "/\\x",
    "/.//x",
    "/..//x",
    "/./..//x",
    "/%2e//x",
    "/%2E%2E//x",
    "/%5Cx",
    "/%5cx",
    "/%2F/x",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "http://localhost:3000.evil.com/",
    "/\t/x",
    "/\n/x",
    "\t//x",
    "/\r\n/evil.example",
    "/%",
    "",
    undefined,
    "/\u0000x",
  ])("refuses %j and falls back", (input) => {
    expect(safeCallbackPath(input, "/home")).toBe("/home");
  });

  it("follows a path that only looks odd but stays on this site", () => {
    expect(safeCallbackPath("/traveler/../agency?x=//y", "/home")).toBe("/agency?x=//y");
    expect(safeCallbackPath("/a/.//b", "/home")).toBe("/a//b");
  });
});

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
  });
});
