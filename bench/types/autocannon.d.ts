// autocannon ships no type declarations; this covers the part bench/api-bench.ts uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  export type Histogram = { average: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number };
  export type AutocannonResult = {
    latency: Histogram;
    requests: Histogram & { sent: number };
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export type AutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: AutocannonRequest[];
  };
  export type Instance = EventEmitter & PromiseLike<AutocannonResult>;

  function autocannon(options: AutocannonOptions): Instance;
  export default autocannon;
}
