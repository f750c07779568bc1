"""Writing tokens back as text for a question: noun phrases, pronouns named, side remarks cut,
capitals, spacing; and the last check of a finished question.

A ``Question`` is one question being written: the answer span (a ``Target``) and what writing that
question has learnt on the way (the clause's subject, the names put in for pronouns). Each family
gets a fresh one, so nothing one family learns leaks into another's question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from studygen.candidates import PERSON_NOUNS, common_word
from studygen.coref import (
    CONTEXT_DEPENDENT,
    POSSESSIVE,
    inside_a_name,
    is_possessive,
    names_written_inside,
    words_written_in_lower_case,
)
from studygen.generators.base import QuestionDraft
from studygen.generators.families import lexicon_words
from studygen.generators.realise.syntax import (
    DEMONSTRATIVES,
    FIRST_PERSON,
    NAME_ENTITIES,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    WH_WORDS,
    Target,
    Unrealisable,
    listed_appositive,
    names_its_noun,
    opens_a_listed_appositive,
    subtree_ids,
    with_as_partner,
)
from studygen.sentences import quotes_balance
from studygen.validate import MAX_TEMPLATE_QUESTION_WORDS, question_length_problem

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Prepositions before a relative "which" or "whom" ("by which", "in which", "of whom").
_RELATIVE_PREPOSITIONS = frozenset({"by", "in", "of", "to", "through", "during", "from", "on", "at", "for", "with",
                                    "under", "into", "upon", "within", "without", "among", "between"})
#: Punctuation that, left inside a question, shows that cutting went wrong.
_BROKEN = re.compile(r"[;:()\[\]{}|=<>⊆⊂∈+*^\\/]|--|—|–\s| -\s|\s-\w|^\W|\"\s*\"|,\s*,|(?<!\w)'\s*'"
                     r"|\b(what|which|who|whom),")


#: "What does ... lie in in?": a preposition said twice in a row.
_STUTTER = re.compile(r"\b(in|on|at|of|to|for|with|by|from|about|into|onto|over|under)\s+\1\b", re.IGNORECASE)
#: "What does the group lack. While a self-described state?": a sentence break inside the question.
_TWO_SENTENCES = re.compile(r"\b[a-z]{3,}[.!] +[A-Z]")
#: "What did the invasion fail because?": a question that ends on a word that opens a clause.
_DANGLING = re.compile(r"\b(because|although|though|while|whereas|unless|if|that|whether)\?$", re.IGNORECASE)
#: "When did Wedgwood open a large new factory ... in the belief?": a noun whose "that" clause was cut.
_CUT_COMPLEMENT = re.compile(r"\b(?:in|with|on|under|from|despite) the (?:belief|hope|hopes|expectation|knowledge|fear|"
                             r"conviction|assumption|understanding|promise|certainty|confidence|idea|view|news)\?$",
                             re.IGNORECASE)
#: "When was the Pony Express set up in about two months?": a point in time and a length asked at once.
_WHEN_AND_HOW_LONG = re.compile(r"^When\b.*\b(?:in|within) (?:about |only |just |less than |under |some |nearly |"
                                r"almost )?(?:\w+|\d+) (?:hours|days|weeks|months|years)\b")
#: "When did Lagos serve as the capital ... until 1991?": a point in time asked of a span whose end the
#: question gives (2 of 2 such labelled questions rejected, and T115).
_WHEN_UNTIL = re.compile(r"^When\b[^?]*\b(?:until|till)\b")
#: "When did Latvia join NATO on 29 March 2004 and the European Union?": the date of one of two joined
#: phrases left in, the other's asked (T118).
_WHEN_AND_ANOTHER_DATE = re.compile(r"^When\b[^?]*\b\d{4} and\b")
#: "Who was Sedgwick elected in 1818?": a post asked for with "Who" (T119).
_WHO_FOR_A_POST = re.compile(r"^Who (?:was|were|is|are) [^?]*\b(?:elected|appointed|named|made|chosen|crowned|"
                             r"promoted|nominated)\b(?! by\b)")
#: "Why do people get little relief from daytime heat, and heat-related illness and death increase?": two
#: clauses asked as one (T120).
_WHY_TWO_CLAUSES = re.compile(r"^Why\b[^?]*, and\b")
#: "What meant assistance given inside an institution?": a term asked for as if it were a doer (T115).
_WHAT_MEANT = re.compile(r"^(?:What|Who) (?:meant|means|signified|signifies|denoted|denotes)\b")
#: A relative "in which" carried to the question's end once the parser hung its clause on the wrong
#: noun ("How many aspirants wore sportswear designed by ... team in which?").
_STRANDED_RELATIVE = re.compile(r"\b(?:in|on|at|of|for|by|with|from|during|to|under|through|into|after|before|"
                                r"among|between|about|over|within)\s+(?:which|whom)\s*\?$", re.IGNORECASE)
#: "When has deforestation declined ... between 2004 and 2014?": a point in time asked with the
#: present perfect, which has none ("Since when has ...?" is English).
_POINT_IN_PERFECT = re.compile(r"^(?:When|In which year|What date|On what date|Until when)\s+(?:has|have)\b")
#: "What does whether the coalition can ... lie in?": a clause as the subject of do-support.
_CLAUSE_SUBJECT = re.compile(r"^\w+(?:\s+\w+)?\s+(?:does|do|did|is|was|are|were|can|will|would)\s+"
                             r"(?:whether|if|why)\b", re.IGNORECASE)


#: Reflexives that open an appositive ("Valletta, itself a UNESCO World Heritage Site, was ...").
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})


#: Adverbs that set a clause in time: never part of a noun phrase, wherever the parser hangs them.
_CLAUSE_TIMES = frozenset({"later", "earlier", "afterwards", "afterward", "ago", "meanwhile", "then", "now"})


@dataclass
class Question(Target):
    """One question being written about ``answer``, the text of the target span."""

    answer: str = ""
    #: In the fallbacks, an unresolved "its X" outside the subject may be read as "the X".
    lenient: bool = False
    #: The subject of the clause being asked about, once it is known.
    subject: Token | None = None
    #: (name put in, pronoun it replaced) for the question being written: see ``pronouns_back``.
    named: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def about(cls, target: Target, lenient: bool = False) -> Question:
        return cls(sent=target.sent, start=target.start, end=target.end, answer_type=target.answer_type,
                   sentence_index=target.sentence_index, resolver=target.resolver,
                   answer=target.doc[target.start:target.end].text, lenient=lenient)

    def quotations(self) -> list[set[int]]:
        """The tokens of each quotation in the sentence, its marks included: quoted words are
        given whole or not at all. Double and single marks pair among their own kind ("'The Tree
        in the Wind'"); an apostrophe of a plural possessive ("the players' union") is no mark."""
        return quotations(self.sent)

    def with_its_marks(self, ids: set[int]) -> set[int]:
        """``ids`` and the marks of each quotation whose words they hold whole: the parser hangs
        the marks of "'The Tree in the Wind'" on other words, but they go where the title goes."""
        return ids | {i for quoted in self.quotations()
                      if {k for k in quoted if not is_quote_mark(self.doc[k])} <= ids and quoted & ids
                      for i in quoted}

    def cuts_a_quotation(self, ids: set[int]) -> bool:
        """Would cutting ``ids`` take words out of a quotation and leave the rest of it?"""
        return any(ids & quoted and not quoted <= ids for quoted in self.quotations())

    def side_remarks(self, ids: set[int]) -> set[int]:
        """Parentheses and comma-delimited appositives or relative clauses, unless they hold the
        answer: questions read better, and are shorter, without them."""
        doc = self.doc
        answer = self.ids
        drop: set[int] = set()
        depth_open = None
        for i in sorted(ids):
            token = doc[i]
            if token.text in ("(", "["):
                depth_open = i
            elif token.text in (")", "]") and depth_open is not None:
                span = set(range(depth_open, i + 1))
                if not span & answer:
                    drop |= span
                depth_open = None
        for i in sorted(ids):
            token = doc[i]
            opener = doc[token.left_edge.i - 1].text if token.left_edge.i > 0 else ""
            closer = doc[token.right_edge.i + 1].text if token.right_edge.i + 1 < len(doc) else "."
            if doc[token.right_edge.i].text == "," and token.right_edge.i > token.i:
                closer = ","  # the closing comma hung inside the phrase (", with Syria's other sites, on")
            if token.lower_ == "with" and opener == "," and with_as_partner(token) is not None \
                    and f"{token.head.lemma_.lower()} with" not in lexicon_words("complements", "object_prepositions"):
                # ", with Klimt as its first president.": "with X as Y" that closes the sentence says what
                # went with the event, and the parser hangs its "as" on the verb; cut in part, it garbles
                # ("found with Klimt?", T88)
                end = self.sent.end - (1 if doc[self.sent.end - 1].is_punct else 0)
                tail = set(range(token.left_edge.i - 1, end))
                hanging = {token.left_edge.i - 1}.union(
                    *(subtree_ids(c) for c in token.head.children if c.i >= token.i))
                if tail <= hanging and not tail & answer:
                    drop |= tail
                    continue
            if token.dep_ in ("prep", "advmod", "npadvmod") and opener == "," and closer == "," and (
                    token.head.pos_ in ("VERB", "AUX") or token.head.dep_ in SUBJECT_DEPS
                    and token.right_edge.i + 2 == token.head.head.i):
                # (on the subject, right before its verb: "the writer Roland Huntford, in a joint biography
                # of Scott and Amundsen, portrayed", T92)
                # ", mainly by contemporary artists,": a parenthetical
                span = subtree_ids(token) | {token.left_edge.i - 1}
                if not span & answer:
                    drop |= span
                continue
            if names_its_noun(token) and opener == "," and token.left_edge.i - 1 not in answer:
                # "the city's mayor, Karen Bass,": the name says who; it stays, as a close appositive
                # right after a noun with "the" or an owner; elsewhere with its commas ("a great
                # survey of landholding, the Domesday Book,")
                if token.left_edge.i - 2 == token.head.i and any(
                        c.dep_ == "poss" or c.lower_ == "the" for c in token.head.children) \
                        and doc[token.left_edge.i].lower_ not in ("the", "a", "an"):
                    # (not one with an article of its own: "the first jet airliner, the de Havilland Comet," ->
                    # "the first jet airliner the de Havilland Comet", T195)
                    drop.add(token.left_edge.i - 1)
                    if closer == ",":
                        drop.add(token.right_edge.i + 1)
                continue
            if listed_appositive(token):
                continue  # "The English Channel, the Irish Channel and most of the North Sea": a list
            if token.dep_ == "appos" and opener.lower() in _REFLEXIVES and token.left_edge.i >= 2 \
                    and doc[token.left_edge.i - 2].text == "," and doc[token.left_edge.i - 1].head.i == token.head.i:
                # "Valletta, itself a UNESCO World Heritage Site, was ...": the reflexive opens the appositive
                # ("When was Valletta a UNESCO World Heritage Site a European Capital of Culture?", T91)
                span = subtree_ids(token) | {token.left_edge.i - 1, token.left_edge.i - 2}
                if closer == ",":
                    span.add(token.right_edge.i + 1)
                if not span & answer:
                    drop |= span
                continue
            if token.dep_ in ("appos", "relcl", "acl") and opener in (",", "–", "—"):
                # its quotation marks go with it (', "The Long Road",')
                span = self.with_its_marks(subtree_ids(token)) | {token.left_edge.i - 1}
                after = max(span) + 1
                if after < len(doc) and doc[after].text in (",", "–", "—"):
                    span.add(after)
                if not span & answer and not self.cuts_a_quotation(span):
                    drop |= span
        drop |= self.dash_asides(ids)
        return drop


    def dash_asides(self, ids: set[int]) -> set[int]:
        """Text set off by dashes ("born in Leeds - then a mill town - in 1901"), to the closing dash
        or, with none, to the sentence's end: a side remark, which the parser often hangs on a word
        it does not belong to. A spaced hyphen or en dash counts as a dash; an en dash between two
        words joins them ("Lotto–Dstny", "Bilaspur–Nagpur", "1991–2001"). The answer's aside is kept."""
        doc, end = self.doc, self.sent.end
        dashes = [i for i in sorted(ids) if doc[i].text == "—"
                  or (doc[i].text in ("-", "–") and i > 0 and doc[i - 1].whitespace_ and doc[i].whitespace_)]
        drop: set[int] = set()
        k = 0
        while k < len(dashes):
            start = dashes[k]
            if k + 1 < len(dashes):
                stop, k = dashes[k + 1] + 1, k + 2
            else:
                stop, k = end - (1 if doc[end - 1].is_punct else 0), k + 1
            span = set(range(start, stop))
            if not span & self.ids and not self.cuts_a_quotation(span):
                drop |= span & ids
        return drop


    def definite(self, head: Token, exclude: set[int]) -> str:
        """A noun phrase made definite for use away from its sentence: "a constitution" -> "the
        constitution"."""
        exclude = exclude | {i for c in head.children if c.dep_ in ("relcl", "acl", "appos", "conj", "cc")
                             or (c.i > head.i and c.dep_ in ("advmod", "punct", "npadvmod"))
                             # "Nine days later Erich Honecker, who had led ...": the clause's time, which the
                             # parser hung on the noun ("Since when had nine days later Erich Honecker led ...?",
                             # T183)
                             or (c.i < head.i and c.dep_ == "advmod" and c.lower_ in _CLAUSE_TIMES)
                             for i in subtree_ids(c)}
        commas = [t.i for t in head.subtree if t.i > head.i and t.text == "," and t.i not in exclude]
        if commas:
            exclude |= {i for i in subtree_ids(head) if i >= commas[0]}
        text = self.render_np(head, exclude=exclude)
        first = self.doc[min(subtree_ids(head) - exclude)] if subtree_ids(head) - exclude else head
        if first.lower_ in ("a", "an") and first.dep_ == "det":
            text = "the " + text.split(" ", 1)[1] if " " in text else text
        return text


    def render_np(self, head: Token, exclude: set[int]) -> str:
        ids = subtree_ids(head) - exclude
        own = {c for c in ids if c != head.i}
        ids -= self.side_remarks(own) - {head.i}
        tokens = [self.doc[i] for i in sorted(ids)]
        closes = False
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
            closes = closes or tokens[-1].text == ","
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        text = self.render_tokens(tokens)
        return text + "," if (closes or self.comma_after(head, tokens)) and self.opens_an_appositive(tokens) else text

    def comma_after(self, head: Token, tokens: list[Token]) -> bool:
        """Does a comma the parser hangs elsewhere follow the phrase of ``head``, kept to its last word
        ("the most powerful ruler in Latin Christendom, King Henry IV of Germany[,] stood": the comma
        hangs on the verb, T99)?"""
        after = head.right_edge.i + 1
        return bool(tokens) and tokens[-1].i == after - 1 and after < len(self.doc) and self.doc[after].text == ","

    def opens_an_appositive(self, tokens: list[Token]) -> bool:
        """Do the words of a subject hold an appositive after a comma? Then the comma after them
        closes it, and stays before the verb: "When had a great survey of landholding, the Domesday
        Book, been compiled?" (not "... the Domesday Book been compiled?")."""
        present = {t.i for t in tokens}
        return any(t.dep_ == "appos" and t.left_edge.i - 1 in present and self.doc[t.left_edge.i - 1].text == ","
                   for t in tokens)


    def render_tokens(self, tokens: list[Token],
                       replacements: dict[int, str] | None = None, covered: set[int] | None = None) -> str:
        """The tokens as text, pronouns named; ``replacements`` give new text for some tokens and
        ``covered`` the tokens a replacement stands for besides its own."""
        replacements = replacements or {}
        tokens = _glued(tokens)
        present = {t.i for t in tokens} | (covered or set())
        opening_marks = {min(quoted) for quoted in self.quotations()}
        out: list[str] = []
        for k, token in enumerate(tokens):
            if token.text == "," and (k == 0 or _word_before(token) not in present) and token.i not in replacements \
                    and not (k > 0 and _opens_an_appositive(token, present)):
                # a comma belongs to the word before it: gone with it ("met again, in" -> "met in"), unless it opens
                # an appositive that stays ("Two earth-fill dams [on the wadi], the Abu Mansour dam upstream and
                # the smaller Derna dam ...,": "When were two earth-fill dams the Abu Mansour dam ...?", T147)
                continue
            text = replacements.get(token.i)
            if text is None:
                text = self.resolve(token)
            opens_a_quotation = token.i - 1 in opening_marks
            if ((token.i == self.sent.start or token.lower_ in ("the", "a", "an")) and not self.keeps_capital(token)
                    and not opens_a_quotation  # '"The Long Road"' keeps its capital
                    and token.i not in replacements and text == token.text):
                text = text[:1].lower() + text[1:]
            contiguous = k + 1 < len(tokens) and tokens[k + 1].i == token.i + 1
            out.append(text + (token.whitespace_ if contiguous else " "))
        return tidy("".join(out))


    def resolve(self, token: Token) -> str:
        word = token.lower_
        if word in ("n't", "n’t"):
            return "not"
        if word in FIRST_PERSON and token.pos_ == "PRON":
            raise Unrealisable("first or second person")
        if word in DEMONSTRATIVES and token.tag_ == "DT" and token.dep_ not in ("mark",):
            raise Unrealisable(f"demonstrative {word!r}")
        if word in ("following", "above", "below", "aforementioned") and token.dep_ in SUBJECT_DEPS | OBJECT_DEPS | {
                "pobj", "amod"} and any(c.lower_ == "the" and c.dep_ == "det"
                                        for c in [*token.children, *token.head.children]):
            raise Unrealisable(f"a pointer into the article: {word!r}")
        if inside_a_name(token):
            return token.text  # "the name Ma He"
        if word in CONTEXT_DEPENDENT and token.pos_ in ("PRON", "DET") or word in ("latter", "former"):
            if is_possessive(token) and self.own_subject(token):
                # "When did Ingram leave to focus on his health?": a question that names its subject
                # keeps the pronoun as the sentence said it ("the health" is not English). Asked
                # for, the subject becomes "Who" (which "his" and "her" may follow) or "Which
                # country" (after which "its armed forces" has no name to point to): there "the",
                # as for a subject that is no name ("the councils ... the budgets").
                subject = self.subject
                # (a relative "who" stands for the noun it hangs from: "Bela Karolyi, who with his wife, Marta,
                # runs ...", asked for, is "Who with his wife Marta runs ...?", not "with the wife", T79)
                asked = subject is None or self.contains(subject) or self.contains(relative_noun(subject))
                named = subject is not None and any(t.pos_ == "PROPN" or t.ent_type_ for t in subject.subtree)
                if asked and word in ("his", "her") and any(
                        t.lower_ in _SAME_PERSON[word] and t.i < token.i
                        and not (subject is not None and t.i in subtree_ids(subject))
                        for t in self.sent):
                    # "Among his friends was the cartographer Gerard Mercator, who encouraged his interest in
                    # geography": the sentence gave "his" to someone else first ("Who encouraged his interest in
                    # geography?", T127), or "he" ("he met Otto Warburg, who drew his attention to physiological
                    # chemistry", T155)
                    raise Unrealisable(f"{word!r} given to someone else before")
                if ranked_by_its_owner(token.head):
                    # "won their first seats", "opened its only factory": "the first seats" would
                    # be the first ever, another claim
                    return token.text
                # "Which bank has its head offices in Bern and Zurich?": an asked subject keeps "its" too
                # (not "has the head offices", T125) where no other noun stands between them ("Which ministry
                # called upon Serbia to withdraw its troops?" would give the troops to Serbia)
                nearest = asked and word == "its" and subject is not None and not any(
                    t.pos_ in ("NOUN", "PROPN") for t in token.doc[subject.right_edge.i + 1:token.i])
                return token.text if (named and not asked) or (asked and word in ("his", "her")) or nearest else "the"
            if word in ("latter", "former") or self.resolver is None:
                raise Unrealisable(f"unresolved {word!r}")
            replacement = self.resolver.replacement(token, self.sentence_index)
            if replacement is None and self.lenient and word in POSSESSIVE and token.dep_ == "poss" \
                    and token.head.pos_ == "NOUN" and not any(c.lower_ == "own" for c in token.head.children) \
                    and not self.in_subject(token):
                return "the"  # "their descendants" -> "the descendants"
            if replacement is None:
                raise Unrealisable(f"unresolved {word!r}")
            if word == "its" and self.subject is not None and self.subject.pos_ == "PROPN" \
                    and owner_named(replacement) == self.subject.text:
                # "Kekulé proposed its ring structure": "its" is no name's the recogniser does not know
                # as a thing's (own_subject said no), however the resolver reads it (T46)
                raise Unrealisable("'its' of a name that may be a person's")
            self.named.append((replacement, token.lower_))
            return replacement
        return token.text


    def pronouns_back(self, text: str) -> str:
        """A pronoun whose name the question already says stays a pronoun: "When did Sanae Takaichi
        announce that she would ...", not "... that Sanae Takaichi would ..."."""
        named, self.named = self.named, []
        # (the last named first: the last mention takes back its own pronoun, "qualifying her", not the first
        # one's, "qualifying she", T104)
        for replacement, pronoun in reversed(named):
            base = owner_named(replacement)
            # A name standing for "he" is not the one inside "Albert Jaquier's" (for "his"): putting
            # "he" back there would write "he's fortune".
            # Nor the one inside "Davis'" (an owner whose name ends in "s"): not "he' print shop".
            own = "" if replacement != base else r"(?!['\u2019])"
            if base == self.answer and pronoun not in ("it", "its", "itself"):
                # "Who announced that she would ...": the person asked for, said again as "she".
                text = re.sub(rf"(?<!\w){re.escape(replacement)}(?!\w){own}", pronoun, text)
                continue
            # (a name said with its article opens the question lower-cased: "The Soviet Union's Tupolev
            # Tu-144" is "the Soviet Union's Tupolev Tu-144" mid-question, T59)
            mentions = list(re.finditer(rf"(?<!\w){_any_case_article(base)}(?!\w)", text))
            last = [m for m in re.finditer(rf"(?<!\w){_any_case_article(replacement)}(?!\w){own}", text)]
            if len(mentions) >= 2 and last and last[-1].start() > mentions[0].start():
                cut = last[-1]
                text = text[:cut.start()] + pronoun + text[cut.end():]
        return text


    def in_subject(self, token: Token) -> bool:
        """Is the token part of the clause's subject? ("The companions are what?" says too little.)"""
        return self.subject is not None and token.i in subtree_ids(self.subject)


    def own_subject(self, token: Token) -> bool:
        """Is a possessive pronoun the clause's own subject ("Harvard ended its early admissions
        program")? Then "the" says as much in a question that names the subject."""
        subject = self.subject
        if subject is None or subject.i >= token.i or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        inside = subtree_ids(subject)
        if token.i in inside and not any(
                a.dep_ == "conj" for a in token.ancestors if a.i in inside and a.i != subject.i):
            # "The deadliest accident in its history occurred in June 1981": a possessive inside the
            # subject is another's ("the deadliest accident in the history", T70); one of a second
            # member is the first's ("Philip Zimbardo and his colleagues")
            return False
        if any(c.lower_ == "own" for c in token.head.children) or token.nbor(1).lower_ == "own":
            return False
        subject = relative_noun(subject)
        word = token.lower_
        if subject.pos_ == "PRON":
            return False
        person = subject.ent_type_ == "PERSON" or subject.lemma_.lower() in PERSON_NOUNS
        if word in ("his", "her"):
            return subject.ent_type_ == "PERSON"
        if word == "its":
            # (a name the recogniser knows as no thing may be a person's: "Kekulé proposed its ring
            # structure" is benzene's, T46)
            return not person and (subject.tag_ == "NN" or subject.tag_ == "NNP" and subject.ent_type_ in _THINGS)
        return subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ in ("NORP", "ORG")


    def written_names(self) -> frozenset[str]:
        """The words the article writes with a capital inside its sentences (``names_written_inside``): over the
        whole article when a resolver holds it, else over this question's Doc."""
        return self.resolver.written_as_names() if self.resolver is not None else names_written_inside(
            self.doc.sents)

    def written_in_lower_case(self) -> frozenset[str]:
        """The words the article writes in lower case (``words_written_in_lower_case``): over the whole
        article when a resolver holds it, else over this question's Doc."""
        return self.resolver.written_in_lower_case() if self.resolver is not None else \
            words_written_in_lower_case(self.doc.sents)

    def keeps_capital(self, token: Token) -> bool:
        if token.text == "A" and token.i > token.sent.start and not token.nbor(-1).is_punct:
            # "The Pool A match", "acetyl coenzyme A": mid-sentence a capital A is a letter, no article ("the Pool a
            # match", T143; "acetyl coenzyme a", T154)
            return True
        if token.lower_ in ("the", "a", "an"):
            return False  # "The United Methodist Church" mid-sentence is "the United Methodist Church"
        if token.ent_type_ and token.pos_ == "NOUN" and token.i == token.sent.start \
                and token.lower_ not in self.written_names() and common_word(token.lower_):
            # "Seismologists have recorded ...": the recogniser took the capital for a people's name ("Since
            # when have Seismologists recorded ...?", T159), or for a firm's ("Why are Sinkholes among ...?",
            # T190); a common noun of the lexicon it is
            return False
        if token.ent_type_ in NAME_ENTITIES or token.text == "I" or (
                token.text.isupper() and len(token.text) > 1):
            return True
        # The tagger calls many sentence-initial capitalised words proper nouns ("Oxygen was ..."):
        # one that is no entity and is a common word of the English lexicon is lowercased.
        if token.lower_ in self.written_names():
            return True  # "Swift began ...": "Swift" is capitalised inside sentences too
        if token.tag_ == "NN" and token.i == token.sent.start and token.text[:1].isupper() \
                and not common_word(token.lower_) and token.lower_ not in self.written_in_lower_case():
            # "Aryabhata completes the Aryabhatiya in 499 CE": a capitalised word the lexicon does not know and
            # the article never writes in lower case, tagged as a noun, is a name as much as one tagged as a
            # proper noun ("When did aryabhata complete ...?", T225); a term is written in lower case elsewhere
            # ("Cytokinesis follows ...", "during cytokinesis"), and a plural is seldom a name ("Eukaryotes
            # have ...")
            return True
        if token.pos_ != "PROPN":
            return False
        if token.i + 1 < len(token.doc) and token.nbor(1).pos_ == "PROPN":
            return True
        return not common_word(token.lower_)

    def repeats(self, name: str) -> bool:
        """Does the answer, a description, say no more than ``name`` with an adjective or two: "What
        was Intense Tropical Cyclone Batsirai?" -> "deadly tropical cyclone"? The learner reads its
        noun off the question. "the longest river in North America" for "the Mississippi River"
        says more."""
        named = {w.casefold() for w in re.findall(r"\w+", name)}
        nouns = [t for t in self.tokens if t.pos_ in ("NOUN", "PROPN", "NUM")]
        # an answer the question holds whole is the validator's to refuse ("answer in question")
        more = [t for t in self.tokens if t.pos_ in ("ADJ", "VERB") and t.lower_ not in named]
        return bool(nouns and more) and all(t.lower_ in named or t.lemma_.lower() in named for t in nouns)

    def finish(self, text: str, template: str, score: float) -> QuestionDraft:
        text = tidy(self.pronouns_back(text))
        text = re.sub(r"[\s.,;:!\-–—]+$", "", text)
        text = re.sub(r"[.,]+(['’\"”])$", r"\1", text)  # "a 'disease peculiar to females.'" -> "... females'?"
        if not text:
            raise Unrealisable("empty question")
        text = text[0].upper() + text[1:] + "?"
        if _BROKEN.search(text[:-1]) or not quotes_balance(text):
            raise Unrealisable("broken punctuation")
        if any(rule.search(text) for rule in (_STUTTER, _CLAUSE_SUBJECT, _TWO_SENTENCES, _DANGLING, _CUT_COMPLEMENT)):
            raise Unrealisable("a stutter, a clause as a thing, two sentences or a dangling conjunction or clause")
        if _WHEN_AND_HOW_LONG.search(text) or _WHEN_UNTIL.search(text) or _WHEN_AND_ANOTHER_DATE.search(text):
            raise Unrealisable("a point in time asked with the length of time the thing took or its end")
        if _WHY_TWO_CLAUSES.search(text):
            raise Unrealisable("two clauses asked as one")
        if _WHO_FOR_A_POST.search(text):
            raise Unrealisable("a post asked for with 'Who'")
        if _WHAT_MEANT.search(text):
            raise Unrealisable("a term asked for as the doer of 'meant'")
        if _POINT_IN_PERFECT.search(text):
            raise Unrealisable("a point in time asked in the present perfect")
        if _STRANDED_RELATIVE.search(text):
            raise Unrealisable("a relative phrase without its noun")
        words = text[:-1].split()
        if question_length_problem(text, MAX_TEMPLATE_QUESTION_WORDS) is not None:
            raise Unrealisable("question length")
        lowered = [w.strip(",\"'").lower() for w in words]
        first_wh = next((k for k, w in enumerate(lowered) if w in WH_WORDS), None)
        if first_wh is None:
            raise Unrealisable("no question word")
        inner_words = lowered[first_wh + 1:] if template != "in_situ:cloze" else []  # a cloze quotes a statement
        # "the process by which plants convert ...": a preposition's "which" after a noun opens a
        # relative clause, which goes on for two words at least ("... into by which?" is a cut clause)
        inner_words = [w for k, w in enumerate(inner_words)
                       if not (w in ("which", "whom") and k >= 2 and inner_words[k - 1] in _RELATIVE_PREPOSITIONS
                               and inner_words[k - 2] not in _RELATIVE_PREPOSITIONS | WH_WORDS
                               and len(inner_words) - k > 2)]
        if any(w in WH_WORDS for w in inner_words if w not in ("kind",)) and \
                not (lowered[first_wh] == "how" and lowered[first_wh + 1] in ("many", "much", "old")):
            raise Unrealisable("no single question word")
        if re.search(r"\b(about|with|from|by|through|against|between)\b(\s+\S+){1,6}\s+\1\b", text,
                     re.IGNORECASE):
            raise Unrealisable("a preposition twice: the clause was cut badly")
        if re.search(r"\b(what|which \w+|who|whom)\s+(that|which|who)\b", text[:-1], re.IGNORECASE):
            raise Unrealisable("a question word with a relative clause left behind")
        if lowered[-1] in ("the", "a", "an", "and", "or", "but", "nor", "due", "according", "owing", "prior") or (
                lowered[-1] in ("of", "to") and template != "object:object"):
            # ("What was it part of?" ends well; "... appointed as Miss Grand Bolivia due?" lost its "to")
            raise Unrealisable("question ends mid-phrase")
        if _ONE_OF_MANY.match(text):
            raise Unrealisable("an example asked for as if it were the only one")
        if (copula := re.match(r"(?:What|Who) (?:is|was|are|were) (.+)\?$|(?:What|Who) (?:do|does|did) (.+) "
                               r"(?:become|remain)\?$", text)) and self.repeats(copula.group(1) or copula.group(2)):
            raise Unrealisable("the answer only repeats the name asked about")
        # Shorter questions read better and match how people ask.
        score = score - 0.01 * max(0, len(words) - 12)
        return QuestionDraft(question=text, template=template, score=round(score, 4))


#: "What is considered an ideological group?", "What is an example of a small interest group?": the
#: text gives one example among many, and the learner's other right answers would be marked wrong.
_ONE_OF_MANY = re.compile(r"(?:What|Who|Which \w+) (?:is|was|are|were) (?:(?:considered|regarded as|seen as|"
                          r"viewed as|deemed) (?:a|an|one)|(?:an|one) example of|examples of)\b")


#: Punctuation inside a word ("Kim Jong-un", "1629–1631", "TCP/IP", "AT&T"): never dropped alone.
_GLUE = {"-", "‐", "‑", "–", "/", "&", "'", "’", ".", "+"}


def _glued(tokens: list[Token]) -> list[Token]:
    """The tokens with the punctuation that joins two of them into one word put back, so that a
    name is written as it is in the text."""
    if len(tokens) < 2:
        return tokens
    doc = tokens[0].doc
    out = [tokens[0]]
    for token in tokens[1:]:
        previous = out[-1]
        between = [doc[i] for i in range(previous.i + 1, token.i)] if token.i > previous.i else []
        if between and len(between) <= 2 and not previous.whitespace_ and all(
                t.text in _GLUE and not t.whitespace_ for t in between):
            out.extend(between)
        out.append(token)
    return out


_DOUBLE_MARKS = ('"', "“", "”")
_SINGLE_MARKS = ("'", "‘", "’")


def is_quote_mark(token: Token) -> bool:
    """A quotation mark, and not an apostrophe standing alone ("the players' union")."""
    return token.text in _DOUBLE_MARKS or (token.text in _SINGLE_MARKS and token.tag_ in ("``", "''"))


def quotations(sent: SpacySpan) -> list[set[int]]:
    """The token ids of each quotation in ``sent``, marks included, pairing each kind of mark
    with its own kind in order."""
    spans: list[set[int]] = []
    for kind in (_DOUBLE_MARKS, _SINGLE_MARKS):
        marks = [t.i for t in sent if t.text in kind and is_quote_mark(t)]
        spans += [set(range(a, b + 1)) for a, b in zip(marks[::2], marks[1::2], strict=False)]
    return spans


_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]’”]|'(?!\w))")  # "'The Tree" opens a quotation
_SPACE_AFTER = re.compile(r"([(\[“‘$])\s+")


