"""Counts the shapes notes11 targeted, before and after, on the used sets (dev, not blind).
   python3 shapes.py   (run from this folder)"""
import json, re

def rows(path):
    return [json.loads(l) for l in open(path) if l.strip()]

def last_user_bye_then_pro(inp):
    # the professional's lines after the user's first goodbye
    lines = inp.split('\n'); out = []; bye = False
    for l in lines:
        if l.startswith('USER:') and re.search(r"\b(?:bye|goodbye|good night|have a (?:good|great|nice|lovely) (?:day|evening|night|one|weekend|afternoon))\b", l, re.I): bye = True; continue
        if bye and l.startswith('PROFESSIONAL:'): out.append(l[len('PROFESSIONAL:'):])
    return ' '.join(out)

NOTE_SHAPES = {
    'label "what you read to keep up" for a question that never has them reading': lambda r: 'what you read to keep up' in r['output'] and not re.search(r"\byou\s+(?:\w+\s+)?read", r['input'], re.I),
    '"reach out"/"follow up" after thanking an offered introduction': lambda r: 'offering to introduce' in r['output'] and re.search(r"reach out to|follow up with", r['output']) is not None,
    'a farewell line taken for advice or a story': lambda r: any(w in r['output'] for w in re.findall(r"[A-Z][a-z]+ (?:me|you|your) [a-z]+ [a-z]+", last_user_bye_then_pro(r['input']))) or bool(re.search(r"advice to (?:take care|bring you|keep practicing)", r['output'])),
    'signed with a courtesy title': lambda r: r['output'].rstrip().split('\n')[-1] in ('Ms', 'Mr', 'Mrs', 'Dr', 'Mx'),
    '"with what you told me in mind" beside advice or a referral': lambda r: 'with what you told me in mind' in r['output'] and re.search(r"advice to|hearing how you|to hear how you|pointing me to|introduce me to|reach out to|follow up with", r['output']) is not None,
    'same referral reason said twice': lambda r: any(r['output'].count(m) > 1 for m in re.findall(r", (who [^.;]{12,})", r['output'])),
}

FRESH_SHAPES = {
    "writer's day names kept (of drafts offering a day)": None,
}
DAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|s)?\b|\b(?:morning|afternoon|evening)s?\b|\bnext week\b", re.I)

for r in ['r8', 'r7', 'r6']:
    b, a = rows(f'notes-before-{r}.jsonl'), rows(f'notes-after-{r}.jsonl')
    print(f'notes {r} (n {len(b)})')
    for name, f in NOTE_SHAPES.items():
        print(f'  {name}: {sum(1 for x in b if f(x))} -> {sum(1 for x in a if f(x))}')
for r in ['r8', 'r7']:
    b, a = rows(f'fresh-before-{r}.jsonl'), rows(f'fresh-after-{r}.jsonl')
    offering = [x for x in b if DAY.search(x['input'])]
    ids = {x['id'] for x in offering}
    kept = lambda xs: sum(1 for x in xs if x['id'] in ids and DAY.search(x['output']))
    print(f'fresh {r} (n {len(b)}): drafts whose input names a day, a part of day or "next week": {len(ids)}; fresh draft names one: {kept(b)} -> {kept(a)}')
    generic = 'how you got started and what your work looks like day to day'
    print(f'  generic topic "{generic}": {sum(generic in x["output"] for x in b)} -> {sum(generic in x["output"] for x in a)}')
    print(f'  "gave me your number/name" kept of inputs with it: {sum(1 for x in b if "gave me your" in x["input"] and "gave me your" in x["output"])} -> {sum(1 for x in a if "gave me your" in x["input"] and "gave me your" in x["output"])} (of {sum(1 for x in b if "gave me your" in x["input"])})')
