"""Sections -> quantitative claims and stakeholder involvement, read with spaCy.

Pure functions: the spaCy ``Language`` is passed in (``models.nlp.load_nlp``), never loaded here.
Each section's text is parsed once (``parse_sections``, one ``nlp.pipe`` pass); the rules then
read sentences, part-of-speech tags, lemmas, dependencies and entities.

A *quantitative claim* is a realised, measured change in an outcome. A sentence is one when
  * a change word (reduce, fall, halve, improvement, fewer, down, ...) carries a magnitude in its
    own phrase ("by 55%", "to 21%", "a third", "30% fewer"), or is a magnitude itself (halved,
    doubled, eliminated); or
  * it pairs two values as before and after ("from 48% to 21%", "4 compared with 0", "versus");
  * or it reports a statistical signal of change (a shift or special-cause variation on an SPC or
    run chart, a statistically significant reduction).
Numbers that are dates, financial years, money, ordinals, references (page 4, ward 7, band 5),
phone numbers or rate denominators ("per 1,000") are never magnitudes, and a change that is
planned, targeted, hoped for, conditional, modal ("will", "could") or negated is not realised.

*Involvement* is a sentence in which patients (carers, families, service users, lived-experience
or patient representatives, Healthwatch) or staff (nurses, doctors, pharmacists, ward teams, ...)
took part: they are the doer of a participation verb (co-designed, tested, piloted, reviewed, sat
on a group), its object when the verb is one done *with* people (consulted, interviewed,
surveyed, involved), linked to a participation noun (feedback from nurses, interviews with
carers, patient representatives on the board), or a participation verb is done *with* them.
Beneficiaries ("safer care for patients"), intentions, negations, generic stakeholders and staff
who were merely trained are not involvement. That is the rules' reading of each sentence
(``sentence_facts``); given an ``InvolvementScorer`` (``models.involvement_model``), the learnt
model weighs it with the sentence's meaning and makes the decision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from pipeline.types import Claim, Involvement, Section

GROUPS = ("patients", "staff")

# ---------------------------------------------------------------------------------------------
# Parsing: one nlp.pipe pass over every section's paragraphs.
# ---------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?:;)\]\"'”’]\s*$")


def paragraphs(text: str) -> list[str]:
    """Split a section's text into paragraphs: a line break ends one unless the line runs on.

    Reading order keeps one block per line; a PDF block can also wrap mid-sentence, so a line
    that does not end a sentence and is followed by a lower-case start is joined to the next.
    """
    lines = [ln.strip() for ln in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        if out and out[-1] and not _SENTENCE_END.search(out[-1]) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    # "• a • b • c": a PDF block may run a list's bullets into one line; each item is a paragraph.
    return [item for p in out if p for item in (i.strip() for i in _INLINE_BULLET.split(p)) if item]


_INLINE_BULLET = re.compile(r"(?:^|\s+)[•▪◦\u2022]\s+")


def parse_sections(
    sections: Mapping[str, Section | None], nlp: Any, *, batch_size: int = 64
) -> dict[str, tuple[Any, ...]]:
    """criterion -> parsed Docs of its paragraphs, from a single ``nlp.pipe`` pass."""
    owners: list[str] = []
    texts: list[str] = []
    for criterion, section in sections.items():
        if section is None:
            continue
        for paragraph in paragraphs(section.text):
            owners.append(criterion)
            texts.append(paragraph)
    docs: dict[str, list[Any]] = {c: [] for c, s in sections.items() if s is not None}
    for criterion, doc in zip(owners, nlp.pipe(texts, batch_size=batch_size)):
        docs[criterion].append(doc)
    return {c: tuple(d) for c, d in docs.items()}


def _sentences(docs: Iterable[Any]) -> Iterable[Any]:
    for doc in docs:
        for sent in doc.sents:
            if any(t.is_alpha for t in sent):
                yield sent


def _clean(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# Shared: is a word's clause realised, or planned / hypothetical / negated?
# ---------------------------------------------------------------------------------------------

_MODALS = {"will", "wo", "shall", "would", "could", "might", "may", "should", "can", "ca", "'ll", "'d", "must"}
_INTENT_VERBS = {
    "aim", "plan", "intend", "hope", "expect", "anticipate", "aspire", "want", "wish", "propose",
    "target", "forecast", "predict", "project", "envisage", "strive", "commit", "look",
    "need", "require", "try", "attempt", "hypothesise", "hypothesize", "consider",
}
_INTENT_NOUNS = {
    "aim", "target", "goal", "ambition", "objective", "aspiration", "plan", "intention", "hope",
    "trajectory", "expectation", "projection", "forecast", "prediction", "potential", "step",
    "phase", "future", "proposal", "purpose", "vision", "mission", "opportunity", "intent", "priority",
    "ambition", "aspiration", "commitment", "focus",
}
_INTENT_ADJS = {"potential", "projected", "expected", "anticipated", "predicted", "target", "targeted",
                "planned", "possible", "forecast", "hoped", "intended", "proposed", "future", "next"}
# Verbs whose "to"-infinitive still reports something that happened ("helped to reduce").
_REALISING_HEADS = {"help", "contribute", "manage", "continue", "begin", "start", "go", "serve",
                    "show", "find", "prove", "appear", "seem", "succeed", "be", "enable", "allow",
                    # "we were lucky to have two survivors on the group", "proud to work with"
                    "lucky", "fortunate", "proud", "pleased", "delighted", "privileged", "glad", "happy",
                    "able", "thrilled", "grateful"}
_HYPOTHETICAL_MARKS = {"if", "unless", "whether", "once", "until", "when", "whenever"}


def _future(tok: Any) -> bool:
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in tok.children):
        return True
    # "we are going to involve": going -> xcomp involve
    head = tok.head
    return tok.dep_ == "xcomp" and head.lower_ == "going" and any(c.dep_ == "aux" for c in head.children)


def _is_never_event(tok: Any) -> bool:
    """'never events' is the name of a class of serious incidents, not a negation."""
    doc = tok.doc
    return tok.lower_ == "never" and tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() in ("event", "-")


def _looked_at(verb: Any) -> bool:
    """"looked at the draft" is done; "we look forward to", "we are looking to" are hopes."""
    return verb.lemma_.lower() == "look" and not any(c.lower_ in ("forward", "to") or c.dep_ == "xcomp" for c in verb.children)


def _tried_out(verb: Any) -> bool:
    """"tried out three heaters", "tried the card": trying something is testing it; trying to do
    something is an aim."""
    return verb.lemma_.lower() == "try" and not any(c.dep_ == "xcomp" for c in verb.children)


def _quotations(sent: Any) -> list[range]:
    """Token ranges between an opening and a closing quotation mark (not an apostrophe of possession),
    worked out once per sentence."""
    cache = sent.doc.user_data.setdefault("quotations", {})
    if sent.start in cache:
        return cache[sent.start]
    spans, start = [], None
    for t in sent:
        if t.tag_ == "``":
            start = t.i
        elif t.tag_ == "''" and start is not None:
            spans.append(range(start, t.i + 1))
            start = None
    cache[sent.start] = spans
    return spans


def realised(tok: Any, *, people: bool = False) -> bool:
    """False when ``tok``'s clause, or a clause governing it, is planned, modal, conditional or negated.

    ``people``: read as a part people took: trying something out is doing it ("a residents' group
    tried out the heaters"), and a clause is also negated by "no one" as its subject or by a "not"
    the parser hung on the auxiliary ("we did not, on reflection, engage residents"). Quantitative
    claims keep the plain reading, under which those cost more claims than they saved."""
    node = tok
    crossed_conj = False
    first = True
    came_before = False  # the clause we climbed from stands before this verb: a run-on, not its complement
    below = False  # climbed from a clause of its own
    quotes = _quotations(tok.sent)
    inside = {q for q in quotes if tok.i in q}
    while True:
        if any(node.i in q and q not in inside for q in quotes):
            return True  # the parser hung our clause on a quotation's verb: "... sat with us; it opens with 'it is not ...'"
        if not (crossed_conj and node.pos_ in ("VERB", "AUX")) and not came_before:
            # A coordinated verb ("we aimed to X and achieved Y") does not inherit its sister's intent.
            if not first and node.lemma_.lower() in _INTENT_VERBS and node.pos_ == "VERB" and not _looked_at(node) \
                    and not (people and _tried_out(node)):
                return False
        if node.lemma_.lower() in _INTENT_NOUNS and node.pos_ in ("NOUN", "PROPN") and not first:
            return False
        if _future(node):
            return False
        if node.lemma_.lower() == "be" and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in node.children):
            return False  # "a PPI group is to be convened": planned
        for child in node.children:
            if _is_never_event(child):
                continue
            if (child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in ("no", "never"))
                    or child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children)) \
                    and not came_before:  # "not", "no", "are no longer asked"; "X came to our meetings ...; we hadn't thought about it": not X's clause
                if node.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and (first or node.pos_ in ("VERB", "AUX")):
                    return False
            if child.dep_ in ("mark", "advmod") and child.lower_ in _HYPOTHETICAL_MARKS and node.pos_ in ("VERB", "AUX"):
                # "when" is hypothetical only in a generic present ("alerts when glucose falls below 4");
                # "when we asked the nurses" reports what happened.
                if child.lower_ not in ("when", "whenever") or node.tag_ in ("VBZ", "VBP", "VB"):
                    return False
            if child.dep_ in ("nsubj", "nsubjpass", "attr", "npadvmod") and child.lemma_.lower() in _INTENT_NOUNS:
                return False
            if people and child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children) \
                    and not came_before and node.pos_ in ("VERB", "AUX"):
                return False  # "we did not, on reflection, engage residents": "not" hung on the auxiliary
            if people and child.dep_ in ("nsubj", "nsubjpass") and _nobody(child) and node.pos_ in ("VERB", "AUX") \
                    and not below:
                return False  # "no one consulted the carers", "nobody asked them"; not "nobody had seen it before nurses tested it"
            if child.dep_ in ("amod", "acl") and child.lower_ in _INTENT_ADJS:
                return False  # "a planned focus group", "patient focus group planned"
            if child.dep_ in ("npadvmod", "advmod", "nmod") and any(g.lower_ == "next" for g in child.children):
                return False  # "next year: ..."
        if node.pos_ == "VERB" and node.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            if node.head == node or node.head.lemma_.lower() not in _REALISING_HEADS:
                if node.head == node or node.head.lemma_.lower() not in _INTENT_VERBS:
                    # "We introduced X to reduce falls by 20%": a purpose, not a result.
                    return False
        if node.head == node:
            return True
        if node.lower_ == "without" or node.lower_ == "than" and any(c.lower_ == "rather" for c in node.children) \
                or node.lower_ == "of" and node.head.lower_ == "instead":
            return False  # "rather than hearing it from the mother", "instead of asking carers"
        crossed_conj = node.dep_ == "conj"
        if crossed_conj and _future(node.head):
            return False  # the first conjunct's auxiliary is shared: "we will review and reduce"
        # "Carers told us ..., they wanted someone to show them, so we built ...": a finished clause
        # before "wanted" is not what was wanted.
        came_before = node.dep_ == "ccomp" and node.i < node.head.i and node.tag_ == "VBD"
        below = below or node.pos_ in ("VERB", "AUX")
        node = node.head
        first = False


# ---------------------------------------------------------------------------------------------
# Quantitative claims
# ---------------------------------------------------------------------------------------------

_CHANGE_VERBS = {
    "reduce", "decrease", "fall", "drop", "decline", "cut", "lower", "improve", "increase", "rise",
    "grow", "shorten", "climb", "jump", "plummet", "slash", "narrow", "boost", "raise", "prevent",
    "avoid", "go", "come", "halve", "double", "triple", "treble", "quadruple", "eliminate",
    "shrink", "lessen", "diminish", "sink", "save", "speed", "accelerate", "reverse", "minimise",
    "minimize", "eradicate", "soar", "surge", "dip", "slip", "ease", "tumble", "lift",
}
_SELF_MAGNITUDE_VERBS = {"halve", "double", "triple", "treble", "quadruple", "eliminate", "eradicate"}
_CHANGE_NOUNS = {
    "reduction", "decrease", "fall", "drop", "decline", "cut", "improvement", "increase", "rise",
    "growth", "change", "shift", "uplift", "gain", "reversal", "jump", "dip", "elimination",
    "difference", "saving", "halving", "doubling",
}
_COMPARATIVES = {"fewer", "less", "lower", "higher", "more", "greater", "better", "shorter", "faster",
                 "quicker", "longer", "smaller", "larger", "bigger", "worse"}
_DIRECTION_PARTICLES = {"down", "up"}
# Verbs whose "up" / "down" says a number moved: "went up by", "came down to", "crept up from".
_MOVING_VERBS = {"go", "come", "move", "shoot", "creep", "climb", "edge", "tick", "head", "trend", "jump", "step",
                 "drift", "inch", "push", "drive", "bring", "be", "fall", "drop", "rise", "slip", "build", "pick"}
_FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
              "tenth", "tenths", "twice", "thrice", "zero", "nil", "none", "fold", "threefold",
              "twofold", "fourfold", "fivefold", "tenfold"}
_REFERENCE_NOUNS = {
    "page", "p", "pp", "figure", "fig", "table", "appendix", "annex", "ref", "reference", "section",
    "ward", "bay", "band", "version", "phase", "cohort", "level", "stage", "step", "tier", "wave",
    "room", "extension", "ext", "tel", "telephone", "phone", "number", "no", "chapter", "slide",
    "item", "criterion", "question", "box", "paragraph", "para", "floor", "unit", "site", "lot",
    "reg", "registration", "charity", "company", "year", "cycle", "pdsa", "round", "module", "day",
}
_DURATION_PREPS = {"in", "over", "within", "during", "for", "since", "after", "before", "across",
                   "between", "at", "on", "throughout", "until", "among", "amongst", "of", "with"}
_VALUE_PREPS = {"from", "to", "by", "than", "versus", "vs", "against"}
_COMPARE_WORDS = {"compared", "comparison", "versus", "vs", "vs.", "against", "relative"}
_BASELINE_WORDS = {"baseline", "previously", "before", "pre", "prior", "historically", "formerly"}
_AFTER_WORDS = {"now", "after", "post", "currently", "following", "since", "today", "subsequently"}
_SPC_WORDS = re.compile(
    r"\b(spc|statistical process control|run[- ]charts?|control[- ]charts?|xmr|[pcu][- ]charts?|shewhart|process chart)\b",
    re.I,
)
_SPC_SIGNAL = re.compile(
    r"\b(shift(s|ed|ing)?|special[- ]cause|step[- ]change|signal|sustained (improvement|reduction|decrease|increase|change)"
    r"|points? (in a row )?(below|above)|in a row|run of|non-random|new (mean|median|centre ?line|baseline)|recalculated|trend)\b",
    re.I,
)
_SPECIAL_CAUSE = re.compile(r"\bspecial[- ]cause (variation|improvement)\b", re.I)
_SIGNIFICANT = re.compile(r"\bstatistically significant\b|\bp\s*[<=≤]\s*0?\.\d+", re.I)
_YEAR = re.compile(r"^(19|20)\d\d$")
_FINANCIAL_YEAR = re.compile(r"^(19|20)\d\d[/–-]\d{2,4}$")
_MAGNITUDE_RUN_STARTS = {"about", "around", "approximately", "nearly", "almost", "over", "under", "just",
                         "some", "roughly", "circa", "c.", "c", "an", "a", "estimated", "more", "less",
                         "than", "up", "only", "baseline", "average", "mean", "median", "of", "the",
                         "well", "as", "few", "many"}
_STOP_IN_RUN = {"to", "from", "by", "in", "over", "within", "during", "since", "after", "before",
                "compared", "versus", "vs", "against", "between", "across", "and", "or", "but",
                "while", "whilst", "when", "with", "at", "on", "for", "following", "than"}
_PRONOUN_SUBJECTS = {"we", "this", "it", "they", "that", "which", "team", "project", "partnership",
                     "intervention", "programme", "program", "tool", "initiative", "work", "model",
                     "approach", "service", "pathway", "collaboration", "scheme", "change", "who"}


def _is_number(tok: Any) -> bool:
    return bool(tok.like_num or re.match(r"^[<>~≈]?\d", tok.text)) or tok.lower_ in _FRACTIONS


def _is_money(tok: Any) -> bool:
    """£1,200, $5m, "£1.2 million", "3,000 pounds"."""
    doc = tok.doc
    if tok.text[:1] in "£$€":
        return True
    before = [doc[i] for i in (tok.i - 1, tok.i - 2) if i >= 0]
    if before and before[0].text in _CURRENCY:
        return True
    if len(before) == 2 and before[1].text in _CURRENCY and before[0].like_num and tok.lower_ in _SCALE_WORDS:
        return True  # "£1.2 million"
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in _CURRENCY_WORDS


_CURRENCY = {"£", "$", "€"}
_SCALE_WORDS = {"thousand", "million", "billion", "m", "k", "bn"}
_CURRENCY_WORDS = {"pounds", "pound", "gbp", "dollars", "euros"}
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_ORDINAL_WORDS = {"first", "second", "fourth", "sixth", "seventh", "eighth", "ninth", "eleventh", "twelfth"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
           "nov", "dec"}


def _is_ordinal(tok: Any) -> bool:
    """'1st', '2nd', 'first': a position, not an amount ('third' and 'fifth' are also fractions)."""
    return bool(_ORDINAL.match(tok.text)) or tok.lower_ in _ORDINAL_WORDS


def _is_year(text: str) -> bool:
    """'2023', '2021/22'."""
    return bool(_YEAR.match(text) or _FINANCIAL_YEAR.match(text))


def _date_word(tok: Any) -> bool:
    """A month or a year: a date, where a value phrase ends ("to 21% March 2024")."""
    return (tok.lower_ in _MONTHS and tok.text[:1].isupper()) or _is_year(tok.text)


def _followed_by_percent(tok: Any) -> bool:
    doc = tok.doc
    if tok.text.endswith("%"):
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.text in ("%", "percent", "pp"):
        return True
    return nxt.lower_ == "per" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "cent" or (
        nxt.lower_ in ("percentage", "points", "point")
    )


def is_magnitude(tok: Any, *, allow_time: bool = False, allow_money: bool = False) -> bool:
    """A number that can measure a change: not a date, year, money, ordinal, reference or phone.

    Money counts only where two amounts are set side by side as before and after (``allow_money``):
    "£30,000 a month before; now £17,900" is a measured change, a budget on its own is not.
    """
    if not _is_number(tok):
        return False
    text = tok.text
    if (_is_money(tok) and not allow_money) or _is_ordinal(tok):
        return False
    percent = _followed_by_percent(tok)
    if not percent and _is_year(text):
        return False
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 6 and not percent and "," not in text and "." not in text:
        return False  # phone numbers, registration numbers
    if text.startswith("0") and len(digits) >= 4:
        return False
    if tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.lower_.rstrip(".") in _REFERENCE_NOUNS and not percent:
            return False
        if prev.lower_ == "per":
            return False  # a rate's denominator: "per 1,000 bed days"
        if prev.text in ("#", "№"):
            return False
        if prev.text in ("-", "‑") and tok.i > 1 and tok.doc[tok.i - 2].lower_ in ("to", "on"):
            return False  # "one-to-one nursing", "one-on-one": a way of working, not a count
        if tok.lower_ in _FRACTIONS and prev.lower_ in ("a", "per", "each", "every") and tok.i > 1 \
                and _is_number(tok.doc[tok.i - 2]):
            return False  # a rate's period: "41 a quarter"
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if tok.lower_ == "one" and (nxt in ("who", "whom", "that", "which") or any(c.dep_ == "relcl" for c in tok.children)):
        return False  # "a settled patient and one who needed nursing": a person, not a number
    if nxt in _CLOCK or re.match(r"^\d{1,2}(?:[:.]\d\d)?(?:am|pm)$", tok.lower_):
        return False  # "on shift from 4pm to 4am": a time of day, even in a from-to pair
    after = tok.doc[tok.i + 2].lower_ if tok.i + 2 < len(tok.doc) else ""
    if nxt in ("or", "and") and after in _BOUND_WORDS or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "aged":
        return False  # "anyone aged 75 or over, or with a frailty score of 5 or more": who is eligible
    if not percent and not allow_time and _time_unit_follows(tok):
        # "18 months", "March 2022" -- but "4 hours to 90 minutes" is allowed in a value pair.
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("/", "-") and not percent:
        return False  # "24/7", "2022/23" split as tokens
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lemma_.lower() in _DOCUMENT_LENGTHS and not percent:
        return False  # "cut down to one page", "cut to five questions": a form's length, not an outcome
    return True


# The length of a form or tool: "cut down to one page", "the check was cut to five questions".
_DOCUMENT_LENGTHS = {"page", "side", "word", "line", "question", "item", "field", "step", "prompt", "box"}
_CLOCK = {"am", "pm", "a.m.", "p.m.", "o'clock"}
_BOUND_WORDS = {"more", "over", "above", "older", "under", "less", "fewer", "below", "younger", "higher", "lower"}
_WORK_SHIFT_PREPS = {"on", "per", "each", "every", "across", "during", "between", "after", "before", "off"}


_TIME_UNITS = {"second", "minute", "min", "mins", "hour", "hr", "hrs", "day", "week", "month", "year", "quarter",
               "fortnight", "decade", "night", "shift", "weekend", "am", "pm", "yr", "yrs", "january",
               "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
               "oct", "nov", "dec", "o'clock"}


def _time_unit_follows(tok: Any) -> bool:
    doc = tok.doc
    around = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.lemma_.lower() in _TIME_UNITS or t.lower_ in _TIME_UNITS for t in around)


def _governing_prep(tok: Any, stop: Any) -> Any | None:
    """The first preposition on the path from ``tok`` up to ``stop`` (exclusive)."""
    node = tok
    while node != stop and node.head != node:
        if node.pos_ == "ADP" or node.dep_ == "prep":
            return node
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node != stop:
            return node  # another clause in between: treat as unrelated
    return None


def _linked_magnitude(trigger: Any) -> Any | None:
    """A magnitude in the trigger's own phrase, not a duration or a number of another clause."""
    for tok in trigger.subtree:
        if tok == trigger or not is_magnitude(tok, allow_time=True):
            continue
        if tok.head == trigger and tok.dep_ == "nummod" and trigger.tag_ in ("NNS", "NNPS"):
            continue  # "three changes", "two improvements": a count of changes, not their size
        if tok.head == trigger and tok.dep_ in ("nsubj", "nsubjpass", "conj"):
            continue  # "212 raised troponin results triggered a review": a count of things, not a change's size
        if any(s.dep_ in ("nsubj", "nsubjpass") and tok in s.subtree for s in trigger.children):
            continue  # "three villages were cut off": a count in the subject, not the change's size
        if tok.lower_ in ("once", "twice", "thrice") and tok.head == trigger:
            continue  # "had fallen twice": how often, not by how much ("twice as fast" hangs on "fast")
        prep = _governing_prep(tok, trigger)
        if not is_magnitude(tok) and (prep is None or prep.lower_ not in ("by", "from", "to")):
            continue  # a duration counts only as the size of the change: "dropped by 1.2 days"
        if prep is None:
            return tok
        if prep.pos_ in ("VERB", "AUX"):
            continue
        if prep.lower_ in _VALUE_PREPS or prep.lower_ in _COMPARE_WORDS:
            return tok
        if prep.lower_ in _DURATION_PREPS:
            continue
        return tok
    return None


def _is_change_trigger(tok: Any) -> str | None:
    """"verb" | "noun" | "comparative" | "particle" | "self" when ``tok`` names a change."""
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        if tok.dep_ == "amod" and tok.tag_ == "VBN":
            return None  # "raised troponin results", "reduced kidney function": a state, not a change
        if lemma in ("double",) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("-", "check", "checked", "checking", "checks"):
            return None
        if lemma in _SELF_MAGNITUDE_VERBS:
            return "self"
        if lemma in ("go", "come"):
            return "verb" if any(c.lower_ in _DIRECTION_PARTICLES for c in tok.children) else None
        if lemma == "cut" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            return None  # "villages were cut off": isolated, not reduced
        if lemma == "grow" and any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in tok.children):
            return None  # "the partnership grew out of an inquest": where it came from
        if lemma == "cut" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "in" and tok.doc[tok.i + 2].lower_ == "half":
            return "self"
        if lemma in _CHANGE_VERBS:
            return "verb"
    if tok.pos_ in ("NOUN", "PROPN") and lemma in _CHANGE_NOUNS:
        if lemma == "shift" and (tok.lower_ == "shifts" or tok.dep_ == "pobj" and tok.head.lower_ in _WORK_SHIFT_PREPS
                                 or any(c.lower_ in ("night", "day", "early", "late", "long", "twilight") for c in tok.children)):
            return None  # "peer workers on shift from 4pm to 4am", "night shifts": a working shift
        return "noun"
    if lower in ("halved", "doubled", "tripled", "trebled", "quadrupled", "eliminated"):
        return "self"
    if lower in _COMPARATIVES and tok.pos_ in ("ADJ", "ADV"):
        return "comparative"
    if lower in _DIRECTION_PARTICLES and tok.pos_ in ("ADV", "ADP", "PART"):
        if tok.dep_ == "prt" and tok.head.lemma_.lower() not in _MOVING_VERBS:
            return None  # "signed up to", "followed up by", "set up in": a phrasal verb, not a direction
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and (nxt.lower_ in ("from", "by", "to", "on", "against") or is_magnitude(nxt)):
            return "particle"
    return None


