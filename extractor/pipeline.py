"""The spaCy components (registered with @Language.factory) and make_nlp()."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .checker import evaluate
from .claims import find_claims, split_sentences
from .extraction import find_quantities
from .quantities import Quantity
from .subjects import assign as assign_subjects

SPAN_KEY = "quantities"

# Doc.text is not stored: spaCy rebuilds it by joining every token's text each time it is read.
# Read three times per document (two components and the Report), that was a third of the time of
# the full check (benchmarks/run.py --profile). So it is read once and kept in doc.user_data;
# check_texts fills it with the string it already holds, which spaCy's lossless tokenizer
# guarantees is equal to doc.text.
TEXT_KEY = "factcheck_text"
SENTENCES_KEY = "factcheck_sentences"  # claims.split_sentences(text), made once per document


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc and cached in doc.user_data.

    >>> doc = make_nlp()("Exports rose 5% to $3 billion.")
    >>> doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    True
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


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
        text = doc_text(doc)
        quantities: list[Quantity] = find_quantities(text, doc._.year)
        # What each number measures, and when; the sentences are kept for the claim component.
        sentences = doc.user_data[SENTENCES_KEY] = split_sentences(text)
        assign_subjects(text, quantities, doc._.year, sentences)
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


class ClaimChecker:
    """Finds the claims among doc._.quantities and recomputes them; sets doc._.claims."""

    def __init__(self, nlp: Language, name: str):
        _register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        quantities = doc._.quantities or []
        if len(quantities) < 2 and not any(q.change in ("up", "down") for q in quantities):
            doc._.claims = []
            return doc
        # Our own splitter rather than doc.sents: cheaper than spaCy's sentencizer, the same
        # with or without a trained model, and a line break (headline, dateline) ends a sentence.
        claims = find_claims(doc_text(doc), quantities, doc.user_data.get(SENTENCES_KEY))
        doc._.claims = [evaluate(c, quantities) for c in claims]
        return doc


@Language.factory(
    "factcheck_claims",
    assigns=["doc._.claims"],
    requires=["doc._.quantities"],
    default_config={},
)
def make_claim_component(nlp: Language, name: str) -> ClaimChecker:
    return ClaimChecker(nlp, name)


@lru_cache(maxsize=4)
def make_nlp(model: str | None = None) -> Language:
    """A pipeline with our components: spacy.blank("en") by default, or a named installed model."""
    nlp = spacy.load(model) if model else spacy.blank("en")
    nlp.add_pipe("factcheck_quantities")
    nlp.add_pipe("factcheck_claims")
    return nlp
