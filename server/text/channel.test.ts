import { describe, expect, it } from 'vitest';
import { OutreachContext } from '../../shared/contracts/outreach.ts';
import { offlineOutreachCritique } from '../coach/offline-outreach.ts';
import { channelContext, channelOf, extractFacts } from './facts.ts';

const SCRIPT = `Hello Ms. Grant, my name is Lydia Chen and I'm finishing my MHA at Ohio State. I'd love to hear how you moved from bedside nursing into hospital administration. Would you have 15 minutes for a call Tuesday or Wednesday afternoon? Thank you.`;

describe('the phone channel', () => {
  it('is one of the contract’s outreach channels', () => {
    expect(OutreachContext.parse({ channel: 'phone' })).toEqual({ channel: 'phone' });
  });

  it('makes a written-looking script a phone script, never an email with a subject', () => {
    // Without the channel this reads as an email; given as phone it is a script said aloud.
    expect(channelOf(SCRIPT, {})).toBe('email');
    expect(channelOf(SCRIPT, { channel: 'phone' })).toBe('phone-script');
    const critique = offlineOutreachCritique(SCRIPT, { channel: 'phone' });
    expect(critique.subject).toBeUndefined();
    if (critique.freshDraft) {
      expect(critique.freshDraft.channel).toBe('phone-script');
      expect(critique.freshDraft.subject).toBeUndefined();
      expect(critique.freshDraft.text).not.toMatch(/^Subject:/m);
    }
  });

  it('reads a "[voicemail]" opening as spoken when no channel is given', () => {
    expect(extractFacts('[voicemail] Hello Ms. Grant, this is Lydia Chen. Please call me back at 614-555-0184. Thank you.').channel).toBe('phone-script');
  });

  it('maps a data set’s channel label to the page’s channel choice', () => {
    expect(channelContext('email')).toEqual({ channel: 'email' });
    expect(channelContext('linkedin-note')).toEqual({ channel: 'linkedin' });
    expect(channelContext('linkedin-message')).toEqual({ channel: 'linkedin' });
    expect(channelContext('phone')).toEqual({ channel: 'phone' });
    expect(channelContext('voicemail')).toEqual({ channel: 'phone' });
    expect(channelContext(undefined)).toEqual({});
  });
});
