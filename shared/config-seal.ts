/**
 * The mark the stack sets beside the configuration it validated, so a Lambda can tell that configuration from
 * any other without building the config schema (zod and the schema are a tenth of the poll function's cold
 * start). It is a digest, not a signature: it says "this exact text is `parseConfig`'s own output at synth",
 * and a value edited by hand afterwards no longer matches it, so it is validated in full again.
 */
import { createHash } from 'node:crypto';

/** The environment variable holding {@link configSeal} of `BORDERWATCH_CONFIG`. */
export const CONFIG_SEAL_VARIABLE = 'BORDERWATCH_CONFIG_SHA256';

/** The seal of a configuration's JSON text: its SHA-256, in hex. */
export function configSeal(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}
