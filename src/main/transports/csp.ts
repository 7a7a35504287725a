/**
 * One Content-Security-Policy for the desktop window and browser mode: the renderer loads only its
 * own scripts and styles and talks only to its own origin. 'unsafe-inline' for styles because
 * React sets style attributes (row positions of the virtualized caseload table).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
