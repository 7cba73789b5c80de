import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { ScimError, SCIM_BASE, SCIM_CONTENT_TYPE } from './scim-error';
import { DEFAULT_COUNT, MAX_COUNT, SCHEMA } from './scim-schemas';
import type { ScimCall } from './scim-users.service';
import type { Actor } from '@larnav/api/common';

/** Every SCIM answer is application/scim+json (RFC 7644 §3.1). */
@Injectable()
export class ScimContentType implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    context.switchToHttp().getResponse<Response>().type(SCIM_CONTENT_TYPE);
    return next.handle();
  }
}

export function baseUrlOf(request: Request): string {
  return `${request.protocol}://${request.get('host')}${SCIM_BASE}`;
}

export function callOf(actor: Actor, request: Request): ScimCall {
  return { actor, origin: { ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null } };
}

/** startIndex is 1-based; below 1 counts as 1, and count is kept within 0…MAX_COUNT (RFC 7644 §3.4.2.4). */
export function paging(startIndex: unknown, count: unknown): { startIndex: number; count: number } {
  const int = (value: unknown, name: string, fallback: number) => {
    if (value === undefined || value === '') return fallback;
    const text = Array.isArray(value) ? value[0] : value;
    if (typeof text !== 'string' || !/^-?\d{1,9}$/.test(text.trim())) {
      throw ScimError.badRequest('invalidValue', `${name} must be a whole number.`);
    }
    return Number(text);
  };
  return {
    startIndex: Math.max(1, int(startIndex, 'startIndex', 1)),
    count: Math.min(MAX_COUNT, Math.max(0, int(count, 'count', DEFAULT_COUNT))),
  };
}

export function textQuery(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' ? text : undefined;
}

export function listResponse(total: number, startIndex: number, resources: unknown[]) {
  return {
    schemas: [SCHEMA.list],
    totalResults: total,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

/** The list query parameters, for the OpenAPI document. */
export const ScimListQuery = () =>
  applyDecorators(
    ApiQuery({ name: 'filter', required: false, schema: { type: 'string', maxLength: 2000 } }),
    ApiQuery({ name: 'startIndex', required: false, schema: { type: 'integer', minimum: 1 } }),
    ApiQuery({ name: 'count', required: false, schema: { type: 'integer', minimum: 0, maximum: MAX_COUNT } }),
    ApiQuery({ name: 'excludedAttributes', required: false, schema: { type: 'string', maxLength: 200 } }),
    ApiQuery({ name: 'attributes', required: false, schema: { type: 'string', maxLength: 200 } }),
  );

const OPEN = { type: 'object', additionalProperties: true } as const;

/** A SCIM User body as documented; the service reads it leniently, as Entra ID writes it. */
export const ScimUserBody = () =>
  ApiBody({
    schema: {
      ...OPEN,
      required: ['userName'],
      properties: {
        schemas: {
          type: 'array',
          items: { type: 'string', maxLength: 200 },
          example: [SCHEMA.user, SCHEMA.enterprise],
        },
        userName: { type: 'string', maxLength: 320, example: 'anna.karlsson@stenungsund.se' },
        externalId: { type: 'string', maxLength: 200 },
        displayName: { type: 'string', maxLength: 200 },
        active: { type: 'boolean' },
        title: { type: 'string', maxLength: 100 },
        [SCHEMA.enterprise]: {
          ...OPEN,
          properties: {
            department: { type: 'string', maxLength: 200 },
            employeeNumber: { type: 'string', maxLength: 100 },
          },
        },
      },
    },
  });

export const ScimGroupBody = () =>
  ApiBody({
    schema: {
      ...OPEN,
      required: ['displayName'],
      properties: {
        schemas: { type: 'array', items: { type: 'string', maxLength: 200 }, example: [SCHEMA.group] },
        displayName: { type: 'string', maxLength: 256 },
        externalId: { type: 'string', maxLength: 200 },
        members: {
          type: 'array',
          items: { ...OPEN, required: ['value'], properties: { value: { type: 'string', maxLength: 200 } } },
        },
      },
    },
  });

export const ScimPatchBody = () =>
  ApiBody({
    schema: {
      ...OPEN,
      required: ['Operations'],
      properties: {
        schemas: { type: 'array', items: { type: 'string', maxLength: 200 }, example: [SCHEMA.patch] },
        Operations: {
          type: 'array',
          items: {
            ...OPEN,
            required: ['op'],
            properties: {
              op: { type: 'string', enum: ['add', 'replace', 'remove'] },
              path: { type: 'string', maxLength: 1000, example: 'displayName' },
              value: { type: 'string', example: 'Anna Karlsson' },
            },
          },
        },
      },
    },
  });
