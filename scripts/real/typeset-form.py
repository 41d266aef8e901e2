#!/usr/bin/env python3
"""Typeset a real decision's transcription (light markdown + form blocks) as a
printable HTML page that looks like a published decision form.

usage: typeset-form.py SRC.txt OUT.html [--style a|b|c] [--mutate OLD=>NEW@K ...]

Derived from /work/shared/tools/text2html.py. Markup (see README.md beside this file):
  # / ## / ###  headings          - item   bullets (indent 2+ spaces: sub-bullet)
  **bold** *italic*              TAB-separated lines: a bordered table (blank line ends it)
  ::banner TEXT                  shaded full-width banner bar, large bold text
  ::title TEXT                   prominent large bold line, no label
  ::grid [N] ... ::end           lines 'Label | Value': labels above values, N columns (default 3)
  ::form ... ::end               lines 'Label | Value': two-column bordered table
  ::sign ... ::end               lines of cells separated by '||', side by side (empty cells allowed)
  ::lettered ... ::end           lines 'a) text' as a hanging-indent lettered list
                                 (continuation lines without a marker join the item before)
  ::box ... ::end                a bordered box around ordinary lines (may contain other blocks)
  ::pagebreak                    start a new page
  ::right TEXT                   right-aligned line (e.g. a form code)
Lines starting 'a) ', '(i) ', '1. ' outside blocks keep their marker as typed, with a hanging indent.
"""
import html
import re
import sys

STYLES = {
    "a": ("font-family: 'Liberation Serif', serif; font-size: 11.5pt;", "#d9d9d9", "#444"),
    "b": ("font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt;", "#1f3864", "#1f3864"),
    "c": ("font-family: 'DejaVu Sans', sans-serif; font-size: 10pt;", "#e6e6e6", "#000"),
}


def mutate(text, specs):
    for spec in specs:
        old, new = spec.split("=>", 1)
        k = None
        if "@" in new:
            new, k = new.rsplit("@", 1)
            k = int(k)
        if k is None:
            text = text.replace(old, new)
            continue
        idx = -1
        for _ in range(k):
            idx = text.find(old, idx + 1)
            if idx < 0:
                raise SystemExit(f"mutate: occurrence {k} of {old!r} not found")
        text = text[:idx] + new + text[idx + len(old):]
    return text


