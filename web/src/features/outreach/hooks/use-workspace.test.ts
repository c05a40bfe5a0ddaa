import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredCritique } from '../../../../../shared/contracts/outreach.ts';
import { EMPTY_FIELDS } from '../utils/context-fields.ts';
import { EMPTY_STATE, forgetWorkspace, loadWorkspace, saveWorkspace, type WorkspaceState } from './use-workspace.ts';

/** The browser's localStorage, as far as the workspace uses it. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

let storage: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('window', { localStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

const DRAFT_ID = '00000000-0000-4000-8000-000000000001';
const CRITIQUE: StoredCritique = {
  score: 80,
  findings: [],
  failedRuleIds: [],
  strengths: [],
  coach: { kind: 'offline' },
  rulebookVersion: '0123456789abcdef',
  persisted: true,
  draftId: DRAFT_ID,
  versionId: '00000000-0000-4000-8000-000000000002',
  version: 1,
  critiqueId: '00000000-0000-4000-8000-000000000003',
  createdAt: '2026-11-22T10:00:00.000Z',
};
const TYPED: WorkspaceState = {
  workspace: { draft: 'Hi Dana, …', fields: { ...EMPTY_FIELDS, recipientName: 'Dana' }, draftId: DRAFT_ID },
  result: { critique: CRITIQUE, draft: 'Hi Dana, …' },
};

describe('workspace storage, one editor per URL', () => {
  it('keeps the new draft and each stored draft apart', () => {
    const scratch: WorkspaceState = { ...EMPTY_STATE, workspace: { ...EMPTY_STATE.workspace, draft: 'Not sent yet' } };
    saveWorkspace(undefined, scratch);
    saveWorkspace(DRAFT_ID, TYPED);
    expect(loadWorkspace(undefined)).toEqual(scratch);
    expect(loadWorkspace(DRAFT_ID)).toEqual(TYPED);
    expect([...storage.items.keys()]).toEqual(['infochat.outreach.workspace.v1', `infochat.outreach.draft.v1.${DRAFT_ID}`]);
  });

  it('has nothing for a draft this browser never opened, and forgets a deleted one', () => {
    expect(loadWorkspace('00000000-0000-4000-8000-000000000009')).toBeUndefined();
    saveWorkspace(DRAFT_ID, TYPED);
    forgetWorkspace(DRAFT_ID);
    expect(loadWorkspace(DRAFT_ID)).toBeUndefined();
  });

  it('keeps the text of an older build’s workspace, dropping a critique the contract no longer accepts', () => {
    const { persisted: _persisted, failedRuleIds: _failed, rulebookVersion: _version, ...olderCritique } = CRITIQUE;
    storage.setItem('infochat.outreach.workspace.v1', JSON.stringify({ ...TYPED, result: { critique: olderCritique, draft: 'Hi Dana, …' } }));
    expect(loadWorkspace(undefined)).toEqual({ workspace: { ...TYPED.workspace, draftId: undefined }, result: undefined });
  });

  it('ignores what it cannot read: not JSON, another shape, storage that throws', () => {
    storage.setItem('infochat.outreach.workspace.v1', '{not json');
    expect(loadWorkspace(undefined)).toBeUndefined();
    storage.setItem('infochat.outreach.workspace.v1', JSON.stringify({ workspace: { draft: 5 } }));
    expect(loadWorkspace(undefined)).toBeUndefined();
    vi.stubGlobal('window', {
      localStorage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      },
    });
    expect(loadWorkspace(DRAFT_ID)).toBeUndefined();
    expect(() => saveWorkspace(DRAFT_ID, TYPED)).not.toThrow();
  });
});
