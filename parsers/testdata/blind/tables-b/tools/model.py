"""Document model: rows + presentation choices -> display cells and gold."""
import json
from lib import fdate, fnum, POINTS

DEFAULT_UNIT_DISP = {"CMLE": "CMLE", "contact hours": "Contact Hours", "CE hours": "CE Hours",
                     "P.A.C.E.": "P.A.C.E.", "AMA PRA Category 1": "AMA PRA Category 1",
                     "CEU": "CEU"}
DEFAULT_STATUS_DISP = {"claimed": "Claimed", "unclaimed": "Unclaimed", "pending": "Pending"}


class Doc:
    def __init__(self, id, producer, person, layouts, notes, rows, cols,
                 date_style="mdY0", num_style="2", unit_disp=None, status_disp=None,
                 title_lines=(), meta=(), notes_below=(), subtotals=None, total=None,
                 has_status=False, **opts):
        self.id, self.producer, self.person = id, producer, person
        self.layouts, self.notes, self.rows = list(layouts), notes, rows
        self.cols = cols  # list of dicts: key, label, align, w, ...
        self.date_style, self.num_style = date_style, num_style
        self.unit_disp = dict(DEFAULT_UNIT_DISP, **(unit_disp or {}))
        self.status_disp = dict(DEFAULT_STATUS_DISP, **(status_disp or {}))
        self.title_lines, self.meta = list(title_lines), list(meta)
        self.notes_below = list(notes_below)
        self.subtotals, self.total = subtotals, total
        self.has_status = has_status
        self.opts = opts

    # ---- display -------------------------------------------------------
    def num(self, v):
        return fnum(v, self.num_style)

    def cell(self, r, key):
        if key == "title":
            return r["title"]
        if key == "date":
            return fdate(r["date"], self.date_style)
        if key == "credits":
            return self.num(r["credits"])
        if key == "unit":
            return self.unit_disp[r["unit"]]
        if key == "cu":
            return self.num(r["credits"]) + " " + self.unit_disp[r["unit"]]
        if key == "status":
            return self.status_disp.get(r["status"], "")
        return r.get(key, "")

    def body(self):
        """List of {'kind': 'row'|'sub'|'total', 'cells': {...}}."""
        out = []
        keys = [c["key"] for c in self.cols]

        def summary(kind, label, value):
            st = self.subtotals if kind == "sub" else (self.total or self.subtotals)
            lc = st.get("label_col", "title")
            vc = st.get("value_col", "credits")
            cells = {k: "" for k in keys}
            vs = self.num(value) if st.get("value_fmt") is None else st["value_fmt"].format(value)
            if lc == vc:
                cells[lc] = label + " " + vs
            else:
                cells[lc] = label
                cells[vc] = vs
            return {"kind": kind, "cells": cells}

        year = None
        acc = 0.0
        for r in self.rows:
            if self.subtotals and year is not None and r["date"].year != year:
                out.append(summary("sub", self.subtotals["label"].format(year=year), acc))
                acc = 0.0
            year = r["date"].year
            acc += r["credits"]
            out.append({"kind": "row", "cells": {k: self.cell(r, k) for k in keys}})
        if self.subtotals:
            out.append(summary("sub", self.subtotals["label"].format(year=year), acc))
        if self.total:
            tot = sum(r["credits"] for r in self.rows)
            out.append(summary("total", self.total["label"], tot))
        return out

    # ---- gold ----------------------------------------------------------
    def gold(self):
        return {
            "producer": self.producer,
            "layouts": self.layouts,
            "notes": self.notes,
            "person": self.person,
            "rows": [{"title": r["title"], "date": r["date"].isoformat(),
                      "credits": float(r["credits"]), "unit": r["unit"],
                      "points": float(r["points"]), "status": r["status"] if self.has_status else ""}
                     for r in self.rows],
        }

    def check(self):
        """Display strings, used only by verify.py."""
        return {"rows": [{"title": r["title"], "date": fdate(r["date"], self.date_style),
                          "credits": self.num(r["credits"])} for r in self.rows],
                "person": self.person,
                "tight": self.opts.get("tight_pairs", [])}

    def export(self):
        """JSON handed to the PHP / ReportLab renderers."""
        return {"id": self.id, "person": self.person, "title_lines": self.title_lines,
                "meta": self.meta, "cols": self.cols, "body": self.body(),
                "notes_below": self.notes_below, "opts": self.opts}
