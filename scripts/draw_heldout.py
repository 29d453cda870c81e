#!/usr/bin/env python3
"""Draw a held-out set: python3 scripts/draw_heldout.py REV SEED LAST LIM [NMUC] > tests/data/heldoutN-documents.csv
MUC pool: messages named nowhere in tests/data/*.csv, tests/**/*.rs, src/**/*.rs at REV,
matching the casualty-word regex, under LIM chars. UCDP pools: held-out 7's, minus rows of
heldoutN-documents.csv (N<=LAST) at REV. ECB+ pool: unnamed ECB+ docs matching the regex.
rng = Random(SEED); sample(muc, NMUC (default 40)), sample(syria, 20), sample(world, 20), sample(ecb, 0)."""
import csv, io, json, os, random, re, subprocess, sys
rev, seed, last, lim = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
nmuc = int(sys.argv[5]) if len(sys.argv) > 5 else 40
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(repo, '..', 'shared', 'corpus')
def git(*a):
    return subprocess.run(['git', '-C', repo] + list(a), capture_output=True, check=True).stdout
files = git('ls-tree', '-r', '--name-only', rev).decode().split('\n')
named = [f for f in files if (f.startswith('tests/data/') and f.count('/') == 2 and f.endswith('.csv'))
         or (f.startswith('tests/') and f.endswith('.rs')) or (f.startswith('src/') and f.endswith('.rs'))]
blob = '\n'.join(git('show', f'{rev}:{f}').decode('utf-8', 'replace') for f in named)
def is_named(ident):
    return re.search(r'(?<![A-Za-z0-9_])' + re.escape(ident) + r'(?![A-Za-z0-9_])', blob) is not None
word = re.compile(r'\b(killed|dead|died|wounded|injured|hurt|shot|hostage|hostages|missing|kidnapped)\b', re.I)
muc = []
for line in open(f'{C}/muc34/muc34_messages_with_casualty_keys.jsonl'):
    m = json.loads(line)
    if len(m['text']) < lim and word.search(m['text']) and not is_named(m['msg_id']):
        muc.append(m['msg_id'])
csv.field_size_limit(10**9)
taken = set()
for n in range(7, last + 1):
    p = f'tests/data/heldout{n}-documents.csv'
    if p in files:
        for r in csv.DictReader(io.StringIO(git('show', f'{rev}:{p}').decode())):
            if r['corpus'] == 'ucdp':
                taken.add(r['document'])
seen = set(); pools = {}
for stem in ['ucdp_ged_syria_2016_2019', 'ucdp_ged231_sample1000']:
    out = []
    for r in csv.DictReader(open(f'{C}/ucdp/{stem}.csv', newline='', encoding='utf-8')):
        h = r['source_headline']
        i = str(int(float(r['id'])))
        if not h or len(h) > 400 or h in seen or i in ('214797', '236249', '300380', '21300'):
            continue
        seen.add(h)
        name = f'{stem}:{i}'
        if name not in taken:
            out.append(name)
    pools[stem] = out
ecb = []
for line in open(f'{C}/ecbplus/ecbplus_docs.jsonl'):
    d = json.loads(line)
    did = d['doc']
    did = did[:-4] if did.endswith('.xml') else did
    text = d['text'] if 'text' in d else '\n'.join(d.get('sentences', []))
    if word.search(text) and not is_named(did):
        ecb.append(did)
syria, world = pools['ucdp_ged_syria_2016_2019'], pools['ucdp_ged231_sample1000']
print(f'pools muc={len(muc)} syria={len(syria)} world={len(world)} ecb={len(ecb)}', file=sys.stderr)
rng = random.Random(seed)
a = rng.sample(muc, nmuc); b = rng.sample(syria, 20); c = rng.sample(world, 20); d = rng.sample(ecb, 0)
print('corpus,document')
for x in a: print(f'muc34,{x}')
for x in b + c: print(f'ucdp,{x}')
for x in d: print(f'ecbplus,{x}')
