import { afterEach, describe, expect, it, vi } from "vitest";
import { startEarlyRequest, takeEarlyResponse } from "./early-requests";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("requests started before hydration", () => {
  it("hands the early response to the first GET of the same URL only, and starts it once", async () => {
    const fetch = vi.fn((url: string) => Promise.resolve(new Response(JSON.stringify({ url }))));
    vi.stubGlobal("fetch", fetch);
    startEarlyRequest("/api/overview?a=1");
    startEarlyRequest("/api/overview?a=1");
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(takeEarlyResponse("/api/overview?a=1", { method: "POST" })).toBeUndefined();
    expect(takeEarlyResponse("/api/overview?a=2")).toBeUndefined();
    const taken = takeEarlyResponse("/api/overview?a=1");
    expect(await (await taken)?.json()).toEqual({ url: "/api/overview?a=1" });
    expect(takeEarlyResponse("/api/overview?a=1")).toBeUndefined();
  });

  it("fetches again when the early request failed", async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new TypeError("offline")).mockResolvedValueOnce(new Response("{}"));
    vi.stubGlobal("fetch", fetch);
    startEarlyRequest("/api/overview?b=1");
    const response = await takeEarlyResponse("/api/overview?b=1");
    expect(response?.status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