def tidy(text: str) -> str:
    """Spacing and punctuation after words were moved or cut."""
    text = re.sub(r"\s+", " ", text).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = re.sub(r"(\s*,)+", ",", text)
    text = re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)
    text = re.sub(r",\s*\?", "?", text)
    if text.count('"') % 2 == 0:
        # Straight quotes in pairs: no space inside them ('"Back to December "' once its comma is cut).
        parts = text.split('"')
        text = '"'.join(part.strip() if k % 2 else part for k, part in enumerate(parts))
    text = re.sub(r"\s+'s\b", "'s", text)
    text = re.sub(r"\s+’s\b", "’s", text)
    text = re.sub(r"\b(the|a|an)\s+\1\b", r"\1", text, flags=re.IGNORECASE)  # "the the Korean Society"
    # The article before a word that lost the one it followed: "an overly rapid" cut to "a rapid".
    return agree_articles(text)


#: Words after which a lone "a" is no article but a letter, a quantity's name: a verb of being or equality,
#: a conjunction, a preposition ("a is 1.524 AU", "a and b", "a equals T to the two-thirds", "a in metres").
_NO_NOUN_AFTER = r"(?:is|isn['’]t|are|and|or|as|at|in|into|of|on|onto|equals|approaches|increases|over)"


def agree_articles(text: str) -> str:
    """"a" or "an" as the next word's sound wants it, where its spelling says so: "an condensed
    matter experimentalist" -> "a condensed ...", "an high presence" (its "unusually" cut) -> "a
    high presence", "a apple" -> "an apple"; "an hour", "an honest", "an FBI agent", "a one-time
    fee", "a euro" and "a unicorn" stay as they are. A capitalised word counts too ("an Christmas
    treat", its "early" cut -> "a Christmas treat"), but not an acronym ("an NBC reporter") and
    not after a capital "A", which may be a letter ("Grade A Olive Oil")."""
    # (a letter said with a vowel keeps "an": "an n-dimensional hypervolume", T150; so does one said before a capital,
    # letter by letter: "an mRNA vaccine", "an fMRI scan", T190)
    text = re.sub(r"\b([Aa])n\s+(?![fhlmnrsx](?:-|[A-Z]))(?=[b-df-gj-np-tv-z]|h(?!our|onest|ono|eir|erb))", r"\1 ",
                  text)
    text = re.sub(r"\b(a)n\s+(?=[B-DF-GJ-NP-TV-Z][a-z]|H(?!our|onest|ono|eir|erb)[a-z])", r"\1 ", text)
    text = re.sub(r"\b(a)\s+(?=[AIO][a-z]|E(?!u)[a-z])(?!One\b|Once\b)", r"\1n ", text)
    # ("a 18-year-old" for a figure a statement swapped in: 8, 11, 18 and 80-something are said with a vowel)
    text = re.sub(r"\b([Aa])\s+(?=(?:8|11(?![\d,.])|18(?![\d,.]))[\d,.]*(?:\b|-))", r"\1n ", text)
    text = re.sub(r"\b([Aa])n\s+(?=(?![8]|11(?![\d,.])|18(?![\d,.]))\d)", r"\1 ", text)
    # (a capital "A" inside a sentence is a letter: "where A is a frequency factor", T47; so is a small one
    # before a word no noun phrase opens with: "Mars, a is 1.524 AU", "a equals T to the two-thirds", T224)
    return re.sub(rf"(?:\b(a)|(?:^|(?<=[.!?] ))(A))\s+(?=[aio]|e(?!u))(?!one\b|once\b|{_NO_NOUN_AFTER}\b)",
                  r"\1\2n ", text)


