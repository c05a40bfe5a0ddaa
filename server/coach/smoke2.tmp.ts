import { offlineOutreachCritique } from './offline-outreach.ts';
const drafts: Array<[string, any]> = [
[`Hi Dana,

I'm Jordan Lee, a junior at St. Olaf studying environmental science. Professor Kim suggested I reach out to you. I'd love to learn how you moved from consulting into urban water management. Would you have 15 minutes for a phone call next Thursday at 4pm or Friday morning?

Thanks so much,
Jordan`, {}],
[`hey! saw ur talk on GIS at the AWWA conference. can u refer me for the GIS analyst opening? thx`, {}],
[`Hi Sam, fellow UT alum here. I'm a data analyst hoping to learn about your move into product. Could we talk for 20 min by Zoom?`, { channel: 'linkedin' }],
[`Dear Ms. Ortiz,\n\nMy name is Priya Shah and I study public health at Emory. I read your article on rural clinics and would love to hear what your work at the county health department looks like. Let me know when you're free.\n\nBest,\nPriya`, {}],
[`Hello, I am interested in marketing. Can we meet tomorrow for an hour? I've attached my resume.`, {}],
[`Hi [Name],\n\n[Who you are]. I'd love to learn about your work in water policy. Would you have 20 minutes for a call? I'm free [two or three times].\n\nThanks,\n[Your name]`, {}],
];
for (const [d, c] of drafts) { const r = offlineOutreachCritique(d, c); console.log('====', r.score, r.readyToSend, r.blanks, r.findings.filter(f=>!f.passed).map(f=>f.ruleId).join(',')); for (const e of r.edits ?? []) console.log('  EDIT', e.ruleId, e.kind, JSON.stringify(d.slice(e.start,e.end)), '→', JSON.stringify(e.text)); console.log('--- edited:\n' + r.editedDraft); console.log('--- fresh (' + r.freshDraft?.template + ') ' + (r.freshDraft?.subject ?? '') + '\n' + r.freshDraft?.text); }
