import { secureHeaders } from 'hono/secure-headers';

/**
 * Headers on every response. The CSP allows scripts, styles and fetches from this origin only (the
 * built web app has no inline script or style), nothing may frame the page, and no referrer leaves the site.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    // Not no-referrer: with it, browsers send `Origin: null` on form posts, and the sign-in form would look cross-site.
    referrerPolicy: 'same-origin',
    xContentTypeOptions: true,
    // Off: the app serves plain http on loopback; a TLS proxy in front sets HSTS itself.
    strictTransportSecurity: false,
  });
