import type { Plugin } from "vite";

/**
 * The built page's Content-Security-Policy, one directive per entry:
 * - scripts, workers (the compute, image, training and GIF workers, and the service worker) and
 *   everything else only from the app's own origin; no inline script and no eval;
 * - images also from data: (the favicon, thumbnails) and blob: (the PNG export draws its SVG
 *   through one);
 * - styles from the app's own stylesheets only: React sets `style` through the CSSOM, which CSP
 *   does not govern, so no 'unsafe-inline' is needed (the browser tests fail on any violation);
 * - no plugins, no <base> and no form posts elsewhere.
 * frame-ancestors cannot be set from a <meta> (browsers ignore it there): a host that wants to
 * limit who may embed the app sends it as a header (README, "Content-Security-Policy").
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join("; ");

/**
 * Adds the policy as the first <meta> of the built index.html. Build only: Vite's dev server
 * injects inline scripts (the React refresh preamble, the HMR client) that the policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
    },
  };
}
