import json,re,sys
SHAPES={
 'wrong-signature': None,
 'commitment-not-said': r"and I'm (?:taking|following) it",
 'dangling-acting-on-it': r'looking forward to acting on it',
 'repeated-thanks-again': None,
 'generous-twice': None,
 'space-before-comma': r' [,.;]',
 'glad-I-asked': r"I'm glad I asked",
 'broken-person': r"\bme (?:taste|spend|go|get|start)\b|advice to I\b|\byou am\b",
 'who-who': r'who is [^.;]* who ',
 'three-stock-lines': None,
 'talk-about-adj-or-role': r'about (?:maritime|sommelier|park ranger|[a-z]+ (?:ranger|mechanic|technician|nurse))\b',
 'plan-you': r"(?:I plan to|I'm going to|My next step is to) (?!explore)[^.]*\byou\b",
}
STOCK=['Our conversation gave me a much clearer picture of the work.','Hearing about the work from someone who does it every day helped a great deal.','I came away with a much clearer sense of the path ahead.','Hearing how the work really goes was exactly what I needed.','I will put what you told me to good use.','It gave me a lot to think about as I take my next steps.','I am looking forward to acting on it.','I know how busy you are, so it meant a lot.']
def okname(sig, want):
  if not want: return sig=='[Your name]'
  return sig==want or sig.split()[0]==want.split()[0] or want.startswith(sig)
def count(d, sets):
  tot={k:0 for k in SHAPES}; n=0
  for r in sets:
    for l in open(f'{d}-{r}.jsonl'):
      x=json.loads(l); o=x['output']; n+=1; body=o.split('\n')[2] if len(o.split('\n'))>2 else o
      sig=o.strip().split('\n')[-1]
      for k,rx in SHAPES.items():
        hit=False
        if k=='wrong-signature': hit=not okname(sig, x['userName'])
        elif k=='repeated-thanks-again': hit=len(re.findall(r'\b(?:thanks|thank you) again\b', body, re.I))>1
        elif k=='generous-twice': hit=len(re.findall(r'genero', body, re.I))>1
        elif k=='three-stock-lines': hit=sum(s in body for s in STOCK)>=3
        else: hit=bool(re.search(rx, body))
        tot[k]+=hit
  return n,tot
sets=sys.argv[1].split(',')
for d in [sys.argv[2], sys.argv[3]]:
  n,t=count(d,sets); print(d, n, {k:v for k,v in t.items()})