def _value_run(doc: Any, start: int, end: int, *, allow_time: bool = True) -> str | None:
    """The value phrase that starts at token ``start``: "48%", "4 hours", "7.2 falls per 1,000 bed days"."""
    tokens = []
    seen_number = False
    i = start
    while i < end and len(tokens) < 10:
        tok = doc[i]
        low = tok.lower_
        if tok.is_punct and tok.text not in ("%", ".", "-") or tok.text in (";", ","):
            if not (tok.text == "." and i + 1 < end and doc[i + 1].like_num):
                break
        if seen_number and (low in _STOP_IN_RUN and not (low == "per" or low == "of")):
            break
        if seen_number and tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PRON"):
            break
        if seen_number and _date_word(tok):
            break
        if not seen_number and low not in _MAGNITUDE_RUN_STARTS and not _is_number(tok):
            if len(tokens) >= 3 or tok.pos_ in ("VERB", "AUX", "PUNCT"):
                return None
        if _is_number(tok) and is_magnitude(tok, allow_time=allow_time):
            seen_number = True
        tokens.append(tok)
        i += 1
    if not seen_number:
        return None
    while tokens and (tokens[-1].is_stop and tokens[-1].text not in ("%",) or tokens[-1].is_punct and tokens[-1].text != "%"):
        tokens.pop()
    text = doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""
    return _clean(text) or None


def _phrase(tok: Any, limit: int = 14) -> str:
    """The noun phrase headed by ``tok``, without relative clauses, leading determiners or numbers."""
    skip: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("relcl", "acl", "appos", "advcl", "punct", "cc", "conj") and child.i > tok.i:
            skip.update(t.i for t in child.subtree)
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and child.lower_ in _COMPARATIVES):
            skip.update(t.i for t in child.subtree)
    words = [t for t in tok.subtree if t.i not in skip]
    while words and (words[0].dep_ in ("det", "poss", "predet") or words[0].is_punct):
        words.pop(0)
    words = words[:limit]
    if not words:
        return tok.text
    return _clean(tok.doc[words[0].i : words[-1].i + 1].text)


def _measure(trigger: Any, kind: str) -> str | None:
    """What changed: the subject or object of a change verb, the 'in X' of a change noun."""
    if kind in ("noun",):
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and not is_magnitude(obj) and obj.lower_ not in ("%",):
                        return _phrase(obj)
        return _measure(trigger.head, "verb") if trigger.head != trigger else None
    if kind == "comparative":
        head = trigger.head
        if head.pos_ in ("NOUN", "PROPN") and head != trigger:
            return _phrase(head)
    verb = trigger
    while verb.dep_ in ("xcomp", "conj", "acomp", "advmod", "prt") and verb.head != verb and verb.pos_ not in ("VERB",):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
    if subject is not None and subject.lemma_.lower() not in _PRONOUN_SUBJECTS and subject.pos_ != "PRON":
        return _phrase(subject)
    if obj is not None and not is_magnitude(obj) and obj.lower_ != "%":
        return _phrase(obj)
    if subject is not None and subject.pos_ != "PRON":
        return _phrase(subject)
    return None


@dataclass
class _Values:
    baseline: str | None = None
    after: str | None = None
    change: str | None = None


def _values(sent: Any) -> _Values:
    """Baseline, after and change phrases stated in the sentence, read around value prepositions."""
    doc = sent.doc
    end = sent.end
    out = _Values()
    for tok in sent:
        low = tok.lower_
        if low == "from" and out.baseline is None:
            out.baseline = _value_run(doc, tok.i + 1, end)
        elif low == "to" and out.after is None and tok.pos_ == "ADP" or (low == "to" and out.baseline and out.after is None):
            out.after = _value_run(doc, tok.i + 1, end)
        elif low == "by" and out.change is None:
            out.change = _value_run(doc, tok.i + 1, end, allow_time=True)
        elif low in _COMPARE_WORDS and out.baseline is None:
            start = tok.i + 1
            while start < end and doc[start].lower_ in ("with", "to", "against"):
                start += 1
            out.baseline = _value_run(doc, start, end)
            if out.after is None:
                out.after = _previous_value(sent, tok.i)
        elif low in ("halved", "doubled", "tripled", "trebled", "eliminated") and out.change is None:
            out.change = tok.text
    if out.change is None:
        for tok in sent:
            if _is_change_trigger(tok) == "noun":
                for child in tok.children:
                    if child.dep_ in ("nummod", "compound", "amod") and (is_magnitude(child) or child.lower_ == "%"):
                        left = min(t.i for t in child.subtree)
                        out.change = _clean(doc[left : tok.i + 1].text)
                        break
            if out.change:
                break
    if out.change is None:
        m = re.search(r"\b(?:by|of)\s+(?:about|around|roughly|nearly|almost|over|more than)?\s*(a|one|two)[- ](half|third|quarter|fifth|thirds|quarters|fifths)\b", sent.text, re.I)
        if m:
            out.change = m.group(0)
        else:
            m = re.search(r"\b(cut|fell|reduced|dropped)\s+in\s+half\b|\b\d+(\.\d+)?[- ]?(fold|times)\b", sent.text, re.I)
            if m:
                out.change = m.group(0)
    return out


def _previous_value(sent: Any, before: int) -> str | None:
    for tok in reversed(list(sent.doc[sent.start : before])):
        if is_magnitude(tok):
            left = tok.i
            while left > sent.start and sent.doc[left - 1].lower_ in ("about", "around", "just", "only", "nearly", "a", "over", "under"):
                left -= 1
            return _value_run(sent.doc, left, before)
    return None


def _pair_anchor(sent: Any, tok: Any) -> Any:
    node = tok
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


def _from_to_pair(sent: Any) -> Any | None:
    """The 'from' token of a "from X to Y" value pair, when both are magnitudes."""
    doc = sent.doc
    has_trigger = any(_is_change_trigger(t) in ("verb", "noun", "particle") for t in sent)
    for tok in sent:
        if tok.lower_ != "from":
            continue
        window = doc[tok.i + 1 : min(sent.end, tok.i + 14)]
        to = next((t for t in window if t.lower_ == "to"), None)
        if to is None or not (to.head == tok.head or to.head in tok.subtree or tok.head in to.subtree):
            continue  # "workers from four hostels came to three workshops": an origin and a destination
        first = [t for t in doc[tok.i + 1 : to.i] if is_magnitude(t, allow_time=has_trigger, allow_money=True)]
        second = [t for t in doc[to.i + 1 : min(sent.end, to.i + 6)] if is_magnitude(t, allow_time=has_trigger, allow_money=True)]
        if first and second and not _range_in_a_name(first[0], second[0]):
            return tok
    return None


def _range_in_a_name(low: Any, high: Any) -> bool:
    """"from the council's 0 to 19 service": a range naming a service, with its article or owner
    before the figures, not a change from one value to another."""
    noun = high.head if high.dep_ == "nummod" else None
    return noun is not None and noun.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.i < low.i for c in noun.children)


_STANDARD_NOUNS = {"standard", "benchmark", "threshold", "trajectory", "expectation", "requirement"}


def _set_as_target(tok: Any) -> bool:
    """A figure set as a target or standard: "against a target of 95%", "the national standard of 98%"."""
    node = tok
    for _ in range(3):
        if node.head == node:
            return False
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and _lemma(node) in _INTENT_NOUNS | _STANDARD_NOUNS:
            return True
    return False


def _comparison(sent: Any) -> Any | None:
    """A 'compared with' / 'versus' token with a magnitude on each side (not a target on the far side)."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in _COMPARE_WORDS:
            continue
        before = [t for t in doc[sent.start : tok.i] if is_magnitude(t, allow_money=True)]
        after = [t for t in doc[tok.i + 1 : sent.end] if is_magnitude(t, allow_money=True) and not _set_as_target(t)]
        if tok.lower_ == "against":
            after = [t for t in after if t in tok.subtree]  # "reviewed 100 alerts against the notes, and judged 71% ...": no
        if before and after:
            return tok
    return None


def _before_after(sent: Any) -> Any | None:
    words = {t.lower_ for t in sent}
    if not (words & _BASELINE_WORDS and words & _AFTER_WORDS):
        return None
    # "Of the 31 who have since given birth, 24 had a plan ... and all 31 ...": the whole a share is
    # taken of is no second value
    numbers = [t for t in sent if is_magnitude(t, allow_money=True) and not _a_whole(t)]
    counted = {_lemma(t.head) for t in numbers if t.dep_ == "nummod" and not _followed_by_percent(t)}
    if len(counted) >= 2 and len(counted) == len(numbers):
        return None  # "since then 71 people have been given a passport ... and the line has taken 240 calls"
    if len(numbers) >= 2 and len({_is_money(t) for t in numbers}) == 1 \
            and len({_followed_by_percent(t) for t in numbers}) == 1:
        return numbers[-1]
    return None  # "an audit of 150 patients ... recorded both before and after the block in 88% of cases": no pair


def _a_whole(tok: Any) -> bool:
    """'of the 31', 'all 31', 'all the 31': the number shares are taken of."""
    if _followed_by_percent(tok):
        return False
    k = tok.i - 1
    if k >= tok.sent.start and tok.doc[k].lower_ == "the":
        k -= 1
    if k < tok.sent.start or tok.doc[k].lower_ not in ("of", "all"):
        return False
    if tok.doc[k].lower_ == "all":
        return True
    # "Of the 31 ...", "24 of 31": not "an average of 11", "a sample of 180"
    return k == tok.sent.start or tok.doc[k - 1].is_punct or _is_number(tok.doc[k - 1])


def _dated_pair(sent: Any) -> Any | None:
    """Two percentages dated to two different years: "48% had a check in 2021/22, and in 2023/24 it was 79%"."""
    years = {t.text for t in sent if _is_year(t.text)}
    if len(years) < 2:
        return None
    shares = [t for t in sent if is_magnitude(t) and _followed_by_percent(t)]
    if len(shares) >= 2:
        return shares[-1]
    # "14 of 126 specimens had no result in 2022; in 2024 it was 1 of 139": two proportions written as "N of M"
    parts = [t for t in sent if t.like_num and t.i + 2 < sent.end and t.nbor(1).lower_ == "of" and t.nbor(2).like_num
             and not _is_year(t.text) and not _is_year(t.nbor(2).text)]
    return parts[-1] if len(parts) >= 2 else None


_ERROR_WORDS = {"mistake", "error", "accident"}
_ERROR_ADVERBS = {"accidentally", "mistakenly", "wrongly", "inadvertently", "erroneously", "wrongfully"}


def _in_error(tok: Any) -> bool:
    """A change made by mistake is an incident, not an outcome: "a dose had been doubled by mistake"."""
    return any(c.lower_ in _ERROR_ADVERBS or c.dep_ in ("prep", "agent") and c.lower_ in ("by", "in")
               and any(_lemma(o) in _ERROR_WORDS for o in c.children) for c in tok.children)


def claim_in_sentence(sent: Any) -> tuple[str | None, Any | None]:
    """(kind, anchor token) when the sentence states a realised, measured change; else (None, None)."""
    for tok in sent:
        kind = _is_change_trigger(tok)
        if kind is None or not realised(tok) or _in_error(tok):
            continue
        if kind == "self":
            return kind, tok
        magnitude = _linked_magnitude(tok)
        if magnitude is None and kind in ("verb", "particle"):
            # "Falls are down 30%": the magnitude may hang off the clause head.
            magnitude = _linked_magnitude(tok.head) if tok.dep_ in ("prt", "advmod", "acomp") else None
        if magnitude is None:
            continue
        if kind == "verb" and _lemma(tok) == "raise" and magnitude.dep_ == "nummod" and magnitude.head.dep_ == "dobj" \
                and magnitude.head.head == tok and not any(c.dep_ == "prep" and c.lower_ in ("by", "from", "to")
                                                           for c in tok.children):
            continue  # "the system raised 1,180 alerts": alerts made, not something raised by 1,180
        if kind == "verb" and _lemma(tok) == "raise" and _mentions_times(magnitude) and _passive(tok):
            continue  # "an alert was raised 212 times": how often, not by how much
        if kind == "particle" and _activity_count(tok.head):
            continue  # "the service treated 400 people in 2023, up from 150": how much was done
        if kind == "verb" and _scope_growth(tok):
            continue  # "the list of preferred specials has grown to 32 medicines": what the work covers
        if kind == "comparative" and not (
            _followed_by_percent(magnitude) or magnitude.lower_ in _FRACTIONS or _mentions_times(magnitude)
        ):
            continue
        return kind, tok
    for finder in (_from_to_pair, _comparison, _before_after, _dated_pair):
        anchor = finder(sent)
        verb = _pair_anchor(sent, anchor) if anchor is not None else None
        if verb is not None and realised(verb) and verb.lemma_.lower() not in _INTENT_VERBS and not _activity_count(verb) \
                and not _scope_growth(verb):
            return "pair", anchor  # not "we want 90%, up from 40%"
    text = sent.text
    if (_SPC_WORDS.search(text) and _SPC_SIGNAL.search(text)) or _SPECIAL_CAUSE.search(text):
        root = sent.root
        if realised(root):
            return "spc", root
    if _SIGNIFICANT.search(text) and any(_is_change_trigger(t) in ("verb", "noun") for t in sent):
        if realised(sent.root):
            return "significance", sent.root
    return None, None


# What a programme covers, whose growth is its reach rather than an outcome.
_SCOPE_NOUNS = {"list", "formulary", "library", "catalogue", "directory", "register", "range", "menu", "network",
                "membership", "portfolio", "database", "programme", "program", "scheme", "caseload"}
_GROWING_VERBS = {"grow", "increase", "rise", "expand", "extend", "climb", "reach"}
# Work done with people, counted: "the team saw 231 patients, compared with 52", "trained 312 nurses".
_ACTIVITY_VERBS = {"see", "treat", "train", "visit", "assess", "screen", "support", "recruit", "enrol",
                   "enroll", "vaccinate", "review", "contact", "refer"}


def _scope_growth(verb: Any) -> bool:
    """A list, network or programme that grew ("the programme has grown from 18 patients to 54"): its reach."""
    return _lemma(verb) in _GROWING_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _SCOPE_NOUNS for c in verb.children)


def _activity_count(verb: Any) -> bool:
    """A pair of figures that counts people the work saw, trained or reached ("saw 231 surgical patients,
    compared with 52 the year before"): how much was done, not a measured outcome."""
    if verb.lower_ in _COMPARE_WORDS and verb.head != verb:
        verb = verb.head  # "saw 231 ..., compared with 52": the comparison hangs on what was counted
    return _lemma(verb) in _ACTIVITY_VERBS and verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and (group_of(c) is not None or _lemma(c) in _PEOPLE_NOUNS | {"people", "person", "patient"})
        for c in verb.children)


def _mentions_times(tok: Any) -> bool:
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in ("times", "fold", "x")


def claims_in_docs(docs_by_criterion: Mapping[str, Sequence[Any]], *, criteria: Iterable[str] | None = None) -> tuple[Claim, ...]:
    wanted = None if criteria is None else set(criteria)
    claims: list[Claim] = []
    seen: set[str] = set()
    for criterion, docs in docs_by_criterion.items():
        if wanted is not None and criterion not in wanted:
            continue
        for sent in _sentences(docs):
            kind, anchor = claim_in_sentence(sent)
            if kind is None:
                continue
            sentence = _clean(sent.text)
            if sentence in seen:
                continue
            seen.add(sentence)
            values = _values(sent)
            measure = None
            if kind in ("verb", "noun", "comparative", "self", "particle"):
                measure = _measure(anchor, kind)
            if measure is None:
                measure = _measure(_pair_anchor(sent, anchor), "verb") if kind not in ("spc",) else None
            if measure is None and kind != "spc":
                measure = _first_measure_noun(sent)
            claims.append(
                Claim(
                    criterion=criterion,
                    sentence=sentence,
                    measure=measure,
                    baseline=values.baseline,
                    after=values.after,
                    change=values.change,
                )
            )
    return tuple(claims)


def _time_phrase(chunk: Any) -> bool:
    """"15 months", "the baseline year", "the end of 2022": when, not what was measured."""
    root = chunk.root
    if root.lemma_.lower() in _TIME_UNITS or root.lower_ in _TIME_UNITS or _date_word(root):
        return True
    return root.lemma_.lower() in ("end", "start", "beginning", "close") and any(
        _date_word(t) or t.lemma_.lower() in _TIME_UNITS for t in root.subtree)


def _first_measure_noun(sent: Any) -> str | None:
    for chunk in sent.noun_chunks:
        root = chunk.root
        if root.pos_ == "PRON" or root.lemma_.lower() in _PRONOUN_SUBJECTS or root.pos_ == "PROPN" or _time_phrase(chunk):
            continue
        if _SPC_WORDS.search(chunk.text) or root.lemma_.lower() in ("shift", "chart", "variation", "signal"):
            continue
        return _phrase(root)
    return None


def find_claims(
    sections: Mapping[str, Section | None],
    nlp: Any,
    *,
    criteria: Iterable[str] | None = None,
    docs: Mapping[str, Sequence[Any]] | None = None,
) -> tuple[Claim, ...]:
    """Every sentence of the given criteria's sections (all sections when None) that reports a measured change."""
    wanted = None if criteria is None else tuple(criteria)
    if docs is None:
        subset = {c: s for c, s in sections.items() if wanted is None or c in wanted}
        docs = parse_sections(subset, nlp)
    return claims_in_docs(docs, criteria=wanted)


# ---------------------------------------------------------------------------------------------
# Involvement
# ---------------------------------------------------------------------------------------------

_PATIENT_WORDS = {
    "patient", "carer", "caregiver", "family", "relative", "parent", "resident", "user", "public",
    "healthwatch", "ppi", "ppie", "advocate", "survivor", "woman", "mother", "child", "people",
    "person", "expert", "lay", "citizen", "veteran", "member", "prisoner", "inmate", "mentor", "supporter",
    "father", "mum", "dad", "grandmother", "grandfather", "grandparent", "daughter", "son", "husband", "wife",
    "sibling", "widow", "widower", "individual", "nan", "nana", "grandad", "grandma", "granny", "grandpa", "auntie",
    "uncle", "niece", "nephew", "passenger", "tenant", "client", "recipient",
}
_PATIENT_NEEDS_QUALIFIER = {
    # Words that are patients only with a qualifier: "service user", "young people", "lay member".
    "user": {"service"},
    "people": {"young", "lived", "local", "older", "with", "living"},
    "person": {"lay", "young", "older", "with", "living"},
    "individual": {"with", "living", "lived", "young", "older", "affected"},
    "expert": {"experience", "lived"},
    "member": {"lay", "public", "community", "family", "patient"},
    "advocate": {"patient", "carer", "family", "lay", "peer"},
    "public": {"the", "of"},
    "resident": {"care", "home", "local", "sheltered", "supported", "extra-care", "hostel"},
    "mentor": {"peer"},
    "supporter": {"peer"},
    # "kidney transplant recipients", "care recipients"; not "recipients of the newsletter"
    "recipient": {"transplant", "kidney", "liver", "heart", "lung", "organ", "transfusion", "blood", "care",
                  "stem", "marrow", "implant"},
}
# Patient voice groups known by their initials: Maternity (and Neonatal) Voices Partnerships, a GP
# practice's Patient Participation Group.
_PATIENT_GROUP_ACRONYMS = {"mvp", "mnvp", "ppg", "ppgs", "mvps", "mnvps"}
_PAID_CARER = {"senior", "paid", "professional", "agency", "domiciliary", "care", "home", "night", "day", "reablement",
               "council", "homecare"}
