import sys, time, collections
sys.path.insert(0, "tests")
from reply_s11_envelopes import ENVELOPES, NOT_ANSWERS, message
from reply_s11_phrasings import PHRASINGS
from reply_table import ITEMS
from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.model import Answer

def outcome(r):
    if r.is_withdrawal: return ("intrekken", *(str(p) for p in r.withdraw or ()))
    if not r.answers: return ("geen",)
    n = {Answer.YES: "ja", Answer.NO: "nee"}
    return tuple(n.get(r.answers.get(p), "?") for p in (1,2,3))

def ok(case, got):
    for want in (case.expect, *case.also):
        if want == ("geen",):
            if got == ("geen",) or set(got) == {"?"}: return True
        elif got == want: return True
    return False

def kind(case, got):
    want = case.expect
    wd_w, wd_g = want[0]=="intrekken", got[0]=="intrekken"
    if wd_w != wd_g or (wd_w and want != got): return "withdrawal"
    w = ("?","?","?") if want == ("geen",) else want
    g = ("?","?","?") if got == ("geen",) else got
    k = set()
    for a, b in zip(w, g):
        if b == "ja" and a != "ja": k.add("yes-nobody-gave")
        elif b == "nee" and a != "nee": k.add("no-nobody-gave")
        elif b == "?" and a != "?": k.add("clear-left-unclear")
    return sorted(k)[0] if k else "other"

wrong = collections.Counter(); per_p = collections.defaultdict(list); total = 0
t = time.perf_counter(); problems = collections.Counter()
for pname, case in PHRASINGS.items():
    for env in ENVELOPES:
        total += 1
        parsed = parse_reply(message(env, case.text, case.lang))
        if parsed.problems: problems[(env, tuple(parsed.problems))] += 1
        got = outcome(read_answers(parsed.text, ITEMS[:3]))
        if not ok(case, got):
            wrong[kind(case, got)] += 1; per_p[pname].append((env, got))
el = time.perf_counter() - t
print(f"{total} combos, wrong {sum(wrong.values())}: {dict(wrong)}; {total/el:.0f} replies/s (parse+read)")
for p, l in per_p.items():
    envs = {}
    for e, g in l: envs.setdefault(g, []).append(e)
    print(f"  {p:28} want {PHRASINGS[p].expect}: " + "; ".join(f"{g} x{len(es)} {es[:3] if len(es)<len(ENVELOPES) else 'ALL'}" for g, es in envs.items()))
for k, v in problems.items(): print("PARSE PROBLEMS", k, v)
print("--- not answers")
for name, build in NOT_ANSWERS.items():
    p = parse_reply(build("1 ja 2 nee 3 ja"))
    r = read_answers(p.text, ITEMS[:3])
    got = outcome(r)
    flag = "OK" if (p.automatic or got == ("geen",) or set(got)=={"?"}) else "WRONG"
    print(f"  {flag} {name:28} auto={p.automatic} got={got} problems={[str(x)[:30] for x in p.problems]}")
