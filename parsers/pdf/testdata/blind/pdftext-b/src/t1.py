"""Subset / rename glyphs of a Type 1 font (URW .t1 files, binary eexec).

subset(path, keep={'newname': 'oldname', ...}, fontname=..., encoding={code: name})
returns (cleartext, encrypted, trailer, widths_by_newname, fontbbox).
"""
import re

from reportlab.pdfbase._fontdata import encodings

STD = encodings['StandardEncoding']


def eexec_decrypt(data, r=55665):
    out = bytearray()
    for c in data:
        out.append(c ^ (r >> 8))
        r = ((c + r) * 52845 + 22719) & 0xFFFF
    return bytes(out)


def eexec_encrypt(data, r=55665):
    out = bytearray()
    for p in data:
        c = p ^ (r >> 8)
        out.append(c)
        r = ((c + r) * 52845 + 22719) & 0xFFFF
    return bytes(out)


def cs_decrypt(data, lenIV=4):
    return eexec_decrypt(data, 4330)[lenIV:]


def cs_info(plain):
    """Return (seac components as std codes or None, hsbw width)."""
    i = 0
    stack = []
    width = None
    seac = None
    while i < len(plain):
        v = plain[i]
        if v >= 32:
            if v <= 246:
                stack.append(v - 139)
                i += 1
            elif v <= 250:
                stack.append((v - 247) * 256 + plain[i + 1] + 108)
                i += 2
            elif v <= 254:
                stack.append(-(v - 251) * 256 - plain[i + 1] - 108)
                i += 2
            else:
                x = int.from_bytes(plain[i + 1:i + 5], 'big', signed=True)
                stack.append(x)
                i += 5
            continue
        if v == 12:
            op = 1200 + plain[i + 1]
            i += 2
        else:
            op = v
            i += 1
        if op == 13 and width is None:  # hsbw sbx wx
            width = stack[1]
        elif op == 1207 and width is None:  # sbw
            width = stack[2]
        elif op == 1206:  # seac
            seac = (stack[3], stack[4])
        elif op == 1212:  # div
            a, b_ = stack[-2], stack[-1]
            stack = stack[:-2] + [a / b_]
            continue
        if op in (13, 1207):
            pass
        if op != 1212:
            stack = []
    return seac, width


CS_RE = re.compile(rb'/([^\s/\[\]{}()<>]+)\s+(\d+)\s+(RD|-\|)\s')


def parse(path):
    data = open(path, 'rb').read()
    k = data.index(b'eexec') + 5
    while data[k] in b'\r\n \t':
        k += 1
    clear = data[:k]
    end = data.rindex(b'cleartomark')
    j = end
    while data[j - 1] in b'0\r\n \t':
        j -= 1
    enc = data[k:j]
    plain = eexec_decrypt(enc)[4:]
    return clear, plain


def subset(path, keep, fontname, encoding=None):
    clear, plain = parse(path)
    m = re.search(rb'/lenIV\s+(\d+)', plain)
    lenIV = int(m.group(1)) if m else 4
    cs_start = plain.index(b'/CharStrings')
    m = re.search(rb'/CharStrings\s+\d+\s+dict\s+dup\s+begin\s*', plain[cs_start:])
    p = cs_start + m.end()
    glyphs = {}
    order = []
    while True:
        m = CS_RE.match(plain, p)
        if not m:
            break
        nm = m.group(1).decode('latin-1')
        ln = int(m.group(2))
        s = m.end()
        glyphs[nm] = plain[s:s + ln]
        order.append(nm)
        p = s + ln
        m2 = re.match(rb'\s*(ND|\|-|noaccess def)\s*', plain[p:])
        p += m2.end()
    rest = plain[p:]
    head = plain[:cs_start]
    # resolve seac components
    want = dict(keep)
    want.setdefault('.notdef', '.notdef')
    widths = {}
    extra = {}
    for new, old in list(want.items()):
        seac, w = cs_info(cs_decrypt(glyphs[old], lenIV))
        widths[new] = w
        if seac:
            for code in seac:
                n = STD[code]
                if n and n not in want.values():
                    extra[n] = n
    for n in extra:
        want.setdefault(n, n)
    body = b'/CharStrings %d dict dup begin\n' % len(want)
    for new, old in want.items():
        cs = glyphs[old]
        body += b'/' + new.encode() + b' %d RD ' % len(cs) + cs + b' ND\n'
    newplain = head + body + rest
    enc_bin = eexec_encrypt(b'\0\0\0\0' + newplain)
    clear = re.sub(rb'/FontName\s+/[^\s]+', b'/FontName /' + fontname.encode(), clear)
    if encoding is not None:
        e = b'/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n'
        for code in sorted(encoding):
            e += b'dup %d /%s put\n' % (code, encoding[code].encode())
        e += b'readonly def\n'
        clear = re.sub(rb'/Encoding\s+StandardEncoding\s+def\n?', e, clear)
    bbox = [int(float(v)) for v in re.search(rb'/FontBBox\s*\{([^}]*)\}', clear).group(1).split()]
    trailer = (b'0' * 64 + b'\n') * 8 + b'cleartomark\n'
    return clear, enc_bin, trailer, widths, bbox


def fontfile_stream(pdf, clear, enc_bin, trailer):
    data = clear + enc_bin + trailer
    import zlib
    z = zlib.compress(data)
    d = b'<< /Length %d /Filter /FlateDecode /Length1 %d /Length2 %d /Length3 %d >>\nstream\n' % (
        len(z), len(clear), len(enc_bin), len(trailer)) + z + b'\nendstream'
    return pdf.add(d)
