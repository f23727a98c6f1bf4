# One-off helper used while writing translations: python3 scripts/xliff-fill.py translations.json
# (json: {id: {locale: target}}) writes <target> elements into locales/*.xlf, keeping placeholders.
import json, re, sys, html
data = json.load(open(sys.argv[1], encoding='utf-8'))
for loc in ['fr', 'es', 'ar', 'zh-Hans', 'ru']:
    path = f'locales/{loc}.xlf'
    s = open(path, encoding='utf-8').read()
    def repl(m):
        uid, body = m.group(1), m.group(2)
        t = data.get(uid, {}).get(loc)
        if t is None:
            return m.group(0)
        src = re.search(r'<source>(.*?)</source>', body, re.S).group(1)
        ph = dict(re.findall(r'(<x id="(\d+)"[^>]*/>)', src)[i][::-1] for i in range(len(re.findall(r'<x id="\d+"', src))))
        out = html.escape(t, quote=False)
        out = re.sub(r'\{(\d+)\}', lambda mm: ph[mm.group(1)], out)
        body = re.sub(r'\s*<target>.*?</target>', '', body, flags=re.S)
        body = body.replace('</source>', f'</source>\n  <target>{out}</target>', 1)
        return f'<trans-unit id="{uid}">{body}</trans-unit>'
    s = re.sub(r'<trans-unit id="([^"]+)">(.*?)</trans-unit>', repl, s, flags=re.S)
    open(path, 'w', encoding='utf-8').write(s)
