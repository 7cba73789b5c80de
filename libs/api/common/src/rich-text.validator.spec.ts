import { RICH_TEXT_LIMITS } from '@larnav/shared/rich-text';
import { XSS_DOCUMENTS, XSS_PAYLOADS, payloadAsHref } from '@larnav/shared/rich-text/testing';
import { ProblemCode } from '@larnav/contracts';
import { IsOptional } from 'class-validator';
import { DomainError } from './domain-error';
import { IsRichText } from './rich-text.validator';
import { createValidationPipe } from './validation';

class LessonBody {
  @IsRichText()
  body!: object;

  @IsOptional()
  @IsRichText()
  summary?: object;
}

type FieldErrors = { field: string; message: string }[];

/** Through the API's own pipe, from the JSON text a client sends, as a request body would be. */
async function transform(json: string): Promise<{ fields: FieldErrors; value?: LessonBody }> {
  try {
    const value = await createValidationPipe().transform(JSON.parse(json), { type: 'body', metatype: LessonBody });
    return { fields: [], value };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe(ProblemCode.ValidationFailed);
    return { fields: error.errors ?? [] };
  }
}

const submit = async (json: string) => (await transform(json)).fields;
const fieldsOf = async (json: string) => (await submit(json)).map((f) => f.field);

const lesson = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hej' }] }] };
const isProtoCase = (name: string) => name.includes('__proto__');

describe('@IsRichText', () => {
  it('accepts a lesson text and passes it on as sent', async () => {
    const { fields, value } = await transform(JSON.stringify({ body: lesson }));
    expect(fields).toEqual([]);
    expect(value?.body).toEqual(lesson);
  });

  it('names the field, the place and what to do', async () => {
    const body = {
      type: 'doc',
      content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }],
    };
    expect(await submit(JSON.stringify({ body }))).toEqual([
      {
        field: 'body',
        message:
          'body has content a lesson cannot show. at content[0].attrs.level: A heading must be level 2, 3 or 4 (the lesson title is level 1).',
      },
    ]);
  });

  it('lists a few problems and counts the rest', async () => {
    const body = {
      type: 'doc',
      content: Array.from({ length: 8 }, () => ({ type: 'paragraph', attrs: { style: 'x' } })),
    };
    const [field] = await submit(JSON.stringify({ body }));
    expect(field?.message.split('; ')).toHaveLength(6);
    expect(field?.message).toMatch(/and 3 more problems$/);
  });

  it('refuses a missing value or an HTML string, and leaves an optional field alone', async () => {
    expect(await fieldsOf('{}')).toEqual(['body']);
    expect(await fieldsOf('{"body":"<p>x</p>"}')).toEqual(['body']);
    expect(await fieldsOf(JSON.stringify({ body: lesson }))).toEqual([]);
    expect(await fieldsOf(JSON.stringify({ body: lesson, summary: { type: 'script' } }))).toEqual(['summary']);
  });

  it(`refuses a text past the limit of ${RICH_TEXT_LIMITS.maxTextLength} characters`, async () => {
    const text = 'a'.repeat(RICH_TEXT_LIMITS.maxTextLength + 1);
    const long = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
    expect((await submit(JSON.stringify({ body: long })))[0]?.message).toContain('too long');
  });

  it.each(XSS_DOCUMENTS.filter((d) => !isProtoCase(d.name)).map((d) => [d.name, d] as const))(
    'refuses %s through the pipe',
    async (_name, hostile) => {
      expect(await fieldsOf(`{"body":${JSON.stringify(hostile.json) ?? 'null'}}`)).toEqual(['body']);
    },
  );

  // class-transformer drops `__proto__` (and `constructor`) keys before validation, so through the
  // API they can neither pollute a prototype nor be stored; the validator refuses them elsewhere.
  it.each(XSS_DOCUMENTS.filter((d) => isProtoCase(d.name)).map((d) => [d.name, d] as const))(
    'never lets %s reach the stored value',
    async (_name, hostile) => {
      const json = `{"body":${JSON.stringify(hostile.json)}}`;
      expect(json).toContain('"__proto__"');
      const { fields, value } = await transform(json);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      if (fields.length) return expect(fields.map((f) => f.field)).toEqual(['body']);
      expect(JSON.stringify(value)).not.toContain('__proto__');
      expect(JSON.stringify(value)).not.toContain('javascript:');
    },
  );

  it.each(XSS_PAYLOADS.filter((p) => p.kind === 'url').map((p) => p.payload))(
    'refuses the link address %j',
    async (href) => {
      expect(await fieldsOf(JSON.stringify({ body: payloadAsHref(href) }))).toEqual(['body']);
    },
  );
});
