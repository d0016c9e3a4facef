"""Embedding TrueType fonts by hand (Type0/Identity-H or simple /TrueType)."""
import zlib
from pdfw import Stream, esc
from ttf import TTF, subset

LIGS = [('ffi', 0xFB03), ('ffl', 0xFB04), ('ff', 0xFB00), ('fi', 0xFB01), ('fl', 0xFB02)]


class CIDFont:
    """Type0 font, /Identity-H, CID = GID (/CIDToGIDMap /Identity)."""

    def __init__(self, path, ligatures=True, tag='ABCDEF', cid_is_unicode=False):
        """cid_is_unicode: CIDs are Unicode code points and a /CIDToGIDMap
        stream maps them to glyphs (as TCPDF, mPDF and tFPDF do)."""
        self.cid_is_unicode = cid_is_unicode
        self.used_cids = {}
        self.path = path
        self.f = TTF(path)
        self.cmap = self.f.cmap()
        self.adv = self.f.advance_widths()
        self.upm = self.f.units_per_em
        self.used = set()
        self.ligatures = ligatures
        self.tag = tag

    def gids(self, text):
        out = []
        i = 0
        while i < len(text):
            for lig, u in (LIGS if self.ligatures else []):
                if text.startswith(lig, i) and u in self.cmap:
                    out.append(self.cmap[u])
                    i += len(lig)
                    break
            else:
                out.append(self.cmap[ord(text[i])])
                i += 1
        self.used.update(out)
        return out

    def hex(self, text):
        if self.cid_is_unicode:
            for ch in text:
                self.used_cids[ord(ch)] = self.cmap[ord(ch)]
                self.used.add(self.cmap[ord(ch)])
            return '<' + ''.join('%04X' % ord(ch) for ch in text) + '>'
        return '<' + ''.join('%04X' % g for g in self.gids(text)) + '>'

    def width(self, text, size):
        if self.cid_is_unicode:
            return sum(self.adv[self.cmap[ord(ch)]] for ch in text) * size / self.upm
        return sum(self.adv[g] for g in self.gids(text)) * size / self.upm

    def write(self, pdf, psname, tounicode=None):
        font = subset(self.path, self.used)
        ff = pdf.add(Stream(font, extra='/Length1 %d' % len(font), filters=['FlateDecode']))
        name = '%s+%s' % (self.tag, psname)
        desc = pdf.add('<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-600 -300 1800 1000] '
                       '/ItalicAngle 0 /Ascent 760 /Descent -240 /CapHeight 730 /StemV 80 /FontFile2 %d 0 R >>'
                       % (name, ff))
        if self.cid_is_unicode:
            ws = ' '.join('%d [%d]' % (c, round(self.adv[g] * 1000 / self.upm))
                          for c, g in sorted(self.used_cids.items()))
            top = max(self.used_cids) + 1
            m = bytearray(2 * top)
            for c, g in self.used_cids.items():
                m[2 * c:2 * c + 2] = g.to_bytes(2, 'big')
            c2g = '%d 0 R' % pdf.add(Stream(bytes(m), filters=['FlateDecode']))
        else:
            ws = ' '.join('%d [%d]' % (g, round(self.adv[g] * 1000 / self.upm)) for g in sorted(self.used))
            c2g = '/Identity'
        cid = pdf.add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) '
                      '/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] '
                      '/CIDToGIDMap %s >>' % (name, desc, ws, c2g))
        d = '<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R]' % (name, cid)
        if tounicode:
            d += ' /ToUnicode %d 0 R' % tounicode
        return pdf.add(d + ' >>')


class SimpleTT:
    """Simple /TrueType font: one byte per glyph. `codes` maps a code byte to
    (glyph name, unicode char or ligature string). The /Encoding is
    WinAnsiEncoding + /Differences for the codes whose name differs."""

    def __init__(self, path, differences, tag='QRSTUV'):
        self.path = path
        self.f = TTF(path)
        self.cmap = self.f.cmap()
        self.adv = self.f.advance_widths()
        self.upm = self.f.units_per_em
        self.diff = differences  # {code: (glyphname, text)}
        self.rev = {}
        for code, (gn, txt) in differences.items():
            self.rev[txt] = code
        self.tag = tag

    def encode(self, text):
        out = bytearray()
        i = 0
        while i < len(text):
            for txt in sorted(self.rev, key=len, reverse=True):
                if text.startswith(txt, i):
                    out.append(self.rev[txt])
                    i += len(txt)
                    break
            else:
                out += text[i].encode('cp1252')
                i += 1
        return bytes(out)

    def uni_of(self, code):
        if code in self.diff:
            t = self.diff[code][1]
            return {'ffi': 0xFB03, 'ffl': 0xFB04, 'ff': 0xFB00, 'fi': 0xFB01, 'fl': 0xFB02}.get(t, ord(t[0]))
        return ord(bytes([code]).decode('cp1252'))

    def width(self, text, size):
        return sum(self.adv[self.cmap[self.uni_of(c)]] for c in self.encode(text)) * size / self.upm

    def lit(self, text):
        return '(%s)' % esc(self.encode(text))

    def write(self, pdf, psname, used_text, first=1, last=255):
        gids = set()
        for t in used_text:
            for c in self.encode(t):
                gids.add(self.cmap[self.uni_of(c)])
        font = subset(self.path, gids)
        ff = pdf.add(Stream(font, extra='/Length1 %d' % len(font), filters=['FlateDecode']))
        name = '%s+%s' % (self.tag, psname)
        desc = pdf.add('<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-600 -300 1800 1000] '
                       '/ItalicAngle 0 /Ascent 760 /Descent -240 /CapHeight 730 /StemV 80 /FontFile2 %d 0 R >>'
                       % (name, ff))
        ws = []
        for code in range(first, last + 1):
            try:
                g = self.cmap.get(self.uni_of(code))
            except UnicodeDecodeError:
                g = None
            ws.append(round(self.adv[g] * 1000 / self.upm) if g else 0)
        diffs = ' '.join('%d /%s' % (c, gn) for c, (gn, t) in sorted(self.diff.items()))
        return pdf.add('<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar %d /LastChar %d /Widths [%s] '
                       '/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >> '
                       '/FontDescriptor %d 0 R >>' % (name, first, last, ' '.join(map(str, ws)), diffs, desc))
