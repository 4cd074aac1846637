#!/usr/bin/env node
// npm links this package's bin into node_modules/.bin; the command itself lives in the
// repository's bin/, next to the TypeScript it bundles (Node follows the link to here).
import '../../bin/lantern-verify.mjs';
