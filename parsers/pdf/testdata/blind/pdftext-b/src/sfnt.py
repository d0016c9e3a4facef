"""Minimal TrueType (sfnt) reader/writer used to build test fonts.

Only what the test generators need: read tables, read cmap/post, subset
glyf keeping glyph ids (unused glyphs become empty), replace cmap/post,
write a valid font with correct checksums.  Standard library only.
"""
import struct

MAC_STD_NAMES = None  # filled lazily from the post table spec (258 names)


def _mac_names():
    global MAC_STD_NAMES
    if MAC_STD_NAMES is None:
        MAC_STD_NAMES = """.notdef .null nonmarkingreturn space exclam quotedbl numbersign dollar percent ampersand
quotesingle parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven eight
nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft
backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar
braceright asciitilde Adieresis Aring Ccedilla Eacute Ntilde Odieresis Udieresis aacute agrave acircumflex adieresis
atilde aring ccedilla eacute egrave ecircumflex edieresis iacute igrave icircumflex idieresis ntilde oacute ograve
ocircumflex odieresis otilde uacute ugrave ucircumflex udieresis dagger degree cent sterling section bullet paragraph
germandbls registered copyright trademark acute dieresis notequal AE Oslash infinity plusminus lessequal greaterequal
yen mu partialdiff summation product pi integral ordfeminine ordmasculine Omega ae oslash questiondown exclamdown
logicalnot radical florin approxequal Delta guillemotleft guillemotright ellipsis nonbreakingspace Agrave Atilde
Otilde OE oe endash emdash quotedblleft quotedblright quoteleft quoteright divide lozenge ydieresis Ydieresis
fraction currency guilsinglleft guilsinglright fi fl daggerdbl periodcentered quotesinglbase quotedblbase perthousand
Acircumflex Ecircumflex Aacute Edieresis Egrave Iacute Icircumflex Idieresis Igrave Oacute Ocircumflex apple Ograve
Uacute Ucircumflex Ugrave dotlessi circumflex tilde macron breve dotaccent ring cedilla hungarumlaut ogonek caron
Lslash lslash Scaron scaron Zcaron zcaron brokenbar Eth eth Yacute yacute Thorn thorn minus multiply onesuperior
twosuperior threesuperior onehalf onequarter threequarters franc Gbreve gbreve Idotaccent Scedilla scedilla Cacute
cacute Ccaron ccaron dcroat""".split()
        assert len(MAC_STD_NAMES) == 258, len(MAC_STD_NAMES)
    return MAC_STD_NAMES


