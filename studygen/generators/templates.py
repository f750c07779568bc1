"""The default question writer: linguistic templates over spaCy's parse (no generative model)."""

from __future__ import annotations

from studygen.candidates import answer_type_of
from studygen.coref import Resolver
from studygen.generators.base import QuestionDraft, QuestionRequest
from studygen.generators.realise import Realiser, Target


class TemplateWriter:
    """Writes questions with the template families in ``templates/questions/``."""

    name = "templates"

    def __init__(self) -> None:
        self.realiser = Realiser()

    def write(self, requests: list[QuestionRequest]) -> list[list[QuestionDraft]]:
        from studygen.nlp import spacy_pipeline

        results: list[list[QuestionDraft]] = []
        for request in requests:
            if request.sent is None:
                request = parse_request(request, spacy_pipeline())
            results.append(self.write_one(request))
        return results

    def write_one(self, request: QuestionRequest) -> list[QuestionDraft]:
        sent = request.sent
        if sent is None:
            return []
        doc = sent.doc
        start = request.answer_start - request.doc_offset
        span = doc.char_span(start, start + len(request.answer), alignment_mode="expand")
        if span is None or span.start < sent.start or span.end > sent.end:
            return []
        span = trim(span)
        if not len(span):
            return []
        target = Target(sent=sent, start=span.start, end=span.end, answer_type=request.answer_type,
                        sentence_index=request.sentence_index, resolver=request.resolver)
        return self.realiser.questions(target)


def parse_request(request: QuestionRequest, nlp) -> QuestionRequest:  # noqa: ANN001 - spaCy Language
    """Parse the request's context and attach the sentence that holds its answer."""
    from dataclasses import replace

    doc = nlp(request.context)
    sentences = list(doc.sents)
    for index, sent in enumerate(sentences):
        if sent.start_char <= request.answer_start < sent.end_char:
            answer_span = doc.char_span(request.answer_start, request.answer_end, alignment_mode="expand")
            answer_type = request.answer_type
            if answer_span is not None and len(trim(answer_span)) and answer_type.value == "concept":
                answer_type = answer_type_of(trim(answer_span))
            return replace(request, sent=sent, doc_offset=0, sentence_index=index,
                           sentence_start=sent.start_char, sentence_end=sent.end_char,
                           answer_type=answer_type, resolver=Resolver(sentences))
    return request


def trim(span):  # noqa: ANN001, ANN201 - spaCy Span
    """The span without punctuation at its edges: an answer "an undergarment." is the phrase."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_punct and doc[start].text not in ("$", "£", "€"):
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in ("%", ")", '"'):
        end -= 1
    return doc[start:end]
