import type { NextFunction, Request, Response } from 'express';

const ALIVE = JSON.stringify({ status: 'ok' });

/**
 * Liveness says only that the process answers, and every load balancer asks it every few
 * seconds: answered here, ahead of the body parsers, the router and Nest's pipeline. The
 * request id and security headers are already set. HealthController keeps the route in the
 * OpenAPI document and the access matrix.
 */
export function answerLiveness(request: Request, response: Response, next: NextFunction): void {
  // A probe sends no body; a request with one goes the whole way, and is judged like any other.
  const bodiless = !request.headers['content-length'] && !request.headers['transfer-encoding'];
  if (request.method !== 'GET' || request.path !== '/health/live' || !bodiless) return next();
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(ALIVE);
}
