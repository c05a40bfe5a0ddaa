// My own varied outreach drafts (written for this check, not from the eval sets): prints edited and fresh drafts for reading.
import { offlineOutreachCritique } from '../../server/coach/offline-outreach.ts';
import { newShapes, outreachShapes } from '../../server/text/shapes.ts';
export const OWN: Array<[string, object]> = [
  ["Hi Ms. Tran,\n\nI'm Devon Park, a second-year nursing student at UW. Our clinical instructor, Maya Ruiz, mentioned you moved from bedside care into infection prevention. I'd love to hear what that shift was like. Could we do a 15-minute phone call next Monday or Wednesday after 3pm?\n\nThank you,\nDevon", {}],
  ["Hello,\n\nI am a recent graduate looking for opportunities in renewable energy. Please let me know if your company has any openings. I have attached my resume.\n\nRegards,\nOmar Haddad", {}],
  ["hi! found you on linkedin, i'm a junior studying econ at ucla and super interested in sports analytics. would love to pick your brain over coffee sometime!!", {}],
  ["Dear Dr. Feld,\n\nMy name is Ana Silva. I attended your lecture on coral reef restoration at Scripps last month. I'm an undergraduate in marine biology and I'd like to learn how you chose between academic research and working for a nonprofit.\n\nWould you be open to a 20-minute Zoom call? I'm free Tuesdays and Thursdays between 10am and 1pm PT, but happy to adjust.\n\nThanks so much for considering it,\nAna", {}],
  ["Hi Jordan, we both studied at Carleton. I'm an accountant moving into data science and would love 15 minutes to hear how you made the same move. Thanks!", { channel: 'linkedin' }],
  ["Hey Sam, I need to talk to you tomorrow about your job at Pixar. Call me.", {}],
  ["Dear Mr. Abara,\n\nI hope this message finds you well. I'm writing to ask whether you might have time for an informational interview. I'm a mid-career teacher considering a transition into instructional design, and I've been following your work on adult learning at Coursera.\n\nCould we talk for an hour sometime next week? I'm available any afternoon.\n\nBest regards,\nLinda Moreau", {}],
  ["Hi Priya,\n\nRaj Patel suggested I reach out. I'm finishing my MBA at Kellogg and exploring product roles in healthtech. I'd love to learn how you decided to join Oscar Health and what your team's week looks like. Would you have 20 minutes for a call? Any time that works for you is great.\n\nBest,\nChen", {}],
  ["Good afternoon Ms. Lee,\n\nI'm a veteran transitioning into cybersecurity after eight years in Army signal corps. I saw your panel at the ISC2 chapter meeting. Would you have 20 minutes by phone to talk about how you got into incident response? Thursday at 11am or Friday at 2pm would work for me.\n\nThank you for considering it,\nMarcus Green", {}],
  ["Hello Dr. Osei, I'm Leila, a PhD student at Michigan in public health. Dr. Kwame Mensah recommended I contact you about your work on malaria vaccine trials. Could I ask for 30 minutes of your time for a video call in the coming weeks? I'm flexible. Many thanks, Leila", {}],
  ["Hi Tom,\n\nI'm a barista and aspiring UX designer. Can you look at my portfolio and tell me if I'm ready to apply to your company? Also would you refer me?\n\nThanks,\nKim", {}],
  ["Hi Ms. Garcia, fellow Rice alum (class of '19) here. I work in consulting and I'm curious about climate policy. 15 min by phone sometime next week? Thank you!", { channel: 'linkedin' }],
  ["Dear Ms. Novak,\n\n[Who you are]. I found your profile through the Wharton alumni directory. I'd love to hear how you moved from banking into venture capital. Would you have 20 minutes for a phone call? I'm free [two or three times].\n\nThank you,\n[Your name]", {}],
  ["Hi Dr. Liu,\n\nI'm Sofia, a high school senior interested in veterinary medicine. My biology teacher, Mr. Adams, said you might be willing to talk with students. I'd love to know what a typical day at your clinic is like. Could we meet for 20 minutes at your clinic, or talk by phone, some Saturday morning?\n\nThank you so much,\nSofia", {}],
  ["Hello Mr. King — I'm a software engineer at Stripe and I saw your talk about platform engineering at QCon. I'd love to hear how you built the platform team at Shopify. Would you be up for a 30-minute chat on Zoom? I'm free Monday through Wednesday after 4pm ET. Thanks for considering!\n\nBest,\nAlex", {}],
];
const from = Number(process.argv[2] ?? 0);
for (const [i, [d, c]] of OWN.entries()) {
  if (i < from) continue;
  const r = offlineOutreachCritique(d, c as any);
  console.log(`\n######## ${i} score=${r.score} ready=${r.readyToSend} fails=${r.findings.filter((f) => !f.passed).map((f) => f.ruleId.replace('outreach.', '')).join(',')}\n${d}`);
  if (r.readyToSend) continue;
  console.log(`--- EDITED ${JSON.stringify(newShapes(d, r.editedDraft ?? d))}\n${r.editedDraft ?? '(no edits)'}`);
  console.log(`--- FRESH ${r.freshDraft?.template} ${JSON.stringify(outreachShapes(d, r.freshDraft!.text, r.freshDraft!.subject))} subject: ${r.freshDraft?.subject ?? '-'}\n${r.freshDraft?.text}`);
}
