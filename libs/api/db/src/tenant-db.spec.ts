import type { DataSource } from 'typeorm';
import { runAsTenant } from './tenant-context';
import { escapeLiteral } from 'pg';
import { sqlLiteral } from './prepared-statement';
import { TenantDb } from './tenant-db';

/** readOnce inlines its parameters as literals: anything but a UUID must never reach SQL. */
describe('TenantDb.readOnce', () => {
  const sent: string[] = [];
  const dataSource = {
    driver: { master: { query: async (sql: string) => (sent.push(sql), [{ rows: [] }, { rows: [{ ok: 1 }] }]) } },
  } as unknown as DataSource;
  const db = new TenantDb(dataSource);
  const tenant = '7f3c2a10-5b1e-4c7d-9a2b-0e6f1d2c3b4a';

  beforeEach(() => (sent.length = 0));

  it('sends the tenant, the role and the query as one message, with the UUIDs inlined', async () => {
    const person = '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9';
    const rows = await runAsTenant(tenant, () => db.readOnce('SELECT 1 AS ok WHERE $1 IS NOT NULL', [person]));
    expect(rows).toEqual([{ ok: 1 }]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain(`set_config('app.tenant_id', '${tenant}', true)`);
    expect(sent[0]).toContain(`set_config('role', 'larnav_app', true)`);
    expect(sent[0]).toContain(`WHERE '${person}'::uuid IS NOT NULL`);
  });

  it.each(["x'; DROP TABLE person; --", '', '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9 OR true'])(
    'refuses %j without sending anything',
    async (value) => {
      await expect(runAsTenant(tenant, () => db.readOnce('SELECT $1', [value]))).rejects.toThrow(/Not a UUID/);
      expect(sent).toEqual([]);
    },
  );

  it('needs a tenant', async () => {
    await expect(db.readOnce('SELECT 1', [])).rejects.toThrow(/No municipality/);
  });
});

/** brief() statements carry values as literals: quoting must hold for anything a client sends. */
describe('sqlLiteral', () => {
  it('quotes strings and JSON with pg’s escapeLiteral, backslashes included', () => {
    expect(sqlLiteral("x'; DROP TABLE person; --")).toBe("'x''; DROP TABLE person; --'");
    expect(sqlLiteral({ text: "a\\'b" })).toBe(` E'{"text":"a\\\\\\\\''b"}'`);
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(0.5)).toBe('0.5');
  });

  it('quotes exactly as pg’s escapeLiteral does', () => {
    const texts = ['', "'", "''", '\\', "\\'", "a'b\\c'\\", 'åäö “klarspråk” \u0000?', '{"a":"\\"\\n"}', "E'x'"];
    for (const text of texts) expect(sqlLiteral(text)).toBe(escapeLiteral(text));
    expect(sqlLiteral({ state: { scroll: 0.5, note: "it's \\ here" } })).toBe(
      escapeLiteral(JSON.stringify({ state: { scroll: 0.5, note: "it's \\ here" } })),
    );
  });

  it('refuses numbers that are not finite', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(/finite/);
  });
});