_CONDITIONS = {"deaf", "disabled", "blind", "autistic", "homeless", "bereaved", "neurodivergent", "deafblind"}
# Groups run by and for patients or carers: "the Lung Health Support Group", "a carers' network".
_SELF_HELP_GROUPS = {"group", "network", "forum", "circle", "cafe", "café"}
_SELF_HELP_WORDS = {"support", "peer", "self-help", "carers", "carers'", "parents", "parent", "users", "survivors"}
_STAFF_WORDS = {
    "staff", "colleague", "nurse", "doctor", "physician", "consultant", "registrar", "clinician",
    "pharmacist", "technician", "midwife", "porter", "hca", "assistant", "therapist", "physio",
    "physiotherapist", "paramedic", "gp", "surgeon", "anaesthetist", "anesthetist", "practitioner",
    "matron", "sister", "workforce", "employee", "student", "trainee", "ahp", "visitor", "educator",
    "receptionist", "handler", "dispatcher", "worker", "professional", "manager", "lead", "team",
    "frontline", "champion", "operative", "administrator", "officer", "coordinator", "co-ordinator",
    "psychologist", "dietitian", "radiographer", "sonographer", "optometrist", "dentist",
    "scientist", "houseofficer", "fy1", "fy2", "nursing", "medic", "intensivist", "geriatrician",
    "crew", "firefighter",
    "housekeeper", "cleaner", "caterer", "cook", "chef", "chaplain", "phlebotomist", "clerk", "secretary", "sergeant",
    "constable", "teacher", "headteacher", "engineer", "physicist", "technologist", "hcsw", "orderly", "odp",
    "controller", "call-taker", "paediatrician", "obstetrician", "podiatrist", "orthoptist", "optician", "dietician",
    "driver", "escort", "senco", "operator", "adviser", "advisor", "supervisor", "interpreter", "planner",
    "scheduler", "navigator", "analyst", "leader", "specialist", "developer",
}
_STAFF_NEEDS_QUALIFIER = {
    "team": {"ward", "frontline", "clinical", "nursing", "medical", "pharmacy", "theatre", "theatres",
             "icu", "maternity", "ed", "emergency", "community", "multidisciplinary", "mdt", "surgical",
             "outreach", "critical", "care", "district", "midwifery", "therapy", "discharge", "unit",
             "ambulance", "crisis", "home", "practice", "primary", "stroke", "paediatric", "night",
             "acute", "department", "operational", "site", "reception", "booking", "admin", "administrative",
             "audiology", "radiology", "physiotherapy", "therapies", "dietetic", "dietetics", "podiatry", "optometry",
             "dental", "orthoptic", "renal", "dialysis", "diabetes", "oncology", "haematology", "transfusion",
             "anticoagulation", "housekeeping", "catering", "estates", "portering", "switchboard", "safeguarding",
             "governance", "digital", "informatics", "medicines", "liaison", "rehabilitation", "reablement",
             "falls", "respiratory", "cardiology", "neurology", "endoscopy", "laboratory", "pathology",
             "phlebotomy", "palliative", "wound", "tissue", "continence", "clinic"},
    "visitor": {"health"},
    # a controller held in the hand is a device: "call controllers", "transport controllers" are staff
    "controller": {"call", "room", "emergency", "ambulance", "dispatch", "clinical", "duty", "999", "111", "fire",
                   "police", "control", "senior", "our", "traffic", "transport", "bed", "site", "flow", "operations",
                   "logistics"},
    "assistant": {"healthcare", "care", "nursing", "health", "pharmacy", "clinical", "maternity", "teaching", "dental",
                  "counter", "ward", "theatre", "therapy", "occupational", "physician", "medicines", "support"},
    "driver": {"ambulance", "transport", "bus", "taxi", "van", "delivery", "minibus", "patient", "community", "hospital"},
    "escort": {"transport", "patient", "hospital", "school", "ambulance", "passenger"},
    "worker": {"support", "care", "social", "health", "key", "frontline", "healthcare", "peer"},
    "professional": {"healthcare", "health", "clinical", "allied", "care", "medical"},
    "manager": {"ward", "unit", "department", "practice", "service", "line", "nurse", "site", "bed"},
    "lead": {"clinical", "nurse", "nursing", "ward", "medical", "pharmacy", "practice", "safety"},
    "officer": {"clinical", "medical", "nursing", "safety"},
    "student": {"nurse", "nursing", "medical", "midwifery"},
    "handler": {"call"},
    # "emergency medical advisers", "NHS 111 clinical advisers"; not "patient advisers" or "lay advisers"
    "adviser": {"medical", "clinical", "nurse", "nursing", "health", "pharmacy", "safeguarding", "specialist",
                "infection", "dental", "midwifery", "111", "helpline", "safety"},
    "advisor": {"medical", "clinical", "nurse", "nursing", "health", "pharmacy", "safeguarding", "specialist",
                "infection", "dental", "midwifery", "111", "helpline", "safety"},
    "sister": {"ward"},
    "coordinator": {"ward", "nurse", "care", "discharge", "service", "project", "programme", "clinical", "team"},
    "co-ordinator": {"ward", "nurse", "care", "discharge", "service", "project", "programme", "clinical", "team"},
    "nursing": {"the"},
    "frontline": {"the"},
    "administrator": {"ward", "medical", "clinical", "records", "clinic", "practice", "booking", "appointments",
                      "admissions", "theatre", "pathway", "outpatient", "outpatients", "referral", "referrals", "team"},
    # "nurse specialists", "clinical specialists"; not "a specialist in cyber security" or "specialist equipment"
    "specialist": {"nurse", "nursing", "clinical", "pharmacy", "pharmacist", "midwife", "midwifery", "therapy",
                   "tissue", "viability", "continence", "infection", "safeguarding", "dementia", "diabetes"},
    # staff who build the service's own systems: "Digital Services developers", "our software developers"
    "developer": {"software", "digital", "app", "web", "systems", "system", "it", "services", "in-house"},
    "operative": set(),
    # "ward leaders", "room leaders", "shift leaders": staff who lead a place or a shift; not "community leaders"
    "leader": {"ward", "team", "shift", "room", "unit", "clinical", "nursing", "medical", "site", "clinic", "practice",
               "theatre", "department", "service", "nursery", "bay", "section", "care"},
}
# People who stand in for patients: their taking part in a realised clause is involvement.
_REPRESENTATIVE_HEADS = {"representative", "rep", "partner", "advocate", "panel", "forum", "council",
                         "group", "network", "voice", "ambassador", "volunteer", "leader", "member"}

# Participation the group does itself (group as subject).
_DOER_VERBS = {
    "co-design", "co-produce", "co-create", "co-develop", "co-chair", "co-lead", "co-author",
    "design", "redesign", "develop", "test", "pilot", "trial", "participate", "contribute",
    "shape", "inform", "comment", "review", "evaluate", "sit", "join", "attend", "lead", "chair",
    "help", "work", "partner", "collaborate", "suggest", "propose", "recommend", "identify",
    "raise", "share", "voice", "advise", "guide", "refine", "champion", "volunteer", "interpret",
    "represent", "feed", "give", "provide", "write", "interview", "run", "analyse", "analyze",
    "create", "build", "map",
    "choose", "select", "agree", "decide", "vote", "input", "user-test", "prototype", "co",
    "influence", "challenge", "audit", "assess", "prioritise",
    "prioritize", "set", "present", "draft", "edit", "try", "steer", "oversee", "govern", "act", "validate", "approve",
    "rewrite", "rewrote", "rewritten", "redraft", "co-write", "co-deliver", "co-facilitate", "co-run",
    "rework", "revise", "amend", "script", "storyboard", "film", "redraw", "redrew", "redrawn",
}
# Participation done with / to the group (group as object, passive subject or "with" object).
_WITH_VERBS = {
    "consult", "interview", "survey", "involve", "engage", "ask", "recruit", "include", "listen", "speak", "talk",
    "hear", "co-design", "co-produce", "co-create", "co-develop", "design", "develop", "test",
    "pilot", "trial", "work", "partner", "collaborate", "gather", "capture", "collect", "seek",
    "hold", "run", "meet", "invite", "canvass", "poll", "question", "observe", "shadow", "empower",
    "elicit", "solicit", "obtain", "receive", "incorporate", "embed", "refine", "review", "share",
    "discuss", "validate", "agree", "prototype", "evaluate", "map", "co", "build", "create",
    "user-test", "write", "draft", "redraft", "rewrite",
}
_BENEFICIARY_PREPS = {"for", "to", "on", "among", "amongst", "about", "around", "towards", "against", "at"}
_PARTICIPATION_NOUNS = {
    "co-design", "co-production", "co-creation", "co-development", "involvement", "engagement",
    "participation", "consultation", "interview", "workshop", "survey", "questionnaire", "feedback",
    "input", "insight", "view", "voice", "story", "panel", "forum", "committee", "board", "group",
    "representative", "representation", "partner", "advocate", "member", "membership", "steering",
    "suggestion", "idea", "comment", "testing", "pilot", "session", "event", "discussion",
    "conversation", "listening", "huddle", "focus", "contribution", "perspective", "experience",
    "opinion", "recommendation", "evaluation", "co-chair", "chair", "design", "review", "response",
}
_GROUP_NOUNS = {"panel", "forum", "committee", "board", "group", "council", "network", "collaborative"}
# "Carers came to a meeting", "nurses took part in workshops": where a group's subject took part.
_TAKING_PART_NOUNS = {"workshop", "part", "co-design", "co-production", "design", "testing", "pilot", "development",
                      "meeting", "session", "event"}
# What one named person does for the project is leading or telling others about it, not a group taking part.
_ONE_PERSON_VERBS = {"lead", "present", "speak", "share", "publish", "champion", "chair"}
_SESSIONS = {"session", "course", "lesson", "class", "programme", "program", "module", "talk", "assembly"}
_TRAINING_WORDS = {"training", "education", "educational", "teaching", "induction", "awareness", "information",
                   "briefing", "simulation", "refresher", "skills", "e-learning"}
# Saying what they want is input: "carers asked for ...", "nurses told us ...", "parents requested ...".
_VOICE_VERBS = {"ask", "tell", "say", "explain", "warn", "request", "point", "flag", "spot", "notice"}
# Participation nouns that, alone, are outcomes or services, not people taking part.
_WEAK_NOUNS = {"experience", "survey", "questionnaire", "review", "response", "evaluation", "design", "session", "event"}
_OUTCOME_VERBS = {"show", "indicate", "demonstrate", "suggest", "reflect", "confirm", "report", "be",
                  "remain", "rise", "fall", "increase", "improve", "reduce", "decrease", "describe", "find",
                  "highlight"}
# Telling others about the work: the people told are an audience, not taking part
# ("we shared our evaluation with the nurses' network", "presented it to the regional group").
_DISSEMINATION_VERBS = {"share", "present", "disseminate", "publish", "circulate", "send", "showcase", "report",
                        "demonstrate"}
# Care done to patients, not patients taking part: "patients are observed / reviewed / tested".
_CARE_VERBS = {"observe", "review", "test", "evaluate", "assess", "trial", "monitor", "screen", "examine"}
# Clinical work on these is the job, not involvement in the project: "pharmacists reviewed 4,000
# prescriptions", "every case is reviewed by a consultant".
_CLINICAL_WORK_VERBS = _CARE_VERBS | {"audit", "check", "see", "treat", "run", "give", "provide", "write", "lead",
                                      "agree", "fit"}
# What a project makes and tries out; "tested three prototype versions" is design work, however counted.
_DESIGN_OBJECTS = {"version", "prototype", "draft", "design", "iteration", "option", "mock-up", "mockup", "wireframe",
                   "template", "script", "leaflet", "tool", "screen", "form", "chart", "poster", "video", "film", "card"}
# Care given with the patient ("agree a safety plan with the person and their family").
_CARE_GIVING_VERBS = {"agree", "give", "provide", "fit", "check", "see", "treat"}
# What one member of staff does counts as staff taking part only when it is work on the project itself;
# "the pharmacist gives the card", "our champion approved every plan" are a job done.
_ONE_PERSON_PROJECT_VERBS = {"co-design", "co-produce", "co-create", "co-develop", "co-write", "design", "redesign",
                             "develop", "test", "pilot", "trial", "draft", "write", "build", "create", "shape", "sit",
                             "join", "chair", "co-chair", "prototype", "user-test", "refine", "rewrite"}
_CLINICAL_OBJECTS = {
    "case", "prescription", "patient", "record", "note", "chart", "referral", "result", "scan", "x-ray",
    "medication", "medicine", "drug", "dose", "observation", "admission", "sample", "wound", "bed", "shift",
    "clinic", "caseload", "cannula", "catheter", "alert", "alarm", "reading", "notification", "call", "request",
    "insulin", "antibiotic", "vaccine", "injection", "trace", "direction", "concern", "query", "specimen",
    "risk", "line", "helpline", "round",
}
# Where people work is not what they did for the project: "staff who work at both hospitals".
_WORKPLACES = {"ward", "hospital", "site", "unit", "service", "shift", "practice", "home", "trust", "department",
               "area", "community", "theatre", "clinic", "floor", "team", "night", "weekend", "bay", "centre", "car",
               "vehicle", "ambulance", "van", "boat", "helicopter", "desk", "rota", "line", "road"}
# Gathering verbs take part only when what is gathered is people's input: "feedback received from
# patients", not "received a response from a specialist nurse".
_GATHER_VERBS = {"receive", "obtain", "gather", "collect", "capture", "seek", "elicit", "solicit"}


def _qualifiers(tok: Any) -> set[str]:
    quals = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "det", "poss")}
    if tok.i > 0:
        quals.add(tok.doc[tok.i - 1].lower_)
    # "people with lived experience", "members of the public", "experts by experience"
    for child in tok.children:
        if child.dep_ == "prep":
            quals.add(child.lower_)
            quals.update(t.lower_ for t in child.subtree)
            # "residents at two of the hostels": the place's singular too
            quals.update(t.lemma_.lower() for t in child.subtree if t.tag_ == "NNS")
        if child.dep_ == "acl":  # "people living with dementia"
            quals.update(t.lower_ for t in child.subtree)
    return quals


_STAFF_SUFFIXES = ("ologist", "iatrist", "ician", "ographer", "ologists", "iatrists", "icians", "ographers")


# A club or society named after a condition is its patients' ("Greyfield Stroke Club"); a network or
# forum may be clinicians' ("the Kidney Network"), so only these heads count.
_PATIENTS_CLUBS = {"club", "society", "association", "cafe", "café", "circle"}
_CONDITION_NAMES = {"stroke", "sepsis", "kidney", "heart", "cancer", "diabetes", "parkinson", "parkinson's", "dementia",
                    "epilepsy", "asthma", "copd", "lung", "breathe", "autism", "arthritis", "ostomy", "stoma",
                    "renal", "cardiac", "aphasia", "amputee", "limb", "sight", "hearing", "memory", "brain",
                    "sickle", "huntington's", "ms", "mnd", "hiv", "lupus", "allergy", "anaphylaxis", "liver"}


_ORGANISATION_CLIENTS = {"nhs", "trust", "corporate", "commercial", "business", "commissioning", "organisational",
                         "organizational", "institutional", "enterprise"}


def _a_condition(tok: Any) -> bool:
    """A condition or illness named: "type 1 diabetes", "prostate cancer", "a stroke"."""
    return bool({_lemma(tok), tok.lower_} & _CONDITION_WORDS) or tok.lower_.endswith(("itis", "oma", "aemia", "emia", "osis"))


def _named_patients_group(name: Any) -> bool:
    """A named group of patients: "Sepsis Survivors Kennet" (its people are named in it), "Greyfield
    Stroke Club" (a club named after a condition), "the District Sight Loss Society"."""
    words = [c for c in name.subtree if c.i < name.i and c.dep_ in ("compound", "poss")] + [name]
    lemmas = {w.lower_.rstrip("s") if w.pos_ == "PROPN" else _lemma(w) for w in words}
    lowers = {w.lower_ for w in words}
    if lemmas & (_PATIENT_WORDS - {"member", "people", "person", "individual", "public"}) or lowers & _SELF_HELP_WORDS:
        return True
    return _lemma(name) in _PATIENTS_CLUBS and bool(lowers & _CONDITION_NAMES)


def group_of(tok: Any) -> str | None:
    """"patients" | "staff" when ``tok`` names people of that group, else None."""
    if tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        # "Ward nurses told us ...": a plural noun the tagger read as a verb, in a noun's place
        word = tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_
        return "staff" if word in _STAFF_WORDS and word not in _STAFF_NEEDS_QUALIFIER else \
            "patients" if word in _PATIENT_WORDS and word not in ("member", "people", "person", "user", "public") else None
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    if tok.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in _PATIENT_WORDS | _STAFF_WORDS:
        lemma = lemma[:-1]  # a name's plural is not lemmatised: "Kidney Patients Group", "Nurses Forum"
    if lower in ("hcas", "hca", "ahps", "ahp", "gps", "gp", "fy1s", "fy2s", "hcsws", "hcsw", "odps", "odp") \
            or lemma in ("hca", "ahp", "hcsw", "odp"):
        lemma = lower.rstrip("s")
    if lower in ("healthwatch",) or lower.startswith("healthwatch") or lower in _PATIENT_GROUP_ACRONYMS:
        return "patients"
    if tok.pos_ == "PROPN" and lemma in ("voices", "voice"):
        return "patients"  # a patient voice group: "Maternity Voices Partnership", "Patient Voices"
    # "experience" in "lived experience" / "experts by experience"
    if lemma == "experience" and tok.dep_ != "pobj" and (
        any(c.lower_ == "lived" for c in tok.children)
        # "a lived experience panel": "lived" may hang on the panel rather than on "experience"
        or (tok.dep_ == "compound" and any(c.lower_ == "lived" and c.i < tok.i for c in tok.head.children))
    ):
        return "patients"
    if lemma in _SELF_HELP_GROUPS and any(c.dep_ == "compound" and c.lower_ in _SELF_HELP_WORDS for c in tok.children):
        return "patients"
    if lemma in ("worker", "educator", "leader", "navigator", "supporter", "mentor", "advisor", "adviser") \
            and "peer" in _qualifiers(tok):
        return "patients"  # peer workers and educators bring lived experience
    if lemma == "partner" and tok.dep_ != "compound" and "birth" in _qualifiers(tok):
        return "patients"  # "birth partners": family at a birth
    if lemma == "partner" and any(c.dep_ == "compound" and c.lemma_.lower() in ("gp", "practice", "nurse", "salaried")
                                  for c in tok.children):
        return "staff"  # "GP partners", "nurse partners": partners in a practice
    if lemma == "carer" and _PAID_CARER & _qualifiers(tok):
        return "staff"  # "senior carers" in a care home, "home care carers": care workers
    if lemma == "member" and any(c.dep_ == "compound" and _lemma(c) in _PATIENTS_CLUBS | _SELF_HELP_GROUPS
                                 and _named_patients_group(c) for c in tok.children):
        return "patients"  # "Stroke club members": the club's people
    if (lemma in _PEOPLE_NOUNS | {"people", "person", "individual"} or _person_like(tok, lemma)) and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and _a_condition(o) for o in c.children)
            for c in tok.children):
        return "patients"  # "young adults with type 1 diabetes", "men with prostate cancer"
    if lemma == "member" and _members_of_a_patients_group(tok):
        return "patients"  # "the lived experience advisory group: its members told us ..."
    if lemma == "client" and _ORGANISATION_CLIENTS & _qualifiers(tok):
        return None  # "our NHS clients", "corporate clients": organisations a company works for
    if lemma == "member":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if group is not None and (group.lemma_.lower() in _GROUP_NOUNS | _PATIENTS_CLUBS | {"forum", "council"}
                                  or group.pos_ == "PROPN") and (
                group_of(group) == "patients" or any(c.dep_ == "compound" and group_of(c) == "patients" for c in group.children)
                or _named_patients_group(group)):
            return "patients"  # "members of the Stroke Survivors Group": the group's people
    if tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "poss") and _named_patient(tok):
        return "patients"  # "Joan, who has taken methotrexate for nineteen years", "Mr Okoro, who has had diabetes"
    if lemma == "resident" and tok.dep_ == "poss" and tok.head.lemma_.lower() in _GROUP_NOUNS | {"meeting", "forum"}:
        return "patients"  # "the residents' meeting", "the residents' committee"
    if lemma in ("people", "person", "volunteer", "member", "user", "man", "woman", "gentleman", "lady", "couple") \
            and (_described_as_patients(tok) or _served_by_us(tok)):
        return "patients"  # "people who use home oxygen", "volunteers, several of whom care for a relative"
    if lemma in {"people", "person", "volunteer", "member", "user"} | _PEOPLE_NOUNS and _CONDITIONS & _qualifiers(tok):
        return "patients"  # "Deaf people", "disabled members", "autistic volunteers", "autistic adults"
    if lemma in _FAMILY and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and _lemma(o) in _PEOPLE_NOUNS | {"patient", "person", "resident", "baby"}
            for o in c.children) for c in tok.children):
        return "patients"  # "the sister of the man who died", "the mother of a baby on the unit": family
    if tok.pos_ == "NOUN" and (lemma not in _STAFF_WORDS or {"retired", "former"} & _qualifiers(tok) or _public_unless_staff(tok, lemma)) \
            and lemma not in _CONDITION_OBJECTS and any(  # "a woman with dementia who was ...": the clause is hers
            _who_clause(t) and (_described_as_patients(t) or _harmed(t))
            for t in (tok, *(c for c in tok.children if c.dep_ == "appos"))):
        # "a kayaker who was rescued", "two fishermen who had been landed injured",
        # "a retired teacher, Mrs Ivy Okafor, who had scalded her hand"
        return "patients"
    if lemma in ("champion", "ambassador") and any(t.lower_ == "community" for t in tok.subtree if t.i < tok.i):
        return "patients"  # "community health champions": volunteers from the community served
    if lemma in _PATIENT_WORDS:
        if tok.dep_ in ("amod", "compound") and (_lemma(tok.head) == "team" or _lemma(tok.head) in _STAFF_WORDS
                                                and _lemma(tok.head) not in _REPRESENTATIVE_HEADS):
            return None  # "the patient flow team", "patient safety specialists": staff named by their work
        quals = _PATIENT_NEEDS_QUALIFIER.get(lemma)
        if quals is not None and not (quals & _qualifiers(tok)):
            return None
        if lemma == "member" and not ({"public", "community", "lay", "patient", "family"} & _qualifiers(tok)) \
                and not any(c.dep_ == "compound" and group_of(c) == "patients" for c in tok.children):
            return None
        if tok.dep_ == "compound" and _head_word(tok.head) not in _REPRESENTATIVE_HEADS | _PARTICIPATION_NOUNS:
            return None  # "patient safety", "patient flow", "family room"; not "the Research Patient Partners"
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in ("experience", "survey", "outcome", "record"):
            return None
        return "patients"
    if (lemma in _STAFF_WORDS or lemma.endswith(_STAFF_SUFFIXES)) and tok.pos_ == "NOUN" and _cared_for_themselves(tok):
        return "patients"  # "firefighters who had been treated for cancer", "officers who had used the service"
    if lemma in _STAFF_WORDS or (tok.pos_ == "NOUN" and lemma.endswith(_STAFF_SUFFIXES)):
        if {"retired", "former", "volunteer", "voluntary", "unpaid"} & _qualifiers(tok):
            return None  # "both retired teachers", "volunteer support workers": not the services' staff
        quals = _STAFF_NEEDS_QUALIFIER.get(lemma)
        if quals is not None and quals and not (quals & _qualifiers(tok)) and not _job_title(tok, lemma) \
                and not (lemma == "controller" and tok.tag_ == "NNS"):  # "the controller" a device, "controllers" staff
            return None
        if tok.dep_ == "compound" and _head_word(tok.head) not in _REPRESENTATIVE_HEADS | _PARTICIPATION_NOUNS | {
            "team", "group", "member", "lead", "champion", "colleague"
        }:
            return None  # "nurse staffing", "staff training", "doctor's letter"
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in ("survey", "experience", "wellbeing", "sickness", "turnover"):
            return None
        return "staff"
    return None