#: The recogniser's kinds of names that are no person's: "its" may be theirs.
_THINGS = frozenset(NAME_ENTITIES - {"PERSON"})
#: Words that rank a noun among its owner's ("its first seats", "their only factory", "his last concert").
_RANKING_WORDS = frozenset({"first", "last", "only", "sole", "next", "previous", "latest", "final", "own"})


def relative_noun(subject: Token) -> Token:
    """The noun a relative clause's subject stands for ("Bela Karolyi, who ... runs": Bela Karolyi), or
    the subject itself when it is no relative word."""
    return subject.head.head if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl" else subject


def ranked_by_its_owner(noun: Token) -> bool:
    """Does ``noun`` carry a word that ranks it among its owner's ("their first lower house seats",
    "its only factory", "its largest city")? With "the" for the owner's pronoun it would rank it
    among all ("the first lower house seats")."""
    return any(c.dep_ in ("amod", "advmod", "nummod") and (
        c.lower_ in _RANKING_WORDS or c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL") for c in noun.children)


def _any_case_article(text: str) -> str:
    """A pattern for ``text`` whose opening "The" or "A" may be written in either case."""
    match = re.match(r"(The|A|An)\s+", text)
    if match is None:
        return re.escape(text)
    return rf"(?i:{match.group(1)})\s+" + re.escape(text[match.end():])


def owner_named(replacement: str) -> str:
    """The name a resolved possessive puts in, without its "'s" ("Albert Jaquier's" -> "Albert Jaquier")."""
    return re.sub(r"['\u2019]s?$", "", replacement)


#: The words of one person that a later "his" or "her" may go back to.
_SAME_PERSON = {"his": ("he", "him", "his"), "her": ("she", "her")}


def _word_before(comma: Token) -> int:
    """The word a comma belongs to: the one before it, or before the parenthesis that stands between them
    ("the Federal Aviation Administration (FAA), Boeing": cut, the parenthesis does not take the comma
    with it, T155)."""
    i = comma.i - 1
    if i >= 0 and comma.doc[i].text in (")", "]"):
        opener = "(" if comma.doc[i].text == ")" else "["
        start = comma.sent.start
        while i > start and comma.doc[i].text != opener:
            i -= 1
        i -= 1
    return i


def _opens_an_appositive(comma: Token, present: set[int]) -> bool:
    """Does the comma open a listing appositive that stays ("dams, the Abu Mansour dam and the smaller Derna dam,")?
    Without the comma the list reads as the noun's own words."""
    return comma.i + 1 in present and opens_a_listed_appositive(comma)
