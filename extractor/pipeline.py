"""The spaCy components (registered with @Language.factory) and make_nlp()."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .extraction import find_quantities
from .quantities import Quantity

SPAN_KEY = "quantities"


def _register_extensions() -> None:
    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", default=None)
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)
    if not Doc.has_extension("year"):
        Doc.set_extension("year", default=None)


class QuantityRecognizer:
    """Finds quantities in doc.text; sets doc._.quantities and doc.spans["quantities"]."""

    def __init__(self, nlp: Language, name: str, span_key: str = SPAN_KEY):
        _register_extensions()
        self.name = name
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        quantities: list[Quantity] = find_quantities(doc.text, doc._.year)
        doc._.quantities = quantities
        spans = []
        for q in quantities:
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        return doc


@Language.factory(
    "factcheck_quantities",
    assigns=["doc._.quantities"],
    default_config={"span_key": SPAN_KEY},
)
def make_quantity_component(nlp: Language, name: str, span_key: str) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name, span_key)


def make_claim_component(nlp: Language, name: str):  # placeholder until the checker lands
    raise NotImplementedError


@lru_cache(maxsize=4)
def make_nlp(model: str | None = None) -> Language:
    """A pipeline with our components: spacy.blank("en") by default, or a named installed model."""
    nlp = spacy.load(model) if model else spacy.blank("en")
    if (
        not nlp.has_pipe("parser")
        and not nlp.has_pipe("senter")
        and not nlp.has_pipe("sentencizer")
    ):
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("factcheck_quantities")
    return nlp
