import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndAudit1795769133424 implements MigrationInterface {
  name = 'IdentityAndAudit1795769133424';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" character varying(50) NOT NULL, "actor_person_id" uuid, "actor_token_id" uuid, "target_type" character varying(50), "target_id" character varying(200), "ip" character varying(64), "user_agent" character varying(400), "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_event_time" ON "audit_event"  ("tenant_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "claim_mapping" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "claim" character varying(100) NOT NULL, "value" character varying(300) NOT NULL, "effect" character varying(20) NOT NULL, "org_unit_id" uuid NOT NULL, "job_role" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3bbe453ddaffb2d29cffdabc6a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_claim_mapping" ON "claim_mapping"  ("tenant_id", "claim", "value", "effect", "org_unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "integration_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "scopes" text array NOT NULL, "secret_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05394f5feacbc8f17d85116dd2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rate_limit_hit" ("key" character varying(300) NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_73c4304880bc392adaa50e99ebf" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "org_unit_id" uuid, "source" character varying(10) NOT NULL, "granted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_role_grant_person" ON "role_grant"  ("tenant_id", "person_id") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("sid" character varying NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "PK_7575923e18b495ed2307ae629ae" PRIMARY KEY ("sid"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_session_expire" ON "session"  ("expire") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_config" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "method" character varying(10) NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "issuer" character varying(500), "client_id" character varying(200), "client_secret_encrypted" text, "scopes" character varying(500) NOT NULL DEFAULT 'openid profile email', "idp_tenant_id" character varying(100), "saml_metadata" text, "email_domains" text array NOT NULL DEFAULT '{}', "role_claims" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_36597b540666d49dd85a4ec1e67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_sign_in_config_method" ON "sign_in_config"  ("tenant_id", "method") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_sign_in_config_method"`);
    await queryRunner.query(`DROP TABLE "sign_in_config"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_session_expire"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_role_grant_person"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP TABLE "rate_limit_hit"`);
    await queryRunner.query(`DROP TABLE "integration_token"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_claim_mapping"`);
    await queryRunner.query(`DROP TABLE "claim_mapping"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_event_time"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
