"""Check every PDF against its gold: pdftotext -layout must show each row's words.

Also reports pages, size, tight-column gaps (pdftotext -bbox) and whether a title
crosses a page break where the layout claims so.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def text(pdf, *args):
    return subprocess.run(["pdftotext", *args, pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, check=True).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def words_bbox(pdf):
    raw = text(pdf, "-bbox")
    out = []
    page = 0
    for line in raw.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            out.append((page, float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)),
                        html.unescape(m.group(5))))
    return out


def tight_report(pdf, pairs):
    ws = words_bbox(pdf)
    lines = {}
    for w in ws:
        key = (w[0], round((w[2] + w[4]) / 2))
        lines.setdefault(key, []).append(w)
    res = []
    for ra, rb in pairs:
        a_re, b_re = re.compile(ra), re.compile(rb)
        glued = re.compile(ra.rstrip("$") + rb.lstrip("^"))
        gaps = []
        for key, lw in lines.items():
            lw.sort(key=lambda w: w[1])
            for w in lw:
                if glued.search(w[5]) and not a_re.search(w[5]):
                    gaps.append((0.0, w[4] - w[2], w[5]))
            for a, b in zip(lw, lw[1:]):
                if a_re.search(a[5]) and b_re.search(b[5]):
                    gaps.append((b[1] - a[3], a[4] - a[2], a[5] + " | " + b[5]))
        tight = [g for g in gaps if g[0] < 0.5 * g[1]]
        res.append((ra, rb, len(gaps), len(tight), min((g[0] for g in gaps), default=None),
                    tight[:2]))
    return res


def find_token(toks, t, pos):
    """Earliest match of title token t at or after pos.

    Returns (first_index, next_pos, hyphen_split) or None.  A hyphenated word may be
    broken after one of its hyphens ('CKD-' ... 'EPI')."""
    best = None
    for i in range(pos, len(toks)):
        if t in toks[i]:
            best = (i, i + 1, False)
            break
    for k, ch in enumerate(t[:-1]):
        if ch != "-":
            continue
        head, tail = t[:k + 1], t[k + 1:]
        for i in range(pos, len(toks) if best is None else best[0]):
            if toks[i].endswith(head):
                for j in range(i + 1, min(len(toks), i + 80)):
                    if toks[j].startswith(tail):
                        if best is None or i < best[0]:
                            best = (i, j + 1, True)
                        break
                break
    return best


def match_title(toks, title, pos):
    tt = title.split()
    start = None
    hy = False
    for w in tt:
        m = find_token(toks, w, pos)
        if m is None:
            return None
        if start is None:
            start = m[0]
        pos = m[1]
        hy = hy or m[2]
    if pos - start > 8 * len(tt) + 60:
        return None
    return start, pos, hy


def main():
    bad = 0
    total_rows = 0
    hyphen_rows = {}
    for gp in sorted(glob.glob(os.path.join(ROOT, "*.gold.json"))):
        did = os.path.basename(gp)[:-10]
        pdf = os.path.join(ROOT, did + ".pdf")
        gold = json.load(open(gp, encoding="utf-8"))
        chk = json.load(open(os.path.join(ROOT, "src", did + ".check.json"), encoding="utf-8"))
        probs = []
        if not os.path.exists(pdf):
            print("MISSING", did)
            bad += 1
            continue
        size = os.path.getsize(pdf)
        if size > 200 * 1024:
            probs.append("size %d" % size)
        t = text(pdf, "-layout")
        flat = " ".join(t.split())
        toks = t.split()
        cur = 0
        if not (3 <= len(gold["rows"]) <= 35):
            probs.append("row count %d" % len(gold["rows"]))
        for gr, cr in zip(gold["rows"], chk["rows"]):
            m = match_title(toks, gr["title"], cur)
            if m is None:
                probs.append("title not found in order: %r" % gr["title"])
            else:
                cur = m[0] + 1
                if m[2]:
                    hyphen_rows.setdefault(did, []).append(gr["title"])
                win = toks[max(0, m[0] - 40):m[1] + 40]
                if cr["date"] not in " ".join(win):
                    probs.append("date %r not near its title %r" % (cr["date"], gr["title"][:30]))
                if not any(cr["credits"] in x for x in win):
                    probs.append("credits %r not near its title %r" % (cr["credits"], gr["title"][:30]))
            if cr["date"] not in flat:
                probs.append("date %r missing (%s)" % (cr["date"], gr["title"][:30]))
            if not any(cr["credits"] in x for x in toks):
                probs.append("credits %r missing" % cr["credits"])
        if gold["person"] and gold["person"].lower() not in flat.lower():
            probs.append("person %r missing" % gold["person"])
        np_ = pages(pdf)
        info = "%-30s %-18s pages=%d rows=%2d size=%3dK" % (did, gold["producer"], np_, len(gold["rows"]), size // 1024)
        if np_ > 1:
            per = [text(pdf, "-layout", "-f", str(i), "-l", str(i)).split() for i in range(1, np_ + 1)]
            split = []
            for gr in gold["rows"]:
                if any(match_title(p, gr["title"], 0) for p in per):
                    continue
                for i in range(np_ - 1):
                    m = match_title(per[i] + per[i + 1], gr["title"], 0)
                    if m and m[0] < len(per[i]) <= m[1] - 1:
                        split.append(gr["title"][:40])
            if split:
                info += "\n    split across pages: %r" % split
            if "title-across-page-break" in gold["layouts"] and not split:
                probs.append("no title crosses a page break")
            if split and "title-across-page-break" not in gold["layouts"]:
                probs.append("title crosses a page break but layout not tagged")
        if "multi-page" in gold["layouts"] and np_ < 2:
            probs.append("multi-page but 1 page")
        for ra, rb, n, nt, mg, ex in tight_report(pdf, chk.get("tight", [])):
            info += "\n    tight %s ~ %s: pairs=%d tight=%d min_gap=%s %s" % (ra, rb, n, nt,
                                                                        None if mg is None else round(mg, 2), ex)
            if nt == 0:
                probs.append("tight pair never tight: %s %s" % (ra, rb))
        if did in hyphen_rows:
            info += "\n    broken after a hyphen: %r" % hyphen_rows[did]
            if "hyphen-break" not in gold["layouts"]:
                probs.append("title broken after a hyphen but layout 'hyphen-break' not tagged")
        if "hyphen-break" in gold["layouts"] and did not in hyphen_rows:
            probs.append("tagged hyphen-break but no title breaks after a hyphen")
        total_rows += len(gold["rows"])
        print(("OK   " if not probs else "FAIL ") + info)
        for p in probs:
            print("      -", p)
        bad += bool(probs)
    print("documents with problems:", bad, " total rows:", total_rows)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
