"""factcheck: find the numbers in news articles and recompute the claims made with them.

>>> from extractor import extract
>>> [(q.text, q.value, q.unit) for q in extract("Exports reached US$21.4 billion.")]
[('US$21.4 billion', Decimal('21400000000'), 'USD')]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .checker import Report, Verdict
from .claims import Claim
from .errors import FactcheckError
from .quantities import Quantity

if TYPE_CHECKING:
    from .facts import Facts

__all__ = [
    "Claim",
    "FactcheckError",
    "Quantity",
    "Report",
    "Verdict",
    "check",
    "check_texts",
    "extract",
    "make_nlp",
]


def make_nlp(model: str | None = None):
    """The spaCy pipeline with factcheck's components (blank English unless a model is named)."""
    from .pipeline import make_nlp as _make_nlp

    return _make_nlp(model)


def extract(text: str, *, year: int | None = None) -> list[Quantity]:
    """Every quantity in `text`, in order of position, with its subject and period.

    year: the article's year, for "last year"; by default read from a dateline if there is one.
    """
    from .extraction import find_quantities
    from .subjects import assign

    quantities = find_quantities(text, year)
    assign(text, quantities, year)
    return quantities


def check(
    text: str,
    *,
    path: str | None = None,
    year: int | None = None,
    facts: Facts | str | os.PathLike | None = None,
    model: str | None = None,
) -> Report:
    """Extract the quantities of `text`, find its claims and recompute them.

    facts: reference figures (a Facts, or a .csv/.json file to load) that supply missing operands
    and check stated figures; see extractor.facts.
    model: an installed spaCy pipeline to run our components on (e.g. "en_core_web_sm");
    by default a blank English one, which needs no download.
    """
    return next(check_texts([(path, text)], year=year, facts=facts, model=model))


def check_texts(
    items: Iterable[tuple[str | None, str]],
    *,
    year: int | None = None,
    batch_size: int = 64,
    facts: Facts | str | os.PathLike | None = None,
    model: str | None = None,
) -> Iterator[Report]:
    """Reports for (path, text) pairs, in input order, using spaCy's nlp.pipe batching.

    facts: as for check(); loaded once here when a path is given.
    model: as for check().
    """
    from .facts import Facts, apply_facts, load_cached

    if facts is not None and not isinstance(facts, Facts):
        facts = load_cached(facts)
    from .pipeline import TEXT_KEY, doc_text

    nlp = make_nlp(model)

    def docs():
        for path, text in items:
            doc = nlp.make_doc(text)
            doc.user_data[TEXT_KEY] = text  # spares rebuilding doc.text from the tokens
            doc._.year = year
            yield doc, path

    for doc, path in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        report = Report(
            path=path,
            text=doc_text(doc),
            quantities=list(doc._.quantities or []),
            claims=list(doc._.claims or []),
        )
        if facts:
            report.claims = apply_facts(report.claims, report.quantities, facts, report.text)
        yield report
