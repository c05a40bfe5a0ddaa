import { describe, expect, it } from 'vitest';
import { OutreachContext } from '../../../../../shared/contracts/outreach.ts';
import { EMPTY_FIELDS, fromContext, toContext } from './context-fields.ts';

describe('the channel choice', () => {
  it('sends a phone call or voicemail as the phone channel the contract accepts', () => {
    const context = toContext({ ...EMPTY_FIELDS, channel: 'phone' });
    expect(context.channel).toBe('phone');
    expect(OutreachContext.parse(context).channel).toBe('phone');
    expect(fromContext(context).channel).toBe('phone');
  });
});
