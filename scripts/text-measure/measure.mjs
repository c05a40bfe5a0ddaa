// Measures compromise and wink-nlp on our kind of sentences: has-a-verb, verb lemma, sentence splits, noun heads.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const wink = winkNLP(model); const its = wink.its;
// [sentence, hasVerb, a verb's lemma expected (or null), a noun expected in a noun phrase (or null)]
const cases = [
 ["Why did you leave consulting for the nonprofit sector?", true, 'leave', 'sector'],
 ["What is your greatest weakness?", true, 'be', 'weakness'],
 ["Which achievements have meant the most to you?", true, 'mean', 'achievements'],
 ["How many golf balls fit in a school bus?", true, 'fit', 'bus'],
 ["Tell me about a time you failed.", true, 'tell', 'time'],
 ["Where do you see yourself in five years?", true, 'see', 'years'],
 ["Can you refer me for the GIS analyst opening?", true, 'refer', 'opening'],
 ["I'm a third-year student at Oregon State studying water policy.", true, 'study', 'student'],
 ["Maria Lopez suggested I reach out to you.", true, 'suggest', null],
 ["Would you have 20 minutes for a call next Thursday at 4pm?", true, 'have', 'call'],
 ["Thanks so much for considering it.", false, null, null],
 ["Your move from consulting to Clearwater Utilities.", false, null, 'move'],
 ["Best regards, Jordan", false, null, null],
 ["I saw your talk on urban water management at the AWWA conference.", true, 'see', 'talk'],
 ["What skills matter most in UX research?", true, 'matter', 'skills'],
 ["What salary should I expect as an entry-level analyst?", true, 'expect', 'salary'],
 ["How did you get into product management?", true, 'get', 'management'],
 ["Happy to work around your schedule.", false, null, 'schedule'],
 ["I would love to hear how you moved into policy work.", true, 'love', 'work'],
 ["Are you hiring?", true, 'hire', null],
 ["What does a typical week look like for you?", true, 'look', 'week'],
 ["The research on coastal resilience and flood mapping.", false, null, 'research'],
 ["She recommended that I talk with you about grant writing.", true, 'recommend', 'writing'],
 ["Could we chat for 15 minutes by phone?", true, 'chat', 'minutes'],
 ["Any time Tuesday or Wednesday afternoon works for me.", true, 'work', 'time'],
 ["If so, and also why.", false, null, null],
 ["I am transitioning from teaching to instructional design.", true, 'transition', 'design'],
 ["What made you choose hospital nursing over clinic work?", true, 'make', 'nursing'],
 ["How do you handle conflict with a difficult coworker?", true, 'handle', 'conflict'],
 ["What are the biggest challenges facing the industry right now?", true, 'be', 'challenges'],
];
function compromiseRun(s){ const d=nlp(s); const hasVerb=d.match('#Verb').found && !(d.match('#Verb').length===1 && d.match('#Gerund').found && d.match('#Gerund').length===d.match('#Verb').length && !d.match('(#Copula|#Modal|#Auxiliary)').found);
  const lemmas=d.verbs().toInfinitive().out('array').join(' ').toLowerCase(); const nouns=d.nouns().out('array').join(' ').toLowerCase(); return {hasVerb: d.match('(#PresentTense|#PastTense|#Infinitive|#Copula|#Modal|#Auxiliary)').found, lemmas, nouns}; }
function winkRun(s){ const d=wink.readDoc(s); const pos=d.tokens().out(its.pos); const lem=d.tokens().out(its.lemma); const hasVerb=pos.some((p,i)=>p==='VERB'||p==='AUX'); const lemmas=lem.filter((l,i)=>pos[i]==='VERB'||pos[i]==='AUX').join(' ').toLowerCase(); const toks=d.tokens().out(); const nouns=toks.filter((t,i)=>pos[i]==='NOUN'||pos[i]==='PROPN').join(' ').toLowerCase(); return {hasVerb: hasVerb && !(pos.filter(p=>p==='VERB'||p==='AUX').length>0 && false), lemmas, nouns}; }
for (const [name, run] of [['compromise', compromiseRun], ['wink', winkRun]]) {
  let v=0,l=0,lt=0,n=0,nt=0; const miss=[];
  for (const [s,hv,lemma,noun] of cases){ const r=run(s); if(r.hasVerb===hv) v++; else miss.push('verb:'+s);
    if(lemma){lt++; if(r.lemmas.split(/\s+/).includes(lemma)) l++; else miss.push(`lemma(${lemma}|${r.lemmas}):`+s);}
    if(noun){nt++; if(r.nouns.includes(noun)) n++; else miss.push(`noun(${noun}|${r.nouns}):`+s);} }
  console.log(name, `hasVerb ${v}/${cases.length}`, `lemma ${l}/${lt}`, `noun ${n}/${nt}`); console.log('  '+miss.join('\n  '));
}
const para = "Hi Dana, I'm Jordan Lee, a junior at St. Olaf. Dr. Kim suggested I write. Would you have 15 min. next Tue. at 4 p.m.? Thanks! Best, Jordan";
console.log('compromise sentences', nlp(para).sentences().out('array'));
console.log('wink sentences', wink.readDoc(para).sentences().out());
let t=performance.now(); for(let i=0;i<200;i++) nlp(cases[i%30][0]).verbs().toInfinitive(); console.log('compromise ms/sent', (performance.now()-t)/200);
t=performance.now(); for(let i=0;i<200;i++) wink.readDoc(cases[i%30][0]).tokens().out(its.lemma); console.log('wink ms/sent', (performance.now()-t)/200);
// transforms
console.log(nlp('you left consulting').sentences().toPastTense().text(), '|', nlp('why did you leave consulting').verbs().toInfinitive().text());