def _head_word(tok: Any) -> str:
    """The lemma of a noun a group word qualifies; a name's plural is not lemmatised, so "Partners"
    in "the Research Patient Partners" is read as "partner"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in _REPRESENTATIVE_HEADS | _PARTICIPATION_NOUNS:
        return lemma[:-1]
    return lemma


# Staff words that name members of the public unless a qualifier makes them staff: "students who had
# been assaulted" (not "student nurses"), "visitors who had ended up in A&E" (not "health visitors").
_PUBLIC_UNLESS_QUALIFIED = {"student", "visitor", "driver", "passenger"}
# Endings of nouns for people ("holidaymaker", "walker", "claimant", "cyclist"), for nouns that are
# no patient word but are people when "with" a condition; these with the same endings are things.
_PERSON_ENDINGS = ("er", "or", "ant", "ent", "ist")
_NOT_PERSONS = {"letter", "number", "poster", "sticker", "folder", "marker", "computer", "container", "centre",
                "center", "paper", "register", "monitor", "order", "disorder", "error", "indicator", "factor",
                "sensor", "corridor", "department", "treatment", "assessment", "management", "equipment",
                "document", "event", "agent", "content", "component", "list", "checklist", "cluster", "chapter",
                "counter", "meter", "banner", "flyer", "leaflet", "character", "calendar", "filter", "water",
                # conditions, body parts, devices, things and times with a person's ending
                "cancer", "ulcer", "fever", "tumor", "bladder", "liver", "shoulder", "finger", "catheter",
                "inhaler", "ventilator", "defibrillator", "heater", "cylinder", "radiator", "detector", "generator",
                "refrigerator", "incident", "accident", "supplement", "implant", "stent", "ointment", "disinfectant",
                "anticoagulant", "barrier", "border", "matter", "quarter", "winter", "summer", "weather", "dinner",
                "powder", "timer", "shelter", "chamber", "river", "trailer", "parameter", "spacer", "buzzer"}
# What staff may have had as patients themselves: "a pharmacist who has had eleven colonoscopies".
_TREATMENTS = {"treatment", "surgery", "operation", "procedure", "counselling", "therapy", "chemotherapy",
               "radiotherapy", "transplant", "vaccination", "vaccine", "scan", "screening", "rehabilitation", "rehab"}
_TREATMENT_ENDINGS = ("oscopy", "oscopies", "ectomy", "otomy", "therapy", "plasty")


def _cared_for_themselves(tok: Any) -> bool:
    """Staff whose "who" clause says they were cared for or harmed themselves, as the service's
    patients: "firefighters who had been treated for cancer", "officers who had used the service",
    "paramedics who had been injured", "a pharmacist who has had eleven colonoscopies"; not "staff who
    had been through the old process" or "nurses who had had a near miss"."""
    for rel in _who_clauses(tok):
        lemma = _lemma(rel)
        passive = any(c.dep_ == "auxpass" for c in rel.children)
        objects = [c for c in rel.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        through = [o for p in rel.children if p.dep_ == "prep" and p.lower_ == "through" for o in p.children]
        if passive and lemma in _CARED_FOR | _HARMED_PASSIVE:
            return True
        if lemma in ("have", "undergo", "receive", "need") and any(
                _a_condition(o) or _lemma(o) in _TREATMENTS or _lemma(o).endswith(_TREATMENT_ENDINGS) for o in objects):
            return True
        if lemma == "use" and any(_lemma(o) in _SERVICE_LINES for o in objects):
            return True
        if lemma == "be" and any(_lemma(o) in _SERVICE_LINES for o in through):
            return True
    return False


def _public_unless_staff(tok: Any, lemma: str) -> bool:
    """A staff word with no qualifier that makes it staff: "students", not "student nurses"."""
    return lemma in _PUBLIC_UNLESS_QUALIFIED and not (_STAFF_NEEDS_QUALIFIER.get(lemma, set()) & _qualifiers(tok))


def _person_like(tok: Any, lemma: str) -> bool:
    """A noun for a person that is neither a patient nor a staff word: "a holidaymaker", "two walkers"."""
    return tok.pos_ == "NOUN" and lemma.endswith(_PERSON_ENDINGS) and lemma not in _NOT_PERSONS \
        and lemma not in _WORKPLACES and (lemma not in _STAFF_WORDS or _public_unless_staff(tok, lemma)) \
        and not lemma.endswith(_STAFF_SUFFIXES)


def _members_of_a_patients_group(member: Any) -> bool:
    """'its members', 'their members' after a patients' group named earlier in the sentence: "the
    trust's lived experience advisory group: its members told us ..."."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in member.children):
        return False
    for tok in reversed(member.sent[:member.i - member.sent.start]):
        if _lemma(tok) in _GROUP_NOUNS | _PATIENTS_CLUBS and tok.pos_ in ("NOUN", "PROPN"):
            before = [t for t in tok.subtree if t.i < tok.i]
            return group_of(tok) == "patients" or _named_patients_group(tok) or any(
                group_of(t) == "patients" or t.lower_ == "lived" and t.nbor().lower_ == "experience" for t in before)
    return False


# "reablement workers", "probation officers": a plural worker or officer named by the work is a
# staff group, whatever the work; these qualifiers name people who are not staff.
_JOB_PLURALS = {"worker", "officer", "assistant", "manager", "coordinator", "co-ordinator", "administrator"}
_NOT_JOBS = {"sex", "migrant", "seasonal", "farm", "agricultural", "factory", "manual", "construction", "gig",
             "self-employed", "unpaid", "voluntary", "volunteer", "peer", "chief", "executive"}


def _job_title(tok: Any, lemma: str) -> bool:
    if lemma not in _JOB_PLURALS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.lower_ not in _NOT_JOBS
           for c in tok.children):
        return True  # "probation officers", "the coroner's officers"
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None  # "therapists and reablement workers": parsed apart
    return before is not None and before.pos_ in ("NOUN", "PROPN", "ADJ") and before.lower_ not in _NOT_JOBS


def _lemma(tok: Any) -> str:
    low = tok.lower_
    if low.startswith("co-"):
        for stem, lemma in (("co-design", "co-design"), ("co-produc", "co-produce"), ("co-creat", "co-create"),
                            ("co-develop", "co-develop"), ("co-chair", "co-chair"), ("co-lead", "co-lead"),
                            ("co-led", "co-lead"), ("co-author", "co-author"), ("co-writ", "co-write"),
                            ("co-wrote", "co-write"), ("co-deliver", "co-deliver"), ("co-facilitat", "co-facilitate"),
                            ("co-run", "co-run"), ("co-ran", "co-run")):
            if low.startswith(stem):
                return lemma
    # British doubled consonants the lemmatiser does not know: "trialled", "modelled", "labelled".
    if low.endswith(("lled", "lling")) and (tok.lemma_.lower().endswith("lle") or tok.lemma_.lower() == low):
        return re.sub(r"ll(?:ed|ing)$", "l", low)
    return tok.lemma_.lower()


def _clause_verb(tok: Any) -> Any:
    node = tok
    while node.head != node and not (node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass")):
        node = node.head
    return node


def _clause_chain(verb: Any) -> set[int]:
    """The verb and the verbs it shares a subject with through xcomp ("invited to test")."""
    chain = {verb.i}
    node = verb
    while node.dep_ == "xcomp" and node.head != node:
        node = node.head
        chain.add(node.i)
    stack = [verb]
    while stack:
        v = stack.pop()
        for child in v.children:
            if child.i in chain or child.pos_ not in ("VERB", "AUX"):
                continue
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            # Verbs that share the subject: "invited to test", "tested X and rewrote Y",
            # "ran PDSA cycles, deciding what to test".
            if child.dep_ == "xcomp" or (child.dep_ == "conj" and not own_subject) or (
                child.dep_ == "advcl" and child.tag_ == "VBG" and not own_subject
            ):
                chain.add(child.i)
                stack.append(child)
    return chain


def _path_to(tok: Any, ancestor: Any) -> list[Any] | None:
    path = []
    node = tok
    while node != ancestor:
        if node.head == node:
            return None
        path.append(node)
        node = node.head
    return path


def _group_role(person: Any, verb: Any) -> str | None:
    """How ``person`` relates to ``verb``: "subject", "object", "with", "beneficiary" or None."""
    if verb.dep_ == "prep":
        return None  # "every patient given a new alert is sent a card": "given" parsed as a preposition
    path = _path_to(person, verb)
    if path is None:
        return None
    # Climb through coordination ("patients, carers and staff") to the phrase head.
    head_of_phrase = person
    for node in path:
        if node.dep_ == "conj" or (node.dep_ == "appos"):
            head_of_phrase = node.head
            continue
        break
    node = head_of_phrase
    while node.dep_ == "compound" and node.head.pos_ == "PROPN" and node.head != verb:
        node = node.head  # a name: "Healthwatch Kent"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head != verb and (
            node.head.head.pos_ in ("NUM", "PRON", "DET") or node.head.head.lemma_.lower() in _GROUP_NOUNS):
        node = node.head.head  # "six of its members", "some of our nurses", "a tasting panel of 14 residents"
    if node.dep_ == "nsubj" and node.head == verb and any(c.dep_ == "agent" for c in verb.children):
        return "object"  # note form without "were": "Housebound patients assessed at home by the CNS"
    if node.dep_ == "nsubj" and node.head == verb and any(c.dep_ == "auxpass" for c in verb.children):
        return "object"  # "people ..., recruited through a charity, were consulted": a passive, misparsed subject
    if node.dep_ in ("nsubj", "agent") and node.head == verb:
        return "subject"
    if node.dep_ == "nsubjpass" and node.head == verb:
        return "object"
    if node.dep_ in ("dobj", "dative", "oprd") and node.head == verb:
        return "object"
    if node.dep_ == "pobj":
        prep = node.head
        if prep.lower_ == "by" and prep.head == verb:
            # passive agent: "tested by nurses"; not "we added monitoring by community nurses"
            return "subject" if _passive(verb) or prep.dep_ == "agent" else None
        attached = prep.head == verb or _in_object_phrase(prep.head, verb)
        if prep.lower_ in ("with", "alongside", "together", "between", "from", "among", "amongst") and attached:
            return "with"  # "co-designed the leaflet with nurses", however the parser attached "with"
        if prep.lower_ in _BENEFICIARY_PREPS:
            return "beneficiary"
    if node.dep_ == "nsubj" and node.head != verb:
        return None
    return None


def _in_object_phrase(tok: Any, verb: Any) -> bool:
    """``tok`` sits in the verb's object phrase ("tested early versions of the room [with users]")."""
    node = tok
    for _ in range(6):
        if node.dep_ in ("dobj", "nsubjpass") and node.head == verb:
            return True
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return False
        node = node.head
    return False


def _linked_noun(person: Any, noun: Any) -> bool:
    """A participation noun that the person is part of: "patient feedback", "feedback from nurses",
    "patients on the steering group", "interviews with carers"."""
    if person.head == noun and person.dep_ in ("compound", "amod", "nmod", "poss"):
        return True
    if noun in person.children and noun.dep_ in ("compound",):
        return True  # "patient representatives": the person is the head of the noun
    path = _path_to(person, noun)
    if path is not None and len(path) <= 4:
        preps = [t for t in path if t.dep_ == "prep" or t.pos_ == "ADP"]
        if all(p.lower_ in ("from", "with", "of", "by", "among", "amongst", "including", "involving") for p in preps):
            return not any(t.pos_ in ("VERB", "AUX") for t in path[1:])
    path = _path_to(noun, person)
    if path is not None and len(path) <= 4:
        preps = [t for t in path if t.dep_ == "prep" or t.pos_ == "ADP"]
        if preps and all(p.lower_ in ("on", "in", "of", "to", "into", "at", "for", "within") for p in preps):
            return not any(t.pos_ in ("VERB", "AUX") for t in path[1:])
    return False


def involvement_in_sentence(sent: Any, *, members_are_patients: bool = False, carers_are_staff: bool = False,
                            groups: Sequence[str | None] | None = None,
                            unrealised: set[str] | None = None) -> dict[str, Any]:
    """group -> the token that shows the group took part, for each group that did in this sentence.

    ``members_are_patients``: the entry has said its "members" are patients or service users (see
    ``members_are_patients``), so a bare "our members" counts as patients here. ``carers_are_staff``:
    the entry's carers are paid care workers (see ``carers_are_staff``), so a bare "carers" is staff.
    ``groups``: ``group_of`` of each token of the sentence, when the caller has it already.
    ``unrealised``: when given, collects the groups named as taking part in a way that did not happen:
    negated ("no carers were involved") or not realised (planned, hoped for, modal).
    """
    found: dict[str, Any] = {}
    if groups is None:
        groups = [group_of(t) for t in sent]
    people = [(t, g if g is not None else "patients") for t, g in zip(sent, groups)
              if g is not None or members_are_patients and _bare_member(t)]
    if carers_are_staff:
        people = [(t, "staff" if g == "patients" and t.lemma_.lower() == "carer" and not _family_carer(t) else g)
                  for t, g in people]
    if not people:
        return found
    left_as_it_was = _nothing_changed(sent)
    # Per group, one verdict for each person the rules read: True when that person had no part (negated,
    # planned, only told, asked in vain, nothing changed after their views), False when the rules could
    # not tell. A group counts as unrealised only when every person of it read had no part: "the sister of
    # the man who died asked ...; she wrote the card handed to every patient" is not vetoed by the patient told.
    verdicts: dict[str, list[bool]] = {}
    for person, group in people:
        if group in found:
            continue
        if _measured_population(person):
            continue  # "the proportion of fathers who said they had been given the message went up": who was counted
        if left_as_it_was is not None and person.i < left_as_it_was:
            verdicts.setdefault(group, []).append(True)  # "we asked parents what they thought ..., so we have not changed it"
            continue
        if person.dep_ == "poss" and _lemma(person.head) not in _PARTICIPATION_NOUNS | _GROUP_NOUNS \
                and group_of(person.head) is None and person.head.pos_ != "PROPN":  # "the Kidney Patients' Association": theirs
            continue  # "the children's social care front door", "the women's hospital": a service, not the people
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in person.children) or _negated_person(person):
            verdicts.setdefault(group, []).append(True)
            continue
        if _object_of_gerund(person) or _quoted(person) or _told_about(person):
            continue
        if group == "staff" and _named_person(person):
            continue  # "our glaucoma lead, Mr Daniel Ferris, consultant ophthalmologist": one named lead
        hit = _participation_for(person)
        verb, told = _clause_verb(person), _only_told(person)
        # "a Healthwatch representative attended the launch event"; "Patients are asked the question
        # during their review": hearing about the work, a step of their care
        audience, routine = _attended_an_announcement(verb), _asked_in_routine_care(person, verb)
        no_part = False
        if hit is not None and (told and _told_again(hit, verb) or _where_told(hit) or audience or routine):
            # "Families are sent a text message ..., and are given a wallet"; "Head teachers were briefed at
            # the head teachers' forum": the forum is where they were told
            hit = None
        if hit is None and (_asked_in_vain(person) or told or not realised(verb, people=True) or _what_it_is_for(person)
                            or _benefited(person) or audience or routine or _acted_on(person)):
            # "we asked three carers to help, and all three said no"; "the family were told about the
            # campaign"; "we would like to talk to the man who was burned": no part in the work
            no_part = True
        if hit is not None and _intends(hit):
            hit = None  # "We intend to ask the support group to review the leaflet": not yet asked
            no_part = True
        if hit is not None and (not realised(hit, people=True) or _bare_aim(hit)):
            no_part = True
        elif hit is not None and not _merely_present(hit) and not _member_of_the_group_itself(hit, person):
            found[group] = hit
        verdicts.setdefault(group, []).append(no_part)
    if unrealised is not None:
        unrealised.update(g for g, said in verdicts.items() if said and all(said) and g not in found)
    return found


_UNWELL = {"unwell", "ill", "pregnant", "injured", "harmed", "bereaved", "sick", "homeless", "disabled", "patient",
           "inpatient", "outpatient", "housebound", "bedbound", "frail"}
_CARED_FOR = {"discharge", "admit", "treat", "detain", "diagnose", "section", "hospitalise", "hospitalize", "refer",
              "readmit", "care", "restrain", "seclude", "sectioned"}


# People named by who they are rather than by a patient word: with a condition they are the people served.
_PEOPLE_NOUNS = {"adult", "child", "man", "woman", "men", "women", "resident", "tenant", "parent", "couple", "student",
                 "teenager", "boy", "girl"}
# What a person came to harm by, or was cared for after: "who was rescued", "who had scalded her hand".
_HARMED_PASSIVE = {"rescue", "injure", "hurt", "harm", "land", "burn", "scald", "bite", "poison", "stab", "attack",
                   "assault", "convey", "x-ray", "resuscitate", "airlift", "stretcher", "sedate", "operate"}
_HARMED_ACTIVE = {"scald", "burn", "break", "fracture", "fall", "collapse", "overdose", "bleed", "choke", "drown",
                  "faint", "fit", "seize", "self-harm"}


# What is done to people for their work or for the project, rather than to them as people cared for
# or harmed: "volunteers who had been trained", "two parents who had been recruited"; any other
# passive in a "who" clause ("who had been assaulted", "who had been given rapid tranquillisation",
# "who had been sent home without their medicine") is what happened to them.
_NOT_EXPERIENCES = {"use", "train", "employ", "recruit", "invite", "ask", "select", "nominate", "appoint", "pay", "hire",
                    "contract", "involve", "consult", "interview", "elect", "second", "commission", "fund", "base",
                    "qualify", "license", "licence", "name", "know", "call", "educate", "brief", "teach", "coach",
                    "mentor", "supervise", "vet", "accredit", "certify", "approve", "award", "thank", "credit",
                    "identify", "choose", "match", "introduce", "sponsor", "raise", "draw", "engage", "co-opt",
                    "assign", "allocate", "deploy", "redeploy", "station", "attach", "link", "connect"}


def _who_clauses(tok: Any) -> list[Any]:
    """The noun's relative clauses whose subject is "who": "a kayaker who was rescued" (not "a
    hospital which uses ...")."""
    clauses = []
    for c in tok.children:
        who = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "who"), None) \
            if c.dep_ == "relcl" else None
        # "the rules for who should restart, who needed a review": a verb between is no relative clause on the noun
        if who is not None and not any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1:who.i]):
            clauses.append(c)
    return clauses


def _who_clause(tok: Any) -> bool:
    """A relative clause on the noun starts with "who": the noun names a person."""
    return bool(_who_clauses(tok))


def _harmed(tok: Any) -> bool:
    """A person whose "who" clause says they came to harm or were cared for: "a kayaker who was rescued in 2022",
    "two fishermen who had been landed injured", "a woman who had scalded her numb hand"."""
    for rel in _who_clauses(tok):
        passive = any(c.dep_ == "auxpass" for c in rel.children)
        for v in (rel, *(c for c in rel.children if c.dep_ == "conj" and c.pos_ == "VERB")):
            lemma = _lemma(v)
            if passive and lemma not in _NOT_EXPERIENCES or not passive and lemma in _HARMED_ACTIVE:
                return True
        if any(c.dep_ in ("oprd", "acomp") and c.lower_ in ("injured", "hurt", "unwell", "ill") for c in rel.subtree):
            return True  # "who had been landed injured"
    return False


def _described_as_patients(tok: Any) -> bool:
    """A relative clause says the people use a service, live with a condition or care for someone:
    "people who use home oxygen", "volunteers, several of whom care for a relative living with dementia"."""
    if any(c.dep_ == "acl" and _lemma(c) in ("stay", "live", "sleep") and c.tag_ == "VBG" and any(
            p.dep_ == "prep" and p.lower_ in ("on", "in") and any(_lemma(o) in _INPATIENT_PLACES for o in p.children)
            for p in c.children) for c in tok.children):
        return True  # "people staying on Larch ward": inpatients
    if any(c.dep_ in ("acl", "relcl") and _serving_a_sentence(c) for c in tok.children):
        return True  # "men serving community orders", "people who were serving a community order"
    for rel in (c for c in tok.children if c.dep_ == "relcl"):
        if any(t.lower_ == "whose" and t.head.lemma_.lower() in _FAMILY for t in rel.subtree):
            return True  # "a man whose wife had been badly burned": family
        lemma = _lemma(rel)
        preps = {p.lower_ for p in rel.children if p.dep_ == "prep"}
        if lemma == "be" and any(c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in _UNWELL or group_of(c) == "patients")
                                 for c in rel.children):
            return True  # "women who had been seriously unwell in pregnancy", "people who had been inpatients"
        if lemma == "leave" and "with" in preps and any(c.dep_ == "auxpass" for c in rel.children):
            return True  # "people who had been left with long-term effects from cauda equina syndrome"
        if lemma in ("dialyse", "dialyze", "self-isolate", "shield"):
            return True  # "five people who dialyse at home"
        if lemma in _CARED_FOR and any(c.dep_ == "auxpass" for c in rel.children):
            return True  # "people who had been detained under section 136", "... discharged while homeless"
        if lemma == "have" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _NOT_CONDITIONS
                                   and not group_of(c) for c in rel.children):
            return True  # "two members who had each had a clot", not "people who have a role" (a role is no condition)
        if lemma in _RECEIVING_VERBS and any(c.dep_ == "dobj" and (_lemma(c) in _CARE_RECEIVED or c.pos_ in ("NOUN", "PROPN")
                                                                   and not group_of(c) and _lemma(c) not in _NOT_CONDITIONS | _NOT_CARE)
                                             for c in rel.children):
            # "people who had received NIV", "residents who had needed an emergency supply", "adults who receive home care"
            return True
        if lemma in _DONE_FOR_PEOPLE and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in rel.children) \
                and any(c.dep_ == "nsubj" and (c.lower_ in ("we", "i") or group_of(c) == "staff") for c in rel.children):
            return True  # "eighteen people our crews had referred", "people we had discharged", "the people we serve"
        if lemma in _CONTACTING_VERBS and any(c.dep_ == "dobj" and (c.lower_ == "us" or _lemma(c) in _SERVICE_LINES)
                                              for c in rel.children):
            return True  # "people who had called us in a crisis", "callers who had rung the helpline"
        if _went_for_care(rel):
            return True  # "a holidaymaker who had ended up in the minor injury unit", "who had attended A&E"
        if lemma in ("draw", "rely", "depend") and any(p.dep_ == "prep" and p.lower_ == "on" and any(
                _lemma(o) in _CARE_RECEIVED for o in p.children) for p in rel.children):
            return True  # "people who draw on care and support"
        if lemma == "take" and any(c.dep_ == "dobj" and _medicine(c) for c in rel.children) or lemma == "be" and any(
                p.dep_ == "prep" and p.lower_ == "on" and any(_medicine(o) for o in p.children) for p in rel.children):
            return True  # "people who had been taking lorazepam", "a man who was on warfarin"
        if lemma == "use" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in rel.children) \
                or lemma == "live" and "with" in preps or lemma == "care" and "for" in preps \
                or lemma in ("experience", "survive", "recover"):
            return True
    return False


