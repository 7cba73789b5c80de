import type { NextFunction, Request, Response } from 'express';

/**
 * The Content-Security-Policy of every response. Scripts come only from Lärnav's own origin, so
 * even text that slipped past every check could not run; no plugins, no <base> tricks, no
 * framing of Lärnav by other sites. Styles allow 'unsafe-inline' because Fluent UI (Griffel)
 * writes its styles into <style> elements at run time. Frames only from the video services a
 * lesson may embed.
 */
export function contentSecurityPolicy(videoHosts: string[]): string {
  const frames = videoHosts.map((host) => `https://${host}`).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${frames || "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(videoHosts: string[]) {
  const policy = contentSecurityPolicy(videoHosts);
  return (_request: Request, response: Response, next: NextFunction): void => {
    response.setHeader('Content-Security-Policy', policy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  };
}