def inline(s):
    s = html.escape(s.strip())
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(\S.*?)\*(?![\w*])", r"<i>\1</i>", s)
    s = re.sub(r"&lt;(/?)(i|b)&gt;", r"<\1\2>", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = s.replace("&lt;br&gt;", "<br>")
    return s


def split_lv(line):
    if " | " in line:
        a, b = line.split(" | ", 1)
    elif line.rstrip().endswith(" |") or line.rstrip().endswith("|"):
        a, b = line.rstrip().rstrip("|"), ""
    else:
        a, b = line, ""
    return a.strip(), b.strip()


def render_grid(lines, ncols):
    cells = [split_lv(l) for l in lines if l.strip()]
    out = ["<table class='grid'>"]
    for i in range(0, len(cells), ncols):
        row = cells[i:i + ncols]
        span = ""
        out.append("<tr>")
        for j, (lab, val) in enumerate(row):
            # last cell of a short row spans the rest
            colspan = ncols - len(row) + 1 if j == len(row) - 1 and len(row) < ncols else 1
            span = f" colspan='{colspan}'" if colspan > 1 else ""
            out.append(f"<td{span}><div class='glab'>{inline(lab)}</div>"
                       f"<div class='gval'>{inline(val) or '&nbsp;'}</div></td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_form(lines):
    out = ["<table class='form'>"]
    for l in lines:
        if not l.strip():
            continue
        lab, val = split_lv(l)
        if lab and not val and l.strip().startswith("==") :
            out.append(f"<tr><td colspan='2' class='fsec'>{inline(lab.strip('= '))}</td></tr>")
            continue
        val_html = "<br>".join(inline(v) for v in val.split(" // ")) if val else "&nbsp;"
        out.append(f"<tr><td class='flab'>{inline(lab)}</td><td class='fval'>{val_html}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


def render_sign(lines):
    rows = [[c.strip() for c in l.split("||")] for l in lines if l.strip()]
    n = max(len(r) for r in rows) if rows else 1
    out = ["<table class='sign'>"]
    for r in rows:
        out.append("<tr>")
        for j, c in enumerate(r):
            span = f" colspan='{n - len(r) + 1}'" if j == len(r) - 1 and len(r) < n else ""
            out.append(f"<td{span}>{inline(c) or '&nbsp;'}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


MARK_RE = re.compile(r"^\s*(\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[a-z]\.)\s+(.*)$")


def render_lettered(lines):
    items = []
    for l in lines:
        if not l.strip():
            continue
        m = MARK_RE.match(l)
        if m:
            items.append([m.group(1), m.group(2), len(l) - len(l.lstrip())])
        elif items:
            items[-1][1] += " " + l.strip()
        else:
            items.append(["", l.strip(), 0])
    out = ["<div class='lettered'>"]
    for mark, text, ind in items:
        cls = "litem sub" if ind >= 2 else "litem"
        out.append(f"<div class='{cls}'><span class='lmark'>{html.escape(mark)}</span>"
                   f"<span class='ltext'>{inline(text)}</span></div>")
    out.append("</div>")
    return "\n".join(out)


def convert(text, style):
    out = []
    in_list = False
    table = []
    block = None  # (kind, arg, lines)
    box_depth = 0  # blocks opened inside a ::box

    def flush_table():
        nonlocal table
        if table:
            out.append("<table class='data'>")
            for i, row in enumerate(table):
                cells = []
                for c in row:
                    cls = " class='num'" if re.match(r"^\s*[-(£]?[£\d][\d,.]*\)?[kKmM]?\s*$", c) else ""
                    cells.append(f"<td{cls}>{inline(c)}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
            table = []

    def close_list():
        nonlocal in_list
        if in_list:
            out.append("</ul>")
            in_list = False

    for raw in text.splitlines():
        line = raw.rstrip()
        if block is not None:
            if block[0] == "box" and re.match(r"^::(grid|form|sign|lettered|box)\b", line.strip()):
                box_depth += 1
            elif block[0] == "box" and line.strip() == "::end" and box_depth > 0:
                box_depth -= 1
                block[2].append(line)
                continue
            if line.strip() == "::end":
                kind, arg, lines = block
                block = None
                if kind == "grid":
                    out.append(render_grid(lines, arg))
                elif kind == "form":
                    out.append(render_form(lines))
                elif kind == "sign":
                    out.append(render_sign(lines))
                elif kind == "lettered":
                    out.append(render_lettered(lines))
                elif kind == "box":
                    out.append("<div class='box'>" + convert_body("\n".join(lines)) + "</div>")
                continue
            block[2].append(line)
            continue
        s = line.strip()
        if s.startswith("::"):
            flush_table()
            close_list()
            m = re.match(r"^::(\w+)\s*(.*)$", s)
            kind, arg = m.group(1), m.group(2)
            if kind == "banner":
                out.append(f"<div class='banner'>{inline(arg)}</div>")
            elif kind == "title":
                out.append(f"<div class='ftitle'>{inline(arg)}</div>")
            elif kind == "right":
                out.append(f"<div class='right'>{inline(arg)}</div>")
            elif kind == "pagebreak":
                out.append("<div class='pb'></div>")
            elif kind == "grid":
                block = ("grid", int(arg) if arg.strip().isdigit() else 3, [])
            elif kind in ("form", "sign", "lettered", "box"):
                block = (kind, arg, [])
            else:
                raise SystemExit(f"unknown directive ::{kind}")
            continue
        if not s:
            flush_table()
            close_list()
            continue
        if "\t" in line:
            close_list()
            table.append(line.strip("\n").split("\t"))
            continue
        flush_table()
        m = re.match(r"^(#{1,6})\s*(.*)$", s)
        if m:
            close_list()
            level = min(len(m.group(1)) + 1, 4)
            out.append(f"<h{level}>{inline(m.group(2))}</h{level}>")
            continue
        m = re.match(r"^(\s*)[-•o]\s+(.*)$", line)
        if m:
            if not in_list:
                out.append("<ul>")
                in_list = True
            indent = " class='sub'" if len(m.group(1)) >= 2 else ""
            out.append(f"<li{indent}>{inline(m.group(2))}</li>")
            continue
        close_list()
        m = MARK_RE.match(line)
        if m and not re.match(r"^\d+\.\s+[A-Z][a-z]+(\s[a-z/A-Z&]+){0,5}$", s):
            ind = " sub" if len(line) - len(line.lstrip()) >= 2 else ""
            out.append(f"<div class='litem{ind}'><span class='lmark'>{html.escape(m.group(1))}</span>"
                       f"<span class='ltext'>{inline(m.group(2))}</span></div>")
            continue
        if len(s) < 70 and (s.isupper() or re.match(r"^\d+\.\s+[A-Z][a-z]+(\s[a-z/A-Z&]+){0,5}$", s)):
            out.append(f"<h3>{inline(s)}</h3>")
        else:
            out.append(f"<p>{inline(s)}</p>")
    if block is not None:
        raise SystemExit(f"::{block[0]} block not closed with ::end")
    flush_table()
    close_list()
    return "\n".join(out)


def convert_body(text):
    return convert(text, None)


def page(text, style):
    font, shade, rule = STYLES[style]
    banner_fg = "#fff" if style == "b" else "#000"
    body = convert(text, style)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 18mm; }}
body {{ {font} line-height: 1.35; color: #111; }}
h2 {{ font-size: 1.35em; text-align: center; }} h3 {{ font-size: 1.1em; margin: 1em 0 .3em; }}
h4 {{ font-size: 1em; }} p {{ margin: .35em 0; text-align: justify; }}
li.sub {{ margin-left: 2em; }}
table {{ border-collapse: collapse; margin: .6em 0; width: 100%; page-break-inside: auto; }}
tr {{ page-break-inside: avoid; }}
table.data td {{ border: 1px solid {rule}; padding: 2px 5px; font-size: .9em; }}
table.data td.num {{ text-align: right; }}
.banner {{ background: {shade}; color: {banner_fg}; font-weight: bold; font-size: 1.45em;
  padding: 9px 12px; margin: 0 0 .5em; border: 1px solid {rule}; text-align: center;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.ftitle {{ font-weight: bold; font-size: 1.3em; margin: .5em 0 .6em; line-height: 1.25; }}
.right {{ text-align: right; font-size: .85em; }}
table.grid td {{ border: 1px solid {rule}; padding: 4px 6px; vertical-align: top; }}
table.grid .glab {{ font-weight: bold; font-size: .85em; margin-bottom: 2px; }}
table.grid .gval {{ }}
table.form td {{ border: 1px solid {rule}; padding: 5px 7px; vertical-align: top; }}
table.form td.flab {{ width: 30%; font-weight: bold; background: {shade if style != 'b' else '#dde4f0'};
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
table.form td.fsec {{ font-weight: bold; background: {shade if style != 'b' else '#dde4f0'};
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
table.sign td {{ border: 1px solid {rule}; padding: 6px 8px 14px; vertical-align: top; }}
.lettered {{ margin: .3em 0; }}
.litem {{ display: flex; margin: .3em 0; text-align: justify; }}
.litem.sub {{ margin-left: 2em; }}
.lmark {{ flex: 0 0 2.4em; }} .ltext {{ flex: 1; }}
.box {{ border: 1px solid {rule}; padding: 4px 8px; margin: .6em 0; }}
.pb {{ page-break-after: always; }}
</style></head><body>
{body}
</body></html>"""


def main(argv):
    src, dst = argv[1], argv[2]
    style = "a"
    specs = []
    rest = argv[3:]
    while rest:
        flag = rest.pop(0)
        if flag == "--style":
            style = rest.pop(0)
        elif flag == "--mutate":
            specs.append(rest.pop(0))
        else:
            raise SystemExit(f"unknown flag {flag}")
    text = open(src, encoding="utf-8").read()
    text = mutate(text, specs)
    open(dst, "w", encoding="utf-8").write(page(text, style))


if __name__ == "__main__":
    main(sys.argv)