def _serving_a_sentence(clause: Any) -> bool:
    """"serving a community order", "who had completed a sentence": the people a justice health service is for."""
    return _lemma(clause) in ("serve", "complete", "finish") and any(
        o.dep_ == "dobj" and _lemma(o) in _SENTENCES for o in clause.children)


def _served_by_us(tok: Any) -> bool:
    """"the people we supervise", "people we have supported": a relative clause with no pronoun, which
    the parser often reads as a clause of its own ("we asked the people we supervise what ...")."""
    doc, i = tok.doc, tok.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("we", "i"):
        return False
    i += 1
    while i < len(doc) and doc[i].pos_ == "AUX" and doc[i].lemma_.lower() in ("have", "be", "do"):
        i += 1
    return i < len(doc) and doc[i].pos_ == "VERB" and _lemma(doc[i]) in _DONE_FOR_PEOPLE \
        and not any(c.dep_ == "dobj" for c in doc[i].children)


# What people draw on or receive as users of a service: "people who draw on care and support".
_CARE_RECEIVED = {"care", "support", "service", "services", "treatment", "help"}
# Where people stay as patients: "people staying on Larch ward".
_INPATIENT_PLACES = {"ward", "unit", "hospital", "hospice", "bay", "wing"}
# Medicines by kind, and the word endings of common drug names (benzodiazepines, anticoagulants, statins ...).
_MEDICINE_WORDS = {"medicine", "medication", "drug", "tablet", "pill", "insulin", "opioid", "anticoagulant", "painkiller",
                   "antidepressant", "antipsychotic", "antibiotic", "inhaler", "steroid", "statin", "morphine", "warfarin",
                   "methotrexate", "lithium", "clozapine", "methadone", "buprenorphine", "oxygen", "chemotherapy",
                   "sedative", "sleeping", "benzodiazepine", "patch"}
_DRUG_ENDINGS = ("azepam", "azolam", "xaban", "gatran", "arin", "statin", "prazole", "olol", "pril", "sartan", "mycin",
                 "cillin", "oxacin", "tidine", "adone", "ridone", "apine", "etine", "ipramine", "triptan")


def _medicine(tok: Any) -> bool:
    """The word names a medicine: a kind of medicine, or a drug name by its ending ("lorazepam", "apixaban")."""
    lemma = tok.lemma_.lower()
    return lemma in _MEDICINE_WORDS or tok.pos_ in ("NOUN", "PROPN") and len(lemma) > 6 and lemma.endswith(_DRUG_ENDINGS) \
        or any(c.dep_ == "compound" and c.lemma_.lower() in _MEDICINE_WORDS for c in tok.children)


_TAKING_VERBS = {"take", "use", "have", "live", "experience", "survive", "undergo", "need"}
# What people received or needed as users of a service ("who had received NIV", "who had needed an
# emergency supply"); what staff receive or need for their work is not care.
_RECEIVING_VERBS = {"receive", "need", "require", "undergo", "get", "complete", "finish", "start"}
_NOT_CARE = {"training", "education", "induction", "briefing", "funding", "grant", "award", "payment", "salary",
             "pay", "bonus", "promotion", "permission", "approval", "supervision", "support", "information",
             "invitation", "letter", "email", "message", "call", "update", "feedback", "answer", "reply", "copy",
             "work", "job", "course", "degree", "placement", "apprenticeship", "project", "survey", "questionnaire",
             "form", "audit", "module", "shift", "rotation"}
# Staff visiting or seeing people is care: "the people our crews had attended".
_VISITING_VERBS = {"see", "visit", "attend", "convey", "assess", "nurse", "support", "look"}
# The people a service is for, by what its staff do for them: "the people we serve", "the men we supervise".
_SERVING_VERBS = {"serve", "supervise", "befriend", "house", "accommodate"}
# What people in the justice system serve: "people who were serving a community order".
_SENTENCES = {"sentence", "order", "term"}
# Calling a service is using it: "people who had called us in a crisis"; "the people we call" are its users.
_CONTACTING_VERBS = {"call", "ring", "phone", "contact", "text", "email", "message", "telephone"}
# What a service's staff do for the people it is for: "people we had discharged", "the people we call".
_DONE_FOR_PEOPLE = _CARED_FOR | _VISITING_VERBS | _SERVING_VERBS | _CONTACTING_VERBS
_SERVICE_LINES = {"service", "helpline", "line", "111", "999", "team", "clinic", "practice", "surgery", "number",
                  "hotline", "crisis", "ambulance"}
# Where people go for care: "who had ended up in the minor injury unit", "who had attended A&E".
_CARE_SETTINGS = {"a&e", "ed", "emergency", "hospital", "unit", "ward", "department", "gp", "surgery", "clinic",
                  "hospice", "icu", "itu", "resus", "outpatients", "outpatient", "mau", "amu", "ambulance"}


def _went_for_care(rel: Any) -> bool:
    """A relative clause says the person went, or was taken, somewhere for care."""
    lemma = _lemma(rel)
    passive = any(c.dep_ == "auxpass" for c in rel.children)
    places = [o for p in rel.children if p.dep_ in ("prep", "agent") for o in p.children if o.dep_ == "pobj"]
    if lemma == "attend":
        places += [c for c in rel.children if c.dep_ == "dobj"]
    if not (lemma in ("end", "attend", "present", "stay", "land") or passive and lemma in ("take", "bring", "rush", "admit")):
        return False
    if lemma == "end" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in rel.children):
        return False
    return any(_lemma(o) in _CARE_SETTINGS or o.lower_ in _CARE_SETTINGS
               or any(c.dep_ == "compound" and c.lower_ in _CARE_SETTINGS for c in o.children) for o in places)


_NOT_CONDITIONS = {"career", "role", "job", "interest", "background", "experience", "responsibility", "year", "post",
                   "qualification", "training", "lead", "part", "time", "team", "view", "idea", "degree", "phd",
                   "say", "access", "stake", "right", "chance", "opportunity", "voice", "contact", "knowledge", "skill"}


def _named_patient(tok: Any) -> bool:
    """A person named by their name whose relative clause says they live with a condition or take a
    treatment: "Joan, who has taken methotrexate for nineteen years", "Mr Okoro, who has had type 1 diabetes"."""
    if any(t.lower_.rstrip(".") in ("dr", "prof", "professor") for t in tok.subtree if t.i < tok.i):
        return False
    for rel in _who_clauses(tok):  # "Fennick Hospital, which uses ...": not a person
        lemma = _lemma(rel)
        things = [c for c in rel.children if c.dep_ == "dobj"] + [
            o for p in rel.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        if lemma in _TAKING_VERBS and any(t.pos_ in ("NOUN", "PROPN") and not group_of(t)
                                          and t.lemma_.lower() not in _NOT_CONDITIONS for t in things):
            return True
        if lemma == "be" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _UNWELL for c in rel.children):
            return True
    return False


def _bare_member(tok: Any) -> bool:
    """'our members', 'two members': members of the entry's own group, not 'members from every organisation'."""
    return tok.lemma_.lower() == "member" and tok.pos_ == "NOUN" and not any(
        c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children)


_FAMILY = {"wife", "husband", "partner", "son", "daughter", "child", "mother", "father", "mum", "dad", "parent",
           "brother", "sister", "grandmother", "grandfather", "grandchild", "baby", "relative", "family"}
_HAVING_VERBS = {"have", "experience", "live", "be", "survive", "undergo"}


_FAMILY_CARER_WORDS = {"family", "unpaid", "informal", "young", "parent", "relative", "carers'", "carer's"}


def _family_carer(tok: Any) -> bool:
    """A carer the text marks as family: "family carers", "unpaid carers", "patients and carers", "carers of"."""
    if _FAMILY_CARER_WORDS & _qualifiers(tok) or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True
    joined = [tok.head] if tok.dep_ == "conj" else []
    joined += [c for c in tok.children if c.dep_ == "conj"]
    return any(t.lemma_.lower() in ("patient", "family", "parent", "relative", "child", "people", "resident", "user")
               for t in joined)


def carers_are_staff(sents: Iterable[Any]) -> bool:
    """The entry's "carers" are paid care workers: it names care workers or paid carers ("home care
    workers", "domiciliary carers", "care agency staff") and never marks a carer as family."""
    paid = family = False
    for sent in sents:
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma == "carer":
                if _family_carer(tok):
                    family = True
                elif _PAID_CARER & _qualifiers(tok):
                    paid = True
            elif lemma == "worker" and {"care", "domiciliary", "homecare"} & _qualifiers(tok):
                paid = True
            elif lemma == "domiciliary":
                paid = True
    return paid and not family


def members_are_patients(sents: Iterable[Any]) -> bool:
    """The entry says who its "members" are, and they are patients or service users: "members of the
    Stroke Survivors Group", "members who had been inpatients", "members of X who have a learning
    disability", "six of its members, two of whom had experienced a delayed diagnosis"."""
    for sent in sents:
        for tok in sent:
            if tok.lemma_.lower() != "member" or tok.pos_ != "NOUN":
                continue
            if group_of(tok) == "patients":
                return True
            holders = [tok] + [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                               for c in p.children if c.dep_ == "pobj"]
            if tok.dep_ == "pobj" and tok.head.lower_ == "of":
                holders.append(tok.head.head)  # "six of its members, two of whom ..."
            for holder in holders:
                for rel in holder.children:
                    if rel.dep_ != "relcl" or _lemma(rel) not in _HAVING_VERBS:
                        continue
                    what = [c for c in rel.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN")] + [
                        o for p in rel.children if p.dep_ == "prep" and p.lower_ == "with"
                        for o in p.children if o.dep_ == "pobj"]  # "all of whom live with Parkinson's"
                    if what and not any(group_of(w) == "staff" for w in what):
                        return True
    return False


# What a service does to the people it serves, said of them in the passive: "1,140 drivers had been screened".
_SERVED_VERBS = _CARED_FOR | {"screen", "vaccinate", "immunise", "immunize"}


def served_people(sents: Iterable[Any]) -> frozenset[str]:
    """The entry's own words for the people its service is for, when they are no patient word: a
    noun for people the entry describes as patients somewhere ("drivers with sleep apnoea", "a
    kayaker who was rescued") or as screened, referred or treated ("1,140 drivers had been
    screened"). In that entry the same word names patients wherever it stands: "Three drivers
    tested two devices". Staff words are never the people served ("firefighters who had been
    treated for cancer" leaves the other firefighters staff), unless they are public without a
    qualifier (drivers, students, visitors)."""
    served: set[str] = set()
    for sent in sents:
        for tok in sent:
            if tok.pos_ != "NOUN":
                continue
            lemma = tok.lemma_.lower()
            if lemma in _PATIENT_WORDS or lemma in _REPRESENTATIVE_HEADS or lemma in served \
                    or lemma in _STAFF_WORDS and lemma not in _PUBLIC_UNLESS_QUALIFIED:
                continue
            if not (_person_like(tok, lemma) or lemma in _PEOPLE_NOUNS or _public_unless_staff(tok, lemma)):
                continue
            if group_of(tok) == "patients" or tok.dep_ == "nsubjpass" and _lemma(tok.head) in _SERVED_VERBS \
                    and realised(tok.head):
                served.add(lemma)
        for tok in sent:
            # "Our Beacon Ambassadors are volunteers who have recovered from an eating disorder": the entry
            # says what its own word means; a name's plural is not lemmatised, so "Ambassadors" is read too
            if tok.dep_ != "nsubj" or tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok.head) != "be":
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ == "PROPN" and lemma.endswith("s"):
                lemma = lemma[:-1]
            if lemma in _PATIENT_WORDS or lemma in _STAFF_WORDS or lemma in served \
                    or not (lemma.endswith(_PERSON_ENDINGS) and lemma not in _NOT_PERSONS or lemma in _PEOPLE_NOUNS):
                continue
            if any(c.dep_ == "attr" and group_of(c) == "patients" for c in tok.head.children):
                served.add(lemma)
    return frozenset(served)


def _served(tok: Any, served: frozenset[str]) -> bool:
    """``tok`` is one of the entry's ``served_people``, named as people: not "the safeguarding adults
    review" (what a service is called) unless it is their own panel ("the drivers' panel")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in served:
        return False
    return tok.dep_ not in ("compound", "amod", "nmod") or _head_word(tok.head) in _REPRESENTATIVE_HEADS


def _object_of_gerund(person: Any) -> bool:
    """'the nurse for safeguarding children', 'staff supporting patients': the people are what the
    activity is done to, whatever the parser attached them to."""
    phrase_start = min(t.i for t in person.subtree if t.i <= person.i and t.dep_ in ("compound", "amod", "det", "nummod") or t == person)
    if phrase_start == 0:
        return False
    before = person.doc[phrase_start - 1]
    return before.tag_ == "VBG" and before.lemma_.lower() not in _WITH_VERBS | _DOER_VERBS | {"include", "involve"}


def _one_person(person: Any) -> bool:
    """A single named role ("our consultant radiologist", "a ward manager and clinical lead"), not a
    staff group: singular, and any role joined to it has no determiner of its own (the same person)."""
    head = person
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    joined = {head.i} | {c.i for c in head.subtree if c.dep_ == "conj"}
    roles = [head, *(t for t in head.subtree if t.dep_ == "conj" and t.head.i in joined)]
    if any(r.tag_ in ("NNS", "NNPS") or r.lemma_.lower() in ("staff", "team", "workforce", "nursing", "frontline", "group")
           or r.lower_ in ("gps", "hcas", "ahps", "fy1s", "fy2s", "gpsts", "acps", "anps")  # plurals tagged as names
           for r in roles):
        return False
    return all(not any(c.dep_ in ("det", "poss") for c in r.children) for r in roles[1:])


def _named_roles(person: Any) -> bool:
    """Two or three single roles, each with its own article: "the consultant hepatologist and the lead
    nurse" are the people in those posts, not a staff group."""
    head = person
    while head.dep_ in ("compound", "conj") and head.head != head:
        head = head.head
    roles = [head]
    for t in head.subtree:
        if t.dep_ == "conj" and t.head in roles and t.pos_ in ("NOUN", "PROPN"):
            roles.append(t)
    return 1 < len(roles) <= 3 and all(
        r.tag_ in ("NN", "NNP") and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                        for c in r.children)
        and r.lemma_.lower() not in ("staff", "team", "workforce", "nursing", "frontline", "group") for r in roles)


def _voiced(verb: Any) -> bool:
    """They asked for something, or told the project team something that changed the work."""
    lemma = verb.lemma_.lower()
    if lemma in ("ask", "request", "point"):
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(_lemma(o) in _CARE_ASKED_FOR for o in c.children)
               for c in verb.children):
            return False  # "her son had asked for help": asking for care, not for a change to the work
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(_lemma(o) in _TAKING_PART_ASKED for o in c.children)
               for c in verb.children):
            return False  # "carers have asked for a bigger role": asking to take part, not yet taking it
        if any(c.dep_ == "xcomp" for c in verb.children) and _we_changed(verb):
            return True  # "link workers asked to be copied in, and the process was amended"
        if any(c.dep_ == "ccomp" for c in verb.children) and (any(
                _so_now(v) for v in verb.subtree if v.pos_ in ("VERB", "AUX") and v.i > verb.i)
                or verb.dep_ in ("ccomp", "conj", "advcl") and verb.head.i > verb.i and _so_now(verb.head)):
            return True  # "matrons asked that the call be made by a ward nurse, so the call is now made by ..."
        return lemma == "request" or any(
            c.dep_ == "prep" and c.lower_ in ("for", "out") or c.dep_ == "prt" and c.lower_ == "out"
            # "asked for it to be built into the letter": "for" marks a clause
            or c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for c in verb.children)
    governing = []
    node = verb
    while node.dep_ in ("ccomp", "conj", "advcl") and len(governing) < 2:
        node = node.head
        governing.append(node)  # "..., so we rewrote it" may govern the telling clause, or the clause after it
    if not (_we_changed(verb) or any(_we_changed(g) or _so_now(g) or _lemma(g) in _SHAPING_VERBS and g.pos_ == "VERB"
                                     for g in governing)):
        return False  # "patients tell us they feel safer" is an outcome, not a part in the work
    if lemma in ("flag", "spot", "notice"):
        return True  # "porters flagged that ..., so the form now ..., which was their suggestion"
    return any(c.lower_ in ("us", "me") and c.dep_ in ("dobj", "dative", "pobj", "obj") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in ("us", "me") for g in c.children) for c in verb.children)


_TAKING_PART_ASKED = {"role", "seat", "place", "say", "voice", "involvement", "part", "chance", "opportunity"}
_CARE_ASKED_FOR = {"help", "advice", "support", "assistance", "reassurance", "care", "treatment", "painkiller",
                   "pain", "water", "medication", "review", "appointment", "consent", "permission"}


_QUOTE_MARKS = ("'", '"', "\u2018", "\u201c")


def _quoted(tok: Any) -> bool:
    """``tok`` is inside a quotation introduced by a colon: "One daughter wrote: 'someone asked Mum ...'"."""
    sent = tok.sent
    for i in range(sent.start, tok.i - 1):
        if sent.doc[i].text == ":" and sent.doc[i + 1].text in _QUOTE_MARKS:
            return True
    return False


def _member_of_the_group_itself(hit: Any, person: Any) -> bool:
    """'a member of staff' names one of the staff, not membership of a steering group."""
    return hit.lemma_.lower() == "member" and person.head.lower_ == "of" and person.head.head == hit


# Events people attend to hear about the work once it is done: attending one is no part in it.
_ANNOUNCING_EVENTS = {"launch", "celebration", "ceremony", "conference", "unveiling", "opening", "showcase"}


def _merely_present(verb: Any) -> bool:
    """'staff always present' (being there, often mis-tagged as a verb) is not 'staff presented X'."""
    return verb.lemma_.lower() == "present" and not any(c.dep_ in ("dobj", "prep", "ccomp") and c.i > verb.i
                                                         for c in verb.children)


def _attended_an_announcement(verb: Any) -> bool:
    """Attending a launch or a celebration ("a representative from Healthwatch attended the launch
    event") is hearing about the work, not taking part in it."""
    if _lemma(verb) not in ("attend", "come", "go", "join"):
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "to") for o in p.children if o.dep_ == "pobj"]
    return any(_lemma(t) in _ANNOUNCING_EVENTS for place in places for t in (place, *place.children)
               if t is place or t.dep_ in ("compound", "amod"))


def _bare_aim(verb: Any) -> bool:
    """A base-form verb with no subject of its own lists an aim or an instruction
    ("our aims: act faster and involve families"), not something that happened."""
    if verb.tag_ not in ("VB", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    head = node.head
    if node.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _REALISING_HEADS | {"let", "make", "have", "get", "see", "watch"}:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children)


def _asked_in_vain(person: Any) -> bool:
    """The person was invited or asked, and the invitation came to nothing."""
    verb = _clause_verb(person)
    return _lemma(verb) in ("invite", "ask", "approach") and _came_to_nothing(verb)


def _kept_informed(verb: Any) -> bool:
    """"kept up to date", "kept informed", "kept in the loop"."""
    return _lemma(verb) == "keep" and any(t.lower_ in ("informed", "updated", "posted", "date", "loop")
                                          for t in verb.subtree if 0 < t.i - verb.i <= 4)


def _benefited(person: Any) -> bool:
    """The person is named as who gained: "patients benefited", "the women who have benefited most are
    those ...": a beneficiary, which is no part in the work."""
    return _lemma(_clause_verb(person)) == "benefit" or any(
        c.dep_ in ("relcl", "acl") and _lemma(c) == "benefit" for c in person.children)


def _asked_in_routine_care(person: Any, verb: Any) -> bool:
    """"Patients are asked the question during their review", "every woman is asked about her mood
    at each visit": asking as a step of everyone's care, in the present, is no part in the work."""
    if _lemma(verb) != "ask" or person.dep_ != "nsubjpass" or person.head != verb:
        return False
    if not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and _lemma(c) == "question" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)


# What is done to a person, not with them: "the driver who had found the young woman".
_DONE_TO = {"find", "rescue", "save", "protect", "injure", "harm", "kill", "restrain", "lift", "move", "carry"}


def _acted_on(person: Any) -> bool:
    """The person is the object of what someone else did to them ("the driver who had found the young
    woman", "nurses treated the man"): no part in the work."""
    verb = person.head
    return person.dep_ == "dobj" and verb.pos_ == "VERB" and _lemma(verb) in _DONE_TO | _CARED_FOR \
        and (verb.dep_ == "relcl" or any(c.dep_ == "nsubj" for c in verb.children))


def _only_told(person: Any) -> bool:
    """The person is the one told, sent or given something: "the family ... were told about the
    campaign", "carers were informed", "families are sent a text message", "the patient partner has
    been kept up to date"; not given a part ("were given a seat on the board")."""
    verb = _clause_verb(person)
    lemma = _lemma(verb)
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    written_to = lemma == "write" and "to" in preps  # "the families were written to", "we wrote to every carer"
    heard_of = lemma in ("hear", "learn") and preps & {"about", "of"} and not preps & {"from", "with"}
    if not (lemma in _TOLD_VERBS | {"notify", "remind"} or _kept_informed(verb) or written_to or heard_of):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in _TAKING_PART_ASKED for c in verb.children):
        return False
    head = person
    while head.head != head:
        if head.dep_ in ("compound", "amod", "poss"):
            head = head.head  # "the ICB's patient engagement forum was updated": the forum is the one told
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep":
            head = head.head.head  # "members of the survivors' group were shown the tool": the members
        else:
            break
    if heard_of:
        # "the patient participation group heard about the project at its spring meeting": told, by whoever
        return (head.dep_ == "nsubj" or person.dep_ == "nsubj") and (head.head == verb or person.head == verb)
    if head is not person and head.dep_ in ("nsubjpass", "dobj", "dative") and head.head == verb:
        return True
    return person.dep_ in ("nsubjpass", "dobj", "dative") or person.head.dep_ in ("nsubjpass", "dobj", "dative") \
        and person.dep_ in ("pobj", "conj") and person.head.head == verb \
        or person.dep_ == "pobj" and person.head.lower_ == "to" and person.head.head == verb  # "sent to carers"


