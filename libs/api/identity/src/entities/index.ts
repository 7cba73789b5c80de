import { ClaimMapping } from './claim-mapping.entity';
import { IntegrationToken } from './integration-token.entity';
import { RateLimitHit } from './rate-limit-hit.entity';
import { RoleGrant } from './role-grant.entity';
import { SessionRecord } from './session-record.entity';
import { SignInConfig } from './sign-in-config.entity';

export { ClaimMapping, IntegrationToken, RateLimitHit, RoleGrant, SessionRecord, SignInConfig };
export type { ClaimMappingEffect } from './claim-mapping.entity';
export type { RoleGrantSource } from './role-grant.entity';
export type { SignInMethod } from './sign-in-config.entity';

export const IDENTITY_ENTITIES = [SignInConfig, ClaimMapping, RoleGrant, IntegrationToken, SessionRecord, RateLimitHit];
