import random, re, collections, glob
AREAS = {"blood_banking","chemistry","hematology","microbiology","safety","ethics","general","none","exclude"}
rows=[]; fam=None
for fn in sorted(glob.glob("data_part*.txt")):
    for ln in open(fn, encoding="utf-8"):
        ln=ln.rstrip("\n")
        if not ln.strip(): continue
        if ln.startswith("@"): fam=ln[1:].strip(); continue
        parts=[p.strip() for p in ln.split(" | ")]
        assert len(parts)==3, ln
        t,a,w=parts
        al=a.split(",")
        assert all(x in AREAS for x in al), ln
        assert len(set(al))==len(al), ln
        assert "exclude" not in al or al==["exclude"], ln
        assert "\t" not in ln
        rows.append((t,",".join(al),w,fam))
norm=lambda s: re.sub(r"[^a-z0-9]+"," ",s.lower()).strip()
c=collections.Counter(norm(r[0]) for r in rows)
d=[k for k,v in c.items() if v>1]; assert not d, d
assert not re.search(r"\b(Dr\.|Mr\.|Ms\.)", " ".join(r[0] for r in rows))
HDR = ["# Blind test list of invented continuing-education course titles for medical laboratory professionals.",
 "# Columns (tab-separated): TITLE<TAB>AREAS<TAB>WHY<TAB>FAMILY",
 "# AREAS = comma-separated ACCEPTABLE ASCP BOC CMP areas: blood_banking, chemistry, hematology, microbiology,",
 "#   safety (lab or patient safety), ethics (medical ethics), general (other lab areas), none (not lab-related),",
 "#   or exclude (staff meeting / huddle / job orientation; never counts). A prediction is correct if it is in AREAS.",
 "# WHY = one-sentence justification. FAMILY = which test family the title was written for (see README.md).",
]
def write(fn, rs, note):
    with open(fn,"w",encoding="utf-8") as f:
        for h in HDR: f.write(h+"\n")
        f.write("# "+note+"\n")
        for r in rs: f.write("\t".join(r)+"\n")
write("titles.tsv", rows, f"Whole list: {len(rows)} titles, in family order.")
sh=rows[:]; random.Random(20261201).shuffle(sh)
h=len(sh)//2
write("titles-a1.tsv", sh[:h], f"Half 1 of the list shuffled with random.Random(20261201): {h} titles.")
write("titles-a2.tsv", sh[h:], f"Half 2 of the list shuffled with random.Random(20261201): {len(sh)-h} titles.")
print("total",len(rows))
fc=collections.Counter(r[3] for r in rows); print(dict(fc))
ac=collections.Counter(x for r in rows for x in r[1].split(",")); print("area mentions",dict(ac))
sc=collections.Counter("single" if "," not in r[1] else "multi" for r in rows); print(dict(sc))
pc=collections.Counter(r[1].split(",")[0] for r in rows); print("primary",dict(pc))
for fn,rs in (("a1",sh[:h]),("a2",sh[h:])):
    print(fn, dict(collections.Counter(r[3] for r in rs)))