def _where_told(hit: Any) -> bool:
    """The part found is the meeting or forum at which people were told something: "briefed at the
    head teachers' forum", "informed through the carers' network"."""
    return hit.pos_ in ("NOUN", "PROPN") and hit.dep_ == "pobj" and hit.head.lower_ in ("at", "in", "through", "via") \
        and _lemma(_clause_verb(hit)) in _TOLD_VERBS | {"notify", "remind"}


_WHAT_IT_IS_FOR = {"reason", "focus", "centre", "center", "heart", "beneficiary", "priority", "purpose", "point"}


def _what_it_is_for(person: Any) -> bool:
    """The people the work is for: "Parents and their babies are the reason for this work"."""
    subject = person if person.dep_ == "nsubj" else person.head if person.dep_ == "conj" else None
    return subject is not None and subject.dep_ == "nsubj" and _lemma(subject.head) == "be" and any(
        c.dep_ == "attr" and _lemma(c) in _WHAT_IT_IS_FOR for c in subject.head.children)


def _told_about(person: Any) -> bool:
    """The person is who a story is about: "practices told us about a woman ... whose husband gave up"."""
    return any(a.dep_ == "prep" and a.lower_ == "about" and _lemma(a.head) in (
        "tell", "hear", "talk", "speak", "write", "learn", "know", "say", "inform", "remind", "read")
        for a in person.ancestors)


def _told_again(hit: Any, verb: Any) -> bool:
    """The part found for a person only told is the telling itself, or more of it: "are told about
    the profile and asked for consent", "are sent a text, giving the number, and are given a wallet"."""
    if any(hit in c.subtree for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "dative")):
        return True  # "The trust's patient partner on the governance group has been kept up to date": the one told
    return hit == verb or hit.head == verb and hit.dep_ in ("conj", "advcl") and (
        _lemma(hit) in _TOLD_VERBS or not _voiced(hit) and _lemma(hit) in ("ask", "request"))


def _nothing_changed(sent: Any) -> int | None:
    """Where a sentence that gathers people's views says the work was left as it was: "We surveyed
    nursing staff ..., so we did not change the process", "... which told us most were happy, so we
    made no changes". Views after which nothing changed are no part in the work."""
    if not any(_lemma(t) in _ASKING_WORDS for t in sent):
        return None
    found = _CHANGED_NOTHING.search(sent.text)
    if found is None:
        return None
    at = sent.start_char + found.start()
    return next(t.i for t in sent if t.idx + len(t) > at)


_MEASURE_SHARES = {"proportion", "percentage", "share", "%", "fraction", "rate"}


def _measured_population(person: Any) -> bool:
    """The person is who a measure counts: "the proportion of fathers who said ...", "the share of
    carers reporting ..."."""
    node = person
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "of" and _lemma(node.head.head) in _MEASURE_SHARES


def _intends(verb: Any) -> bool:
    """An intent verb with its infinitive: "we intend to ask", "carers wanted to help"; the part lies
    in the infinitive, which has not happened."""
    return verb.pos_ == "VERB" and _lemma(verb) in _INTENT_VERBS and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in verb.children)


_REPORTING_VERBS = {"point", "say", "tell", "suggest", "propose", "recommend", "argue", "explain", "note", "mention",
                    "report", "warn", "complain", "worry", "observe", "remark", "add"}


_PROPOSING_VERBS = {"suggest", "propose", "recommend", "advise", "urge"}


def _proposed_by_others(verb: Any, person: Any) -> bool:
    """The person is what a proposal by someone else would do: "practice managers suggested inviting
    patients by text", "pharmacists recommended calling carers the day before"."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.tag_ not in ("VBG", "VB") or _lemma(verb.head) not in _PROPOSING_VERBS:
        return False
    return _said_by_others(verb.head, person, shared_subject=False)


def _said_by_others(said: Any, person: Any, *, shared_subject: bool = True) -> bool:
    """``said`` (a verb of saying or proposing) has a subject, and ``person`` is not in it; with
    ``shared_subject``, a second verb takes the subject of the first ("looked at it and said")."""
    speakers = [c for c in said.children if c.dep_ == "nsubj"]
    if not speakers and shared_subject and said.dep_ == "conj":
        speakers = [c for c in said.head.children if c.dep_ == "nsubj"]
    return bool(speakers) and all(person not in s.subtree for s in speakers)


def _reported_by_others(verb: Any, person: Any) -> bool:
    """The person's clause, in the present tense, is what someone else said of how things are:
    "managers pointed out that many older patients give a landline"."""
    if verb.tag_ not in ("VBP", "VBZ"):
        return False
    clause = verb
    for _ in range(3):  # "suggested that the observations be done before the patient gives their details"
        if clause.dep_ == "ccomp" and _lemma(clause.head) in _REPORTING_VERBS:
            break
        if clause.dep_ not in ("advcl", "ccomp") or clause.head == clause:
            return False
        clause = clause.head
    else:
        return False
    return _said_by_others(clause.head, person)


def _negated_person(person: Any) -> bool:
    if person.dep_ == "conj" and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in person.head.children):
        return True  # "no residents or relatives sat on the group"
    if person.dep_ == "pobj" and person.head.lower_ == "of" and person.head.head.lower_ in ("none", "neither"):
        return True  # "none of the carers we invited came"
    node = person
    for _ in range(4):
        if node.lower_ == "without" or (node.dep_ == "prep" and node.lower_ == "without"):
            return True
        if node.head == node:
            break
        node = node.head
    return False


def _participation_for(person: Any) -> Any | None:
    sent = person.sent
    verb = _clause_verb(person)
    if _reported_by_others(verb, person):
        return None  # "nurses pointed out that many older patients give a landline": what others said of them
    chain = _clause_chain(verb) if verb.pos_ in ("VERB", "AUX") else set()
    passive_head = verb.head if (verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD") and _passive(verb.head)
                                 and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                                 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)) else None
    if passive_head is not None:
        chain.add(passive_head.i)  # "People ..., recruited through a charity, were consulted": the parser hung them on "recruited"
    representative = (person.lemma_.lower() in _REPRESENTATIVE_HEADS and not _relatives(person)
                      and group_of(person) is not None) or \
        _head_word(person.head) in ("representative", "partner", "advocate", "rep") and not _partner_in_post(person) or \
        person.lower_.startswith("healthwatch") or (person.lemma_.lower() == "experience")
    # 1. Participation verbs in the person's clause (and xcomp chain).
    for i in sorted(chain):
        v = sent.doc[i]
        lemma = _lemma(v)
        role = _group_role(person, v)
        if role is None and v != verb and (verb in v.ancestors or v == passive_head):
            # The person is subject/object of the chain's head: "staff were invited to test"; not of a verb
            # above their own ("the work is designed to benefit the most vulnerable patients")
            role = _group_role(person, verb)
            if role == "object":
                # "staff were invited to test": the doer of the infinitive; "patients are told ... and are
                # given a card": still the passive's subject, given something
                # "the pharmacy contacts the patient and writes to apologise": the patient does not write
                if v.dep_ == "conj":
                    role = "object" if any(c.dep_ == "auxpass" for c in v.children) else None
                else:
                    role = "subject"
            elif role == "subject" and (v.dep_ == "conj" or v == passive_head or v.dep_ == "xcomp" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in v.children)) \
                    and any(c.dep_ == "auxpass" for c in v.children):
                # "X, recruited through Y, were consulted on ...": the shared subject, passive; "how the
                # child prefers to be tested": done to the subject of a passive infinitive
                role = "object"
        if role == "beneficiary" or _clinical_work(v, person, role):
            continue
        if lemma == "agree" and any(c.dep_ == "xcomp" for c in v.children) and not any(
                c.dep_ == "xcomp" and (_lemma(c) in _DOER_VERBS | _WITH_VERBS | _SHAPING_VERBS
                                       or _lemma(c) == "take" and any(o.lower_ == "part" for o in c.children))
                for c in v.children):
            # "the crisis team agreed to make the house one of its options", "agreed to fund it": an
            # organisation agreeing; not "agreed to work with us" or "agreed to add a question"
            continue
        if lemma in ("involve", "include", "affect") and v.dep_ == "acl" and _measured_subject(v.head, _clause_verb(v.head)):
            continue  # "safety events involving device patients declined from 4.1 to 0.9": a measure
        if v.dep_ == "acl" and v.head.dep_ == "attr" and _lemma(v.head.head) == "be":
            continue  # "Unlocked Voices is a charity run by people who ...": what a group is, not what it did
        if role == "with" and lemma in _DISSEMINATION_VERBS:
            continue  # "shared the design with its estates colleagues": told, not taking part
        if role in ("with", "object") and lemma in _ALONGSIDE_VERBS | {"tell", "ask", "show"} \
                and group_of(person) == "staff" and _patients_subject(v):
            # "the daughter met the service manager and told them ...": her part; the staff are who she met
            continue  # "carers met with ward nurses to design the card": the carers' part; the nurses work with them
        if role == "object" and lemma in _TALKED_ABOUT | _GATHER_VERBS:
            continue  # "every person with dementia is discussed by name", "EDs receive children": care
        if _not_taking_part(v, person, role):
            continue
        if role == "object" and _proposed_by_others(v, person):
            continue  # "practice managers suggested inviting patients by text": what was proposed for them
        if role == "subject" and lemma == "write" and _quotes(v):
            if _voiced(v):
                return v
            continue  # "One mother wrote: '...'": a quotation, not writing part of the work
        if role == "subject" and lemma in _TEACHING_VERBS and (
                v.dep_ == "acl" and _training_phrase(v.head) or _passive_after_training(v)
                or any(c.dep_ == "dobj" and _training(c) for c in v.children)):
            continue  # "a training session given by our nurses": teaching others is their job, not a part in the work
        if role == "subject" and lemma in _CLINICAL_WORK_VERBS | {"deliver", "approve", "sign"} and _by_one_person(person):
            continue  # "reviewed by an obstetrician", "training given by a paediatric nurse": one person's job
        if role == "subject" and lemma in ("deliver", "teach", "run") and any(
                c.dep_ == "dobj" and (_lemma(c) in _TRAINING_WORDS | _SESSIONS) for c in v.children):
            continue  # "School nurses delivered the in-person sessions": running the programme is the job
        if role == "subject" and _one_persons_job(person, lemma):
            continue  # "The pharmacist also gives the patient card": one person's job
        if role == "subject" and lemma in _ONE_PERSON_VERBS and (_one_person(person) or _named_roles(person)):
            continue  # "The project was led by our consultant radiologist", "our nurse has spoken at the network"
        if lemma == "work" and _just_works(v):
            continue
        if role == "with" and lemma in _GATHER_VERBS and not _gathers_input(v):
            continue
        if lemma == "sit" and not _sat_with_others(v):
            continue  # "places where tenants lean, sit or sleep against a radiator": sitting, not sitting on a group
        if v.dep_ == "relcl" and _outside_work(v.head):
            continue  # "the national guidance, which was developed with survivors": someone else's work
        if role == "subject" and lemma in _DOER_VERBS:
            if lemma in ("attend", "join", "complete", "have", "be", "do", "undertake", "undergo", "receive") and any(
                    _training(t) for t in v.subtree
                                                                if t.pos_ == "NOUN" or t.dep_ == "dobj"):
                continue  # "nurses attended a training session": taught, not taking part
            if lemma == "help" and _helped_people(v):
                continue  # "people helped up by our crews": care, not a part in the work
            return v
        if role == "subject" and lemma in _CHANGING_VERBS and any(
                c.dep_ == "dobj" and _lemma(c) in _DESIGN_OBJECTS | _WORK_MADE for c in v.children):
            return v  # "club members ... changed the script after the first session"
        if role == "subject" and any(c.dep_ == "prep" and c.lower_ == "with" and any(_the_project_team(o) for o in c.children)
                                     for c in v.children) and any(
                c.dep_ == "dobj" and _lemma(c) in _DESIGN_OBJECTS | _WORK_MADE for c in v.children):
            return v  # "a holidaymaker with type 1 diabetes checked the wording of the card with us"
        if role == "subject" and lemma == "draw" and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
            return v  # "PCN pharmacists and students drew up the home visit checklist"
        if role == "subject" and lemma == "look" and any(
                c.dep_ == "prep" and c.lower_ in ("at", "over", "through") and any(_lemma(o) in _DESIGN_OBJECTS for o in c.children)
                for c in v.children):
            return v  # "the relatives' group looked at an early version of the plan"
        if role == "subject" and lemma == "read" and (
                any(c.dep_ == "prt" and c.lower_ in ("through", "over") for c in v.children)
                or any(c.dep_ in ("dobj", "nsubjpass") and (_lemma(c) in ("draft", "version", "prototype", "mock-up")
                                                           or any(a.lower_ in ("draft", "early", "first") for a in c.children))
                       for c in v.children)):
            return v  # "the draft plan was read through by people living with long-term pain": reviewing it
        if role == "subject" and lemma == "meet" and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(_the_project_team(o) for o in c.children)
                or c.dep_ == "dobj" and _the_project_team(c) for c in v.children):
            return v  # "eleven older people met with us four times", "two mothers met the project team"
        if role == "subject" and lemma in _VOICE_VERBS and _voiced(v):
            return v  # "carers asked for a version for the home"; "nurses told us ..., so we cut it"
        if role in ("object", "with") and lemma in _WITH_VERBS:
            if lemma in ("help", "support", "enable") and role == "object":
                continue
            return v
        if role == "subject" and v.lemma_ == "be" and not _one_person(person):
            # "Patients were part of / members of the working group"
            for t in v.subtree:
                if t.lemma_.lower() in _GROUP_NOUNS | {"part", "member", "partner", "representative"} and t != person \
                        and not _employer(t) and not _organisation_name(t) \
                        and not (t.lemma_.lower() == "part" and t.dep_ != "attr"):  # "asleep for the part of their care"
                    if _verb_of(t) == v:
                        return v
        if role == "subject" and representative and v.lemma_ not in _OUTCOME_VERBS | _BACKING_VERBS | {"receive", "get"}:
            return v
        if role == "subject":
            # "Carers sat on the board", "nurses took part in workshops": a group noun in the verb's phrase
            asked_for = {t.i for c in v.children if c.dep_ == "prep" and c.lower_ == "for" and lemma in ("ask", "request")
                         for t in c.subtree}  # "asked for a role in the ward meetings": not at the meetings yet
            own = {t.i for t in _subject_phrase(person).subtree}  # "pharmacists in the LPC network": who, not where they took part
            for t in v.subtree:
                if t.i in chain or t == person or t.i in asked_for or t.i in own:
                    continue
                if (t.lemma_.lower() in _GROUP_NOUNS or t.lemma_.lower() in _TAKING_PART_NOUNS and _attended(t)) \
                        and _verb_of(t) == v and not _training(t) and not _employer(t) and not _organisation_name(t) \
                        and not (t.lemma_.lower() == "part" and (_lemma(v) not in ("take", "play", "form", "become")
                                                                 or t.head.lower_ == "as")):  # "as part of their role"
                    if v.lemma_.lower() not in _OUTCOME_VERBS - {"be"}:
                        return v
    # 2. A relative clause on the person: "staff who tested the tool", "patients we interviewed".
    for rel in person.children if not _leads_it(person) else ():
        if rel.dep_ != "relcl" or not realised(rel):
            continue
        subject = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        relative = subject is None or subject.lower_ in ("who", "that")  # ", which helps": the clause, not the people
        for i in sorted(_clause_chain(rel)):
            v = sent.doc[i]
            lemma = _lemma(v)
            if relative and subject is not None and subject.dep_ == "nsubj" and lemma in _DOER_VERBS \
                    and not any(c.dep_ == "auxpass" for c in v.children) \
                    and not (lemma == "work" and _just_works(v)) and not _not_taking_part(v, person, "subject") \
                    and not _one_persons_job(person, lemma):
                return v
            if relative and subject is not None and subject.dep_ == "nsubj" and lemma in _VOICE_VERBS and _voiced(v):
                return v  # "It was a family member who pointed out that ..."
            if (not relative or (subject is not None and subject.dep_ == "nsubjpass")) and lemma in _WITH_VERBS \
                    and not _a_thing(subject):
                return v
    # 3. A participation noun linked to the person.
    for t in sent:
        lemma = _lemma(t)
        if t == person or lemma not in _PARTICIPATION_NOUNS | {"help"} or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if not _linked_noun(person, t):
            continue
        if lemma in _WEAK_NOUNS or _relatives(t):
            continue
        if lemma == "help" and not (t.head.lower_ == "with" and person.head.lower_ == "of" and person.head.head == t):
            continue  # only "with the help of two fishermen": their help with the work
        if _only_told(t):
            continue  # "Members of the survivors' group were shown the tool at its conference": an audience
        if lemma == "member" and person.dep_ == "compound" and person.head == t and not any(
                c.dep_ == "prep" and any(_lemma(o) in _GROUP_NOUNS for o in c.children) for c in t.children):
            # "crew members", "staff members": the people themselves, not members of a group; what did they do?
            hit = _participation_for(t)
            if hit is not None:
                return hit
            continue
        if lemma == "advocate" and group_of(person) == "staff" or t == person.head and _partner_in_post(person):
            continue  # "community safety advocates", "firefighter advocates", "the GP partner": a job title
        if lemma in _GROUP_NOUNS and (_kept_or_told(t) or _a_kind_of_people(t) or _organisation_name(t)):
            continue  # "a charity that runs carers' groups"; "our patient panel was shown the finished screen"
        if lemma in ("perspective", "view") and t.dep_ == "pobj" and t.head.lower_ in ("from", "in"):
            continue  # "from a staff perspective, the redesign removes ...": a point of view, not views given
        if t.dep_ == "compound" and t.head.lemma_.lower() not in _PARTICIPATION_NOUNS | _GROUP_NOUNS:
            continue  # "nurses on the pilot wards": a kind of ward, not a pilot they took part in
        owner = _clause_verb(t)
        if _lemma(owner) in ("receive", "get") and any(c.dep_ == "nsubj" and t in c.subtree for c in owner.children):
            continue  # "our patient safety partners received the final version for information": told
        if _still_recruiting(owner):
            continue  # "we are recruiting a lay member to the board"
        if _lemma(owner) in ("invite", "ask", "approach") and _came_to_nothing(owner):
            continue  # "we invited the carers' forum to take part, but it was not possible"
        if _measured_subject(t, owner):
            continue  # "non-conveyance after a consultant discussion increased from 9% to 16%": a measure
        if lemma in _GROUP_NOUNS and t.dep_ == "nsubj" and (_lemma(t.head) in _BACKING_VERBS or _lemma(t.head) in (
                "agree", "offer", "decide") and any(c.dep_ == "xcomp" and _lemma(c) in _BACKING_VERBS | {"pay"}
                                                    for c in t.head.children)):
            continue  # "the Parent Carer Forum endorsed the passport": an organisation agreeing
        if any(c.dep_ == "nsubj" and _lemma(c) in _CARE_INQUIRIES for c in owner.children):
            continue  # "each review includes a conversation with the patient": care
        if _lemma(owner) in _DISSEMINATION_VERBS and _audience(t, owner):
            continue  # "shared our evaluation with the national nurses group"
        if lemma in ("feedback", "view", "voice", "story", "insight", "input", "opinion", "perspective", "comment",
                     "suggestion", "idea", "interview") and owner.lemma_.lower() in _OUTCOME_VERBS:
            if not _shaped(owner):
                continue
        return t
    return None


# Things that select or list people: "patients it had wrongly included", "patients the search picked up".
_SELECTING_THINGS = {"list", "algorithm", "search", "report", "register", "audit", "dashboard", "query", "filter",
                     "criteria", "criterion", "rule", "model", "score", "trigger", "alert", "database", "system"}


def _a_thing(subject: Any) -> bool:
    return subject is not None and (subject.lower_ == "it" or _lemma(subject) in _SELECTING_THINGS | _DOCUMENTS_THAT_ASK)


def _one_persons_job(person: Any, lemma: str) -> bool:
    """One member of staff doing something other than work on the project itself, or doing it as the
    holder of a post ("the named nurse for safeguarding children wrote the process", "as part of her role")."""
    return group_of(person) == "staff" and _one_person(person) and (
        lemma not in _ONE_PERSON_PROJECT_VERBS or _post_holder(person) or _AS_PART_OF_JOB.search(person.sent.text))


_AS_PART_OF_JOB = re.compile(r"\bas (?:a )?(?:normal |usual |routine )?part of (?:her|his|their|the|my|our) "
                             r"(?:\w+ )?(?:role|job|post|duties|remit|work)\b", re.I)
_POST_WORDS = {"named", "designated", "responsible", "accountable"}


def _post_holder(person: Any) -> bool:
    """A post named as such: "the named nurse for safeguarding", "the designated doctor", "the lead for
    medicines safety", "the GP partner for safeguarding"."""
    head = person.head if _partner_in_post(person) else person
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    if _POST_WORDS & {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}:
        return True
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" and not any(group_of(t) for t in c.subtree) for c in head.children)


def _partner_in_post(person: Any) -> bool:
    """"GP partners", "the practice's nurse partner": partners in a practice, a job, not partners in the work."""
    return group_of(person) == "staff" and person.dep_ == "compound" and _lemma(person.head) == "partner"


def _by_one_person(person: Any) -> bool:
    """A passive agent that is one member of staff: "reviewed by the trust's safety officer"."""
    return group_of(person) == "staff" and person.dep_ == "pobj" and person.head.lower_ == "by" and _one_person(person)


_CARE_PLACES = _WORKPLACES | {"appointment", "a&e", "ed", "emergency", "gp", "surgery", "outpatient", "outpatients"}
# Verbs whose object is what is talked about or taken in, not who took part ("discussed with carers" is).
_TALKED_ABOUT = {"discuss", "mention", "consider", "describe", "list"}
_CALLS_ATTENDED = {"call", "callout", "incident", "emergency", "job", "case", "people", "person", "child", "resident"}
_AUDIENCE_EVENTS = {"meeting", "conference", "event", "webinar", "summit", "launch", "seminar", "lecture"}
_CONDITION_OBJECTS = {"infection", "ulcer", "pneumonia", "delirium", "sepsis", "complication", "symptom", "condition",
                      "disease", "injury", "harm", "fall", "cancer", "dementia", "diabetes", "illness", "reaction"}
