"""qpdf transforms of other documents in this set."""
import json

from pdfw import gold, out
import tools


def flattened_form():
    name = 'form-4-qpdf'
    tools.run(['qpdf', '--flatten-annotations=all', out('form-2-hand.pdf'), out(name + '.pdf')])
    g = json.load(open(out('form-2-hand.gold.json'), encoding='utf-8'))
    gold(name, 'form', 'qpdf', 'form-2-hand.pdf flattened with "qpdf --flatten-annotations=all": the widget appearance streams are now '
         'Form XObjects drawn from the page content (/Annots removed); the text is identical to form-2 (ZapfDingbats '
         'check glyph included, vector tick not). mutool still emits 0x14 for the ZapfDingbats check and puts the '
         'former field text in separate blocks; pdftotext matches.', g['pages'])


if __name__ == '__main__':
    flattened_form()
