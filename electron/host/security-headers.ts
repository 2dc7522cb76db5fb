/**
 * The Content-Security-Policy and companion headers for every renderer response, shared by the
 * Electron `app://` protocol and the web host so both transports serve the same page under the
 * same rules. Must not be loosened per route.
 *
 * SECURITY: no 'unsafe-eval' and no 'wasm-unsafe-eval' (no WASM KDF is used); no 'unsafe-inline'
 * for styles either, since React applies `style` props through the CSSOM, which CSP does not
 * restrict. Only a literal <style> element or HTML style attribute would need it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