_CONDITION_WORDS = _CONDITION_NAMES | _CONDITION_OBJECTS  # named in "people with ..." (_a_condition)
_CHANGED_NOTHING = re.compile(r"\bno (?:changes?|amendments?)\b|\bnothing (?:was |needed to be )?changed\b"
                              r"|\bnothing(?: [\w'-]+){0,5} (?:was|were|has been|had been|needed to be|had to be) "
                              r"(?:changed|altered|amended)\b"
                              r"|\bwithout (?:any )?changes?\b|\bunchanged\b"
                              r"|\b(?:stayed|remained|stays|remains|stay|remain|was kept|were kept|kept it) (?:as (?:it|they) (?:was|were|is|are)|the same)\b"
                              r"|\b(?:was|were|has|have) not (?:been )?(?:changed|altered|amended)\b"
                              r"|\b(?:did|do|does|have|has|had|did ?n[o']t|don[o']t) (?:not )?(?:need to )?"
                              r"(?:change|alter|amend|modify|adjust) (?:anything|a thing|it|them)\b"
                              r"|\bnot (?:[\w'-]+ ){1,3}(?:change|alter|amend|modify|adjust) (?:anything|a thing)\b"
                              r"|\bnot (?:made|make|making) (?:any )?(?:changes?|amendments?)\b"
                              r"|\b(?:left|kept|leave|keep) (?:it|them|things|everything|the \w+) (?:as (?:it|they) (?:was|were|is|are)"
                              r"|unchanged|alone)\b"
                              r"|\b(?:was|were) left as (?:it|they) (?:was|were)\b"
                              r"|\b(?:continued|carried on|went on|continues|carries on) (?:as (?:it|they) (?:was|were|is|are|had been)"
                              r"|unchanged|as before)\b"
                              r"|\b(?:did not|didn't|does not|doesn't) lead to (?:any )?(?:changes?|amendments?)\b"
                              r"|\bwe (?:did|do|had)(?: not|n't) (?:need to )?(?:change|alter|amend|modify|adjust)\b"
                              r"|\bwe (?:did|do|had)(?: not|n't) (?:make|need) (?:any )?(?:changes?|amendments?)\b",
                              re.I)
# Giving views: input only when something changed, so not when the sentence says nothing did.
_FEEDBACK_VERBS = {"survey", "ask", "interview", "consult", "poll", "raise", "suggest", "comment", "feed", "voice",
                   "tell", "say", "point", "give", "share", "propose", "recommend"}
_ASKING_WORDS = _FEEDBACK_VERBS | {"questionnaire", "consultation", "feedback", "view", "answer", "response", "opinion"}


def _leads_it(person: Any) -> bool:
    """The people the work is led or run by: what they do next is their job ("the service is led by
    the consultant hepatologist and the lead nurse, who wrote the protocol")."""
    node = person
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node.dep_ == "pobj" and node.head.dep_ == "agent" and _lemma(node.head.head) in (
        "lead", "run", "head", "manage", "direct", "coordinate", "chair")


# Working or meeting with the service's own staff: "carers worked with our dietitians", "met with ward nurses".
_ALONGSIDE_VERBS = {"work", "meet", "help", "run", "partner", "collaborate", "talk", "speak", "sit", "join"}


def _the_project_team(tok: Any) -> bool:
    """"us", "me", "the project team", "our team": the people doing the work."""
    return tok.lower_ in ("us", "me") or _lemma(tok) in ("team", "group") and any(
        c.dep_ == "compound" and c.lower_ in ("project", "programme", "steering", "design", "improvement", "quality")
        or c.dep_ == "poss" and c.lower_ == "our" for c in tok.children)


def _patients_subject(verb: Any) -> bool:
    """The clause's subject is patients or carers (and no staff group shares it)."""
    node = verb
    while node.dep_ in ("conj", "xcomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) \
            and node.head != node:
        node = node.head
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    people = [t for s in subjects for t in s.subtree if t.dep_ in ("nsubj", "conj") and group_of(t) is not None]
    return bool(people) and all(group_of(t) == "patients" for t in people)


def _still_recruiting(verb: Any) -> bool:
    """"is recruiting", "are looking for": the people are not there yet ("has been recruiting" may have found them)."""
    return _lemma(verb) in ("recruit", "appoint", "seek", "advertise", "look") and verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in verb.children)


# What people asked for their input are asked for: "carers were asked for their views".
_ASKED_FOR_INPUT = {"view", "feedback", "opinion", "idea", "comment", "input", "suggestion", "thought", "experience",
                    "help", "advice", "perspective", "insight", "reflection", "story", "priority", "preference"}


def _taken_part_in(verb: Any) -> list[Any]:
    """What the subject took part in, participated in, joined or attended."""
    direct = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "part"]
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part")]
    return direct + [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj"]


def _not_taking_part(verb: Any, person: Any, role: str | None) -> bool:
    """Verbs that name taking part in most sentences but not in these: attending the emergency
    department, asking a parent to draw up a dose, an audience attending a conference, developing an
    infection, a survey after which nothing changed."""
    lemma = _lemma(verb)
    if role == "subject" and lemma in ("give", "hand", "send", "post", "deliver", "issue") and any(
            c.dep_ == "dative" and group_of(c) == "patients" or c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
                group_of(o) == "patients" for o in c.children) for c in verb.children):
        return True  # "the letter that the coroner's officers now give to families": handing it out is the job
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(
            t.lower_ == "part" and any(_training(o) for o in t.subtree if o.dep_ == "pobj") for t in c.children)
            for c in verb.children):
        return True  # "pharmacy staff took part in the drills as part of their annual training": being taught
    if lemma in ("take", "participate", "join", "attend") and role == "subject" and any(
            c.dep_ == "relcl" and _lemma(c) in _TRAINED_VERBS | {"explain", "demonstrate", "show"}
            for o in _taken_part_in(verb) for c in o.children):
        return True  # "children took part in the assemblies where the routine was taught": being taught
    if lemma == "invite" and role == "object" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(
                _lemma(o) in (_AUDIENCE_EVENTS - {"meeting"}) | _SESSIONS or _training(o) for o in c.children)
            for c in verb.children):
        return True  # "Practice nurses were invited to a webinar on screening": an audience
    if lemma == "attend":
        places = [c for c in verb.children if c.dep_ == "dobj"] + [o for p in verb.children if p.dep_ == "prep"
                                                                 for o in p.children if o.dep_ == "pobj"]
        if any(_lemma(c) in _CARE_PLACES or c.lower_ in _CARE_PLACES for c in places):
            return True  # "attended the emergency department": care
        if not any(c.dep_ == "dobj" for c in verb.children) and any(
                p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and group_of(o) is None and o.pos_ == "NOUN"
                                                                and _lemma(o) not in _PARTICIPATION_NOUNS for o in p.children)
                for p in verb.children):
            return True  # "a mother attends with injuries", "attended with chest pain": came for care
        attended = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + (
            [verb.head] if verb.dep_ in ("relcl", "acl") else [])
        if any(group_of(c) == "patients" or _lemma(c) in _CALLS_ATTENDED for c in attended):
            return True  # "the patients our crews attend", "paramedics attended 900 calls": care
        if verb.dep_ == "acl" and _lemma(verb.head) in _AUDIENCE_EVENTS or verb.dep_ == "advcl" and any(
                t.dep_ == "pobj" and _lemma(t) in _AUDIENCE_EVENTS for t in verb.head.subtree if t.i < verb.i):
            return True  # "presented at the annual meeting, attended by 130 optometrists": an audience
    if lemma in ("give", "provide", "sign") and role == "subject" and any(
            c.dep_ == "dobj" and _lemma(c) in ("consent", "permission", "sample", "blood", "signature") for c in verb.children):
        return True  # "every patient gave consent before ...": care, not a part in the work
    if lemma == "write" and role == "object" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return True  # "patients ... were written to by their practice": told, by letter
    if lemma == "ask" and role == "object" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and _lemma(o) not in _ASKED_FOR_INPUT
                                                           for o in c.children) for c in verb.children):
        return True  # "each patient is asked for a phone number": details taken in care, not views
    if role == "subject" and lemma in _DISSEMINATION_VERBS and any(
            c.dep_ == "dobj" and _lemma(c) in _HANDOUTS for c in verb.children):
        return True  # "district nurses now share the booklet with people on their caseload": handing it out
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and _lemma(verb.head.head) in _TRAINED_VERBS:
        return True  # "nurses were trained in working with interpreters": what they were taught
    if lemma in ("ask", "invite") and role == "object":
        task = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if task is not None and _lemma(task) not in _DOER_VERBS | _VOICE_VERBS | {"take", "be", "become"}:
            return True  # "asking the parent to draw up the dose": an instruction in care
        if task is not None and _lemma(task) in ("act", "serve", "work", "be", "become") and group_of(person) == "staff" \
                and any(c.dep_ == "prep" and c.lower_ == "as" and any(group_of(o) == "staff" and _lemma(o) not in (
                                "champion", "lead", "adviser", "advisor", "representative") for o in c.children)
                        for c in task.children):
            return True  # "practices asked their receptionists to act as care navigators": a new job, not a part in the work
    if lemma == "develop" and role == "subject" and any(
            c.dep_ == "dobj" and (_lemma(c) in _CONDITION_OBJECTS or (c.text.isupper() and len(c.text) > 1)
                                  or any(t.text.isupper() and len(t.text) > 1 for t in c.subtree))
            for c in verb.children):
        return True  # "patients who developed NV-HAP"
    if _still_recruiting(verb):
        return True  # "the ICB is recruiting a lay member": not there yet
    if lemma == "give" and any(c.dep_ == "prt" and c.lower_ in ("up", "in") for c in verb.children):
        return True  # "her husband gave up after three attempts"
    if lemma == "act" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True  # "teachers who act as young carer leads": a role they hold
    if lemma in ("decline", "refuse") or lemma in ("choose", "decide", "prefer", "opt", "vote") and any(
            c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children) for c in verb.children):
        return True  # "were invited to a focus group but chose not to take part"
    if lemma in ("ask", "question") and role == "object" and (any(
            c.dep_ == "nsubj" and _lemma(c) in _DOCUMENTS_THAT_ASK for c in verb.children)
            or verb.dep_ == "acl" and _lemma(verb.head) in _DOCUMENTS_THAT_ASK):
        return True  # "the referral form now asks the young person", "a prompt on the form asking every patient"
    if lemma in ("interview", "question", "ask", "contact", "call", "phone") and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(
                _lemma(t) in _CARE_INQUIRIES for t in c.subtree if t.dep_ == "pobj" and t.head.lower_ == "of")
            for c in verb.children):
        return True  # "parents were interviewed ... as part of each outbreak investigation": care, not the work
    if lemma in ("ask", "question") and role == "object" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "during") and any(_lemma(o) in _ROUTINE_POINTS for o in c.children)
            for c in verb.children):
        return True  # "Patients are asked at admission which pharmacy they use": a question of their care
    if lemma in ("include", "involve") and role in ("object", "with") and any(
            c.dep_ == "nsubj" and _lemma(c) in _CARE_INQUIRIES for c in verb.children):
        return True  # "each review includes a conversation with the patient": care
    if lemma in ("invite", "ask", "approach") and role == "object" and _came_to_nothing(verb):
        return True  # "we invited the MVP to take part, but it was not possible to arrange a meeting"
    if lemma in _FEEDBACK_VERBS and _CHANGED_NOTHING.search(verb.sent.text):
        return True  # "we surveyed 85 patients ...; no changes were needed", "staff raised points ...; it stayed as it was"
    return False


# What an organisation does for a project it does not shape: "the Parent Carer Forum endorsed the passport".
_BACKING_VERBS = {"endorse", "fund", "sponsor", "welcome", "back", "support", "ratify", "commission", "host", "send",
                  "circulate", "publicise", "publicize", "promote", "distribute"}
# Care and public-health work that questions people: "interviewed as part of the outbreak investigation".
_CARE_INQUIRIES = {"investigation", "assessment", "inquiry", "enquiry", "triage", "screening", "examination",
                   "admission", "review", "consultation", "appointment", "visit", "check"}
# Points in a patient's care at which every patient is asked the same questions.
_ROUTINE_POINTS = {"admission", "triage", "booking", "registration", "arrival", "check-in", "discharge", "handover"}
# Things that put questions to patients as part of care, not to hear their views of the work.
_DOCUMENTS_THAT_ASK = {"form", "template", "checklist", "script", "screen", "app", "system", "tool", "software", "card",
                       "prompt", "proforma", "assessment", "letter", "text", "message"}


def _came_to_nothing(verb: Any) -> bool:
    """A clause joined by "but" says the invitation came to nothing: "..., but they declined",
    "but it was not possible", "but nobody came"; a refusal needs no "but": "We asked six patients
    whether they would talk to us, and all of them declined"."""
    if any(t.dep_ == "conj" and (_lemma(t) in ("decline", "refuse") or _lemma(t) == "say" and any(
            c.lower_ == "no" and c.dep_ in ("intj", "dobj") for c in t.children)) for t in verb.subtree):
        return True  # "..., and all of them declined", "..., and all three said no"
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.children) or any(
                c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conj.children):
            if any(t.dep_ == "neg" or t.lower_ in ("no", "nobody", "none", "unable", "impossible", "declined", "never")
                   for t in conj.subtree):
                return True
    return False


def _just_works(verb: Any) -> bool:
    """'work' with no project to work on: "staff who work at both hospitals", "every clinician who works
    on our labour wards", not "nurses worked on the redesign" or "worked with us"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in ("with", "alongside", "together"):
            return False
        if prep.lower_ in ("on", "to", "through"):
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if any(o.lemma_.lower() not in _WORKPLACES for o in objects):
                return False
    return not any(c.dep_ in ("advmod",) and c.lower_ in ("together", "closely", "jointly", "alongside") for c in verb.children)


def _gathers_input(verb: Any) -> bool:
    """What was gathered is people's input (feedback, views, ideas), not a reply or a service."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in _PARTICIPATION_NOUNS - _WEAK_NOUNS
               for c in verb.children) or verb.dep_ == "acl" and _lemma(verb.head) in _PARTICIPATION_NOUNS - _WEAK_NOUNS


_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame"}


def _named_person(person: Any) -> bool:
    """A role given with a personal name: "our glaucoma lead, Mr Daniel Ferris", "Dr Amir Qureshi, consultant"."""
    if not _one_person(person):
        return False
    near = [person, person.head, *person.children, *person.head.children]
    if any(t.lower_.rstrip(".") in _HONORIFICS and t.pos_ == "PROPN" or
           t.dep_ == "appos" and any(c.lower_.rstrip(".") in _HONORIFICS for c in t.subtree) for t in near) or \
            person.dep_ == "appos" and any(c.lower_.rstrip(".") in _HONORIFICS for c in person.head.subtree):
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)
           for c in person.children):
        return True  # "our lead community nurse, Sarah Whitfield, wrote ...": one named person
    if person.dep_ == "appos" and person.head.pos_ == "PROPN" and any(
            g.dep_ == "compound" and g.pos_ == "PROPN" for g in person.head.children):
        return True  # "written by Rachel Okafor, the heart failure nurse consultant"
    after = person.right_edge.i + 1
    doc = person.doc
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_.rstrip(".") in _HONORIFICS:
        return True  # "the ICB's clinical lead for care homes, Dr Oliver Penrose", however the parser attached the name
    if after + 3 < len(doc) and doc[after].text == "," and all(
            doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].ent_type_ in ("", "PERSON") for k in (after + 1, after + 2)) \
            and doc[after + 3].is_punct:
        return True  # "our consultant paramedic for mental health, Ben Okafor, and ..."
    # "led by Dr Amrit Sandhu, consultant endocrinologist, who ...", however the parser attached the role
    before = min(t.i for t in person.subtree if not t.is_punct or t == person) - 1
    doc = person.doc
    if before >= 1 and doc[before].text == "," and doc[before - 1].pos_ == "PROPN":
        name_start = doc[before - 1].left_edge.i
        return any(doc[i].lower_.rstrip(".") in _HONORIFICS for i in range(max(name_start, before - 5), before))
    return False


_TOLD_VERBS = {"show", "tell", "inform", "send", "give", "brief", "update", "present", "explain", "circulate", "email",
               "hand", "demonstrate"}


def _kept_or_told(group: Any) -> bool:
    """A group that a clause says exists, is run or used, or was shown something finished, not that it took part."""
    node = group
    while node.dep_ in ("conj", "compound") and node.head != node:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.dep_ in ("prep", "dative"):
        return _lemma(node.head.head) in _TOLD_VERBS  # "the card was shown to the patient participation groups"
    verb = node.head if node.dep_ in ("dobj", "nsubjpass") else None
    if verb is None:
        return False
    lemma = _lemma(verb)
    if node.dep_ == "dobj" and lemma in {"run", "use", "offer", "host", "have", "provide", "organise", "organize", "fund"}:
        return True
    return node.dep_ == "nsubjpass" and lemma in _TOLD_VERBS


def _measured_subject(noun: Any, verb: Any) -> bool:
    """``noun`` is inside what a measured change is about: "[non-conveyance after a consultant
    discussion] increased from 9% to 16%", "[patient feedback scores] rose to 92%"."""
    return _lemma(verb) in _CHANGE_VERBS - {"go", "come"} and not any(c.dep_ == "dobj" for c in verb.children) \
        and any(_is_number(t) or t.text == "%" for t in verb.subtree) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and noun in c.subtree for c in verb.children)


_PLACE_WORDS = {"health", "nhs", "integrated", "city", "county", "borough", "district", "parish", "university",
                "hospital", "hospitals", "trust", "care", "safeguarding", "partnership", "executive"}


def _organisation_name(noun: Any) -> bool:
    """'the Health Board', 'Kelby City Council', 'the Trust Board': an organisation or its governing body."""
    return noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _PLACE_WORDS for c in noun.children) \
        or any(c.dep_ == "compound" and c.lower_ in ("trust", "executive") for c in noun.children)


# Groups of the population rather than groups that meet: "vulnerable groups", "high-risk groups".
_POPULATION_WORDS = {"vulnerable", "at-risk", "risk", "high-risk", "minority", "ethnic", "marginalised", "marginalized",
                     "underserved", "under-served", "seldom-heard", "hard-to-reach", "deprived", "disadvantaged",
                     "excluded", "priority", "target", "age", "demographic", "population", "inclusion", "protected"}


def _a_kind_of_people(noun: Any) -> bool:
    """'two groups of patients', 'the midwife for vulnerable groups': a category of people, not a group that met."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _POPULATION_WORDS for c in noun.children):
        return True
    return any(c.dep_ == "nummod" or c.lower_ in ("both", "all", "several", "many", "different") for c in noun.children) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _employer(noun: Any) -> bool:
    """'council home carers', 'network staff', 'the council area': a group noun naming who employs people or
    a place, not a group they joined."""
    if noun.dep_ == "compound" and noun.lemma_.lower() == "council" and noun.pos_ == "NOUN":
        return True  # "the council area", "council officers": the local authority
    node = noun
    while node.dep_ == "compound" and node.head != node:
        node = node.head
    return node != noun and group_of(node) is not None


def _relatives(person: Any) -> bool:
    """'family members': relatives, not members of a panel or group."""
    return person.lemma_.lower() == "member" and "family" in _qualifiers(person)


def _quotes(verb: Any) -> bool:
    """'wrote: "..."': the verb introduces a quotation rather than taking an object."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "punct" and c.text in (":", *_QUOTE_MARKS) and c.i > verb.i for c in verb.children)


def _audience(noun: Any, verb: Any) -> bool:
    """``noun`` is who the verb's message went to: 'with / to / at' the noun."""
    node = noun
    while node.dep_ in ("compound", "conj") and node.head != node:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in ("with", "to", "at", "across", "through") and _verb_of(node) == verb


_EVENT_NOUNS = {"incident", "report", "complaint", "outbreak", "case", "error", "event", "death", "fall", "claim",
                "concern", "cluster", "episode", "breach", "accident", "fire", "injury", "collision", "crash",
                "example", "story", "harm", "near-miss", "problem"}


def _an_event_subject(verb: Any) -> bool:
    """The clause's subject is something that happened (an incident, an outbreak, "the largest"), not
    a project or a team: what it involved is who it happened to."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_lemma(c) in _EVENT_NOUNS or c.tag_ == "JJS" for c in subjects)


def _clinical_work(verb: Any, person: Any, role: str | None) -> bool:
    """Care and clinical routine rather than taking part in the project: patients as the object of
    care ("patients are observed hourly"), staff doing clinical work on clinical things ("pharmacists
    reviewed 4,000 prescriptions"), or people merely mentioned by a thing ("incidents involving patients")."""
    lemma = _lemma(verb)
    if role == "object" and group_of(person) == "patients" and lemma in _CARE_VERBS:
        return True
    if lemma in ("involve", "include", "affect") and role == "object" and _an_event_subject(verb):
        return True  # "the largest outbreak involved 41 patients", "complaints included families driving at night"
    if lemma in ("involve", "include") and verb.dep_ == "acl" and \
            verb.head.lemma_.lower() not in _PARTICIPATION_NOUNS | _GROUP_NOUNS | {"team", "meeting", "day"}:
        return True
    if lemma in _CLINICAL_WORK_VERBS and (role in ("subject", "object") or role == "with" and lemma in _CARE_GIVING_VERBS):
        acted_on = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c != person]
        if not acted_on and verb.dep_ == "conj":
            # "Results are uploaded ... and reviewed by clinicians": the shared passive subject
            acted_on = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass") and c != person]
        if verb.dep_ == "acl" and verb.head != person:
            acted_on.append(verb.head)  # "their insulin given by trained care staff"
        # "96% were reviewed by a clinician within 30 minutes": a count of routine work, not a part in the project.
        # The last object is the phrase's head ("the medicines checklist" may parse as two objects).
        # A care plan is clinical work when it is written or agreed, not when it is tested with its users.
        objects = _CLINICAL_OBJECTS | ({"plan", "date", "appointment", "time"} if lemma in ("write", "agree") else set())
        acted_on = [_repeated_unit(c) for c in acted_on]
        if role == "subject" and _to_make(verb):
            return False  # "nurses reviewed two years of messages with us to build the list": work on the project
        return bool(acted_on) and any(
            c.lemma_.lower() in objects or group_of(c) == "patients"
            or _counted(c) and c.lemma_.lower() not in _DESIGN_OBJECTS for c in acted_on[-1:])
    return False


