import { freshDraft } from './fresh-draft.ts';
const drafts: Array<[string, any]> = [
[`Hi Dana,

I'm Jordan Lee, a junior at St. Olaf studying environmental science. Professor Kim suggested I reach out to you. I'd love to learn how you moved from consulting into urban water management. Would you have 15 minutes for a phone call next Thursday at 4pm or Friday morning?

Thanks so much,
Jordan`, {}],
[`hey! saw ur talk on GIS at the AWWA conference. can u refer me for the GIS analyst opening? thx`, {}],
[`Hi Sam, fellow UT alum here. I'm a data analyst hoping to learn about your move into product. Could we talk for 20 min by Zoom?`, { channel: 'linkedin' }],
[`Dear Ms. Ortiz,\n\nMy name is Priya Shah and I study public health at Emory. I read your article on rural clinics and would love to hear what your work at the county health department looks like. I'm happy to work around your schedule.\n\nBest,\nPriya`, {}],
[`Hello, I am interested in marketing. Can we meet?`, {}],
];
for (const [d, c] of drafts) { const f = freshDraft(d, c); console.log('----', f.template, f.subject, f.placeholders.length); console.log(f.text); }
