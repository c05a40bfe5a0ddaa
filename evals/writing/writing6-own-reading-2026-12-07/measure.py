import json,re,sys
inp={json.loads(l)['id']:json.loads(l) for l in open('evals/writing/readers-r4-2026-12-07/inputs/outreach.jsonl')}
def load(d): return [json.loads(l) for l in open(d+'/outputs.jsonl')]
DEMAND=re.compile(r"\b(?:please confirm|by EOD|need this by|when can i start|let me know by|tell me everything|i'll just swing by|i think it's only fair|can you push|can i come stage|i'll hang on)\b",re.I)
PHONE=re.compile(r"(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[ .-])?\d{3}[.-]\d{4}(?![\d-])")
def m(d):
    rows=load(d); r={}
    fresh=[o for o in rows if o['kind']=='outreach-fresh']; ed=[o for o in rows if o['kind']=='outreach-edited']
    r['fresh drafts']=len(fresh)
    r['fresh: [who you are…] blank']=sum('[who you are' in o['output'] for o in fresh)
    r['fresh: any [blank]']=sum('[' in o['output'] for o in fresh)
    r['bad-draft fresh: [who you are…] blank']=sum('[who you are' in o['output'] for o in fresh if inp[o['id']]['quality']=='bad')
    ph=[o for o in fresh if inp[o['id']]['channel']=='phone']
    r['phone inputs whose fresh draft is an email']=sum(('Subject:' in o['output']) for o in ph)
    withnum=[o for o in fresh if PHONE.search(o['input'])]
    r['fresh drafts keeping the writer\'s number (of drafts with one)']=f"{sum(bool(PHONE.search(o['output'])) for o in withnum)} of {len(withnum)}"
    r['fresh: job words left (opportunities/hired/openings/referral)']=sum(bool(re.search(r'\b(?:opportunit\w*|hired|openings?|refer|funding|my chances)\b',o['output'],re.I)) for o in fresh)
    r['edited: demand left beside the ask']=sum(bool(DEMAND.search(o['output'])) for o in ed)
    r['edited: unchanged']=sum(o['output'].strip()==o['input'].strip() for o in ed)
    q=[o for o in rows if o['kind'].startswith('question')]
    r['questions kept unchanged']=sum(o['kind']=='question-kept' for o in q)
    r['rephrasings with a splice (Dear Ms. What / Hi Dr. How / to you choose / lol)']=sum(bool(re.search(r'^(?:Dear|Hi) (?:Ms|Mr|Dr)\. [A-Z]|drew you to you|\blol\b|compare with when|before I send it',o['output'])) for o in q if o['kind']=='question-rephrased')
    return r
a=m(sys.argv[1]); b=m(sys.argv[2])
for k in a: print(f"| {k} | {a[k]} | {b[k]} |")