def _repeated_unit(obj: Any) -> Any:
    """The object behind "X by X" ("reviewed our policy line by line", which may parse with "line" as the
    object): the noun before it, or the object itself when there is none."""
    doc = obj.doc
    if obj.i + 2 < len(doc) and doc[obj.i + 1].lower_ == "by" and doc[obj.i + 2].lower_ == obj.lower_:
        return next((c for c in obj.children if c.dep_ == "compound"), obj)
    return obj


# What the project makes: reading records "to build the list" or "to design the form" is work on it.
_MAKING_VERBS = {"build", "design", "redesign", "develop", "create", "draft", "write", "shape", "co-design", "produce",
                 "compile", "test", "refine"}


def _to_make(verb: Any) -> bool:
    return any(c.dep_ in ("advcl", "xcomp", "acl") and _lemma(c) in _MAKING_VERBS  # may hang on the object
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.subtree if c != verb)


# What is handed out: sharing it is telling people about the work, not a part in it.
_HANDOUTS = {"booklet", "leaflet", "card", "guide", "poster", "video", "film", "link", "app", "resource", "information",
             "material", "pack", "letter", "sheet", "passport", "newsletter", "flyer", "toolkit", "website"}
# Changing what the project made is a part in it: "changed the script", "rewrote the wording".
_CHANGING_VERBS = {"change", "alter", "amend", "adapt", "adjust", "improve", "tweak", "reword", "reorder", "simplify"}
_WORK_MADE = {"training", "wording", "course", "programme", "pathway", "process", "protocol", "guideline", "guidance",
              "checklist", "questionnaire", "booklet", "plan", "layout", "order", "words", "question"}


def _sat_with_others(verb: Any) -> bool:
    """"sat on the steering group", "sat in on handovers", "sat down with us": not "sit against a radiator"."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "with", "alongside", "at", "among") or
               c.dep_ == "prt" and c.lower_ in ("in", "down") for c in verb.children)


# What others made: "the national guidance, which was developed with survivors".
_OUTSIDE_MARKS = {"national", "international", "existing", "published", "nice", "royal", "government", "nhs"}


def _outside_work(noun: Any) -> bool:
    """The noun, or the noun phrase it ends ("the national guidance for safe spaces in pharmacies"), is marked
    as made elsewhere."""
    node = noun
    for _ in range(6):
        if node.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("amod", "compound") and c.lower_ in _OUTSIDE_MARKS
                                                   for c in node.children):
            return True
        if node.dep_ not in ("pobj", "prep", "compound", "appos") or node.head == node:
            return False
        node = node.head
    return False


def _training(noun: Any) -> bool:
    """'a half-day training session', 'an induction workshop', 'as part of their mandatory training':
    being taught, not taking part."""
    if _lemma(noun.head) in ("do", "attend", "complete", "receive", "undertake") and any(
            c.dep_ == "acl" and _lemma(c) in _TEACHING_VERBS and any(a.dep_ == "agent" for a in c.children)
            for c in noun.children):
        return True  # "a two-hour session run by the children's hospital": taught by someone else
    if noun.head.lemma_.lower() in ("teach", "train", "learn") and noun.head.pos_ == "VERB" and noun.dep_ == "dobj" \
            and _lemma(noun.head.head) in ("attend", "complete", "do", "undertake"):
        return True  # "attended teaching sessions", with "teaching" read as a verb
    if noun.lemma_.lower() in ("module", "course") and any(c.lower_ in ("learning", "e") for c in noun.children):
        return True  # "an e-learning module", split at its hyphen
    if noun.lemma_.lower() in ("training", "induction", "teaching", "course", "e-learning", "briefing", "refresher"):
        return True  # "attended our safe sleep training"
    if noun.lemma_.lower() in ("session", "module", "workshop", "class", "webinar", "programme", "program") \
            and (_lemma(noun.head) in ("complete", "undertake", "do", "have") and noun.dep_ == "dobj"
                 or noun.dep_ == "pobj" and noun.head.lower_ == "to" and _lemma(noun.head.head) == "be"
                 or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj"
                 and noun.head.head.head.lower_ == "to" and _lemma(noun.head.head.head.head) == "be"):
        return True  # "care staff completed a two-hour session", "had a session", "have been to one of our sessions"
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _TRAINING_WORDS for c in noun.children) \
        or any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in _TRAINING_WORDS for o in c.children)
               for c in noun.children)


def _passive_after_training(verb: Any) -> bool:
    """"Ward nurses attended teaching sessions on the checklist, given by our nurse specialists": a
    participle clause after a clause about being taught, whose sessions it describes."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    own = {t.i for t in verb.subtree}
    return any(t.pos_ == "NOUN" and t.i not in own and _training(t) for t in verb.head.subtree)


def _training_phrase(noun: Any) -> bool:
    """The noun, or the one whose "of"/"on" phrase it ends: "teaching sessions on the checklist, given by
    our nurse specialists" (the participle may hang on "checklist")."""
    for _ in range(3):
        if _training(noun):
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head == noun.head:
            return False
        noun = noun.head.head
    return False


_TEACHING_VERBS = {"run", "deliver", "lead", "give", "provide", "host", "teach", "facilitate", "present"}
_TRAINED_VERBS = {"train", "teach", "educate", "brief", "coach", "instruct", "upskill", "induct"}


def _subject_phrase(person: Any) -> Any:
    """The head of the noun phrase the person is named in: "nurses" in "nurses in the LPC network"."""
    node = person
    while node.dep_ in ("compound", "conj", "amod") and node.head != node:
        node = node.head
    return node


def _passive(verb: Any) -> bool:
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _attended(noun: Any) -> bool:
    """'came to a meeting', 'met at design days', 'took part': where the group went, not a word in a list
    or a kind of place ("nurses on the pilot wards")."""
    return noun.dep_ in ("pobj", "dobj") or (
        noun.dep_ == "compound" and noun.head.dep_ in ("pobj", "dobj")
        and noun.head.lemma_.lower() in _TAKING_PART_NOUNS | _GROUP_NOUNS | {"day", "workshop", "meeting"})


def _helped_people(verb: Any) -> bool:
    """'helped up', 'helped patients home': helping people, not helping to shape the work."""
    return any(c.dep_ == "prt" and c.lower_ in ("up", "out", "home") for c in verb.children) or any(
        c.dep_ in ("dobj", "nsubjpass") and (group_of(c) == "patients" or c.lemma_.lower() in ("people", "person", "resident"))
        for c in verb.children)


def _counted(tok: Any) -> bool:
    """'96%', '4,000', '300 referrals': a count of things handled."""
    return _is_number(tok) or tok.text == "%" or any(c.dep_ == "nummod" for c in tok.children)


_AT_THEIR_WORD = re.compile(
    r"\b(?:at|on|following|after) (?:their|his|her) (?:suggestion|request|insistence|recommendation|advice|feedback|"
    r"prompting|initiative)\b|\bwhich was (?:their|his|her) (?:suggestion|idea)\b|\bbecause of them\b"
    r"|\bthanks to (?:them|their)\b"
    r"|\b(?:this|that|it|which) (?:is|was|has) now (?:been )?(?:part of|built into|included in|written into|standard)\b",
    re.I)


def _we_changed(verb: Any) -> bool:
    """The team changed something in answer: "..., so we rewrote it", "the form was cut to six items",
    "..., which was their suggestion", "amended at their request"."""
    if _AT_THEIR_WORD.search(verb.sent.text):
        return True
    if any(_so_now(c) for c in verb.children if c.dep_ in ("ccomp", "conj", "advcl")):
        return True  # "..., so the card now records what the casualty said", "so the prompt became a banner"
    return any(
        _lemma(t) in _SHAPING_VERBS and t.pos_ == "VERB"
        and any(c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children)
        for t in verb.subtree)


def _so_now(clause: Any) -> bool:
    """A clause after "so" that says the work is different now: "so the referral form now asks ...",
    "so the prompt became a silent banner"."""
    doc = clause.doc
    so = next((t for t in reversed(doc[clause.sent.start : clause.i])
               if t.lower_ == "so" or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "aux", "auxpass")),
              None)  # "so the call is now made": the clause's own auxiliaries are not a verb before it
    if so is None or so.lower_ != "so" or so.nbor(1).lower_ == "that":
        return False  # the nearest word before the clause's verb that is "so" or a verb must be "so"
    return any(c.dep_ == "advmod" and c.lower_ == "now" for c in clause.children) or _lemma(clause) in _SHAPING_VERBS | {
        "become"}


def _shaped(verb: Any) -> bool:
    """Feedback that changed the work: the clause says it shaped, led to or was used for something."""
    return any(_lemma(t) in _SHAPING_VERBS for t in verb.subtree)


_SHAPING_VERBS = {"shape", "inform", "change", "lead", "use", "incorporate", "refine", "influence", "drive", "adapt",
                  "guide", "result", "prompt", "act", "redesign", "amend", "revise", "rewrite", "rewrote", "rewritten",
                  "simplify", "remove", "drop", "add", "cut", "reword", "build", "rebuild", "switch", "replace",
                  "rename", "reorder", "shorten", "move", "base", "scrap", "introduce"}


def _verb_of(tok: Any) -> Any:
    node = tok.head
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


# What the involvement model reads of each sentence besides its embedding, in this order.
INVOLVEMENT_FEATURES = ("rule", "mentions", "mention_count", "in_involvement_section", "previous_mentions",
                        "previous_rule", "unrealised")


@dataclass(frozen=True)
class SentenceFacts:
    """One sentence as the involvement rules read it: the groups they say took part (``rule``) and
    how many times each group is named (``mentions``)."""

    criterion: str
    text: str
    rule: frozenset[str]
    mentions: Mapping[str, int]
    # groups whose part the rules read as negated, planned, hoped for, asked for in vain or only told
    unrealised: frozenset[str] = frozenset()


class InvolvementScorer(Protocol):
    """What ``involvement_in_docs`` needs of a learnt model; see ``models/involvement_model.py``."""

    def probabilities(self, facts: Sequence[SentenceFacts], involvement_criteria: Iterable[str]) -> dict[str, Any]:
        """group -> one probability per sentence that the group took part in it."""
        ...

    def threshold(self, group: str, confirmed: bool) -> float:
        """The probability a sentence needs for ``group``; ``confirmed``: the rules read it as involvement."""
        ...


def sentence_facts(docs_by_criterion: Mapping[str, Sequence[Any]], *, first: Iterable[str] = ()) -> list[SentenceFacts]:
    """Every sentence of the entry, the ``first`` criteria's sections first, with the rules' reading."""
    preferred = [c for c in first if c in docs_by_criterion]
    order = preferred + [c for c in docs_by_criterion if c not in preferred]
    members = members_are_patients(s for c in order for s in _sentences(docs_by_criterion[c]))
    paid_carers = carers_are_staff(s for c in order for s in _sentences(docs_by_criterion[c]))
    served = served_people(s for c in order for s in _sentences(docs_by_criterion[c]))
    facts = []
    for criterion in order:
        before: dict[str, int] = {}  # the groups the sentence before (in this section) names
        sents = list(_sentences(docs_by_criterion[criterion]))
        # "We asked families ... to fill in a survey. All who replied rated it good, and no changes were
        # needed.": views gathered in one sentence and nothing changed in the next, in one paragraph
        asks = [any(_lemma(t) in _ASKING_WORDS for t in sent) for sent in sents]
        unchanged = [_CHANGED_NOTHING.search(sent.text) is not None for sent in sents]
        for i, sent in enumerate(sents):
            groups = [group_of(tok) for tok in sent]
            if served:
                groups = [g if g is not None or not _served(tok, served) else "patients" for tok, g in zip(sent, groups)]
            unrealised: set[str] = set()
            hits = involvement_in_sentence(sent, members_are_patients=members, carers_are_staff=paid_carers,
                                           groups=groups, unrealised=unrealised)
            mentions: dict[str, int] = {}
            for group in groups:
                if group is not None:
                    mentions[group] = mentions.get(group, 0) + 1
            named = _named_before_pronoun(sent, groups)
            if named == "staff" and named not in hits:
                # "Ward nurses told us ..., so they helped us write the two questions": "they" are the nurses
                first = next(t.i for t, g in zip(sent, groups) if g == named)
                hits.update(_read_as(sent, groups, named, ("they", "them"), first, members, paid_carers))
            referred = _referred_group(sent, groups, before)
            if referred is not None and referred not in hits:
                # "Carers tested the card. They asked for larger print, which we added."
                hits.update(_read_as(sent, groups, referred, _PRONOUNS[referred], -1, members, paid_carers))
            if _planned_sentence(sent) or _nothing_changed(sent) is not None or _nobody_did(sent) or _not_asked(sent):
                # "We plan to set up a panel with older care leavers": nobody took part yet;
                # "We surveyed 300 callers ..., so we did not change it": views after which nothing changed
                unrealised.update(GROUPS)
            if asks[i] and i + 1 < len(sents) and unchanged[i + 1] and sents[i + 1].doc is sent.doc \
                    or unchanged[i] and i > 0 and asks[i - 1] and sents[i - 1].doc is sent.doc:  # one paragraph
                hits = {g: h for g, h in hits.items() if _lemma(h) not in _VIEWS_GIVEN}
                unrealised.update(GROUPS)
            facts.append(SentenceFacts(criterion, _clean(sent.text), frozenset(hits), mentions,
                                       frozenset(unrealised - set(hits))))
            before = mentions
    return facts


_PLANNING_VERBS = {"plan", "intend", "hope", "aim", "propose", "wish", "aspire", "envisage", "expect"}
_NOBODY = {"nobody", "noone", "none"}


def _nobody(tok: Any) -> bool:
    """"nobody", "none", "no one"."""
    return tok.lower_ in _NOBODY or tok.lower_ == "one" and any(d.lower_ == "no" for d in tok.children)


def _nobody_did(sent: Any) -> bool:
    """The sentence's one clause says nobody did it: "Nobody had asked her", "No one was consulted".
    Not when another clause joins it ("Nobody knew, so we asked the families"): that one may say who did."""
    root = sent.root
    nobody = any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in root.children)
    return nobody and not any(c.dep_ in ("conj", "advcl", "ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
                              for c in root.children)


# How views are asked for and given: a part only when something changed after them.
_VIEWS_GIVEN = _ASKING_WORDS | _VOICE_VERBS | {"rate", "reply", "respond", "fill", "complete", "return", "score"}


def _planned_sentence(sent: Any) -> bool:
    """The whole sentence is a plan or a hope: "We plan to set up a health panel with ...", "Next year we
    will invite carers to ..."; whatever it names, nobody has taken part in it yet."""
    root = sent.root
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll") for c in root.children) \
            or any(c.dep_ == "xcomp" and _future(c) for c in root.children):
        return True  # "will", "are going to": not "would", which is as often "this would not have happened without"
    return _lemma(root) in _PLANNING_VERBS and root.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in root.children)


_CONSULTING_VERBS = {"ask", "consult", "survey", "interview", "involve", "engage", "invite", "poll"}


def _not_asked(sent: Any) -> bool:
    """The sentence's main verb says people were not asked or involved ("We have not asked boat owners or
    holiday guests for their views yet, but we would like to"), whoever they are: a group the rules do
    not name took no part either, so the model may not count the sentence for anyone."""
    root = sent.root
    if not (_lemma(root) in _CONSULTING_VERBS and root.pos_ == "VERB" and any(c.dep_ == "neg" for c in root.children)
            and any(c.dep_ in ("dobj", "nsubjpass") for c in root.children)):
        return False
    # Another clause may say who did take part ("..., but the harbour staff redesigned the signs"); not
    # one that is itself a wish ("but we would like to in 2025").
    return all(_lemma(c) in _INTENT_VERBS or _future(c) or any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might")
                                                               for a in c.children)
               for c in root.children if c.dep_ in ("conj", "advcl", "parataxis") and c.pos_ in ("VERB", "AUX"))


# Pronouns that can stand for a group named in the sentence before; a patient or relative may be one
# person ("The sister of the man who died asked to be involved; she ..."). Not for staff: "they" after
# a staff group is as often the staff being trained or told, and carrying it over lost more entries
# than it found in leave-one-set-out cross-validation (no_staff_involvement 0.926 -> 0.919).
_PRONOUNS = {"staff": set(), "patients": {"they", "them", "their", "she", "he", "her", "his"}}


def _read_as(sent: Any, groups: Sequence[str | None], group: str, pronouns: Iterable[str], after: int,
             members: bool, paid_carers: bool) -> dict[str, Any]:
    """The rules' reading of ``group`` when the sentence's ``pronouns`` after token ``after`` stand for it."""
    said = [group if t.lower_ in pronouns and g is None and t.i > after else g for t, g in zip(sent, groups)]
    found = involvement_in_sentence(sent, members_are_patients=members, carers_are_staff=paid_carers, groups=said)
    return {g: t for g, t in found.items() if g == group}


def _named_before_pronoun(sent: Any, groups: Sequence[str | None]) -> str | None:
    """The one group a sentence names as a subject before a later "they" that is a clause's subject,
    when no other group is a subject: "Ward nurses told us ..., so they helped us write the questions".
    Used for staff only: for patients it read staff sentences as theirs whenever the parser missed the
    staff subject ("GP receptionists ... asked for a sheet, because women were phoning ..., and they
    designed it"), and lost more entries than it found over the evaluation sets."""
    subjects = set()
    for t, g in zip(sent, groups):
        if t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass"):
            return subjects.pop() if len(subjects) == 1 else None
        head = t.head if t.dep_ in ("compound", "amod", "conj") else t
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            head = t.head.head  # "a group of six parents wrote ...": the parents are the subject
        if g is not None and head.dep_ in ("nsubj", "nsubjpass"):
            subjects.add(g)
    return None


def _referred_group(sent: Any, groups: Sequence[str | None], before: Mapping[str, int]) -> str | None:
    """The one group the sentence before named, when this sentence names no group ahead of its first
    pronoun that could stand for it."""
    if len(before) != 1:
        return None
    (group,) = before
    for tok, g in zip(sent, groups):
        if g is not None:
            return None  # a group named first: the pronoun may be theirs
        if tok.lower_ in _PRONOUNS[group]:
            return group
    return None


def involvement_features(facts: Sequence[SentenceFacts], group: str, involvement_criteria: Iterable[str]) -> list[list[float]]:
    """One row of ``INVOLVEMENT_FEATURES`` per sentence, for ``group``. "previous" is the sentence
    before in the same section: "They rewrote the leaflet" follows the sentence that names them."""
    criteria = set(involvement_criteria)
    rows = []
    previous: SentenceFacts | None = None
    for fact in facts:
        before = previous if previous is not None and previous.criterion == fact.criterion else None
        count = fact.mentions.get(group, 0)
        rows.append([
            float(group in fact.rule),
            float(count > 0),
            min(count, 3) / 3,
            float(fact.criterion in criteria),
            float(before is not None and before.mentions.get(group, 0) > 0),
            float(before is not None and group in before.rule),
            float(group in fact.unrealised),
        ])
        previous = fact
    return rows


LEAD_IN_WORDS = 8


def lead_in(text: str) -> bool:
    """A short line ending in a colon, which introduces what follows: a heading or a list's lead-in
    ("Who took part:", "Patients told us three things:"). None of the evaluation sets' gold
    involvement sentences ends in a colon."""
    return text.rstrip().endswith(":") and len(text.split()) <= LEAD_IN_WORDS


def model_may_count(fact: SentenceFacts, group: str) -> bool:
    """Whether the model may count ``fact`` for ``group`` at all, however the sentence reads.

    Not a part the rules read as negated, planned, asked for in vain or only told ("we would like to
    ask the forum", "the family were told about it"); nor a sentence whose part the rules give to the
    other group alone ("Transport crews suggested the rule about never leaving a flagged patient at
    an empty house"): the model reads what a sentence is about, the rules who did it. Nor a lead-in
    that names nobody ("Who took part, and how:"): the model reads its words, but it only heads what
    follows.
    """
    if group in fact.unrealised:
        return False
    if group in fact.rule:
        return True
    return not fact.rule and not (lead_in(fact.text) and not fact.mentions)


def involvement_in_docs(
    docs_by_criterion: Mapping[str, Sequence[Any]],
    *,
    groups: Sequence[str] = GROUPS,
    first: Iterable[str] = (),
    scorer: InvolvementScorer | None = None,
) -> tuple[Involvement, ...]:
    """Involvement sentences per group, those of the ``first`` sections listed first.

    With a ``scorer`` (the learnt involvement model), a sentence counts when its probability for
    the group reaches the model's threshold, which is lower when the rules read the sentence as
    involvement; the rules' reading is also one of the model's inputs.
    Without one, the rules decide alone.
    """
    first = tuple(first)
    facts = sentence_facts(docs_by_criterion, first=first)
    if scorer is not None:
        probs = scorer.probabilities(facts, first)
        chosen = {g: [f for f, p in zip(facts, probs[g]) if p >= scorer.threshold(g, g in f.rule) and model_may_count(f, g)]
                  for g in groups if g in probs}
    else:
        chosen = {g: [f for f in facts if g in f.rule] for g in groups}
    return tuple(Involvement(group=g, criterion=f.criterion, sentence=f.text)
                 for g in groups for f in chosen.get(g, ()))


def find_involvement(
    sections: Mapping[str, Section | None],
    nlp: Any,
    *,
    groups: Sequence[str] = GROUPS,
    first: Iterable[str] = ("stakeholders",),
    docs: Mapping[str, Sequence[Any]] | None = None,
    scorer: InvolvementScorer | None = None,
) -> tuple[Involvement, ...]:
    """Sentences in which each group took part, from every section.

    Sentences of the ``first`` sections (the criteria whose rubric entry names involvement) come
    first; the rest of the entry is the fallback. ``Involvement.criterion`` says where each was
    found, so a check can tell "found in the stakeholder section" from "found only elsewhere".
    """
    if docs is None:
        docs = parse_sections(sections, nlp)
    return involvement_in_docs(docs, groups=groups, first=first, scorer=scorer)


def involvement_criteria(rubric: Any) -> tuple[str, ...]:
    return tuple(c.id for c in rubric.criteria if c.involvement)


def analyse_entry(
    sections: Mapping[str, Section | None],
    nlp: Any,
    rubric: Any,
    *,
    docs: Mapping[str, Sequence[Any]] | None = None,
    scorer: InvolvementScorer | None = None,
) -> tuple[tuple[Claim, ...], tuple[Involvement, ...]]:
    """Claims (from every section) and involvement (rubric's involvement sections first), one parse.

    Pass ``docs`` from ``parse_sections`` to share the parse with ``find_partners(..., docs=docs)``.
    """
    if docs is None:
        docs = parse_sections(sections, nlp)
    claims = claims_in_docs(docs)
    groups = tuple(dict.fromkeys(g for c in rubric.criteria for g in c.involvement)) or GROUPS
    involvement = involvement_in_docs(docs, groups=groups, first=involvement_criteria(rubric), scorer=scorer)
    return claims, involvement
