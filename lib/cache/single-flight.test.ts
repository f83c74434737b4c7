import { describe, expect, it } from "vitest";
import { bumpCacheGeneration } from "./generation.mjs";
import { singleFlight } from "./single-flight";

function deferredLoader() {
  const calls: { args: unknown[]; resolve: (v: string) => void }[] = [];
  const load = (...args: unknown[]) =>
    new Promise<string>((resolve) => {
      calls.push({ args, resolve });
    });
  return { calls, load };
}

describe("singleFlight", () => {
  it("runs one load for concurrent calls with the same arguments and gives each its result", async () => {
    const { calls, load } = deferredLoader();
    const read = singleFlight(load);
    const a = read({ page: 1 });
    const b = read({ page: 1 });
    const c = read({ page: 2 });
    expect(calls.map((x) => x.args)).toEqual([[{ page: 1 }], [{ page: 2 }]]);
    calls[0].resolve("one");
    calls[1].resolve("two");
    expect(await Promise.all([a, b, c])).toEqual(["one", "one", "two"]);
  });

  it("loads again once the previous load has settled", async () => {
    const { calls, load } = deferredLoader();
    const read = singleFlight(load);
    const first = read("x");
    calls[0].resolve("old");
    await first;
    const second = read("x");
    expect(calls).toHaveLength(2);
    calls[1].resolve("new");
    expect(await second).toBe("new");
  });

  it("never answers a call made after an invalidation with a load begun before it", async () => {
    const { calls, load } = deferredLoader();
    const read = singleFlight(load);
    const before = read("x");
    bumpCacheGeneration();
    const after = read("x");
    expect(calls).toHaveLength(2);
    calls[0].resolve("before the change");
    calls[1].resolve("after the change");
    expect(await before).toBe("before the change");
    expect(await after).toBe("after the change");
  });

  it("lets a failed load fail every caller that shared it, and the next call try again", async () => {
    let n = 0;
    const read = singleFlight(async () => {
      n += 1;
      if (n === 1) throw new Error("database down");
      return "ok";
    });
    await expect(Promise.all([read(), read()])).rejects.toThrow("database down");
    expect(await read()).toBe("ok");
    expect(n).toBe(2);
  });
});
