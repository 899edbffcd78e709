#!/usr/bin/python3
"""Small helpers around Qt Linguist .ts files (used by update.sh).

  tstool.py todo  FILE.ts            list unfinished entries as TSV: context<TAB>source<TAB>
  tstool.py apply FILE.ts TSV...     set translations from TSV lines context<TAB>source<TAB>translation
  tstool.py fill-tw ZH_CN.ts ZH_TW.ts   fill zh_TW from finished zh_CN entries through OpenCC (s2twp)

In TSV fields, a backslash escapes: \\n newline, \\t tab, \\\\ backslash.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def unesc(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    ET.indent(root, space='    ')
    body = ET.tostring(root, encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')


def messages(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name') or ''
        for msg in ctx.iter('message'):
            yield name, msg


def key(ctx, msg):
    return (ctx, msg.findtext('source') or '', msg.findtext('comment') or '')


def texts(msg):
    tr = msg.find('translation')
    if tr is None:
        return []
    if msg.get('numerus') == 'yes':
        return [n.text or '' for n in tr.findall('numerusform')]
    return [tr.text or '']


def finished(msg):
    tr = msg.find('translation')
    if tr is None or tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
        return False
    return all(t.strip() for t in texts(msg)) and len(texts(msg)) > 0


def set_text(msg, value):
    tr = msg.find('translation')
    if tr is None:
        tr = ET.SubElement(msg, 'translation')
    if msg.get('numerus') == 'yes':
        for n in list(tr):
            tr.remove(n)
        values = value if isinstance(value, list) else [value]
        for v in values:
            ET.SubElement(tr, 'numerusform').text = v
    else:
        tr.text = value if not isinstance(value, list) else value[0]
    if 'type' in tr.attrib:
        del tr.attrib['type']


def cmd_todo(path):
    for ctx, msg in messages(load(path)):
        if msg.find('translation') is not None and msg.find('translation').get('type') in ('vanished', 'obsolete'):
            continue
        if not finished(msg):
            print(esc(ctx) + '\t' + esc(msg.findtext('source') or '') + '\t')


def cmd_apply(path, tsvs):
    table = {}
    for tsv in tsvs:
        with open(tsv, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) < 3 or not parts[2].strip():
                    continue
                table[(unesc(parts[0]), unesc(parts[1]))] = unesc(parts[2])
    tree = load(path)
    applied = 0
    for ctx, msg in messages(tree):
        value = table.get((ctx, msg.findtext('source') or ''))
        if value is not None:
            set_text(msg, value)
            applied += 1
    save(tree, path)
    print(f'{path}: {applied} translations applied', file=sys.stderr)


def opencc(lines):
    if not lines:
        return []
    data = '\n'.join(esc(l) for l in lines) + '\n'
    out = subprocess.run(['opencc', '-c', 's2twp.json'], input=data, capture_output=True, text=True, check=True)
    result = out.stdout.rstrip('\n').split('\n')
    if len(result) != len(lines):
        sys.exit('opencc returned a different number of lines')
    return [unesc(l) for l in result]


def cmd_fill_tw(cn_path, tw_path):
    cn = {key(c, m): m for c, m in messages(load(cn_path)) if finished(m)}
    tree = load(tw_path)
    todo = []
    for ctx, msg in messages(tree):
        src = cn.get(key(ctx, msg))
        if src is not None:
            todo.append((msg, texts(src)))
    flat = [t for _, ts in todo for t in ts]
    converted = iter(opencc(flat))
    for msg, ts in todo:
        values = [next(converted) for _ in ts]
        set_text(msg, values if msg.get('numerus') == 'yes' else values[0])
    save(tree, tw_path)
    print(f'{tw_path}: {len(todo)} translations filled from zh_CN', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'todo':
        cmd_todo(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'apply':
        cmd_apply(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == 'fill-tw':
        cmd_fill_tw(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
