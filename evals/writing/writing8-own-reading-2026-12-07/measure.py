import json,re,sys
def m(path):
    c={'edited':0,'invented_min':0,'texting_left':0,'texting_in_input':0,'thanks_twice':0,'unchanged':0,'q_rephrased':0,'q_swap_neg':0,'q_texting':0,'q_garble':0}
    for l in open(path):
        o=json.loads(l)
        if o['kind']=='outreach-edited':
            c['edited']+=1; i=o['input']; out=o['output']
            mins=lambda t:set(re.findall(r'\b(\d{1,3})[\s-]?min',t,re.I))
            if mins(out)-mins(i): c['invented_min']+=1
            tx=re.compile(r'(?<![\w@/.])(?:u|ur|im|ive|lol|ngl|lmk|ppl|abt|thx|idk|rn)(?![\w@])|!!|(?:^|[.!?]\s+)i\s')
            body=lambda t: re.split(r'\n\s*(?:thx|thanks|best|cheers|-)',t)[0]
            if tx.search(body(i)): c['texting_in_input']+=1; c['texting_left']+= bool(tx.search(body(out)))
            if re.search(r'Thank you for considering it',out) and re.search(r'(?i)gracias|merci|danke|thanks so much|thank you so much|many thanks',out): c['thanks_twice']+=1
            if out==i: c['unchanged']+=1
        elif o['kind']=='question-rephrased':
            c['q_rephrased']+=1; out=o['output']
            if re.search(r'most (?:challenging|difficult) (?:ones|thing)|get completely challenging',out): c['q_swap_neg']+=1
            if re.search(r'(?<![\w])(?:u|ur)(?![\w])',out): c['q_texting']+=1
            if re.search(r'(?i)\b(?:at|in|on|for) the (?:January|February|March|April|May|June|July|August|September|October|November|December)\?|\bto (?:with|from)\b|\b(?:true|false) (?:the|a)\b|\ba foot\b|and how (?:it|you)\b',out): c['q_garble']+=1
    return c
for p in sys.argv[1:]: print(p, m(p))
