import { inputProblem, MAX_INPUT_DEPTH } from './request-input';

describe('inputProblem: the one rule for text and shape in every request', () => {
  it('accepts the text people really write: Swedish, right-to-left, emoji, combining marks, line breaks', () => {
    for (const text of ['Åsa Öberg', 'מרים\u200f', '👩🏽‍💼', 'Sjo\u0308berg', 'rad ett\r\nrad två\tflik']) {
      expect(inputProblem({ name: text })).toBeNull();
    }
  });

  it('refuses NUL, other control characters, noncharacters and lone surrogates, naming the field', () => {
    expect(inputProblem({ employment: { jobRole: 'a\u0000b' } })).toEqual({
      field: 'employment.jobRole',
      message: 'employment.jobRole contains a control character',
    });
    expect(inputProblem({ tags: ['ok', 'x\u001b[31m'] })?.field).toBe('tags[1]');
    expect(inputProblem({ name: 'x\u0085' })?.field).toBe('name');
    expect(inputProblem({ name: 'x\uffff' })?.field).toBe('name');
    expect(inputProblem({ name: 'x\ud800y' })?.message).toContain('lone surrogate');
    expect(inputProblem({ name: '\udc00' })?.message).toContain('lone surrogate');
    expect(inputProblem({ ['bad\u0000key']: 1 })?.message).toContain('field name');
    expect(inputProblem({ events: [{ ok: 1 }, { data: { ['k\ud800']: 1 } }] })).toEqual({
      field: 'events[1].data.k\ud800',
      message: 'the field name events[1].data.k\ud800 contains a control character',
    });
    expect(inputProblem({ a: [[{ b: 'x\u0007' }]] }, 'query')?.field).toBe('query.a[0][0].b');
    expect(inputProblem('\u0000')?.field).toBe('(body)');
  });

  it('refuses prototype keys anywhere', () => {
    expect(inputProblem(JSON.parse('{"a": {"__proto__": {"admin": true}}}'))?.field).toBe('a.__proto__');
    expect(inputProblem({ constructor: 1 })?.field).toBe('constructor');
  });

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels, without recursion of its own`, () => {
    const nested = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    expect(inputProblem(nested(MAX_INPUT_DEPTH))).toBeNull();
    expect(inputProblem(nested(MAX_INPUT_DEPTH + 1))?.message).toContain('nested deeper');
    expect(inputProblem(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))?.message).toContain(
      'nested deeper',
    );
  });
});
