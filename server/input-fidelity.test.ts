import { afterEach, describe, expect, it } from 'vitest';
import { DraftDetail } from '../shared/contracts/outreach.ts';
import { GOOD_DRAFT } from '../test/fixtures/outreach-drafts.ts';
import { createTestApp, NO_ROWS, postJson } from '../test/fixtures/test-app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

describe('text the API accepts', () => {
  it.each(['/api/outreach/critique', '/api/outreach/critique/stream'])('%s refuses a NUL byte with invalid_characters, writing nothing', async (path) => {
    current = await createTestApp();
    const res = await postJson(current.app, path, { draft: `Hi Jelisa,\u0000 would you have 20 minutes?` });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_characters',
        message: 'The draft contains a control character (U+0000) at position 11; only tab, newline and carriage return are accepted.',
      },
    });
    expect(await current.countRows()).toEqual(NO_ROWS);
  });

  it('refuses a control character in a context field too', async () => {
    current = await createTestApp();
    const res = await postJson(current.app, '/api/outreach/critique', { draft: GOOD_DRAFT, context: { organization: 'North\u0008wind' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_characters');
  });

  it('stores the draft exactly as accepted: reading it back gives the same string', async () => {
    current = await createTestApp();
    const text = `${GOOD_DRAFT}\r\n\tP.S. 😀 café e\u0301 中文 \u200B\u202Eend`;
    const res = await postJson(current.app, '/api/outreach/critique', { draft: text });
    expect(res.status).toBe(200);
    const { draftId } = (await res.json()) as { draftId: string };
    const detail = DraftDetail.parse(await (await current.app.request(`/api/drafts/${draftId}`)).json());
    expect(detail.versions[0]?.text).toBe(text);
  });

  it('accepts 20,000 emoji (code points), though they are 40,000 UTF-16 units', async () => {
    current = await createTestApp();
    const res = await postJson(current.app, '/api/outreach/critique', { draft: `${'😀'.repeat(19_990)} Thank you` });
    expect(res.status).toBe(200);
  });

  it.each(['\u200B\u200B', '\uFEFF\n', '\u2060 \u00A0'])('calls an invisible draft %j empty_draft', async (draft) => {
    current = await createTestApp();
    const res = await postJson(current.app, '/api/outreach/critique', { draft });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'empty_draft', message: 'The draft is empty: paste the message you plan to send.' } });
    expect(await current.countRows()).toEqual(NO_ROWS);
  });
});
