/**
 * The body of every error answer, defined once (with the kinds and their HTTP statuses in
 * error-kinds.ts): app/api/respond.ts writes it, graph/errors.ts raises the kinds, the client
 * reads the kind from the body (not from the status).
 */
import { z } from "zod";
import { ERROR_STATUS, type ErrorKind } from "./error-kinds";

export { ERROR_STATUS, type ErrorKind };

export const errorKindSchema = z.enum(Object.keys(ERROR_STATUS) as [ErrorKind, ...ErrorKind[]]);

export const errorPositionSchema = z.object({ line: z.number().int(), column: z.number().int(), offset: z.number().int() });
export type ErrorPosition = z.infer<typeof errorPositionSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    kind: z.string(),
    message: z.string(),
    code: z.string().optional(),
    position: errorPositionSchema.optional(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A ZodError for a problem found after parsing (a malformed body, an id of the wrong kind): a 400. */
export function invalidInput(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path, message, input: undefined }]);
}
