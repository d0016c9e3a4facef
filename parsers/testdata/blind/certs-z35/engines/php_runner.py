"""Runs the PHP (FPDF / TCPDF) engine on a JSON copy of the spec."""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def render(spec, out, jsonfile, lib):
    with open(jsonfile, 'w', encoding='utf-8') as f:
        json.dump({'page': spec['page'], 'blocks': spec['blocks'],
                   'doc_title': spec.get('doc_title', 'Certificate'),
                   'doc_author': spec.get('doc_author', '')}, f, indent=1, ensure_ascii=False)
    subprocess.run(['php', os.path.join(HERE, 'php_engine.php'), lib, os.path.abspath(jsonfile), os.path.abspath(out)], check=True)
