import { lintOutreach } from '../shared/rules/index.ts';
import { maskPlaceholders } from '../server/text/facts.ts';
import { applyEdits, suggestEdits } from '../server/coach/suggested-edits.ts';
const edits = (draft: string, context = {}) => suggestEdits(draft, context, lintOutreach(maskPlaceholders(draft), context));
for (const d of ["Hi Ana,\n\nI'm a junior at Reed studying biology, and Dr. Cole suggested I write. I'd love to learn how you moved into genetic counseling. Would you have 20 minutes for a phone call?\n\nBest,\nLi",'hiii im a senior at FIDM and i love ur brand!! are u guys hiring interns?? i can send my resume rn. lmk tysm 💕\n-bea','hey!! saw ur bakery on insta, i wanna open one too. how much do u make a year? can we get coffee sometime\n\nbri']) { const e = edits(d); console.log(JSON.stringify(applyEdits(d, e))); console.log(e.map(x=>`${x.ruleId} ${x.kind} ${x.start}-${x.end} ${JSON.stringify(x.text)}`).join('\n'),'\n--'); }
