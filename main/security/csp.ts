// The Content-Security-Policy every renderer response carries. It stops injected
// markup from running script, loading remote resources or framing anything: the
// page may only load its own bundle (plus wasm for hashing, blob: for workers and
// evidence previews). No electron import: the e2e harness serves the same header.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "media-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ');
