/** The SCIM 2.0 schema URNs (RFC 7643) Lärnav serves. */
export const SCHEMA = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  list: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patch: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

/** Page size when a client names none, and the most one page may hold. */
export const DEFAULT_COUNT = 100;
export const MAX_COUNT = 1000;
/** The most operations one PATCH may carry (ServiceProviderConfig says so). */
export const MAX_OPERATIONS = 1000;

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SCHEMA.serviceProviderConfig],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_COUNT },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Integration token',
        description: 'An integration token with the scim scope, as `Authorization: Bearer lnv_…`.',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string) {
  return [
    {
      schemas: [SCHEMA.resourceType],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A member of staff',
      schema: SCHEMA.user,
      schemaExtensions: [{ schema: SCHEMA.enterprise, required: false }],
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` },
    },
    {
      schemas: [SCHEMA.resourceType],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A group of staff from the identity system',
      schema: SCHEMA.group,
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/Group` },
    },
  ];
}

const text = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

/** The attributes Lärnav understands; others are accepted and ignored. */
export function schemas(baseUrl: string) {
  const meta = (id: string) => ({ resourceType: 'Schema', location: `${baseUrl}/Schemas/${id}` });
  return [
    {
      schemas: [SCHEMA.schema],
      id: SCHEMA.user,
      name: 'User',
      description: 'A member of staff',
      attributes: [
        text('userName', { required: true, uniqueness: 'server', description: 'Their email address (UPN).' }),
        text('externalId', { caseExact: true, description: 'The identity system id (Entra ID object id).' }),
        text('displayName'),
        {
          ...text('name'),
          type: 'complex',
          subAttributes: [text('formatted'), text('givenName'), text('familyName')],
        },
        {
          ...text('emails'),
          type: 'complex',
          multiValued: true,
          subAttributes: [text('value'), text('type'), { ...text('primary'), type: 'boolean' }],
        },
        text('locale'),
        text('preferredLanguage'),
        text('title', { description: 'Their job role.' }),
        { ...text('active'), type: 'boolean' },
      ],
      meta: meta(SCHEMA.user),
    },
    {
      schemas: [SCHEMA.schema],
      id: SCHEMA.enterprise,
      name: 'EnterpriseUser',
      description: 'Enterprise User',
      attributes: [
        text('employeeNumber'),
        text('department', { description: 'An org unit, by its code or its name.' }),
        {
          ...text('manager'),
          type: 'complex',
          subAttributes: [text('value', { caseExact: true }), text('displayName', { mutability: 'readOnly' })],
        },
      ],
      meta: meta(SCHEMA.enterprise),
    },
    {
      schemas: [SCHEMA.schema],
      id: SCHEMA.group,
      name: 'Group',
      description: 'Group',
      attributes: [
        text('displayName', { required: true }),
        text('externalId', { caseExact: true }),
        {
          ...text('members'),
          type: 'complex',
          multiValued: true,
          subAttributes: [text('value', { caseExact: true }), text('display', { mutability: 'readOnly' })],
        },
      ],
      meta: meta(SCHEMA.group),
    },
  ];
}
