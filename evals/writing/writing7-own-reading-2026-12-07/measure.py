import json,re,sys
def load(p):
    d={}
    for l in open(p):
        o=json.loads(l)
        if o['kind']=='outreach-fresh': d[o['input']]=o['output']
    return d
def inputs(p):
    return {json.loads(l)['text']:json.loads(l) for l in open(p)}
GENERIC=re.compile(r"how you got started and what your work looks like|your path and what your work looks like")
TEXTING=re.compile(r"\b(?:u|ur|abt|lol|lmk|rn|thx|pls|haha)\b|!!|\bi\b(?!\.)")
NUM=re.compile(r"\b(\d+)[ -]?(?:minutes?|mins?|min\b)|\ban hour\b|half an hour",re.I)
DAY=re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\d{1,2}/\d{1,2}",re.I)
def stats(fresh, inp):
    c=dict(n=0,bad=0,generic=0,invented_min=0,hello_lost=0,subject_on_phone=0,texting=0,days_lost=0)
    for k,out in fresh.items():
        i=inp.get(k); 
        if not i: continue
        c['n']+=1
        if i.get('quality')=='bad': c['bad']+=1
        body=re.sub(r'^Subject:[^\n]*\n+','',out)
        if GENERIC.search(out): c['generic']+=1
        if NUM.search(body) and not NUM.search(k): c['invented_min']+=1
        g=re.match(r"\s*(?:subject:[^\n]*\n+)?\s*(?:\[[^\]]*\]\s*)?(?:dear|hi+|hello|hey+)\s+((?:mr|ms|mrs|dr|prof|coach)\.?\s+)?[a-z][\w'-]+",k,re.I)
        if g and not re.match(r"(?:dear|hi+|hello|hey+)\s+(?:sir|madam|team|there|all|everyone|is|this)\b",g.group(0).strip(),re.I) and re.match(r'\s*(Hello[,!]|Hello!|Hi,)',body): c['hello_lost']+=1
        if i.get('channel')=='phone' and out.startswith('Subject:'): c['subject_on_phone']+=1
        if TEXTING.search(body): c['texting']+=1
        kd={m.group(0).lower()[:3] for m in DAY.finditer(k)}; od={m.group(0).lower()[:3] for m in DAY.finditer(body)}
        if kd-od: c['days_lost']+=1
    return c
for name,inp_p,b,a in [('r5','evals/writing/readers-r5-2026-12-07/inputs/outreach.jsonl','evals/writing/writing7-own-reading-2026-12-07/r5-before-outputs.jsonl','evals/writing/writing7-own-reading-2026-12-07/r5-after-outputs.jsonl'),('r4','evals/writing/readers-r4-2026-12-07/inputs/outreach.jsonl','evals/writing/writing7-own-reading-2026-12-07/r4-before-outputs.jsonl','evals/writing/writing7-own-reading-2026-12-07/r4-after-outputs.jsonl')]:
    inp=inputs(inp_p)
    print(name,'before',stats(load(b),inp))
    print(name,'after ',stats(load(a),inp))
