// The shape of a Result crossing the IPC boundary (see shared/result.ts). Used on
// both sides: main checks what handlers return, the preload checks what arrives.
// No electron import, so the preload bundle and the e2e harness can include it.
import { z } from '../../shared/zod';

export const AppErrorSchema = z
  .object({
    code: z.string().max(200),
    message: z.string().max(2000),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  })
  .strict();

export const ResultEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: AppErrorSchema }).strict(),
]);
