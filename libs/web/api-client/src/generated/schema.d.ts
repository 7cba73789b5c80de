// generated — do not edit.
// Source: libs/web/api-client/openapi.json. Regenerate with: node tools/api-client/generate.mjs

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process can serve: PostgreSQL answers */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality served at this address */
        get: operations["TenantController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people of this municipality sign in */
        get: operations["AuthController_methods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with roles and a CSRF token */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the session is alive, cheaply: for keep-alive and expiry warnings */
        get: operations["AuthController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session, and the IdP session too (RP-initiated logout) */
        post: operations["AuthController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which municipality's sign-in an email address belongs to */
        get: operations["SignInDiscoveryController_discover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in at the municipality's OpenID provider */
        get: operations["OidcController_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the OpenID provider sends the browser back */
        get: operations["OidcController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/saml/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lärnav's SAML service-provider metadata, for registering Lärnav in ADFS */
        get: operations["SamlController_metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/saml/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in at the municipality's SAML identity provider */
        get: operations["SamlController_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/saml/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Where the SAML identity provider posts its signed response */
        post: operations["SamlController_callback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a person from signing in and end their sessions now */
        post: operations["AccountsController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a person sign in again */
        post: operations["AccountsController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/role-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every role held, from the IdP or granted here */
        get: operations["RoleGrantsController_list"];
        put?: never;
        /** Grant a role (HR with the unit whose subtree it covers) */
        post: operations["RoleGrantsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/role-grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a role granted here (IdP roles follow the IdP) */
        delete: operations["RoleGrantsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/claim-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every claim mapping */
        get: operations["ClaimMappingsController_list"];
        put?: never;
        /** Map a claim value to a unit or an HR subtree */
        post: operations["ClaimMappingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/claim-mappings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a claim mapping */
        delete: operations["ClaimMappingsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Integration tokens (never their secrets) */
        get: operations["IntegrationTokensController_list"];
        put?: never;
        /** Create a token; its value is shown this once */
        post: operations["IntegrationTokensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token at once */
        delete: operations["IntegrationTokensController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/sign-in/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OpenID Connect settings (without the secret) */
        get: operations["SignInSettingsController_get"];
        /** Set the OpenID Connect settings */
        put: operations["SignInSettingsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/sign-in/saml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SAML settings, with what was read from the IdP metadata */
        get: operations["SamlSettingsController_get"];
        /** Set the SAML settings; the metadata must name the IdP, its sign-in address and signing certificate */
        put: operations["SamlSettingsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tree with head counts on a date (an HR officer: their subtrees) */
        get: operations["OrgUnitController_tree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit with the head count of its subtree on a date */
        get: operations["OrgUnitController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a unit or change its code */
        patch: operations["OrgUnitController_update"];
        trace?: never;
    };
    "/api/org-units/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people employed in the subtree on a date */
        get: operations["OrgUnitController_peopleInSubtree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a unit under a parent */
        post: operations["OrgUnitController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a unit, with its subtree, under another parent */
        post: operations["OrgUnitController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/{id}/manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Name the unit's chef (enhetschef), or remove them with null
         * @description The chef's team (Mitt team) is everyone placed in the unit's whole subtree. Audited.
         */
        put: operations["OrgUnitController_setManager"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a unit that no longer exists; its history stays */
        post: operations["OrgUnitController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find people by name, email, employee number or unit, within your part of the organisation */
        get: operations["PeopleController_find"];
        put?: never;
        /** Hire a new person into a unit */
        post: operations["PeopleController_hire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person and their employment history */
        get: operations["PeopleController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/employments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an employment: a second post, or a rehire */
        post: operations["PeopleController_addEmployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer to another unit from a date */
        post: operations["PeopleController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End employment on a last day */
        post: operations["PeopleController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/needs-placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People waiting to be placed in an org unit */
        get: operations["PlacementNeedsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This municipality's modules, most recently changed first */
        get: operations["ModulesController_list"];
        put?: never;
        /** Create a module with its first draft */
        post: operations["ModulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/shared-modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Modules the other municipalities of the region share */
        get: operations["ModulesController_shared"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A module with its version history; a shared one of another municipality read-only */
        get: operations["ModulesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a module's tags or owner */
        patch: operations["ModulesController_update"];
        trace?: never;
    };
    "/api/catalog/modules/{id}/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Share a module with the region's other municipalities, or keep it private */
        put: operations["ModulesController_share"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/{id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy another municipality's shared module into this one, to adapt */
        post: operations["ModulesController_copy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/{id}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version's whole content: lessons and blocks */
        get: operations["ModulesController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the whole draft; 409 when someone else saved it since `revision` */
        put: operations["DraftsController_save"];
        /** Edit the module: its draft, or a new one made from the published version */
        post: operations["DraftsController_open"];
        /** Throw the draft away; the published version stays as it is */
        delete: operations["DraftsController_discard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/{id}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft as the version learners take from now on */
        post: operations["DraftsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The module's uploaded files, newest first */
        get: operations["MediaController_list"];
        put?: never;
        /**
         * Upload a video, image or document to the module: the body is the file's bytes
         * @description Any Content-Type: the body is never parsed, only streamed to storage. The file is recognised by its content; the wrong type is refused with 415, a file over the kind’s limit with 413, and nothing is kept.
         */
        post: operations["MediaController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/{id}/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file itself, for those who may see the module; byte ranges for seeking in video
         * @description Binary, with the type its content showed at upload. Honours Range (206, 416) and If-None-Match (304); private caching only. Documents are offered as downloads, videos and images shown inline.
         */
        get: operations["MediaController_serve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version of the module as a module archive (ZIP: module.json, media.json, media/) */
        get: operations["ExchangeController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/modules/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A module archive as a new module with a draft; 422 lists every problem with its place, importing nothing */
        post: operations["ExchangeController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/modules/{moduleId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a module, or continue where you left it */
        post: operations["AttemptsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/attempts/{attemptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attempt of yours: its content, where you are, and what is done */
        get: operations["AttemptsController_attempt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/attempts/{attemptId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record progress events; each id is stored once, a resend changes nothing */
        post: operations["AttemptsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/attempts/{attemptId}/quizzes/{quizId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A knowledge check: the questions of your next try, and your last result */
        get: operations["AttemptsController_quiz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/attempts/{attemptId}/quizzes/{quizId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a knowledge check; graded here under the version’s rules */
        post: operations["AttemptsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/my-training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My training: what is required of me and when, what I started, what I completed, and the catalogue */
        get: operations["MyTrainingController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/my-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Lärnav holds about my learning, as a JSON download */
        get: operations["MyTrainingController_data"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your certificate as a PDF, in your language or the one asked for */
        get: operations["CertificatesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a certificate by its code: genuine, and valid, expired or revoked */
        get: operations["CertificatesController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a certificate, with a reason; the verification page then says so */
        post: operations["CertificatesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Require a module of people, with a due date; enrolling again updates the date */
        post: operations["EnrolmentsController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assignment rules, newest first */
        get: operations["RulesController_list"];
        put?: never;
        /** Make a rule: it applies at once to everyone it targets, staff already in place too */
        post: operations["RulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a rule would do today: how many it requires the module of, how many have done it */
        post: operations["RulesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/rules/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a rule on a last day; what it required until then stays in the history */
        post: operations["RulesController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/job-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's job roles, with how many hold each: what a rule can target */
        get: operations["JobRolesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exempt a person from a requirement for a while, with a reason (HR: in their subtrees) */
        post: operations["ExemptionsController_exempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/exemptions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an exemption early; the requirement applies again from the next day */
        post: operations["ExemptionsController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/people/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's employments, requirements, completions and exemptions (HR: people who worked in their subtrees) */
        get: operations["PersonTimelineController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coverage per unit (with its subtree) and module on a day: population, compliant, in progress, overdue, exempt
         * @description The tree under orgUnitId (default: every subtree you answer for), depth first, each unit with one entry per module. Exempt people are counted apart and outside the percentage. A past asOf gives the answer as it was then. Paged by units (limit/offset) for BI tools.
         */
        get: operations["ReportingController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/coverage/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people behind a coverage number: name, unit, standing, due date, overdue since
         * @description One row per person and module, by name; status narrows to one standing.
         */
        get: operations["ReportingController_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/live-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is booked on a module's live sessions, who attended, and who still lacks a required one
         * @description Today's population of the module (as in the coverage, exempt people left out) with each person's bookings. liveSession=lacking narrows to those required to attend who are not compliant and have not attended.
         */
        get: operations["ReportingController_liveSessionStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Onboarding: of the people who started in a period, who completed each required module in its due window
         * @description Per unit where someone started (with its subtree). Windows still open and exemptions are outside the percentage.
         */
        get: operations["ReportingController_onboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coverage of a unit's subtree at each month end, from the same engine as the coverage
         * @description Each point is the answer as it was that day: who worked there then, what was required, what was done.
         */
        get: operations["ReportingController_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/summary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A printable PDF summary for the municipal board: coverage per module with a year's change, per unit one level down, and the year's new starters */
        get: operations["ReportingExportController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/coverage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coverage tree as a CSV or XLSX file: one row per unit and module */
        get: operations["ReportingExportController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/coverage/people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people behind the coverage as a CSV or XLSX file, with status, due date and overdue since */
        get: operations["ReportingExportController_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/onboarding/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onboarding coverage as a CSV or XLSX file: one row per unit and module */
        get: operations["ReportingExportController_onboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting/trend/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly coverage trend as a CSV or XLSX file: one row per month end and module */
        get: operations["ReportingExportController_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regional/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each sharing municipality's coverage of the region's shared modules, side by side: counts only, no group under 5 */
        get: operations["RegionalController_comparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regional/sharing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this municipality's coverage of shared modules is shown to the region */
        get: operations["RegionalController_sharing"];
        /** Start or stop showing this municipality’s coverage of shared modules to the region */
        put: operations["RegionalController_setSharing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/ServiceProviderConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: what this service provider supports */
        get: operations["ScimDiscoveryController_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/ResourceTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: the resource types (User, Group) */
        get: operations["ScimDiscoveryController_resourceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/ResourceTypes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: one resource type */
        get: operations["ScimDiscoveryController_resourceType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: the schemas and the attributes understood */
        get: operations["ScimDiscoveryController_schemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Schemas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: one schema */
        get: operations["ScimDiscoveryController_schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: list users, with a filter and paging */
        get: operations["ScimUsersController_list"];
        put?: never;
        /** SCIM: create a user */
        post: operations["ScimUsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: one user */
        get: operations["ScimUsersController_get"];
        /** SCIM: replace a user */
        put: operations["ScimUsersController_replace"];
        post?: never;
        /** SCIM: delete a user (their history stays) */
        delete: operations["ScimUsersController_remove"];
        options?: never;
        head?: never;
        /** SCIM: change a user (add, replace, remove) */
        patch: operations["ScimUsersController_patch"];
        trace?: never;
    };
    "/scim/v2/Groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: list groups, with a filter and paging */
        get: operations["ScimGroupsController_list"];
        put?: never;
        /** SCIM: create a group */
        post: operations["ScimGroupsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SCIM: one group */
        get: operations["ScimGroupsController_get"];
        /** SCIM: replace a group */
        put: operations["ScimGroupsController_replace"];
        post?: never;
        /** SCIM: delete a group (its members stay) */
        delete: operations["ScimGroupsController_remove"];
        options?: never;
        head?: never;
        /** SCIM: change a group: its name, members added or removed */
        patch: operations["ScimGroupsController_patch"];
        trace?: never;
    };
    "/api/hr-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality’s imports, newest first */
        get: operations["HrImportController_list"];
        put?: never;
        /** Upload an HR-system file (CSV or XLSX) and get its dry run; nothing about anyone changes yet */
        post: operations["HrImportController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hr-imports/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The column mapping remembered from the last applied import */
        get: operations["HrImportController_mapping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hr-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: its status, progress while applying, mapping and dry-run summary */
        get: operations["HrImportController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hr-imports/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dry run’s changes and skipped rows, a page at a time */
        get: operations["HrImportController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hr-imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the columns again, and run the dry run again with them (also after a stale one) */
        put: operations["HrImportController_remap"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hr-imports/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the dry run, all or nothing, as a job; poll the import for its progress */
        post: operations["HrImportController_applyImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outbox: every mail written, newest first */
        get: operations["OutboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mail with its bodies */
        get: operations["OutboxController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's live sessions, cancelled ones too, soonest first */
        get: operations["SchedulingController_list"];
        put?: never;
        /**
         * Schedule a live session, or a series of identical ones (one per occurrence), in one go
         * @description Times are Swedish local times (`YYYY-MM-DDTHH:mm`, Europe/Stockholm); a session may run over several days. Deadlines default to the start. All sessions are made, or none.
         */
        post: operations["SchedulingController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session with its bookings: the attendance list (booked first, then the waitlist in order) */
        get: operations["SchedulingController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a session (time, place, link, deadlines) or give it more places
         * @description Everyone with a place gets an updated calendar invitation (same UID, higher SEQUENCE). More places go to the waitlist at once.
         */
        patch: operations["SchedulingController_move"];
        trace?: never;
    };
    "/api/live-sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a session with a reason: it stays, shown as cancelled with the reason
         * @description Every booking is cancelled; each person gets a mail with the reason and METHOD:CANCEL for their calendar. A session already cancelled stays as it was.
         */
        post: operations["SchedulingController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live-sessions/{id}/bookings/{bookingId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark one booking attended, partly attended or no-show (once the session has started)
         * @description Attended completes the module: a completion of its published version, reached by live session, with a certificate. Marking again changes the mark; a completion already written stays.
         */
        put: operations["SchedulingController_markAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live-sessions/{id}/attendance-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark attendance from the attendance report Teams exports (the file as the request body)
         * @description Tab-separated, UTF-16 with a byte-order mark as Teams writes it (UTF-8 is read too), in English or Swedish. Participants are matched to bookings by e-mail; at least 80 % of the session counts as attended, less as partly attended. Every row gets an outcome; rows that match no booked person change nothing. All rows are marked in one transaction.
         */
        post: operations["SchedulingController_importAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live-bookings/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upcoming sessions of a module that I may book, with free places and my own booking
         * @description Sessions open only to other units are left out; full ones are listed (booking them joins the waitlist).
         */
        get: operations["BookingController_bookable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live-bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My bookings and waitlist places that are not cancelled, soonest first, and those ended by the session being cancelled */
        get: operations["BookingController_mine"];
        put?: never;
        /**
         * Book a place; when the session is full, join its waitlist
         * @description A place comes with a calendar invitation by mail; a waitlist place with a mail giving its position. Refused after the booking deadline, for a cancelled session, and when the session is open only to other units.
         */
        post: operations["BookingController_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live-bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel my booking or waitlist place (until the cancellation deadline)
         * @description The calendar event is cancelled (METHOD:CANCEL, same UID); a freed place goes to the first on the waitlist.
         */
        post: operations["BookingController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My team's coverage per required module: the same numbers as HR's, for my team's people
         * @description The team is everyone placed in the units I am chef of (with their subtrees) and everyone whose manager I am.
         */
        get: operations["MyTeamController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-team/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each person in my team and where they stand with each required module */
        get: operations["MyTeamController_people"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-team/live-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My team and a module's live sessions: who is booked, who attended, who still lacks a required one */
        get: operations["MyTeamController_liveSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-team/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a reminder to someone in my team who is behind with a module
         * @description Behind: overdue, or not completed within 14 days of the due date. At most one a day per person and module (409 after). Audited.
         */
        post: operations["MyTeamController_remind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-team/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bookings waiting for my approval (Att godkänna), soonest session first */
        get: operations["MyTeamController_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-team/approvals/{bookingId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a booking: it takes a free place (with the calendar invitation) or the waitlist */
        post: operations["MyTeamController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-team/approvals/{bookingId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a booking: it is cancelled and the learner is told */
        post: operations["MyTeamController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        TenantResponse: {
            /** Format: uuid */
            id: string;
            /** @example stenungsund */
            slug: string;
            /** @example Stenungsunds kommun */
            name: string;
        };
        SignInMethodsResponse: {
            oidc: boolean;
            saml: boolean;
        };
        EmploymentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orgUnitId: string;
            orgUnitName: string;
            jobRole: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string | null;
        };
        MePersonResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @description Their own employments, oldest first. */
            employments: components["schemas"]["EmploymentResponse"][];
        };
        MeResponse: {
            person: components["schemas"]["MePersonResponse"];
            roles: ("learner" | "trainer" | "hr" | "admin" | "region")[];
            permissions: ("org:read" | "org:manage" | "people:read" | "people:manage" | "roles:manage" | "sign-in:manage" | "tokens:manage" | "audit:read" | "outbox:read" | "catalog:author" | "catalog:publish" | "catalog:share" | "learning:enrol" | "compliance:manage" | "compliance:exempt" | "live-sessions:manage" | "reporting:read" | "certificates:revoke" | "regional:read" | "regional:share" | "scim")[];
            /** @description Org units whose subtrees an HR officer answers for. */
            hrUnitIds: string[];
            /** @description Whether they manage anyone today (a unit's chef, or a manager link): shows Mitt team. */
            managesTeam: boolean;
            /** @description Send as X-CSRF-Token on every state-changing request. */
            csrfToken: string;
        };
        SessionStatusResponse: {
            /** Format: uuid */
            personId: string;
            roles: ("learner" | "trainer" | "hr" | "admin" | "region")[];
            /**
             * Format: date-time
             * @description The session ends then at the latest, whatever the activity.
             */
            endsAt: string;
        };
        SignOutResponse: {
            /** @description Where the browser goes next: the IdP's sign-out, or the start page. */
            redirectTo: string;
        };
        SignInDiscoveryResponse: {
            /** @example Stenungsunds kommun */
            municipality: string;
            /** @example https://larnav.stenungsund.se/sign-in */
            signInUrl: string;
        };
        RoleGrantResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @enum {string} */
            role: "learner" | "trainer" | "hr" | "admin" | "region";
            /** Format: uuid */
            orgUnitId: string | null;
            orgUnitName: string | null;
            /** @enum {string} */
            source: "idp" | "admin";
        };
        GrantRoleDto: {
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            role: "trainer" | "hr" | "admin" | "region";
            /**
             * Format: uuid
             * @description Required for HR: the unit whose subtree it covers.
             */
            orgUnitId?: string;
        };
        ClaimMappingResponse: {
            /** Format: uuid */
            id: string;
            claim: string;
            value: string;
            /** @enum {string} */
            effect: "unit" | "hr-scope";
            /** Format: uuid */
            orgUnitId: string;
            orgUnitName: string;
            jobRole: string | null;
        };
        CreateClaimMappingDto: {
            /** @example groups */
            claim: string;
            /** @example 6f1c7c1e-0000-4000-8000-00000000b001 */
            value: string;
            /** @enum {string} */
            effect: "unit" | "hr-scope";
            /** Format: uuid */
            orgUnitId: string;
            jobRole?: string;
        };
        TokenResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            scopes: ("org:read" | "people:read" | "reporting:read" | "scim")[];
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateTokenDto: {
            /** @example Entra ID provisioning */
            name: string;
            scopes: ("org:read" | "people:read" | "reporting:read" | "scim")[];
            /**
             * Format: date-time
             * @description When the token stops working; at most a year ahead.
             */
            expiresAt: string;
        };
        IssuedTokenResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            scopes: ("org:read" | "people:read" | "reporting:read" | "scim")[];
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Shown once: store it in the integration now. */
            token: string;
        };
        OidcSettingsResponse: {
            issuer: string;
            clientId: string;
            /** @description Whether a secret is stored; the secret itself is never returned. */
            hasClientSecret: boolean;
            scopes: string;
            idpTenantId: string | null;
            emailDomains: string[];
            enabled: boolean;
        };
        OidcSettingsDto: {
            /** @description Entra ID directory (tenant) id whose sign-ins are accepted (the `tid`/tenantid claim). */
            idpTenantId?: string;
            /**
             * @description The municipality's own email domains: a first sign-in links to a person by email only in these.
             * @example [
             *       "stenungsund.se"
             *     ]
             */
            emailDomains?: string[];
            enabled?: boolean;
            /** @example https://login.microsoftonline.com/<tenant-id>/v2.0 */
            issuer: string;
            clientId: string;
            /** @description Write-only; leave out to keep the stored secret. */
            clientSecret?: string;
            /** @default openid profile email */
            scopes: string;
        };
        SamlCertificateResponse: {
            subject: string;
            /**
             * Format: date-time
             * @description ADFS rolls its signing certificate over before this.
             */
            validTo: string;
            fingerprint256: string;
        };
        SamlIdpResponse: {
            entityId: string;
            ssoUrl: string;
            /** @enum {string} */
            ssoBinding: "HTTP-Redirect" | "HTTP-POST";
            signingCertificates: components["schemas"]["SamlCertificateResponse"][];
        };
        SamlServiceProviderResponse: {
            entityId: string;
            acsUrl: string;
            metadataUrl: string;
        };
        SamlSettingsResponse: {
            metadata: string;
            /** @description As read from the metadata; null if it no longer reads. */
            idp: components["schemas"]["SamlIdpResponse"] | null;
            idpTenantId: string | null;
            emailDomains: string[];
            enabled: boolean;
            serviceProvider: components["schemas"]["SamlServiceProviderResponse"];
        };
        SamlSettingsDto: {
            /** @description Entra ID directory (tenant) id whose sign-ins are accepted (the `tid`/tenantid claim). */
            idpTenantId?: string;
            /**
             * @description The municipality's own email domains: a first sign-in links to a person by email only in these.
             * @example [
             *       "stenungsund.se"
             *     ]
             */
            emailDomains?: string[];
            enabled?: boolean;
            /** @description The IdP's metadata XML; for ADFS, https://<adfs-host>/FederationMetadata/2007-06/FederationMetadata.xml. */
            metadata: string;
        };
        OrgTreeNode: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parentId: string | null;
            name: string;
            code: string;
            /** @description Depth in the tree; the municipality itself is 0. */
            depth: number;
            archived: boolean;
            /** @description Distinct people employed in the subtree on that date. */
            headCount: number;
            /** @description Distinct people employed in this unit itself on that date. */
            directHeadCount: number;
        };
        OrgTreeResponse: {
            /**
             * Format: date
             * @description The calendar date (Europe/Stockholm) the counts are for.
             */
            at: string;
            /** @description Depth-first, siblings by name. */
            units: components["schemas"]["OrgTreeNode"][];
        };
        UnitManagerPerson: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
        };
        OrgUnitWithHeadCountResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parentId: string | null;
            name: string;
            code: string;
            /** @description Depth in the tree; the municipality itself is 0. */
            depth: number;
            archived: boolean;
            /** Format: date */
            at: string;
            /** @description The unit's chef, set by an admin. */
            manager: components["schemas"]["UnitManagerPerson"] | null;
            /** @description Distinct people employed in the subtree on that date. */
            headCount: number;
        };
        UnitPersonResponse: {
            /** Format: uuid */
            personId: string;
            name: string;
            email: string;
            /** Format: uuid */
            employmentId: string;
            /** Format: uuid */
            orgUnitId: string;
            orgUnitName: string;
            jobRole: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string | null;
        };
        UnitPeopleResponse: {
            /** Format: date */
            at: string;
            /** @description Employments in the subtree on that date, before paging. */
            total: number;
            people: components["schemas"]["UnitPersonResponse"][];
        };
        CreateOrgUnitDto: {
            /**
             * Format: uuid
             * @description The unit to place the new one under.
             */
            parentId: string;
            /** @example Bygglov */
            name: string;
            /** @example SBF-BYGG */
            code: string;
        };
        OrgUnitResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            parentId: string | null;
            name: string;
            code: string;
            /** @description Depth in the tree; the municipality itself is 0. */
            depth: number;
            archived: boolean;
        };
        UpdateOrgUnitDto: {
            name?: string;
            code?: string;
        };
        MoveOrgUnitDto: {
            /**
             * Format: uuid
             * @description The new parent; the whole subtree moves along.
             */
            parentId: string;
        };
        SetUnitManagerDto: {
            /**
             * Format: uuid
             * @description The person who becomes the unit's chef (enhetschef); null removes the chef.
             */
            personId: string | null;
        };
        UnitManagerResponse: {
            /** Format: uuid */
            orgUnitId: string;
            /** @description Null when the unit has no chef. */
            manager: components["schemas"]["UnitManagerPerson"] | null;
        };
        PersonUnitResponse: {
            /** Format: uuid */
            orgUnitId: string;
            orgUnitName: string;
            jobRole: string;
        };
        PersonHitResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            employeeNumber: string | null;
            active: boolean;
            /** @description Today's employments; empty for a leaver. */
            units: components["schemas"]["PersonUnitResponse"][];
            /**
             * Format: date
             * @description Last day of the latest employment, for a leaver.
             */
            leftOn: string | null;
        };
        PeopleSearchResponse: {
            /** @description Matches within your part of the organisation, before paging. */
            total: number;
            people: components["schemas"]["PersonHitResponse"][];
        };
        EmploymentInput: {
            /** Format: uuid */
            orgUnitId: string;
            /** @example bygglovshandläggare */
            jobRole: string;
            /**
             * Format: date
             * @description First day of the employment.
             * @example 2026-01-15
             */
            startDate: string;
            /**
             * Format: date
             * @description Last day of the employment, inclusive; omit while it runs.
             * @example 2026-12-31
             */
            endDate?: string | null;
        };
        HirePersonDto: {
            /** @example Anna Karlsson */
            name: string;
            /** @example anna.karlsson@stenungsund.se */
            email: string;
            /** @description The identity system id (Entra ID object id). */
            externalId?: string;
            employment: components["schemas"]["EmploymentInput"];
        };
        PersonResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            externalId: string | null;
            active: boolean;
            /** @description Every employment, oldest first. */
            employments: components["schemas"]["EmploymentResponse"][];
        };
        TransferDto: {
            /**
             * Format: uuid
             * @description The employment that moves; needed only when the person holds several on that date.
             */
            employmentId?: string;
            /** Format: uuid */
            toOrgUnitId: string;
            /** @description The role in the new unit; default the current one. */
            jobRole?: string;
            /**
             * Format: date
             * @description First day in the new unit; the old employment ends the day before.
             * @example 2026-01-15
             */
            date: string;
        };
        LeaveDto: {
            /**
             * Format: date
             * @description Last day employed.
             * @example 2026-01-15
             */
            lastDay: string;
            /**
             * Format: uuid
             * @description End only this employment; default all that run on that day.
             */
            employmentId?: string;
        };
        PlacementNeedResponse: {
            /** Format: uuid */
            personId: string;
            name: string;
            email: string;
            /** @description The department as the identity system wrote it. */
            department: string;
            /** Format: date-time */
            reportedAt: string;
        };
        AuditEventResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            action: string;
            /** Format: uuid */
            actorPersonId: string | null;
            /** Format: uuid */
            actorTokenId: string | null;
            targetType: string | null;
            targetId: string | null;
            ip: string | null;
            userAgent: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        ModuleSummaryResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            titleEn: string | null;
            /** @enum {string} */
            language: "sv" | "en";
            /** @description The version learners take now. */
            publishedNumber: number | null;
            /** @description A draft is being edited. */
            hasDraft: boolean;
            /** Format: uuid */
            ownerId: string | null;
            ownerName: string | null;
            /** @enum {string} */
            sharing: "private" | "region";
            tags: string[];
            /**
             * Format: date-time
             * @description The last change to the module or any of its versions.
             */
            updatedAt: string;
            /** @description The municipality the module belongs to. */
            municipality: string;
        };
        ModuleListResponse: {
            modules: components["schemas"]["ModuleSummaryResponse"][];
        };
        CreateModuleDto: {
            /** @example Företagarperspektiv i myndighetsutövning */
            title: string;
            summary?: string;
            /** @description The title in English, when the content is Swedish. */
            titleEn?: string;
            summaryEn?: string;
            /** @enum {string} */
            language: "sv" | "en";
            /** @example 30 */
            estimatedMinutes: number;
            tags?: string[];
        };
        VersionSummaryResponse: {
            /** Format: uuid */
            id: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            title: string;
            changeNote: string | null;
            /** @enum {string|null} */
            significance: "significant" | "minor" | null;
            /** @description What changed from the version before. */
            changes: Record<string, never> | null;
            /** Format: date-time */
            publishedAt: string | null;
            publishedByName: string | null;
            /** Format: date-time */
            updatedAt: string;
            revision: number;
            /**
             * @description Which parts complete this version.
             * @enum {string}
             */
            completionRequirement: "either" | "e-learning" | "live-session" | "both";
            /** @enum {string} */
            partOrder: "any" | "e-learning-first";
        };
        ModuleDetailResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            titleEn: string | null;
            /** @enum {string} */
            language: "sv" | "en";
            /** @description The version learners take now. */
            publishedNumber: number | null;
            /** @description A draft is being edited. */
            hasDraft: boolean;
            /** Format: uuid */
            ownerId: string | null;
            ownerName: string | null;
            /** @enum {string} */
            sharing: "private" | "region";
            tags: string[];
            /**
             * Format: date-time
             * @description The last change to the module or any of its versions.
             */
            updatedAt: string;
            /** @description The municipality the module belongs to. */
            municipality: string;
            /** @description This municipality may change it (it is not another one’s shared module). */
            editable: boolean;
            /** @description Newest first, the draft (if any) at the top. */
            versions: components["schemas"]["VersionSummaryResponse"][];
        };
        UpdateModuleDto: {
            tags?: string[];
            /**
             * Format: uuid
             * @description The person who answers for the content.
             */
            ownerId?: string;
        };
        SharingDto: {
            /** @enum {string} */
            sharing: "private" | "region";
        };
        VersionContentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            number: number;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            title: string;
            summary: string;
            titleEn: string | null;
            summaryEn: string | null;
            /** @enum {string} */
            language: "sv" | "en";
            estimatedMinutes: number;
            /** Format: uuid */
            coverMediaId: string | null;
            revision: number;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            completionRequirement: "either" | "e-learning" | "live-session" | "both";
            /** @enum {string} */
            partOrder: "any" | "e-learning-first";
            /** @description The lessons in order, each with its content blocks. */
            lessons: {
                /** Format: uuid */
                id: string;
                title: string;
                blocks: ({
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "text";
                    doc: unknown;
                } | {
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "video";
                    title: string;
                    /** Format: uuid */
                    mediaId?: string;
                    /** Format: uri */
                    url?: string;
                    transcript?: string;
                } | {
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "image";
                    /** Format: uuid */
                    mediaId: string;
                    alt: string;
                    caption?: string;
                } | {
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "file";
                    /** Format: uuid */
                    mediaId: string;
                    label: string;
                } | {
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "quiz";
                    title: string;
                    passMark: number;
                    attemptLimit: number | null;
                    drawCount: number | null;
                    questions: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "single" | "multiple" | "true-false";
                        prompt: string;
                        options: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            correct: boolean;
                            feedback?: string;
                        }[];
                    }[];
                })[];
            }[];
        };
        SaveDraftDto: {
            /** @example Företagarperspektiv i myndighetsutövning */
            title: string;
            summary?: string;
            /** @description The title in English, when the content is Swedish. */
            titleEn?: string;
            summaryEn?: string;
            /** @enum {string} */
            language: "sv" | "en";
            /** @example 30 */
            estimatedMinutes: number;
            /** @description The revision this save was based on; a newer one on the server gives 409. */
            revision: number;
            /** Format: uuid */
            coverMediaId?: string | null;
            /** @description The lessons in order, each with its content blocks. */
            lessons: {
                /** Format: uuid */
                id: string;
                title: string;
                blocks: ({
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "text";
                    doc: unknown;
                } | {
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "video";
                    title: string;
                    /** Format: uuid */
                    mediaId?: string;
                    /** Format: uri */
                    url?: string;
                    transcript?: string;
                } | {
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "image";
                    /** Format: uuid */
                    mediaId: string;
                    alt: string;
                    caption?: string;
                } | {
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "file";
                    /** Format: uuid */
                    mediaId: string;
                    label: string;
                } | {
                    /** Format: uuid */
                    id: string;
                    /** @constant */
                    type: "quiz";
                    title: string;
                    passMark: number;
                    attemptLimit: number | null;
                    drawCount: number | null;
                    questions: {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "single" | "multiple" | "true-false";
                        prompt: string;
                        options: {
                            /** Format: uuid */
                            id: string;
                            text: string;
                            correct: boolean;
                            feedback?: string;
                        }[];
                    }[];
                })[];
            }[];
            /**
             * @description Which parts complete the version: either (lessons passed or a session attended, each alone), e-learning, live-session, or both (a blended module). Left out: kept as it is.
             * @enum {string}
             */
            completionRequirement?: "either" | "e-learning" | "live-session" | "both";
            /**
             * @description With both parts: any order, or the e-learning before the session. Left out: kept as it is.
             * @enum {string}
             */
            partOrder?: "any" | "e-learning-first";
        };
        PublishDto: {
            /** @example Nytt avsnitt om tillsyn; rättade stavfel. */
            changeNote: string;
            /**
             * @description Significant: completions of earlier versions may be required again.
             * @enum {string}
             */
            significance: "significant" | "minor";
            /** @description The draft revision the trainer reviewed; a newer one on the server gives 409. */
            revision: number;
        };
        MediaResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "video" | "image" | "document";
            /**
             * @description As its content showed, never as the client declared.
             * @example video/mp4
             */
            contentType: string;
            /** @example 52428800 */
            sizeBytes: number;
            /** @example bygglovsprocessen.mp4 */
            fileName: string;
            /**
             * @description Where the file is served.
             * @example /api/catalog/modules/6f1c…/media/0b7e…
             */
            url: string;
            /** Format: date-time */
            createdAt: string;
        };
        MediaListResponse: {
            media: components["schemas"]["MediaResponse"][];
        };
        AttemptStateResponse: {
            /** Format: uuid */
            lessonId: string | null;
            scroll: number;
            videoSeconds: {
                [key: string]: number;
            };
            lessonsDone: string[];
            positionAt: string | null;
        };
        QuizProgressResponse: {
            /** Format: uuid */
            quizId: string;
            triesUsed: number;
            attemptLimit: number | null;
            passed: boolean;
            bestScore: number | null;
        };
        CompletionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            completedAt: string;
            score: number | null;
            /** Format: uuid */
            certificateId: string | null;
        };
        NextSessionResponse: {
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            startsAt: string;
            /**
             * @description Start in Swedish time, YYYY-MM-DDTHH:mm.
             * @example 2027-03-04T09:00
             */
            startsLocal: string;
            /**
             * @description End in Swedish time, YYYY-MM-DDTHH:mm.
             * @example 2027-03-04T12:00
             */
            endsLocal: string;
            place: string | null;
            /** @description Held online (a meeting link), perhaps as well as in a room. */
            online: boolean;
            freePlaces: number;
            /**
             * @description Your own booking of it.
             * @enum {string|null}
             */
            myBooking: "booked" | "waitlisted" | null;
        };
        ModulePartsResponse: {
            /** @enum {string} */
            completionRequirement: "either" | "e-learning" | "live-session" | "both";
            /** @enum {string} */
            partOrder: "any" | "e-learning-first";
            /** Format: date-time */
            eLearningDoneAt: string | null;
            /**
             * Format: date-time
             * @description The end of the first attended session that counts.
             */
            sessionAttendedAt: string | null;
            /** @description A session was attended before the e-learning was done, which a set order does not count. */
            sessionOutOfOrder: boolean;
            /** @description Required parts not done yet. */
            remaining: ("e-learning" | "live-session")[];
            /** @description While the session part remains. */
            nextSession: components["schemas"]["NextSessionResponse"] | null;
        };
        AttemptResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            /** Format: uuid */
            versionId: string;
            versionNumber: number;
            title: string;
            titleEn: string | null;
            /** @description The lessons as a learner sees them: knowledge checks without their answers. */
            lessons: Record<string, never>[];
            state: components["schemas"]["AttemptStateResponse"];
            quizzes: components["schemas"]["QuizProgressResponse"][];
            completion: components["schemas"]["CompletionResponse"] | null;
            /** @description When this version also requires a live session: what remains, and the next session. */
            parts: components["schemas"]["ModulePartsResponse"] | null;
            /** @description A newer version is published; this attempt stays on its own. */
            newerVersion: boolean;
        };
        ProgressEventDto: {
            /**
             * Format: uuid
             * @description Made in the browser; a resend with the same id changes nothing.
             */
            id: string;
            /** @enum {string} */
            type: "lesson-opened" | "position" | "lesson-completed";
            /**
             * Format: date-time
             * @description When it happened, by the browser’s clock.
             */
            occurredAt: string;
            /** Format: uuid */
            lessonId: string;
            scroll?: number;
            /**
             * Format: uuid
             * @description A video block, with `seconds`.
             */
            blockId?: string;
            seconds?: number;
        };
        ProgressBatchDto: {
            events: components["schemas"]["ProgressEventDto"][];
        };
        RecordedProgressResponse: {
            stored: string[];
            duplicates: string[];
            state: components["schemas"]["AttemptStateResponse"];
            completed: boolean;
        };
        LearnerQuestionResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "single" | "multiple" | "true-false";
            prompt: string;
            options: {
                id?: string;
                text?: string;
            }[];
        };
        OptionFeedbackResponse: {
            /** Format: uuid */
            optionId: string;
            text: string;
            feedback: string | null;
        };
        QuestionResultResponse: {
            /** Format: uuid */
            questionId: string;
            prompt: string;
            correct: boolean;
            feedback: components["schemas"]["OptionFeedbackResponse"][];
        };
        QuizResultResponse: {
            /** Format: uuid */
            submissionId: string;
            tryNumber: number;
            score: number;
            passed: boolean;
            passMark: number;
            triesLeft: number | null;
            completed: boolean;
            questions: components["schemas"]["QuestionResultResponse"][];
        };
        QuizViewResponse: {
            /** Format: uuid */
            quizId: string;
            title: string;
            passMark: number;
            attemptLimit: number | null;
            triesUsed: number;
            passed: boolean;
            questions: components["schemas"]["LearnerQuestionResponse"][];
            lastResult: components["schemas"]["QuizResultResponse"] | null;
        };
        AnswerDto: {
            /** Format: uuid */
            questionId: string;
            optionIds: string[];
        };
        QuizSubmissionDto: {
            /**
             * Format: uuid
             * @description Made in the browser; a resend gets the stored result.
             */
            id: string;
            answers: components["schemas"]["AnswerDto"][];
        };
        MyModuleResponse: {
            /** Format: uuid */
            moduleId: string;
            title: string;
            titleEn: string | null;
            summary: string;
            summaryEn: string | null;
            estimatedMinutes: number;
            /** @enum {string} */
            status: "not-started" | "in-progress" | "completed" | "expiring-soon" | "expired" | "overdue" | "exempt";
            /** @description Required of you (an enrolment; later the assignment rules). */
            required: boolean;
            /** Format: date */
            dueDate: string | null;
            /** @description Why it is required, in words. */
            reason: string | null;
            /** Format: uuid */
            attemptId: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            certificateId: string | null;
            /** @description The municipality the module comes from. */
            municipality: string;
            tags: string[];
            /** @description For a module whose version requires a live session (blended or session only); else null. */
            parts: components["schemas"]["ModulePartsResponse"] | null;
        };
        MyTrainingResponse: {
            /**
             * Format: date
             * @description Today in Europe/Stockholm, as the statuses were counted.
             */
            today: string;
            /** @description Required of you, most urgent first. */
            required: components["schemas"]["MyModuleResponse"][];
            /** @description Started of your own accord, not finished. */
            inProgress: components["schemas"]["MyModuleResponse"][];
            /** @description Completed, newest first, with their certificates. */
            completed: components["schemas"]["MyModuleResponse"][];
            /** @description Every published module you may take: this municipality’s and the region’s shared ones. */
            catalogue: components["schemas"]["MyModuleResponse"][];
        };
        CertificateCheckResponse: {
            /** @enum {string} */
            status: "valid" | "expired" | "revoked";
            personName: string;
            moduleTitle: string;
            versionNumber: number;
            municipalityName: string;
            /** Format: date-time */
            completedAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        RevokeCertificateDto: {
            /** @example Utfärdat av misstag. */
            reason: string;
        };
        EnrolDto: {
            /** Format: uuid */
            moduleId: string;
            personIds: string[];
            /**
             * Format: date
             * @description Due date, a Stockholm calendar date; omit for none.
             * @example 2026-12-31
             */
            dueDate?: string | null;
        };
        EnrolledResponse: {
            enrolled: number;
        };
        RuleResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            moduleId: string;
            moduleTitle: string | null;
            /** Format: uuid */
            targetOrgUnitId: string | null;
            targetOrgUnitName: string | null;
            targetJobRole: string | null;
            /** @enum {string} */
            dueBasis: "employment-start" | "transfer" | "rule-start" | "fixed-date";
            dueDays: number | null;
            /** Format: date */
            dueDate: string | null;
            recertifyMonths: number | null;
            dueAgainDays: number;
            redoOnSignificant: boolean;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string | null;
        };
        RuleListResponse: {
            rules: components["schemas"]["RuleResponse"][];
        };
        RuleInput: {
            /** @example Företagarperspektiv för myndighetsutövning */
            name: string;
            /** Format: uuid */
            moduleId: string;
            /**
             * Format: uuid
             * @description The subtree it applies to; omit with no job role for everyone.
             */
            targetOrgUnitId?: string;
            /** @example bygglovshandläggare */
            targetJobRole?: string;
            /** @enum {string} */
            dueBasis: "employment-start" | "transfer" | "rule-start" | "fixed-date";
            /** @description Days after the basis; required but for a fixed date. */
            dueDays?: number;
            /**
             * Format: date
             * @description The fixed due date, with `fixed-date`.
             * @example 2026-12-31
             */
            dueDate?: string | null;
            recertifyMonths?: number;
            /** @default 30 */
            dueAgainDays: number;
            /** @default true */
            redoOnSignificant: boolean;
            /**
             * Format: date
             * @description The first day the rule applies.
             * @example 2026-01-15
             */
            validFrom: string;
        };
        RulePreviewResponse: {
            /** @description People the rule requires the module of today. */
            people: number;
            /** @description Of them, already compliant today. */
            completed: number;
            /** @description Of them, overdue today (due date passed). */
            overdue: number;
        };
        EndRuleDto: {
            /**
             * Format: date
             * @description The last day the rule applies.
             * @example 2026-01-15
             */
            lastDay: string;
        };
        JobRoleResponse: {
            /** @example bygglovshandläggare */
            jobRole: string;
            /** @description People employed in it today. */
            people: number;
        };
        JobRoleListResponse: {
            jobRoles: components["schemas"]["JobRoleResponse"][];
        };
        ExemptDto: {
            /** Format: uuid */
            personId: string;
            /** Format: uuid */
            moduleId: string;
            /** @example Föräldraledig */
            reason: string;
            /**
             * Format: date
             * @description First day of the exemption.
             * @example 2026-01-15
             */
            validFrom: string;
            /**
             * Format: date
             * @description Last day of the exemption; it always ends, and the requirement comes back.
             * @example 2026-01-15
             */
            validTo: string;
        };
        ExemptionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            /** Format: uuid */
            moduleId: string;
            reason: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string;
        };
        EndExemptionDto: {
            /**
             * Format: date
             * @description The last day it applies.
             * @example 2026-01-15
             */
            lastDay: string;
        };
        TimelineRequirementResponse: {
            /** Format: uuid */
            ruleId: string;
            ruleName: string;
            /** Format: uuid */
            moduleId: string;
            /** @description The module title, in Swedish (the catalogue title). */
            moduleTitle: string;
            /** Format: date */
            appliesFrom: string;
            /**
             * Format: date
             * @description null while it runs.
             */
            appliesTo: string | null;
            /** Format: date */
            dueDate: string;
            /** Format: date */
            completedOn: string | null;
            /** Format: date */
            validUntil: string | null;
            /** @enum {string} */
            standing: "completed" | "exempt" | "overdue" | "due";
        };
        TimelineEventResponse: {
            /**
             * Format: date
             * @description A calendar date in Europe/Stockholm.
             */
            date: string;
            /** @enum {string} */
            kind: "employment-started" | "employment-ended" | "requirement-started" | "requirement-ended" | "completed" | "exemption-started" | "exemption-ended";
            /** @description What the event is about: a unit, a module or a rule, by name. */
            subject: string;
            /** @description A job role, an exemption reason, a score. */
            detail: string | null;
        };
        PersonTimelineResponse: {
            person: components["schemas"]["PersonResponse"];
            /**
             * Format: date
             * @description The date the requirements are judged on: today, or a leaver's last day employed.
             */
            judgedOn: string;
            requirements: components["schemas"]["TimelineRequirementResponse"][];
            /** @description Everything that happened, newest first. */
            events: components["schemas"]["TimelineEventResponse"][];
        };
        ReportedModule: {
            /** Format: uuid */
            id: string;
            /** @description The published version's title, or the id when none is published. */
            title: string;
            titleEn: string | null;
        };
        ModuleCoverage: {
            /** @description People placed in the subtree on the day to whom a rule requires the module, exempt included. */
            population: number;
            /** @description Holding a completion valid on the day. */
            compliant: number;
            /** @description Begun (an attempt open on the day), not compliant, not overdue. */
            inProgress: number;
            /** @description Not begun, not yet due. */
            notStarted: number;
            /** @description Not compliant, not exempt, due date passed. */
            overdue: number;
            /** @description Exempt on the day (and not compliant): outside the percentage. */
            exempt: number;
            /** @description compliant / (population − exempt) × 100, one decimal; null when nobody counts. */
            percentage: number | null;
            /** Format: uuid */
            moduleId: string;
        };
        CoverageNode: {
            /** Format: uuid */
            unitId: string;
            /**
             * Format: uuid
             * @description Null for a root of the report.
             */
            parentId: string | null;
            name: string;
            code: string;
            /** @description Depth in the municipality (its root unit is 0). */
            depth: number;
            /** @description Archived units are shown for days when they had staff. */
            archived: boolean;
            /** @description One entry per reported module, the unit's subtree included. */
            modules: components["schemas"]["ModuleCoverage"][];
        };
        CoverageResponse: {
            /** Format: date */
            asOf: string;
            /** Format: uuid */
            orgUnitId: string | null;
            /** Format: uuid */
            moduleId: string | null;
            modules: components["schemas"]["ReportedModule"][];
            /** @description Units in the report before paging. */
            total: number;
            /** @description Depth first, siblings by name. */
            nodes: components["schemas"]["CoverageNode"][];
        };
        PersonPlacement: {
            /** Format: uuid */
            orgUnitId: string;
            orgUnitName: string;
            orgUnitCode: string;
        };
        CoveragePerson: {
            /** Format: uuid */
            personId: string;
            name: string;
            email: string;
            employeeNumber: string | null;
            /** Format: uuid */
            moduleId: string;
            moduleTitle: string;
            /** @enum {string} */
            status: "compliant" | "in-progress" | "not-started" | "overdue" | "exempt";
            /**
             * Format: date
             * @description The earliest unmet due date; null when compliant.
             */
            dueDate: string | null;
            /**
             * Format: date
             * @description The first day overdue (the day after the due date).
             */
            overdueSince: string | null;
            /** Format: date */
            completedOn: string | null;
            /**
             * Format: date
             * @description When the completion stops counting.
             */
            validUntil: string | null;
            /** @description Where in the reported subtree they work on the day. */
            units: components["schemas"]["PersonPlacement"][];
        };
        CoveragePeopleResponse: {
            /** Format: date */
            asOf: string;
            /** @description People × modules matching, before paging. */
            total: number;
            /** @description By name, then module. */
            people: components["schemas"]["CoveragePerson"][];
        };
        LiveSessionCounts: {
            /** @description People to whom a rule requires the module today, exempt ones not counted. */
            population: number;
            attended: number;
            /** @description Holding a place on a coming session. */
            booked: number;
            waitlisted: number;
            /** @description Waiting for their manager's approval. */
            pendingApproval: number;
            /** @description Required to attend, not compliant, not yet attended (booked or not). */
            lacking: number;
            /** @description Lacking, and with no place or request on any coming session. */
            lackingUnbooked: number;
        };
        LiveSessionStandingPerson: {
            /** Format: uuid */
            personId: string;
            name: string;
            email: string;
            units: components["schemas"]["PersonPlacement"][];
            /**
             * @description The module's coverage standing, as in the coverage report.
             * @enum {string}
             */
            status: "compliant" | "in-progress" | "not-started" | "overdue" | "exempt";
            /** Format: date */
            dueDate: string | null;
            /** @enum {string} */
            liveSession: "attended" | "booked" | "waitlisted" | "pending-approval" | "none";
            /**
             * Format: date
             * @description The day (Europe/Stockholm) of the last session attended.
             */
            attendedOn: string | null;
            /**
             * Format: date-time
             * @description Start of the coming session they hold a place on, wait for, or await approval for.
             */
            nextSessionStartsAt: string | null;
            /** Format: uuid */
            nextSessionId: string | null;
            /** @description Required to attend, not compliant, and not yet attended. */
            lacking: boolean;
        };
        LiveSessionStandingResponse: {
            /**
             * Format: date
             * @description Today: bookings are about the coming sessions.
             */
            asOf: string;
            /** Format: uuid */
            moduleId: string;
            /** @description Whether the module's published version requires attending a live session. */
            requiresLiveSession: boolean;
            /** @description Over everyone reported, before the filter. */
            counts: components["schemas"]["LiveSessionCounts"];
            /** @description People matching the filter, before paging. */
            total: number;
            /** @description By name. */
            people: components["schemas"]["LiveSessionStandingPerson"][];
        };
        ModuleOnboarding: {
            /** Format: uuid */
            moduleId: string;
            /** @description New starters required to take the module from their first day. */
            required: number;
            /** @description Completed on or before the due date. */
            inTime: number;
            /** @description Completed, but after the due date. */
            late: number;
            /** @description Not completed, due date passed. */
            missed: number;
            /** @description Not completed, due date not yet passed: outside the percentage. */
            open: number;
            /** @description Exempt during the due window: outside the percentage. */
            exempt: number;
            /** @description inTime / (inTime + late + missed) × 100, one decimal; null when no window has closed. */
            percentage: number | null;
        };
        OnboardingNode: {
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            parentId: string | null;
            name: string;
            code: string;
            depth: number;
            archived: boolean;
            /** @description People who started in the period in this subtree. */
            hires: number;
            modules: components["schemas"]["ModuleOnboarding"][];
        };
        OnboardingResponse: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /**
             * Format: date
             * @description The day open windows were judged on (today).
             */
            judgedOn: string;
            /** Format: uuid */
            orgUnitId: string | null;
            /** Format: uuid */
            moduleId: string | null;
            modules: components["schemas"]["ReportedModule"][];
            /** @description Units where someone started, depth first. */
            nodes: components["schemas"]["OnboardingNode"][];
        };
        TrendPoint: {
            /**
             * Format: date
             * @description A month's last day; today for the current month.
             */
            asOf: string;
            modules: components["schemas"]["ModuleCoverage"][];
        };
        TrendResponse: {
            /** Format: uuid */
            orgUnitId: string | null;
            /** Format: uuid */
            moduleId: string | null;
            modules: components["schemas"]["ReportedModule"][];
            /** @description Oldest first: the whole subtree, as it was at each month end. */
            points: components["schemas"]["TrendPoint"][];
        };
        MunicipalityCoverage: {
            /** @description People placed in the subtree on the day to whom a rule requires the module, exempt included. */
            population: number;
            /** @description Holding a completion valid on the day. */
            compliant: number;
            /** @description Begun (an attempt open on the day), not compliant, not overdue. */
            inProgress: number;
            /** @description Not begun, not yet due. */
            notStarted: number;
            /** @description Not compliant, not exempt, due date passed. */
            overdue: number;
            /** @description Exempt on the day (and not compliant): outside the percentage. */
            exempt: number;
            /** @description compliant / (population − exempt) × 100, one decimal; null when nobody counts. */
            percentage: number | null;
            /** Format: uuid */
            tenantId: string;
            /** @description The municipality's name. */
            name: string;
            /**
             * Format: date
             * @description The day the numbers are as of.
             */
            asOf: string;
            /** Format: date-time */
            computedAt: string;
        };
        SharedModuleComparison: {
            /**
             * Format: uuid
             * @description The shared module (the region's original).
             */
            moduleId: string;
            title: string;
            titleEn: string | null;
            /** @description Highest coverage first. */
            municipalities: components["schemas"]["MunicipalityCoverage"][];
        };
        RegionalComparisonResponse: {
            /**
             * @description Groups smaller than this (people counted, exempt not included) are never shown.
             * @example 5
             */
            minimumGroup: number;
            /** @description Whether your own municipality shares its numbers with the region. */
            ownMunicipalityShares: boolean;
            modules: components["schemas"]["SharedModuleComparison"][];
        };
        RegionalSharingResponse: {
            /** @description Whether this municipality's coverage of shared modules is shown to the region. */
            shares: boolean;
            /** Format: date-time */
            since: string | null;
            /**
             * Format: date-time
             * @description When the shared numbers were last worked out; null while waiting for the first time.
             */
            computedAt: string | null;
        };
        SetRegionalSharingDto: {
            /** @description true: show our coverage of shared modules to the region; false: stop and remove it. */
            shares: boolean;
        };
        ImportSummaryResponse: {
            /** @description Data rows in the file. */
            rows: number;
            hires: number;
            /** @description People employed again after leaving. */
            rehires: number;
            transfers: number;
            /** @description People whose employment ends: on no row any more, or with an end date. */
            leavers: number;
            /** @description Name, email, employee number or end date changed; no move. */
            updates: number;
            unchanged: number;
            /** @description Rows skipped for their problems. */
            errors: number;
        };
        ProgressResponse: {
            done: number;
            total: number;
        };
        ColumnMappingDto: {
            employeeNumber?: string | null;
            name?: string | null;
            givenName?: string | null;
            familyName?: string | null;
            email?: string | null;
            orgUnitCode?: string | null;
            jobRole?: string | null;
            startDate?: string | null;
            endDate?: string | null;
        };
        HrImportDetailResponse: {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            status: "unmapped" | "planned" | "queued" | "applying" | "applied" | "stale" | "failed";
            summary: components["schemas"]["ImportSummaryResponse"] | null;
            progress: components["schemas"]["ProgressResponse"];
            failure: string | null;
            /** Format: date */
            plannedOn: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            appliedAt: string | null;
            headers: string[];
            mapping: components["schemas"]["ColumnMappingDto"];
            /** @description What keeps the mapping from a dry run; empty when none. */
            mappingProblems: string[];
            /**
             * Format: date-time
             * @description When this same file was applied before, if it was: importing it again changes nothing.
             */
            sameFileAppliedAt: string | null;
        };
        HrImportResponse: {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            status: "unmapped" | "planned" | "queued" | "applying" | "applied" | "stale" | "failed";
            summary: components["schemas"]["ImportSummaryResponse"] | null;
            progress: components["schemas"]["ProgressResponse"];
            failure: string | null;
            /** Format: date */
            plannedOn: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            appliedAt: string | null;
        };
        RememberedMappingResponse: {
            mapping: components["schemas"]["ColumnMappingDto"] | null;
            fields: ("employeeNumber" | "name" | "givenName" | "familyName" | "email" | "orgUnitCode" | "jobRole" | "startDate" | "endDate")[];
        };
        PlacementResponse: {
            unitCode: string | null;
            unitName: string;
            jobRole: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string | null;
        };
        RowProblemResponse: {
            /** @enum {string} */
            code: "missing-value" | "too-long" | "invalid-email" | "invalid-date" | "ends-before-start" | "duplicate-employee-number" | "duplicate-email" | "unknown-unit" | "archived-unit" | "email-taken" | "employee-number-ambiguous" | "same-person-twice";
            /** @enum {string|null} */
            field: "employeeNumber" | "name" | "givenName" | "familyName" | "email" | "orgUnitCode" | "jobRole" | "startDate" | "endDate" | null;
            value: string | null;
            /** @description The other row with the same value, for duplicates. */
            otherLine?: number;
            /** @description In English; the web words it from `code`. */
            detail: string;
        };
        PlannedChangeResponse: {
            /** @description The row in the file; null for a leaver, who is on none. */
            line: number | null;
            /** @enum {string} */
            kind: "hire" | "rehire" | "transfer" | "leaver" | "update" | "error";
            /** Format: uuid */
            personId: string | null;
            employeeNumber: string;
            name: string;
            before: components["schemas"]["PlacementResponse"] | null;
            after: components["schemas"]["PlacementResponse"] | null;
            /** Format: date */
            effectiveOn: string | null;
            /** @description Details that change: name, email, employeeNumber, endDate. */
            changed: string[];
            problems: components["schemas"]["RowProblemResponse"][];
        };
        ChangesPageResponse: {
            items: components["schemas"]["PlannedChangeResponse"][];
            total: number;
        };
        RemapBody: {
            mapping: components["schemas"]["ColumnMappingDto"];
        };
        OutboxMailResponse: {
            /** Format: uuid */
            id: string;
            to: string;
            subject: string;
            /** @enum {string} */
            kind: "reminder-before" | "reminder-due" | "reminder-overdue" | "hr-digest" | "session-invitation" | "session-update" | "session-cancellation" | "session-waitlisted" | "booking-approval-request" | "booking-declined" | "reminder-manager";
            /**
             * @description `held`: no SMTP server is configured; kept here only.
             * @enum {string}
             */
            status: "queued" | "sent" | "failed" | "held";
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        OutboxMailDetailResponse: {
            /** Format: uuid */
            id: string;
            to: string;
            subject: string;
            /** @enum {string} */
            kind: "reminder-before" | "reminder-due" | "reminder-overdue" | "hr-digest" | "session-invitation" | "session-update" | "session-cancellation" | "session-waitlisted" | "booking-approval-request" | "booking-declined" | "reminder-manager";
            /**
             * @description `held`: no SMTP server is configured; kept here only.
             * @enum {string}
             */
            status: "queued" | "sent" | "failed" | "held";
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
            text: string;
            /** @description The HTML body as sent; show it sandboxed, never as the page’s own markup. */
            html: string;
        };
        OccurrenceDto: {
            /**
             * @description When it starts. Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.
             * @example 2027-07-01T09:00
             */
            startsAt: string;
            /**
             * @description When it ends; may be on a later day. Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.
             * @example 2027-07-01T09:00
             */
            endsAt: string;
            /**
             * @description Last moment to book; omit for the start. Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.
             * @example 2027-06-24T16:00
             */
            bookingDeadline?: string;
            /**
             * @description Last moment a learner may cancel on their own; omit for the start. Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.
             * @example 2027-06-24T16:00
             */
            cancellationDeadline?: string;
        };
        ScheduleSessionsDto: {
            /**
             * Format: uuid
             * @description The module the session teaches (this municipality's or a shared one).
             */
            moduleId: string;
            /** @description One item for one session; several for a series of otherwise identical sessions, made in one go. */
            occurrences: components["schemas"]["OccurrenceDto"][];
            /**
             * @description A place, an online link, or both.
             * @example Kommunfullmäktiges sessionssal
             */
            place?: string;
            /** @example https://teams.microsoft.com/l/meetup-join/… */
            onlineLink?: string;
            capacity: number;
            /** @description People who lead it (person ids). */
            trainerIds?: string[];
            /** @description Org units whose staff may book, each with its subtree; omit or empty for everyone. */
            bookableOrgUnitIds?: string[];
            /** @description A manager must approve each booking. Stored; until approval exists such a session cannot be booked. */
            requiresApproval?: boolean;
        };
        LiveSessionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            /**
             * Format: uuid
             * @description Sessions scheduled together.
             */
            seriesId: string | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description Why it was cancelled (the trainer's words); null unless cancelled. */
            cancellationReason: string | null;
            /**
             * Format: date-time
             * @description When it was cancelled.
             */
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description The instant (UTC).
             */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * @description The start in Swedish local time, to show.
             * @example 2027-07-01T09:00
             */
            startsLocal: string;
            /** @example 2027-07-01T12:00 */
            endsLocal: string;
            place: string | null;
            onlineLink: string | null;
            capacity: number;
            trainerIds: string[];
            /** Format: date-time */
            bookingDeadline: string;
            /** @example 2027-06-24T16:00 */
            bookingDeadlineLocal: string;
            /** Format: date-time */
            cancellationDeadline: string;
            /** @example 2027-06-30T12:00 */
            cancellationDeadlineLocal: string;
            /** @description Empty: everyone may book. */
            bookableOrgUnitIds: string[];
            requiresApproval: boolean;
            /** @description Places taken (booked or attendance marked). */
            bookedCount: number;
            waitlistCount: number;
            freePlaces: number;
        };
        LiveSessionListResponse: {
            sessions: components["schemas"]["LiveSessionResponse"][];
        };
        SessionBookingResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            personId: string;
            name: string;
            email: string;
            /** @enum {string} */
            status: "pending-approval" | "booked" | "waitlisted" | "cancelled" | "attended" | "partly-attended" | "no-show";
            /** Format: date-time */
            requestedAt: string;
            /** @description Place in the waitlist, from 1; null unless waitlisted. */
            waitlistPosition: number | null;
        };
        LiveSessionDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            /**
             * Format: uuid
             * @description Sessions scheduled together.
             */
            seriesId: string | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description Why it was cancelled (the trainer's words); null unless cancelled. */
            cancellationReason: string | null;
            /**
             * Format: date-time
             * @description When it was cancelled.
             */
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description The instant (UTC).
             */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * @description The start in Swedish local time, to show.
             * @example 2027-07-01T09:00
             */
            startsLocal: string;
            /** @example 2027-07-01T12:00 */
            endsLocal: string;
            place: string | null;
            onlineLink: string | null;
            capacity: number;
            trainerIds: string[];
            /** Format: date-time */
            bookingDeadline: string;
            /** @example 2027-06-24T16:00 */
            bookingDeadlineLocal: string;
            /** Format: date-time */
            cancellationDeadline: string;
            /** @example 2027-06-30T12:00 */
            cancellationDeadlineLocal: string;
            /** @description Empty: everyone may book. */
            bookableOrgUnitIds: string[];
            requiresApproval: boolean;
            /** @description Places taken (booked or attendance marked). */
            bookedCount: number;
            waitlistCount: number;
            freePlaces: number;
            /** @description The attendance list: booked first, then the waitlist in order. */
            bookings: components["schemas"]["SessionBookingResponse"][];
        };
        MoveSessionDto: {
            /**
             * @description New start. Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.
             * @example 2027-06-24T16:00
             */
            startsAt?: string;
            /**
             * @description New end; omitted, it moves with the start. Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.
             * @example 2027-06-24T16:00
             */
            endsAt?: string;
            /**
             * @description New booking deadline; omitted, it keeps its distance to the start. Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.
             * @example 2027-06-24T16:00
             */
            bookingDeadline?: string;
            /**
             * @description New cancellation deadline; omitted, it keeps its distance to the start. Swedish local time (Europe/Stockholm), `YYYY-MM-DDTHH:mm`, no offset.
             * @example 2027-06-24T16:00
             */
            cancellationDeadline?: string;
            /** @description null: no place (then a link is needed). */
            place?: string | null;
            onlineLink?: string | null;
            /** @description More places promote the waitlist at once; never fewer than are booked. */
            capacity?: number;
        };
        CancelSessionDto: {
            /**
             * @description Why the session is cancelled, in words the people who booked understand. Trimmed; 1–500 characters.
             * @example Utbildaren är sjuk. Passet ges igen i höst.
             */
            reason: string;
        };
        AttendanceDto: {
            /** @enum {string} */
            status: "attended" | "partly-attended" | "no-show";
        };
        AttendanceReportRow: {
            /** @description Line in the uploaded file, from 1. */
            line: number;
            name: string;
            email: string | null;
            /**
             * @description `attended` / `partly-attended`: marked so (by share of the session attended); `unknown-person`: no one here has that e-mail; `not-booked`: the person has no place on the session; `no-email`, `unreadable-duration`: nothing changed.
             * @enum {string}
             */
            outcome: "attended" | "partly-attended" | "unknown-person" | "not-booked" | "no-email" | "unreadable-duration";
            /** Format: uuid */
            bookingId: string | null;
        };
        AttendanceReportResponse: {
            rows: components["schemas"]["AttendanceReportRow"][];
            /** @description Bookings marked. */
            marked: number;
        };
        OwnBookingResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending-approval" | "booked" | "waitlisted" | "cancelled" | "attended" | "partly-attended" | "no-show";
            /** @description Place in the waitlist, from 1; null unless waitlisted. */
            waitlistPosition: number | null;
            /** Format: date-time */
            requestedAt: string;
        };
        BookableSessionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            /**
             * Format: uuid
             * @description Sessions scheduled together.
             */
            seriesId: string | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description Why it was cancelled (the trainer's words); null unless cancelled. */
            cancellationReason: string | null;
            /**
             * Format: date-time
             * @description When it was cancelled.
             */
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description The instant (UTC).
             */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * @description The start in Swedish local time, to show.
             * @example 2027-07-01T09:00
             */
            startsLocal: string;
            /** @example 2027-07-01T12:00 */
            endsLocal: string;
            place: string | null;
            onlineLink: string | null;
            capacity: number;
            trainerIds: string[];
            /** Format: date-time */
            bookingDeadline: string;
            /** @example 2027-06-24T16:00 */
            bookingDeadlineLocal: string;
            /** Format: date-time */
            cancellationDeadline: string;
            /** @example 2027-06-30T12:00 */
            cancellationDeadlineLocal: string;
            /** @description Empty: everyone may book. */
            bookableOrgUnitIds: string[];
            requiresApproval: boolean;
            /** @description Places taken (booked or attendance marked). */
            bookedCount: number;
            waitlistCount: number;
            freePlaces: number;
            /** @description Booking is still open (before the deadline). */
            bookingOpen: boolean;
            /** @description My booking or waitlist place, if any. */
            myBooking: components["schemas"]["OwnBookingResponse"] | null;
        };
        BookableSessionListResponse: {
            sessions: components["schemas"]["BookableSessionResponse"][];
        };
        MyBookingResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending-approval" | "booked" | "waitlisted" | "cancelled" | "attended" | "partly-attended" | "no-show";
            /** @description Place in the waitlist, from 1; null unless waitlisted. */
            waitlistPosition: number | null;
            /** Format: date-time */
            requestedAt: string;
            session: components["schemas"]["LiveSessionResponse"];
        };
        MyBookingListResponse: {
            bookings: components["schemas"]["MyBookingResponse"][];
        };
        BookDto: {
            /** Format: uuid */
            sessionId: string;
        };
        MyTeamResponse: {
            /** Format: date */
            asOf: string;
            /** @description Whether you manage anyone on the day; false: the rest is empty. */
            manages: boolean;
            /** @description People in your team on the day. */
            size: number;
            modules: components["schemas"]["ReportedModule"][];
            /** @description The team's numbers per module, from the same engine as HR's coverage. */
            totals: components["schemas"]["ModuleCoverage"][];
        };
        SendReminderDto: {
            /**
             * Format: uuid
             * @description Someone in your team who is behind with the module.
             */
            personId: string;
            /** Format: uuid */
            moduleId: string;
        };
        ReminderSentResponse: {
            /** Format: uuid */
            personId: string;
            /** Format: uuid */
            moduleId: string;
            /** Format: uuid */
            mailId: string;
            /**
             * Format: date
             * @description One reminder per person and module a day.
             */
            sentOn: string;
        };
        ApprovalPerson: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
        };
        ApprovalSession: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            moduleTitle: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place: string | null;
        };
        PendingApprovalResponse: {
            /** Format: uuid */
            bookingId: string;
            /** Format: date-time */
            requestedAt: string;
            person: components["schemas"]["ApprovalPerson"];
            session: components["schemas"]["ApprovalSession"];
        };
        PendingApprovalListResponse: {
            approvals: components["schemas"]["PendingApprovalResponse"][];
        };
        ApprovalDecisionResponse: {
            /** Format: uuid */
            bookingId: string;
            /**
             * @description booked or waitlisted when approved, cancelled when declined.
             * @enum {string}
             */
            status: "booked" | "waitlisted" | "cancelled";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        info?: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                        error?: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                        details?: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                    };
                };
            };
            /** @description PostgreSQL does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        info?: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                        error?: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                        details?: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                    };
                };
            };
        };
    };
    TenantController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantResponse"];
                };
            };
        };
    };
    AuthController_methods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInMethodsResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    AuthController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStatusResponse"];
                };
            };
        };
    };
    AuthController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOutResponse"];
                };
            };
        };
    };
    SignInDiscoveryController_discover: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInDiscoveryResponse"];
                };
            };
        };
    };
    OidcController_login: {
        parameters: {
            query: {
                returnTo: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OidcController_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SamlController_metadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SamlController_login: {
        parameters: {
            query: {
                returnTo: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SamlController_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RoleGrantsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleGrantResponse"][];
                };
            };
        };
    };
    RoleGrantsController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantRoleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleGrantResponse"];
                };
            };
        };
    };
    RoleGrantsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ClaimMappingsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimMappingResponse"][];
                };
            };
        };
    };
    ClaimMappingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaimMappingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimMappingResponse"];
                };
            };
        };
    };
    ClaimMappingsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    IntegrationTokensController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"][];
                };
            };
        };
    };
    IntegrationTokensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTokenResponse"];
                };
            };
        };
    };
    IntegrationTokensController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignInSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcSettingsResponse"];
                };
            };
        };
    };
    SignInSettingsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcSettingsResponse"];
                };
            };
        };
    };
    SamlSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamlSettingsResponse"];
                };
            };
        };
    };
    SamlSettingsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SamlSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamlSettingsResponse"];
                };
            };
        };
    };
    OrgUnitController_tree: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD, Europe/Stockholm) or an ISO 8601 instant; default now. */
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgTreeResponse"];
                };
            };
        };
    };
    OrgUnitController_one: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD, Europe/Stockholm) or an ISO 8601 instant; default now. */
                at?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitWithHeadCountResponse"];
                };
            };
        };
    };
    OrgUnitController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrgUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitResponse"];
                };
            };
        };
    };
    OrgUnitController_peopleInSubtree: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD, Europe/Stockholm) or an ISO 8601 instant; default now. */
                at?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPeopleResponse"];
                };
            };
        };
    };
    OrgUnitController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrgUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitResponse"];
                };
            };
        };
    };
    OrgUnitController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveOrgUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitResponse"];
                };
            };
        };
    };
    OrgUnitController_setManager: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUnitManagerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitManagerResponse"];
                };
            };
        };
    };
    OrgUnitController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitResponse"];
                };
            };
        };
    };
    PeopleController_find: {
        parameters: {
            query: {
                /** @description Part of a name, an email address, an employee number, or a unit name or code; at least 2 characters. */
                q: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleSearchResponse"];
                };
            };
        };
    };
    PeopleController_hire: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HirePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
        };
    };
    PeopleController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
        };
    };
    PeopleController_addEmployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmploymentInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
        };
    };
    PeopleController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
        };
    };
    PeopleController_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
        };
    };
    PlacementNeedsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementNeedResponse"][];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only events before this instant (paging back). */
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventResponse"][];
                };
            };
        };
    };
    ModulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleListResponse"];
                };
            };
        };
    };
    ModulesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateModuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleDetailResponse"];
                };
            };
        };
    };
    ModulesController_shared: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleListResponse"];
                };
            };
        };
    };
    ModulesController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleDetailResponse"];
                };
            };
        };
    };
    ModulesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateModuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleDetailResponse"];
                };
            };
        };
    };
    ModulesController_share: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SharingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleDetailResponse"];
                };
            };
        };
    };
    ModulesController_copy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleDetailResponse"];
                };
            };
        };
    };
    ModulesController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionContentResponse"];
                };
            };
        };
    };
    DraftsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionContentResponse"];
                };
            };
        };
    };
    DraftsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionContentResponse"];
                };
            };
        };
    };
    DraftsController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DraftsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleDetailResponse"];
                };
            };
        };
    };
    MediaController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaListResponse"];
                };
            };
        };
    };
    MediaController_upload: {
        parameters: {
            query: {
                /** @description What the file must be; its content is checked, not its name. */
                kind: "video" | "image" | "document";
                /** @description Shown to people and offered on download. */
                fileName: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaResponse"];
                };
            };
        };
    };
    MediaController_serve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                mediaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": string;
                    "video/webm": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                    "image/gif": string;
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                };
            };
            /** @description The requested byte range. */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": string;
                    "video/webm": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                    "image/gif": string;
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                };
            };
            /** @description The copy the client has (If-None-Match) is current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ExchangeController_export: {
        parameters: {
            query?: {
                /** @description The version to export; default the published one, else the draft. */
                version?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The module archive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
        };
    };
    ExchangeController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The module archive, as exported. */
        requestBody: {
            content: {
                "application/zip": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleDetailResponse"];
                };
            };
        };
    };
    AttemptsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                moduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
        };
    };
    AttemptsController_attempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
        };
    };
    AttemptsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedProgressResponse"];
                };
            };
        };
    };
    AttemptsController_quiz: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
                quizId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizViewResponse"];
                };
            };
        };
    };
    AttemptsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attemptId: string;
                quizId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizSubmissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizResultResponse"];
                };
            };
        };
    };
    MyTrainingController_mine: {
        parameters: {
            query?: {
                /** @description Search the catalogue by title or tag. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTrainingResponse"];
                };
            };
        };
    };
    MyTrainingController_data: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CertificatesController_pdf: {
        parameters: {
            query?: {
                /** @description Default: the person’s own language. */
                lang?: "sv" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    CertificatesController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCheckResponse"];
                };
            };
        };
    };
    CertificatesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateCheckResponse"];
                };
            };
        };
    };
    EnrolmentsController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolledResponse"];
                };
            };
        };
    };
    RulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleListResponse"];
                };
            };
        };
    };
    RulesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleResponse"];
                };
            };
        };
    };
    RulesController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulePreviewResponse"];
                };
            };
        };
    };
    RulesController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleResponse"];
                };
            };
        };
    };
    JobRolesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRoleListResponse"];
                };
            };
        };
    };
    ExemptionsController_exempt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExemptDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemptionResponse"];
                };
            };
        };
    };
    ExemptionsController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndExemptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemptionResponse"];
                };
            };
        };
    };
    PersonTimelineController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonTimelineResponse"];
                };
            };
        };
    };
    ReportingController_coverage: {
        parameters: {
            query?: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description The day the numbers are as of (Europe/Stockholm); default today. A past day gives the answer as it was. */
                asOf?: string;
                /** @description Units per page. */
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageResponse"];
                };
            };
        };
    };
    ReportingController_people: {
        parameters: {
            query?: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description As in the coverage: default today. */
                asOf?: string;
                /** @description Only the people with this standing; default all. */
                status?: "compliant" | "in-progress" | "not-started" | "overdue" | "exempt";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoveragePeopleResponse"];
                };
            };
        };
    };
    ReportingController_liveSessionStanding: {
        parameters: {
            query: {
                /** @description The module whose live sessions are reported. */
                moduleId: string;
                /** @description Only the people in this state; default all. */
                liveSession?: "attended" | "booked" | "waitlisted" | "pending-approval" | "none" | "lacking";
                limit?: number;
                offset?: number;
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionStandingResponse"];
                };
            };
        };
    };
    ReportingController_onboarding: {
        parameters: {
            query: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description First day of the period (inclusive). */
                from: string;
                /** @description Last day of the period (inclusive). */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingResponse"];
                };
            };
        };
    };
    ReportingController_trend: {
        parameters: {
            query?: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description How many months back, this one included. */
                months?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendResponse"];
                };
            };
        };
    };
    ReportingExportController_summary: {
        parameters: {
            query?: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description The day the numbers are as of (Europe/Stockholm); default today. A past day gives the answer as it was. */
                asOf?: string;
                /** @description The language of headings and labels. */
                lang?: "sv" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportingExportController_coverage: {
        parameters: {
            query?: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description The day the numbers are as of (Europe/Stockholm); default today. A past day gives the answer as it was. */
                asOf?: string;
                format?: "csv" | "xlsx";
                /** @description The language of headings and labels. */
                lang?: "sv" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportingExportController_people: {
        parameters: {
            query?: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description As in the coverage: default today. */
                asOf?: string;
                /** @description Only the people with this standing; default all. */
                status?: "compliant" | "in-progress" | "not-started" | "overdue" | "exempt";
                format?: "csv" | "xlsx";
                /** @description The language of headings and labels. */
                lang?: "sv" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportingExportController_onboarding: {
        parameters: {
            query: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description First day of the period (inclusive). */
                from: string;
                /** @description Last day of the period (inclusive). */
                to: string;
                format?: "csv" | "xlsx";
                /** @description The language of headings and labels. */
                lang?: "sv" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportingExportController_trend: {
        parameters: {
            query?: {
                /** @description The unit reported on, with its whole subtree; default: every subtree you answer for. */
                orgUnitId?: string;
                /** @description One module; default: every module a rule requires. */
                moduleId?: string;
                /** @description How many months back, this one included. */
                months?: number;
                format?: "csv" | "xlsx";
                /** @description The language of headings and labels. */
                lang?: "sv" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegionalController_comparison: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionalComparisonResponse"];
                };
            };
        };
    };
    RegionalController_sharing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionalSharingResponse"];
                };
            };
        };
    };
    RegionalController_setSharing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRegionalSharingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionalSharingResponse"];
                };
            };
        };
    };
    ScimDiscoveryController_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimDiscoveryController_resourceTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimDiscoveryController_resourceType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimDiscoveryController_schemas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimDiscoveryController_schema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimUsersController_list: {
        parameters: {
            query?: {
                filter?: string;
                startIndex?: number;
                count?: number;
                excludedAttributes?: string;
                attributes?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimUsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example [
                     *       "urn:ietf:params:scim:schemas:core:2.0:User",
                     *       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
                     *     ]
                     */
                    schemas?: string[];
                    /** @example anna.karlsson@stenungsund.se */
                    userName: string;
                    externalId?: string;
                    displayName?: string;
                    active?: boolean;
                    title?: string;
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: {
                        department?: string;
                        employeeNumber?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimUsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimUsersController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example [
                     *       "urn:ietf:params:scim:schemas:core:2.0:User",
                     *       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
                     *     ]
                     */
                    schemas?: string[];
                    /** @example anna.karlsson@stenungsund.se */
                    userName: string;
                    externalId?: string;
                    displayName?: string;
                    active?: boolean;
                    title?: string;
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"?: {
                        department?: string;
                        employeeNumber?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimUsersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimUsersController_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example [
                     *       "urn:ietf:params:scim:api:messages:2.0:PatchOp"
                     *     ]
                     */
                    schemas?: string[];
                    Operations: ({
                        /** @enum {string} */
                        op: "add" | "replace" | "remove";
                        /** @example displayName */
                        path?: string;
                        /** @example Anna Karlsson */
                        value?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimGroupsController_list: {
        parameters: {
            query?: {
                filter?: string;
                startIndex?: number;
                count?: number;
                excludedAttributes?: string;
                attributes?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimGroupsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example [
                     *       "urn:ietf:params:scim:schemas:core:2.0:Group"
                     *     ]
                     */
                    schemas?: string[];
                    displayName: string;
                    externalId?: string;
                    members?: ({
                        value: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimGroupsController_get: {
        parameters: {
            query?: {
                excludedAttributes?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimGroupsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example [
                     *       "urn:ietf:params:scim:schemas:core:2.0:Group"
                     *     ]
                     */
                    schemas?: string[];
                    displayName: string;
                    externalId?: string;
                    members?: ({
                        value: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimGroupsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScimGroupsController_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @example [
                     *       "urn:ietf:params:scim:api:messages:2.0:PatchOp"
                     *     ]
                     */
                    schemas?: string[];
                    Operations: ({
                        /** @enum {string} */
                        op: "add" | "replace" | "remove";
                        /** @example displayName */
                        path?: string;
                        /** @example Anna Karlsson */
                        value?: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HrImportController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HrImportResponse"][];
                };
            };
        };
    };
    HrImportController_upload: {
        parameters: {
            query: {
                /** @description The file name as the person chose it, shown in the import history. */
                fileName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The file itself. */
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HrImportDetailResponse"];
                };
            };
        };
    };
    HrImportController_mapping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RememberedMappingResponse"];
                };
            };
        };
    };
    HrImportController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HrImportDetailResponse"];
                };
            };
        };
    };
    HrImportController_changes: {
        parameters: {
            query?: {
                /** @description Only changes of this kind; `error` lists the rows that are skipped. */
                kind?: "hire" | "rehire" | "transfer" | "leaver" | "update" | "error";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesPageResponse"];
                };
            };
        };
    };
    HrImportController_remap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemapBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HrImportDetailResponse"];
                };
            };
        };
    };
    HrImportController_applyImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HrImportDetailResponse"];
                };
            };
        };
    };
    OutboxController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only mails written before this instant (paging back). */
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMailResponse"][];
                };
            };
        };
    };
    OutboxController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMailDetailResponse"];
                };
            };
        };
    };
    SchedulingController_list: {
        parameters: {
            query?: {
                /** @description Only this module's sessions. */
                moduleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionListResponse"];
                };
            };
        };
    };
    SchedulingController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleSessionsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionListResponse"];
                };
            };
        };
    };
    SchedulingController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionDetailResponse"];
                };
            };
        };
    };
    SchedulingController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionResponse"];
                };
            };
        };
    };
    SchedulingController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionResponse"];
                };
            };
        };
    };
    SchedulingController_markAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionBookingResponse"];
                };
            };
        };
    };
    SchedulingController_importAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/tab-separated-values": string;
                "text/csv": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceReportResponse"];
                };
            };
        };
    };
    BookingController_bookable: {
        parameters: {
            query: {
                moduleId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookableSessionListResponse"];
                };
            };
        };
    };
    BookingController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBookingListResponse"];
                };
            };
        };
    };
    BookingController_book: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBookingResponse"];
                };
            };
        };
    };
    BookingController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyBookingResponse"];
                };
            };
        };
    };
    MyTeamController_summary: {
        parameters: {
            query?: {
                /** @description Default today (Europe/Stockholm). */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTeamResponse"];
                };
            };
        };
    };
    MyTeamController_people: {
        parameters: {
            query?: {
                /** @description Default today (Europe/Stockholm). */
                asOf?: string;
                /** @description One module; default every required one. */
                moduleId?: string;
                /** @description Only the people with this standing; default all. */
                status?: "compliant" | "in-progress" | "not-started" | "overdue" | "exempt";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoveragePeopleResponse"];
                };
            };
        };
    };
    MyTeamController_liveSessions: {
        parameters: {
            query: {
                /** @description The module whose live sessions are reported. */
                moduleId: string;
                /** @description Only the people in this state; default all. */
                liveSession?: "attended" | "booked" | "waitlisted" | "pending-approval" | "none" | "lacking";
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionStandingResponse"];
                };
            };
        };
    };
    MyTeamController_remind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendReminderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSentResponse"];
                };
            };
        };
    };
    MyTeamController_pending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingApprovalListResponse"];
                };
            };
        };
    };
    MyTeamController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDecisionResponse"];
                };
            };
        };
    };
    MyTeamController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDecisionResponse"];
                };
            };
        };
    };
}
