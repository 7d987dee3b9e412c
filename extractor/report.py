"""Report -> text / JSON / JSONL / CSV / HTML.

Every format has a Writer that takes Reports one at a time (`begin`, `write`, `end`), so a batch is
written as it is checked and never held in memory; `render(reports, format)` is the same thing into
a string. Only `to_dict()` (the JSON contract) goes into JSON and JSONL; notes such as a fallback
encoding appear in the text and HTML reports.

>>> from extractor import Report
>>> reports = [Report(path="a.txt", text="No numbers."), Report(path="b", error="empty file")]
>>> print(render(reports, "jsonl"), end="")
{"path": "a.txt", "quantities": [], "claims": [], "error": null}
{"path": "b", "quantities": [], "claims": [], "error": "empty file"}
>>> summarize(reports).line()
'2 documents, 0 claims found, 0 inconsistent, 0 unverifiable, 1 error'
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from html import escape
from typing import Any, TextIO

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from .checker import Report, Verdict
from .numbers import plain
from .quantities import Quantity

FORMATS = ("text", "json", "jsonl", "csv", "html")

# How each verdict looks, in one place: terminal style, symbol, and the HTML class (the verdict).
VERDICT_STYLE = {
    "consistent": ("green", "✓"),
    "inconsistent": ("bold red", "✗"),
    "unverifiable": ("yellow", "?"),
}
# When one number is the stated figure of several claims, the worst verdict colours it.
VERDICT_RANK = {"consistent": 0, "unverifiable": 1, "inconsistent": 2}

CSV_FIELDS = (
    "path",
    "kind",
    "verdict",
    "severity",
    "stated",
    "stated_value",
    "operands",
    "computed",
    "expression",
    "message",
    "start",
    "end",
    "sentence",
    "error",
)


@dataclass
class Summary:
    """Counts over a batch: what the summary line says."""

    documents: int = 0
    claims: int = 0
    inconsistent: int = 0
    unverifiable: int = 0
    errors: int = 0
    # Contradictions between documents (crosscheck.py): also counted in claims and inconsistent.
    cross_document: int = 0
    cross_checked: bool = False  # say "0 cross-document contradictions" when none were found

    def add(self, report: Report) -> None:
        self.documents += 1
        self.claims += len(report.claims)
        self.inconsistent += report.inconsistent
        self.unverifiable += report.unverifiable
        self.errors += report.error is not None
        self.cross_document += sum(v.claim.kind == "cross-document" for v in report.claims)

    def line(self) -> str:
        line = (
            f"{_plural(self.documents, 'document')}, {_plural(self.claims, 'claim')} found, "
            f"{self.inconsistent} inconsistent, {self.unverifiable} unverifiable, "
            f"{_plural(self.errors, 'error')}"
        )
        if self.cross_checked or self.cross_document:
            line += f", {_plural(self.cross_document, 'cross-document contradiction')}"
        return line


def summarize(reports: Iterable[Report]) -> Summary:
    """The Summary of `reports`."""
    summary = Summary()
    for report in reports:
        summary.add(report)
    return summary


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _quantity(report: Report, index: int | None) -> Quantity | None:
    if index is None or not 0 <= index < len(report.quantities):
        return None
    return report.quantities[index]


def _number(value: Decimal | None) -> str:
    return "" if value is None else plain(value)


def _sentence_span(report: Report, verdict: Verdict) -> tuple[int, int]:
    n = len(report.text)
    start = max(0, min(verdict.claim.start, n))
    return start, max(start, min(verdict.claim.end, n))


def _highlights(report: Report, start: int, end: int) -> list[tuple[int, Quantity]]:
    """Indices and quantities inside [start, end), in order, without overlaps (first one wins)."""
    found = []
    last_end = start
    for i, q in sorted(enumerate(report.quantities), key=lambda iq: (iq[1].start, -iq[1].end)):
        if q.start >= last_end and q.end <= end and q.end > q.start:
            found.append((i, q))
            last_end = q.end
    return found


def counts_line(report: Report) -> str:
    """One document's counts: "12 quantities, 3 claims (1 inconsistent, 1 unverifiable)"."""
    if report.error is not None:
        return f"error: {report.error}"
    line = f"{_plural(len(report.quantities), 'quantity')}, {_plural(len(report.claims), 'claim')}"
    if report.claims:
        line += f" ({report.inconsistent} inconsistent, {report.unverifiable} unverifiable)"
    return line.replace("quantitys", "quantities")


