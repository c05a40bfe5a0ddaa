import nlp from 'compromise';
const s=["What is your greatest weakness?","I'm a third-year student at Oregon State studying water policy.","Are you hiring?","What does a typical week look like for you?","How many golf balls fit in a school bus?","What skills matter most in UX research?","Any time Tuesday or Wednesday afternoon works for me.","Happy to work around your schedule.", "Why did you leave consulting?", "What did you learn from failing?"];
for (const x of s){ const d=nlp(x); d.compute('root'); const terms=d.json()[0].terms.map(t=>`${t.text}/${t.tags.slice(0,2).join(',')}/${t.root||''}`); console.log(terms.join(' ')); }
let t=performance.now(); for(let i=0;i<500;i++){ const d=nlp(s[i%s.length]); d.compute('root'); d.json(); } console.log('compromise ms/sent warm', (performance.now()-t)/500);
const v=nlp('why did you leave consulting').verbs(); console.log(JSON.stringify(v.conjugate()));
console.log(nlp('you left').verbs().toInfinitive().text(), nlp('which achievements have meant the most').verbs().conjugate()[0]);
