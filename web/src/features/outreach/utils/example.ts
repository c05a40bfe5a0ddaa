import type { WorkspaceState } from '../hooks/use-workspace.ts';

/** The worked example the first-run steps load (`/outreach?example=1`): a real-sounding first ask, not a perfect one. */
export const EXAMPLE_STATE: WorkspaceState = {
  workspace: {
    draft: `Hi Ms. Okafor,

I'm a senior at Western State studying environmental policy, and I read your piece on community solar in the Green Futures newsletter. I'm exploring careers in sustainability nonprofits and would love to hear how you moved from field organizing into program leadership.

Would you have 20 minutes for a call in the next two weeks? Tuesday or Thursday afternoons are open for me, and a phone call is fine.

Thank you for considering it,
Sam Rivera`,
    fields: {
      recipientName: 'Jelena Okafor',
      recipientRole: 'Program Director',
      organization: 'Green Futures Alliance',
      connection: 'Read her piece in the Green Futures newsletter',
      channel: 'email',
      minutesRequested: '20',
    },
    draftId: undefined,
  },
  result: undefined,
};
