import { randomUUID } from 'node:crypto';
import { isSafeHref } from '@larnav/shared/rich-text';
import {
  payloadAsHref,
  payloadAsText,
  payloadOutsideText,
  XSS_DOCUMENTS,
  XSS_PAYLOADS,
} from '@larnav/shared/rich-text/testing';
import { ACCOUNT, createTestApp, TestApp } from '../testing/test-app';
import { FRONT_MATTER } from './catalog-fixtures';

/**
 * The XSS payload list through the API (issue 7, part 3): as lesson text it is stored as inert
 * text, exactly as typed (React renders it as text, tested in the web and the browser); as a
 * node, a mark, an attribute or a link it is refused with its place, and nothing is written.
 */
describe('rich text against script injection, through the API', () => {
  let t: TestApp;
  let trainer: ReturnType<TestApp['as']>;
  let moduleId: string;
  let revision = 1;

  beforeAll(async () => {
    t = await createTestApp();
    const { host } = await t.createTenant('stenungsund', 'Stenungsunds kommun');
    trainer = t.as(await t.signIn(host, ACCOUNT.trainer));
    moduleId = (await trainer.post('/api/catalog/modules').send(FRONT_MATTER).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const save = (doc: unknown) =>
    trainer.put(`/api/catalog/modules/${moduleId}/draft`).send({
      ...FRONT_MATTER,
      revision,
      lessons: [{ id: randomUUID(), title: 'Lektion', blocks: [{ id: randomUUID(), type: 'text', doc }] }],
    });

  it('keeps every payload typed as text as exactly that text, and nothing more', async () => {
    for (const { payload } of XSS_PAYLOADS) {
      // A payload holding a control character is refused like any such text (request-input).
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(payload)) {
        expect((await save(payloadAsText(payload))).status).toBe(400);
        continue;
      }
      const saved = await save(payloadAsText(payload)).expect(200);
      revision = saved.body.revision;
      const stored = saved.body.lessons[0].blocks[0].doc;
      expect(stored).toEqual(payloadAsText(payload));
    }
  });

  it('refuses every payload placed as a node, mark or attribute, and every unsafe link, writing nothing', async () => {
    const before = (await trainer.post(`/api/catalog/modules/${moduleId}/draft`).expect(200)).body;
    const refusals: string[] = [];
    for (const { payload } of XSS_PAYLOADS) {
      for (const placed of payloadOutsideText(payload)) {
        const answer = await save(placed.json);
        if (answer.status !== 400) refusals.push(`${placed.placement} of ${JSON.stringify(payload)}: ${answer.status}`);
      }
      if (!isSafeHref(payload)) {
        const answer = await save(payloadAsHref(payload));
        if (answer.status !== 400) refusals.push(`href ${JSON.stringify(payload)}: ${answer.status}`);
      }
    }
    for (const hostile of XSS_DOCUMENTS) {
      const answer = await save(hostile.json);
      if (answer.status !== 400) refusals.push(`${hostile.name}: ${answer.status}`);
      // Prototype keys are refused before any DTO sees them, by the one input rule (request-input).
      else expect(answer.body.detail).toMatch(/lessons\[0\]\.blocks\[0\]\.doc|"(__proto__|constructor|prototype)"/);
    }
    expect(refusals).toEqual([]);
    const after = (await trainer.post(`/api/catalog/modules/${moduleId}/draft`).expect(200)).body;
    expect(after.revision).toBe(before.revision);
  });
});