# --- text ------------------------------------------------------------------------------------


def text_document(report: Report) -> list[Text]:
    """The terminal report of one document, as rich Text lines."""
    header = Text(_one_line(report.path or "<text>"), style="bold")
    if report.error is not None:
        header.append(f": error: {_one_line(report.error)}", style="red")
    else:
        header.append(f": {counts_line(report)}")
    lines = [header]
    for note in report.notes:
        lines.append(Text(f"  note: {_one_line(note)}", style="dim"))
    # An editor reads the problems first: inconsistent claims (direction errors before
    # magnitude), then unverifiable, then consistent, each in the order of the text.
    for verdict in sorted(report.claims, key=_reading_order):
        lines.extend(_text_claim(report, verdict))
    return lines


_VERDICT_ORDER = {"inconsistent": 0, "unverifiable": 1, "consistent": 2}


def _reading_order(verdict: Verdict) -> tuple[int, int]:
    first = verdict.verdict == "inconsistent" and verdict.severity == "direction"
    return (-1 if first else _VERDICT_ORDER.get(verdict.verdict, 3), verdict.claim.start)


def _text_claim(report: Report, verdict: Verdict) -> list[Text]:
    style, symbol = VERDICT_STYLE.get(verdict.verdict, ("", "·"))
    title = Text("  ")
    title.append(f"{symbol} {verdict.verdict}", style=style)
    title.append(f"  {verdict.claim.kind}")
    if verdict.severity not in ("", "none"):
        title.append(f", {verdict.severity}")
    lines = [title, _text_sentence(report, verdict, style)]
    elsewhere = _operands_elsewhere(report, verdict)
    if elsewhere:
        # "This amounted to a deficit of US$10.76 billion" takes its operands from the sentence
        # before: name them, or the reader sees one number and an expression with three.
        used = Text("    using ")
        for k, q in enumerate(elsewhere):
            used.append(", " if k else "")
            used.append(_one_line(q.text), style="bold cyan")
        lines.append(used)
    if verdict.expression:
        lines.append(Text(f"    {_one_line(verdict.expression)}", style="bold"))
    if verdict.message:
        lines.append(Text(f"    {_one_line(verdict.message)}"))
    return lines


def _operands_elsewhere(report: Report, verdict: Verdict) -> list[Quantity]:
    """The operands of a claim that lie outside its sentence, in text order."""
    start, end = _sentence_span(report, verdict)
    operands = [_quantity(report, i) for i in verdict.claim.operands]
    return sorted(
        (q for q in operands if q is not None and not (start <= q.start and q.end <= end)),
        key=lambda q: q.start,
    )


def _text_sentence(report: Report, verdict: Verdict, stated_style: str) -> Text:
    """The claim's sentence on one line, numbers highlighted, the stated one in verdict colour."""
    start, end = _sentence_span(report, verdict)
    used = {*verdict.claim.operands, verdict.claim.stated}
    line = Text("    ")
    position = start
    for i, q in _highlights(report, start, end):
        line.append(_one_line(report.text[position : q.start]))
        if i == verdict.claim.stated:
            style = f"{stated_style} underline"
        else:
            style = "bold cyan" if i in used else "cyan"
        line.append(_one_line(report.text[q.start : q.end]), style=style)
        position = q.end
    line.append(_one_line(report.text[position:end]))
    return line