class Font:
    def __init__(self, path=None, data=None):
        if data is None:
            data = open(path, 'rb').read()
        self.version = data[:4]
        n = struct.unpack('>H', data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, cs, off, ln = struct.unpack('>4sIII', data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode('latin-1')] = data[off:off + ln]

    # ---- basic info
    def num_glyphs(self):
        return struct.unpack('>H', self.tables['maxp'][4:6])[0]

    def units_per_em(self):
        return struct.unpack('>H', self.tables['head'][18:20])[0]

    def loc_format(self):
        return struct.unpack('>h', self.tables['head'][50:52])[0]

    def bbox(self):
        return struct.unpack('>hhhh', self.tables['head'][36:44])

    def ascent_descent(self):
        h = self.tables['hhea']
        return struct.unpack('>hh', h[4:8])

    def advances(self):
        hhea = self.tables['hhea']
        nlong = struct.unpack('>H', hhea[34:36])[0]
        hm = self.tables['hmtx']
        adv = [struct.unpack('>H', hm[4 * i:4 * i + 2])[0] for i in range(nlong)]
        last = adv[-1]
        adv += [last] * (self.num_glyphs() - nlong)
        return adv

    def loca(self):
        n = self.num_glyphs()
        lo = self.tables['loca']
        if self.loc_format() == 0:
            return [struct.unpack('>H', lo[2 * i:2 * i + 2])[0] * 2 for i in range(n + 1)]
        return [struct.unpack('>I', lo[4 * i:4 * i + 4])[0] for i in range(n + 1)]

    # ---- cmap
    def cmap_subtables(self):
        c = self.tables['cmap']
        n = struct.unpack('>H', c[2:4])[0]
        out = []
        for i in range(n):
            pid, eid, off = struct.unpack('>HHI', c[4 + 8 * i:12 + 8 * i])
            out.append((pid, eid, off))
        return out

    def _parse_sub(self, off):
        c = self.tables['cmap']
        fmt = struct.unpack('>H', c[off:off + 2])[0]
        m = {}
        if fmt == 4:
            segx2 = struct.unpack('>H', c[off + 6:off + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack('>%dH' % seg, c[off + 14:off + 14 + segx2])
            p = off + 16 + segx2
            starts = struct.unpack('>%dH' % seg, c[p:p + segx2])
            deltas = struct.unpack('>%dh' % seg, c[p + segx2:p + 2 * segx2])
            ro_pos = p + 2 * segx2
            ros = struct.unpack('>%dH' % seg, c[ro_pos:ro_pos + segx2])
            for s in range(seg):
                for ch in range(starts[s], ends[s] + 1):
                    if ch == 0xFFFF:
                        continue
                    if ros[s] == 0:
                        g = (ch + deltas[s]) & 0xFFFF
                    else:
                        a = ro_pos + 2 * s + ros[s] + 2 * (ch - starts[s])
                        g = struct.unpack('>H', c[a:a + 2])[0]
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    if g:
                        m[ch] = g
        elif fmt == 12:
            ng = struct.unpack('>I', c[off + 12:off + 16])[0]
            for i in range(ng):
                s, e, g = struct.unpack('>III', c[off + 16 + 12 * i:off + 28 + 12 * i])
                for ch in range(s, e + 1):
                    m[ch] = g + ch - s
        elif fmt == 0:
            for ch in range(256):
                g = c[off + 6 + ch]
                if g:
                    m[ch] = g
        return m

    def unicode_cmap(self):
        subs = self.cmap_subtables()
        for want in ((3, 10), (3, 1), (0, 4), (0, 3)):
            for pid, eid, off in subs:
                if (pid, eid) == want:
                    return self._parse_sub(off)
        raise ValueError('no unicode cmap')

    # ---- post
    def glyph_names(self):
        p = self.tables.get('post')
        n = self.num_glyphs()
        if p is None or struct.unpack('>I', p[:4])[0] != 0x00020000:
            return [None] * n
        num = struct.unpack('>H', p[32:34])[0]
        idx = struct.unpack('>%dH' % num, p[34:34 + 2 * num])
        q = 34 + 2 * num
        extra = []
        while q < len(p):
            ln = p[q]
            extra.append(p[q + 1:q + 1 + ln].decode('latin-1'))
            q += 1 + ln
        std = _mac_names()
        names = []
        for i in idx:
            names.append(std[i] if i < 258 else extra[i - 258])
        return names + [None] * (n - len(names))

    def gid_for_name(self, name):
        return self.glyph_names().index(name)

    # ---- subsetting that keeps glyph ids
    def components(self, gid, loca):
        g = self.tables['glyf'][loca[gid]:loca[gid + 1]]
        if len(g) < 10 or struct.unpack('>h', g[:2])[0] >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, cg = struct.unpack('>HH', g[p:p + 4])
            out.append(cg)
            p += 4
            p += 4 if flags & 1 else 2
            if flags & 8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            if not flags & 0x20:
                break
        return out

    def subset_keep_gids(self, gids, keep_tables=('head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf',
                                                   'cmap', 'post', 'name', 'OS/2', 'cvt ', 'fpgm', 'prep'),
                         drop_hinting=True):
        loca = self.loca()
        want = set(gids) | {0}
        stack = list(want)
        while stack:
            g = stack.pop()
            for c in self.components(g, loca):
                if c not in want:
                    want.add(c)
                    stack.append(c)
        glyf = self.tables['glyf']
        newglyf = bytearray()
        newloca = []
        for g in range(self.num_glyphs()):
            newloca.append(len(newglyf))
            if g in want:
                d = glyf[loca[g]:loca[g + 1]]
                if drop_hinting and len(d) >= 10 and struct.unpack('>h', d[:2])[0] >= 0:
                    d = _strip_simple_hints(d)
                newglyf += d
                while len(newglyf) % 4:
                    newglyf += b'\0'
        newloca.append(len(newglyf))
        self.tables['glyf'] = bytes(newglyf)
        self.tables['loca'] = struct.pack('>%dI' % len(newloca), *newloca)
        head = bytearray(self.tables['head'])
        head[50:52] = struct.pack('>h', 1)
        self.tables['head'] = bytes(head)
        if drop_hinting:
            keep_tables = [t for t in keep_tables if t not in ('cvt ', 'fpgm', 'prep')]
        self.tables = {k: v for k, v in self.tables.items() if k in keep_tables}
        return want

    def set_post_names(self, names_by_gid):
        """post format 2 with only the given gids named (others .notdef)."""
        n = self.num_glyphs()
        std = _mac_names()
        stdidx = {nm: i for i, nm in enumerate(std)}
        idx = []
        extra = []
        for g in range(n):
            nm = names_by_gid.get(g, '.notdef' if g else '.notdef')
            if nm in stdidx:
                idx.append(stdidx[nm])
            else:
                idx.append(258 + len(extra))
                extra.append(nm)
        old = self.tables['post']
        hdr = struct.pack('>I', 0x00020000) + old[4:32]
        body = struct.pack('>H', n) + struct.pack('>%dH' % n, *idx)
        for nm in extra:
            b = nm.encode('latin-1')
            body += bytes([len(b)]) + b
        self.tables['post'] = hdr + body

    def set_post_format3(self):
        old = self.tables['post']
        self.tables['post'] = struct.pack('>I', 0x00030000) + old[4:32]

    def set_cmap(self, subtables):
        """subtables: list of (pid, eid, {code: gid}) written as format 4."""
        hdr = struct.pack('>HH', 0, len(subtables))
        bodies = b''
        recs = b''
        off = 4 + 8 * len(subtables)
        for pid, eid, m in subtables:
            b = build_fmt4(m)
            recs += struct.pack('>HHI', pid, eid, off + len(bodies))
            bodies += b
        self.tables['cmap'] = hdr + recs + bodies

    def to_bytes(self):
        tags = sorted(self.tables)
        n = len(tags)
        es = 0
        while (1 << (es + 1)) <= n:
            es += 1
        sr = (1 << es) * 16
        out = bytearray(self.version + struct.pack('>HHHH', n, sr, es, n * 16 - sr))
        off = 12 + 16 * n
        dirs = b''
        data = b''
        head_off = None
        for t in tags:
            d = self.tables[t]
            if t == 'head':
                d = d[:8] + b'\0\0\0\0' + d[12:]
                head_off = off + len(data)
            dirs += struct.pack('>4sIII', t.encode('latin-1'), checksum(d), off + len(data), len(d))
            data += d + b'\0' * ((4 - len(d) % 4) % 4)
        out += dirs + data
        adj = (0xB1B0AFBA - checksum(bytes(out))) & 0xFFFFFFFF
        out[head_off + 8:head_off + 12] = struct.pack('>I', adj)
        return bytes(out)


def _strip_simple_hints(d):
    nc = struct.unpack('>h', d[:2])[0]
    p = 10 + 2 * nc
    ilen = struct.unpack('>H', d[p:p + 2])[0]
    return d[:p] + b'\0\0' + d[p + 2 + ilen:]


def checksum(d):
    d = d + b'\0' * ((4 - len(d) % 4) % 4)
    return sum(struct.unpack('>%dI' % (len(d) // 4), d)) & 0xFFFFFFFF


def build_fmt4(m):
    codes = sorted(c for c in m if c < 0xFFFF)
    segs = []
    for c in codes:
        if segs and c == segs[-1][1] + 1 and m[c] - c == m[segs[-1][0]] - segs[-1][0]:
            segs[-1][1] = c
        else:
            segs.append([c, c])
    segs.append([0xFFFF, 0xFFFF])
    ends = [e for s, e in segs]
    starts = [s for s, e in segs]
    deltas = [((m[s] - s) & 0xFFFF) if s != 0xFFFF else 1 for s, e in segs]
    n = len(segs)
    es = 0
    while (1 << (es + 1)) <= n:
        es += 1
    sr = 2 * (1 << es)
    body = struct.pack('>HHHH', 2 * n, sr, es, 2 * n - sr)
    body += struct.pack('>%dH' % n, *ends) + b'\0\0'
    body += struct.pack('>%dH' % n, *starts)
    body += struct.pack('>%dH' % n, *deltas)
    body += struct.pack('>%dH' % n, *([0] * n))
    return struct.pack('>HHH', 4, 14 + len(body) - 8, 0) + body


if __name__ == '__main__':
    import sys
    f = Font(sys.argv[1])
    print(sorted(f.tables), f.num_glyphs(), f.units_per_em())
    print(f.cmap_subtables())
    cm = f.unicode_cmap()
    names = f.glyph_names()
    for ch in sys.argv[2:]:
        cp = int(ch, 16)
        g = cm.get(cp)
        print(hex(cp), g, names[g] if g is not None else None)
