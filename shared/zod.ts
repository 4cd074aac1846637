// The one import of zod. Its default parsers compile code with `new Function`,
// which the renderer's CSP (no 'unsafe-eval') forbids, so the JIT is switched
// off here, before any schema is used, for every runtime alike.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
export type { ZodType } from 'zod';