def _one_line(text: str) -> str:
    """Text for a terminal line: whitespace runs as one space, control characters made visible.

    An article (or a file name) may hold ESC sequences that would recolour, retitle or rewrite
    the reader's terminal; rich drops BEL but prints ESC, so they are shown as \\x1b instead.
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", _SPACES.sub(" ", text))


_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


# --- CSV -------------------------------------------------------------------------------------


def csv_rows(report: Report) -> list[dict[str, Any]]:
    """One row per claim (CSV_FIELDS); a document with an error gets one row saying so."""
    if report.error is not None:
        return [{**dict.fromkeys(CSV_FIELDS, ""), "path": report.path, "error": report.error}]
    rows = []
    for verdict in report.claims:
        stated = _quantity(report, verdict.claim.stated)
        start, end = _sentence_span(report, verdict)
        rows.append(
            {
                "path": report.path,
                "kind": verdict.claim.kind,
                "verdict": verdict.verdict,
                "severity": verdict.severity,
                "stated": stated.text if stated else "",
                "stated_value": _number(stated.value) if stated else "",
                "operands": " | ".join(
                    _one_line(q.text)
                    for q in map(partial(_quantity, report), verdict.claim.operands)
                    if q is not None
                ),
                "computed": _number(verdict.computed),
                "expression": verdict.expression,
                "message": verdict.message,
                "start": verdict.claim.start,
                "end": verdict.claim.end,
                "sentence": _one_line(report.text[start:end]).strip(),
                "error": "",
            }
        )
    return rows


# --- HTML ------------------------------------------------------------------------------------

HTML_STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
.page { display: flex; flex-direction: column; max-width: 60rem; margin: 0 auto; padding: 1rem; }
/* The summary is written last (counts are known only at the end of a stream) but shown first. */
.page > header { order: -2; }
.summary { order: -1; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: left; }
td.n { text-align: right; }
.document { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 0 1rem 1rem;
  margin: 0 0 1.5rem; }
.article { white-space: pre-wrap; font-family: Georgia, serif; }
mark.q { background: #dcecff; border-radius: 3px; padding: 0 1px; }
mark.q.stated.consistent { background: #d4f5d4; }
mark.q.stated.unverifiable { background: #fff0c2; }
mark.q.stated.inconsistent { background: #ffd0d0; outline: 2px solid #c00; }
.annotation { display: inline-block; margin: 0 .3rem; padding: 0 .4rem; border-radius: 4px;
  font: 13px/1.6 system-ui, sans-serif; white-space: normal; }
.consistent .verdict, .annotation.consistent { color: #176317; }
.unverifiable .verdict, .annotation.unverifiable { color: #7a5a00; }
.inconsistent .verdict, .annotation.inconsistent { color: #b00000; font-weight: bold; }
.annotation.consistent { background: #eef9ee; }
.annotation.unverifiable { background: #fff8e0; }
.annotation.inconsistent { background: #ffecec; border: 1px solid #c00; }
.error { color: #b00000; font-weight: bold; }
.note { color: #666; font-size: 14px; }
code { font-size: 14px; }
"""


