/**
 * Runs in the browser before the app's code. zod compiles object parsers with `new Function`
 * when it may, and finds out by trying: under the app's Content Security Policy (no
 * 'unsafe-eval', see next.config.mjs) the try is blocked and reported as a violation. Telling
 * zod up front to parse without compiling avoids both; the API's answers are small.
 */
import { z } from "zod";

z.config({ jitless: true });