def html_begin(title: str = "factcheck report") -> str:
    """The start of the HTML file, up to the first document."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{HTML_STYLE}</style>\n</head>\n<body>\n"
        f'<div class="page">\n<header><h1>{escape(title)}</h1></header>\n'
    )


def html_document(report: Report, number: int) -> str:
    """One document's section: counts, notes, the article annotated, the list of claims.

    number: the document's 1-based position in the batch; anchors are doc-<number> and
    doc-<number>-claim-<k>, never built from the path, which is article-controlled text.
    """
    anchor = f"doc-{number}"
    parts = [
        f'<section class="document" id="{anchor}">\n<h2>{escape(report.path or "<text>")}</h2>\n'
    ]
    if report.error is not None:
        parts.append(f'<p class="error">error: {escape(report.error)}</p>\n</section>\n')
        return "".join(parts)
    parts.append(f'<p class="counts">{escape(counts_line(report))}</p>\n')
    for note in report.notes:
        parts.append(f'<p class="note">note: {escape(note)}</p>\n')
    parts.append(f'<div class="article">{_html_article(report, anchor)}</div>\n')
    if report.claims:
        parts.append('<ol class="claims">\n')
        for k, verdict in enumerate(report.claims, 1):
            parts.append(
                f'<li class="claim {escape(verdict.verdict)}">'
                f'<a href="#{anchor}-claim-{k}">{_html_verdict(verdict)}</a> '
                f"{escape(verdict.claim.kind)}"
                f"{'' if verdict.severity in ('', 'none') else ', ' + escape(verdict.severity)}: "
                f"<code>{escape(verdict.expression)}</code> {escape(verdict.message)}</li>\n"
            )
        parts.append("</ol>\n")
    parts.append("</section>\n")
    return "".join(parts)


def _html_verdict(verdict: Verdict) -> str:
    symbol = VERDICT_STYLE.get(verdict.verdict, ("", "·"))[1]
    return f'<span class="verdict">{symbol} {escape(verdict.verdict)}</span>'


def _html_article(report: Report, anchor: str) -> str:
    """The article text, escaped, quantities marked, each claim annotated after its sentence."""
    text = report.text
    marks = _highlights(report, 0, len(text))
    stated: dict[int, str] = {}
    for verdict in report.claims:
        before = stated.get(verdict.claim.stated)
        if before is None or VERDICT_RANK.get(verdict.verdict, 0) > VERDICT_RANK.get(before, 0):
            stated[verdict.claim.stated] = verdict.verdict
    # Annotations go at the end of their claim's sentence, moved past any number it would split.
    annotations: dict[int, list[str]] = {}
    for k, verdict in enumerate(report.claims, 1):
        at = _sentence_span(report, verdict)[1]
        for _, q in marks:
            if q.start < at < q.end:
                at = q.end
        annotations.setdefault(at, []).append(
            f'<span class="annotation {escape(verdict.verdict)}" id="{anchor}-claim-{k}">'
            f"{_html_verdict(verdict)}: <code>{escape(verdict.expression)}</code>"
            f"{' — ' + escape(verdict.message) if verdict.message else ''}</span>"
        )
    out = []
    position = 0
    events = sorted(
        [(q.start, 1, i, q) for i, q in marks] + [(at, 0, 0, None) for at in annotations]
    )
    for at, is_mark, i, q in events:
        out.append(escape(text[position:at]))
        position = max(position, at)
        if not is_mark:
            out.extend(annotations[at])
            continue
        classes = "q"
        if i in stated:
            classes += f" stated {escape(stated[i])}"
        title = f"{q.kind}: {_number(q.value)}{' ' + q.unit if q.unit else ''}"
        if q.change != "=":
            title += f" ({q.change})"
        number = escape(text[q.start : q.end])
        out.append(f'<mark class="{classes}" title="{escape(title)}">{number}</mark>')
        position = q.end
    out.append(escape(text[position:]))
    return "".join(out)


def html_end(summary: Summary, rows: list[tuple[int, str, str]]) -> str:
    """The summary table (shown first by CSS) and the end of the file.

    rows: (document number, path, counts line) for every document, in order.
    """
    parts = [
        '<nav class="summary" id="summary">\n',
        f"<p><strong>{escape(summary.line())}</strong></p>\n",
        "<table>\n<thead><tr><th>document</th><th>result</th></tr></thead>\n<tbody>\n",
    ]
    for number, path, counts in rows:
        link = f'<a href="#doc-{number}">{escape(path)}</a>'
        parts.append(f"<tr><td>{link}</td><td>{escape(counts)}</td></tr>\n")
    parts.append("</tbody>\n</table>\n</nav>\n</div>\n</body>\n</html>\n")
    return "".join(parts)


# --- streaming writers -----------------------------------------------------------------------


class Writer:
    """Writes Reports in one format as they come: begin(), write(report) for each, end()."""

    def __init__(self, out: TextIO):
        self.out = out
        self.summary = Summary()

    def begin(self) -> None:
        pass

    def write(self, report: Report) -> None:
        self.summary.add(report)
        self._write(report)
        self.out.flush()

    def _write(self, report: Report) -> None:
        raise NotImplementedError

    def end(self) -> None:
        self.out.flush()


class JsonWriter(Writer):
    """A JSON array of document reports, written element by element."""

    def begin(self) -> None:
        self.out.write("[")

    def _write(self, report: Report) -> None:
        item = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
        separator = ",\n" if self.summary.documents > 1 else "\n"
        self.out.write(separator + "  " + item.replace("\n", "\n  "))

    def end(self) -> None:
        self.out.write("\n]\n" if self.summary.documents else "]\n")
        super().end()


class JsonlWriter(Writer):
    """One document report per line."""

    def _write(self, report: Report) -> None:
        line = json.dumps(report.to_dict(), ensure_ascii=False)
        # JSON allows these raw inside strings, but Python's str.splitlines() and some JSONL
        # readers break lines at them: escape them so one document is always one line.
        self.out.write(line.translate(_LINE_BREAKS) + "\n")


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


class CsvWriter(Writer):
    """One row per claim, a row per document with an error; the header comes first."""

    def begin(self) -> None:
        self.csv = csv.DictWriter(self.out, fieldnames=CSV_FIELDS)
        self.csv.writeheader()

    def _write(self, report: Report) -> None:
        self.csv.writerows(csv_rows(report))


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich exits with status 1 here, which would read as "inconsistent claim found": let the
        # caller decide, as for every other format.
        self.quiet = True
        raise BrokenPipeError


class TextWriter(Writer):
    """The terminal report: each document, then the summary line. Colour only on a terminal."""

    def __init__(self, out: TextIO, console: Console | None = None):
        super().__init__(out)
        terminal = out.isatty() if hasattr(out, "isatty") else False
        # Off a terminal: no colour and no wrapping, so files and pipes get one line per line.
        self.console = console or _Console(
            file=out, highlight=False, soft_wrap=not terminal, emoji=False, markup=False
        )

    def _write(self, report: Report) -> None:
        for line in text_document(report):
            indent = len(line.plain) - len(line.plain.lstrip(" "))
            if indent and self.console.is_terminal:
                # Wrapped lines keep their indent on a terminal (Padding would crop in a file).
                self.console.print(Padding(line[indent:], (0, 0, 0, indent), expand=False))
            else:
                self.console.print(line)

    def end(self) -> None:
        self.console.print(Text(self.summary.line(), style="bold"))
        super().end()


class HtmlWriter(Writer):
    """One self-contained HTML file; keeps one short summary row per document for the table."""

    def begin(self) -> None:
        self.rows: list[tuple[int, str, str]] = []
        self.out.write(html_begin())

    def _write(self, report: Report) -> None:
        number = self.summary.documents
        self.rows.append((number, report.path or "<text>", counts_line(report)))
        self.out.write(html_document(report, number))

    def end(self) -> None:
        self.out.write(html_end(self.summary, self.rows))
        super().end()


WRITERS: dict[str, type[Writer]] = {
    "text": TextWriter,
    "json": JsonWriter,
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "html": HtmlWriter,
}


def writer(format: str, out: TextIO) -> Writer:
    """A Writer for `format` (one of FORMATS) writing to `out`."""
    return WRITERS[format](out)


def render(reports: Iterable[Report], format: str) -> str:
    """All of `reports` in `format`, as one string (what the command writes for them)."""
    out = io.StringIO(newline="")
    w = writer(format, out)
    w.begin()
    for report in reports:
        w.write(report)
    w.end()
    return out.getvalue()
