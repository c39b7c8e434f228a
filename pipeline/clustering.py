"""Reviewed entries -> clusters of similar partnerships, their labels, near-duplicate pairs and a 2-D map.

In: one ``ClusterInput`` per reviewed entry and one unit embedding per entry (built by the caller,
this stage loads no model). Out: a ``Clustering``. Pure and deterministic: the same entries give
the same clusters, ids, labels and pairs whatever order they arrive in.

Clusters
    Agglomerative clustering, average linkage on cosine distance; the number of clusters is the
    k in 2..min(12, n-1) with the best silhouette (the smallest k on a tie). One cluster when
    there are two entries or fewer, when the vectors are all the same, or when no split has a
    silhouette of at least ``MIN_SILHOUETTE`` (no structure worth showing). Every entry gets a
    cluster; a cluster may have one member. Ids are 1-based, ordered by each cluster's smallest
    member id. Past ``EXACT_LIMIT`` (4,000) entries the tree is built on a fixed sample of that
    many and every other entry joins the cluster it is closest to on average, so memory stops
    growing as n² (``choose_clusters``).

Labels
    Class-based TF-IDF (each cluster's texts concatenated into one document):
    ``weight(t, c) = tf(t, c) * log(1 + A / f(t))`` where tf is the term's share of the cluster's
    terms, A the average number of terms per cluster and f(t) the term's count over all clusters.
    Unigrams and bigrams, English and domain stop words removed; the label is the top three
    terms that share no word with a better one.

Near duplicates (the rule)
    Reused wording is the evidence; meaning only corroborates it. Each text is compared as its
    words (lower case, punctuation dropped). Runs of words that most entries share are template
    wording and ignored (any 5-word run found in more than ``max(4, n/3)`` entries). For a pair:
      - ``shingle``: containment of word 5-gram shingles, shared / shingles of the shorter text;
      - ``passage_coverage``: the share of one text's words that lie in runs of at least
        ``PASSAGE_RUN`` (20) words found word for word in the other (the larger of the two ways);
      - ``semantic``: cosine similarity of the two embeddings.
    A pair is a near duplicate when
      1. passage_coverage >= ``STRONG_COVERAGE`` (0.5): half of one text reappears in whole
         passages (a resubmission, the same project entered by a partner with a new cover), or
      2. shingle >= ``STRONG_CONTAINMENT`` (0.7): most of the wording reappears, even when edits
         are scattered so thinly that long runs break up, or
      3. semantic >= ``SUPPORTED_SEMANTIC`` (0.95) and shingle >= ``SUPPORTED_CONTAINMENT``
         (0.35): a heavier rewrite that still reuses much wording and says the same thing.
    A text under ``PASSAGE_RUN`` words pairs only with the very same words.
    Semantic similarity alone never makes a pair: different projects on the same topic reach a
    cosine of 0.93 with this embedder. Nor do stock phrases: entries written from the same
    phrasebook shared up to 0.54 of their 5-grams in the sample corpus, but never more than
    0.37 of their words in 20-word runs; true duplicates there had 0.75 or more.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter, defaultdict
from typing import Iterable, Iterator, Mapping, Sequence

import numpy as np

from pipeline.types import Cluster, ClusterInput, Clustering, NearDuplicate

MAX_CLUSTERS = 12
MIN_SILHOUETTE = 0.02
IDENTICAL_DISTANCE = 1e-6

SHINGLE_SIZE = 5
PASSAGE_RUN = 20
STRONG_COVERAGE = 0.5
STRONG_CONTAINMENT = 0.7
SUPPORTED_CONTAINMENT = 0.35
SUPPORTED_SEMANTIC = 0.95
# Passage coverage is only worth computing above this containment. Half of a text's words in
# shared 20-word runs means at least 16 of every 20 of those words' 5-grams are shared, so
# coverage >= STRONG_COVERAGE implies containment >= 0.4 (less the template 5-grams); below
# 0.2 no rule can hold, and the all-pairs work shrinks to the few pairs that reuse wording.
COVERAGE_NEEDS_CONTAINMENT = 0.2
MIN_PASSAGE_WORDS = 10
MAX_PASSAGE_WORDS = 30
MAX_PASSAGES = 3

LABEL_TERMS = 3
TOP_TERMS = 10

# Words every entry in this category uses: they say nothing about what a cluster is about.
DOMAIN_STOP_WORDS = frozenset(
    """
    nhs trust trusts foundation patient patients safety safe partnership partnerships partner partners
    project projects programme programmes work worked working team teams staff service services
    organisation organisations improvement improvements improve improved improving outcome outcomes
    hospital hospitals health healthcare clinical award awards entry hsj local national new year years
    month months week weeks use used using including ensure support supported across within
    did does doing got make made making
    """.split()
)

_WORD = re.compile(r"\S+")
_KEY = re.compile(r"[^\w]+")


# --- clusters -------------------------------------------------------------------------------


def cluster_entries(
    items: Sequence[ClusterInput], embeddings: np.ndarray, *, random_state: int = 0
) -> Clustering:
    """Cluster the entries, label the clusters, pair near duplicates and place every entry on a map.

    ``embeddings`` has one unit vector per item, in the order of ``items``. ``random_state`` is
    accepted for callers that pass one; nothing here is random.
    """
    del random_state  # agglomerative clustering and full-SVD PCA are deterministic
    vectors = np.asarray(embeddings, dtype=np.float64)
    if vectors.ndim != 2 or len(vectors) != len(items):
        raise ValueError(f"expected one embedding row per entry: {len(items)} entries, embeddings {vectors.shape}")
    ids = [item.entry_id for item in items]
    if len(set(ids)) != len(ids):
        dupes = sorted(i for i, c in Counter(ids).items() if c > 1)
        raise ValueError(f"entry ids must be unique to cluster them; repeated: {', '.join(dupes)}")
    if not items:
        return Clustering(clusters=(), near_duplicates=(), assignments={}, coords={})

    order = sorted(range(len(items)), key=lambda i: items[i].entry_id)
    items = [items[i] for i in order]
    vectors = _unit(vectors[order])
    ids = [item.entry_id for item in items]

    labels = choose_clusters(vectors)
    documents = [_label_text(item) for item in items]
    clusters: list[Cluster] = []
    for cid, rows in enumerate(_groups(labels), start=1):
        members = tuple(ids[r] for r in rows)
        centroid = vectors[rows].mean(axis=0)
        closest = max(rows, key=lambda r: (float(vectors[r] @ centroid), -r))
        clusters.append(Cluster(id=cid, label="", terms=(), members=members, representative=ids[closest]))
    row_of = {entry_id: row for row, entry_id in enumerate(ids)}
    terms = cluster_terms([[documents[row_of[m]] for m in c.members] for c in clusters])
    clusters = [
        Cluster(
            id=c.id,
            label=", ".join(t[:LABEL_TERMS]) or f"cluster {c.id}",
            terms=t,
            members=c.members,
            representative=c.representative,
        )
        for c, t in zip(clusters, terms)
    ]
    assignments = {m: c.id for c in clusters for m in c.members}
    xy = project_map(vectors)
    coords = {entry_id: (float(x), float(y)) for entry_id, (x, y) in zip(ids, xy)}
    return Clustering(
        clusters=tuple(clusters),
        near_duplicates=find_near_duplicates(items, vectors),
        assignments=assignments,
        coords=coords,
    )


EXACT_LIMIT = 4000  # entries clustered exactly: SciPy's tree then holds 8 n² bytes, 128 MB at this size
SAMPLE_SEED = 0


def choose_clusters(vectors: np.ndarray, *, limit: int | None = None) -> np.ndarray:
    """A cluster label per row (0-based, in order of first appearance); the number chosen from the data.

    Up to ``limit`` rows (``EXACT_LIMIT``) the clusters are exact (``exact_clusters``). Past it,
    memory would grow as n², so the clusters and their number are chosen on a fixed random sample
    of ``limit`` rows (``cluster_sample``), whose rows keep their labels, and every other row joins
    the cluster it is closest to on average, the distance average linkage itself merges on.
    """
    limit = EXACT_LIMIT if limit is None else limit
    n = len(vectors)
    if n <= limit:
        return exact_clusters(vectors)
    sample = cluster_sample(n, limit)
    sampled = exact_clusters(vectors[sample])
    if sampled.max() == 0:
        return np.zeros(n, dtype=int)
    labels = nearest_on_average(vectors, vectors[sample], sampled)
    labels[sample] = sampled
    return _relabel(labels)


def cluster_sample(n: int, size: int) -> np.ndarray:
    """The rows (sorted) that stand for all ``n`` when there are more than ``size``: the same rows for
    the same n, so the same entries (sorted by id) give the same clusters run after run."""
    return np.sort(np.random.default_rng(SAMPLE_SEED).choice(n, size, replace=False))


def nearest_on_average(vectors: np.ndarray, members: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """For each row of ``vectors`` (unit rows), the label whose ``members`` are at the smallest mean
    cosine distance from it (the lowest label on a tie). The mean of 1 - v·m over a cluster's members
    is 1 - v·(their mean vector), so this is one product with the clusters' mean vectors."""
    means = np.stack([members[labels == k].mean(axis=0) for k in range(int(labels.max()) + 1)])
    out = np.empty(len(vectors), dtype=int)
    for start in range(0, len(vectors), DISTANCE_BLOCK):
        out[start : start + DISTANCE_BLOCK] = np.argmax(vectors[start : start + DISTANCE_BLOCK] @ means.T, axis=1)
    return out


def exact_clusters(vectors: np.ndarray) -> np.ndarray:
    """``choose_clusters`` on every row: the k with the best silhouette, cutting one average-linkage tree.

    The average-linkage tree is built once and cut at every k: the partition into k clusters is
    the one left after the tree's first n - k merges, which is what scikit-learn's
    ``AgglomerativeClustering(n_clusters=k, linkage="average")`` returns (it builds the same
    SciPy tree for every k and undoes its last k - 1 merges). The square distance matrix is never
    held: SciPy's tree needs the upper triangle (and a copy of it, 8 n² bytes in all), and the
    silhouettes of every cut are taken in one pass over blocks of rows.
    """
    from scipy.cluster.hierarchy import linkage

    n = len(vectors)
    single = np.zeros(n, dtype=int)
    if n <= 2:
        return single
    distances = condensed_distances(vectors)
    distinct = len(np.unique(np.round(vectors, 6), axis=0))
    if distances.max() < IDENTICAL_DISTANCE or distinct < 2:
        return single
    merges = linkage(distances, method="average")[:, :2].astype(int)
    del distances
    cuts = dict(tree_cuts(merges, n, range(2, min(MAX_CLUSTERS, n - 1, distinct) + 1)))
    ks = sorted(cuts)  # the smallest k wins a tie
    best_score, best = -1.0, single
    for k, score in zip(ks, silhouettes(vectors, [cuts[k] for k in ks])):
        if score > best_score + 1e-9:
            best_score, best = score, cuts[k]
    if best_score < MIN_SILHOUETTE:
        return single
    return _relabel(best)


DISTANCE_BLOCK = 512  # rows of the distance matrix computed at a time


def _distance_rows(vectors: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """(first row, cosine distances of ``DISTANCE_BLOCK`` rows to every row), with a zero diagonal."""
    n = len(vectors)
    for start in range(0, n, DISTANCE_BLOCK):
        block = np.clip(1.0 - vectors[start : start + DISTANCE_BLOCK] @ vectors.T, 0.0, 2.0)
        block[np.arange(len(block)), np.arange(start, start + len(block))] = 0.0
        yield start, block


def condensed_distances(vectors: np.ndarray) -> np.ndarray:
    """The upper triangle of the cosine distance matrix, row by row (SciPy's condensed form),
    without ever holding the square matrix."""
    n = len(vectors)
    out = np.empty(n * (n - 1) // 2, dtype=np.float64)
    at = 0
    for start, block in _distance_rows(vectors):
        for r, row in enumerate(block):
            tail = row[start + r + 1 :]
            out[at : at + len(tail)] = tail
            at += len(tail)
    return out


def silhouettes(vectors: np.ndarray, labelings: Sequence[np.ndarray]) -> list[float]:
    """The mean silhouette of each labelling on cosine distance, as scikit-learn's
    ``silhouette_score(distances, labels, metric="precomputed")`` defines it (0 for a point alone in
    its cluster), from one pass over the distances ``DISTANCE_BLOCK`` rows at a time."""
    n = len(vectors)
    members = [np.bincount(labels) for labels in labelings]
    offsets = np.cumsum([0] + [len(m) for m in members])
    onehot = np.zeros((n, offsets[-1]))
    for labels, offset in zip(labelings, offsets):
        onehot[np.arange(n), offset + labels] = 1.0
    sums = np.empty((n, offsets[-1]))
    for start, block in _distance_rows(vectors):
        sums[start : start + len(block)] = block @ onehot
    scores = []
    for labels, count, offset in zip(labelings, members, offsets):
        mean = sums[:, offset : offset + len(count)]
        alone = count[labels] == 1
        with np.errstate(divide="ignore", invalid="ignore"):
            a = mean[np.arange(n), labels] / np.maximum(count[labels] - 1, 1)
            others = mean / count
            others[np.arange(n), labels] = np.inf
            b = others.min(axis=1)
            s = (b - a) / np.maximum(a, b)
        s[alone] = 0.0
        scores.append(float(np.mean(np.nan_to_num(s))))
    return scores


def tree_cuts(merges: np.ndarray, n: int, ks: Iterable[int]) -> Iterator[tuple[int, np.ndarray]]:
    """(k, a label per leaf) for each k in ``ks``, largest k first, cutting a SciPy linkage tree
    (row m merges nodes ``merges[m]`` into node n + m) after its first n - k merges."""
    parent = list(range(2 * n - 1))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    done = 0
    for k in sorted(ks, reverse=True):
        for m in range(done, n - k):
            a, b = merges[m]
            parent[root(int(a))] = parent[root(int(b))] = n + m
        done = max(done, n - k)
        roots = [root(leaf) for leaf in range(n)]
        yield k, np.unique(roots, return_inverse=True)[1]


def _relabel(labels: np.ndarray) -> np.ndarray:
    """Renumber labels by first appearance, so with rows sorted by id a cluster's number follows its smallest id."""
    mapping: dict[int, int] = {}
    for label in labels:
        mapping.setdefault(int(label), len(mapping))
    return np.array([mapping[int(label)] for label in labels], dtype=int)


def _groups(labels: np.ndarray) -> list[list[int]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for row, label in enumerate(labels):
        groups[int(label)].append(row)
    return [groups[k] for k in sorted(groups, key=lambda k: groups[k][0])]


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


# --- labels ---------------------------------------------------------------------------------


def _label_text(item: ClusterInput) -> str:
    if not item.title or item.text.lstrip().startswith(item.title):
        return item.text
    return f"{item.title}\n{item.text}"


_TERM_WORD = re.compile(r"(?u)\b[^\W\d_][\w-]*[^\W\d_]\b")  # words of 2+ letters; no bare numbers


def _names(documents: Sequence[str]) -> frozenset[str]:
    """Words written with a capital initial nearly everywhere they occur: names of places and
    organisations ("Ashcombe"), which say who entered, not what the work is. Acronyms stay."""
    seen: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for document in documents:
        for word in _TERM_WORD.findall(document):
            key = word.lower()
            seen[key] += 1
            if word[0].isupper() and not word.isupper():
                capital[key] += 1
    return frozenset(w for w, n in capital.items() if n >= 0.8 * seen[w])


def _terms(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """Unigrams that are not stop words, and bigrams of adjacent words with no English stop word
    whose first word is no domain stop word: "mental health" is a term, "patient safety" and
    "of falls" are not."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = _TERM_WORD.findall(text.lower())
    terms = [w for w in words if w not in ENGLISH_STOP_WORDS and w not in DOMAIN_STOP_WORDS and w not in names]
    for first, second in zip(words, words[1:]):
        if first in ENGLISH_STOP_WORDS or second in ENGLISH_STOP_WORDS or first in DOMAIN_STOP_WORDS:
            continue
        if first in names or second in names:
            continue
        terms.append(f"{first} {second}")
    return terms


def cluster_terms(cluster_texts: Sequence[Sequence[str]], *, top: int = TOP_TERMS) -> list[tuple[str, ...]]:
    """The most distinctive terms of each cluster by class-based TF-IDF, best first.

    ``cluster_texts`` holds the texts of each cluster's members. A term is kept only if no better
    term of the same cluster shares a word with it, so a label does not say "falls, falls risk";
    a bigram of two words already kept takes their place ("pressure, ulcers" -> "pressure ulcers"),
    and so does a bigram that holds nearly every use of a word kept ("mental" -> "mental health").
    A term must be used by at least half the members, so the name of one member's organisation,
    however often it repeats, does not label the cluster.
    """
    from sklearn.feature_extraction.text import CountVectorizer

    documents = ["\n".join(texts) for texts in cluster_texts]
    if not documents:
        return []
    names = _names(documents)
    vectorizer = CountVectorizer(analyzer=lambda text: _terms(text, names))
    try:
        counts = vectorizer.fit_transform(documents).toarray().astype(np.float64)
    except ValueError:  # nothing but stop words
        return [() for _ in documents]
    vocabulary = [str(t) for t in vectorizer.get_feature_names_out()]
    totals = counts.sum(axis=1, keepdims=True)
    tf = counts / np.where(totals == 0, 1.0, totals)
    average_words = float(totals.mean())
    across = counts.sum(axis=0)
    weights = tf * np.log1p(average_words / np.where(across == 0, 1.0, across))

    index = {term: i for i, term in enumerate(vocabulary)}
    result: list[tuple[str, ...]] = []
    for texts, row, count in zip(cluster_texts, weights, counts):
        users = Counter(term for text in texts for term in set(_terms(text, names)))
        enough = max(1, math.ceil(len(texts) / 2))
        # Best weight first, then the term itself, so equal weights fall the same way every run.
        ranked = sorted(
            (i for i in np.flatnonzero(row > 0) if users[vocabulary[i]] >= enough),
            key=lambda i: (-round(float(row[i]), 12), vocabulary[i]),
        )
        chosen: list[str] = []
        for i in ranked:
            term = vocabulary[i]
            words = term.split()
            overlapping = [c for c in chosen if set(words) & set(c.split())]
            if len(words) == 2 and words[0] != words[1] and all(w in chosen for w in words):
                first, second = sorted(chosen.index(w) for w in words)
                chosen[first] = term
                del chosen[second]
            elif (
                len(words) == 2
                and overlapping in ([words[0]], [words[1]])
                and count[i] >= 0.8 * count[index[overlapping[0]]]
            ):
                # The word kept is nearly always part of this bigram: "mental" -> "mental health".
                chosen[chosen.index(overlapping[0])] = term
            elif not overlapping:
                chosen.append(term)
            if len(chosen) == top:
                break
        result.append(tuple(chosen))
    return result


# --- near duplicates ------------------------------------------------------------------------


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text`` as written and as compared (lower case, punctuation dropped)."""
    originals: list[str] = []
    keys: list[str] = []
    for word in _WORD.findall(text):
        key = _KEY.sub("", word.lower())
        if key:
            originals.append(word)
            keys.append(key)
    return originals, keys


def _keys(text: str) -> list[str]:
    """``_tokens(text)[1]`` without the words as written, and faster: most words need no cleaning."""
    keys = []
    for word in text.lower().split():
        if not word.isalnum():
            word = _KEY.sub("", word)
            if not word:
                continue
        keys.append(word)
    return keys


def _shingle_hashes(keys: Sequence[str], size: int = SHINGLE_SIZE) -> np.ndarray:
    """The hash of each shingle, in text order (one for a text shorter than ``size``, none for no text).

    A corpus is compared by these 64-bit hashes rather than by the word tuples themselves, which
    cost some 100 bytes each in memory: ten million distinct shingles collide with a chance of
    about one in three hundred thousand.
    """
    if len(keys) < size:
        return np.array([hash(tuple(keys))] if keys else [], dtype=np.int64)
    n = len(keys) - size + 1
    return np.fromiter((hash(tuple(keys[i : i + size])) for i in range(n)), dtype=np.int64, count=n)


class _Runs:
    """A text's word runs of ``PASSAGE_RUN`` words, hashed, for fast passage coverage.

    ``template``: sorted hashes (``_shingle_hashes``) of the 5-word runs that are the form's own
    wording; a run that begins with one never counts as reused work.
    """

    def __init__(self, keys: Sequence[str], run: int = PASSAGE_RUN, template: np.ndarray | None = None) -> None:
        self.words = len(keys)
        self.short_keys = tuple(keys) if len(keys) < run else None  # compared whole (see _coverage)
        n = max(0, len(keys) - run + 1)
        windows = np.fromiter((hash(tuple(keys[i : i + run])) for i in range(n)), dtype=np.int64, count=n)
        self.sorted, self.inverse = np.unique(windows, return_inverse=True)  # windows == sorted[inverse]
        if template is not None and len(template) and n:
            self.template = np.isin(_shingle_hashes(keys)[:n], template)
        else:
            self.template = np.zeros(n, dtype=bool)
        self.run = run

    def covered_by(self, shared_runs: np.ndarray) -> float:
        """Share of this text's words that lie in runs the other text has word for word;
        ``shared_runs``: which of ``self.sorted`` the other text has."""
        starts = np.flatnonzero(shared_runs[self.inverse] & ~self.template)
        if not len(starts):
            return 0.0
        # The union of [start, start + run): each run adds the words up to the next one's start.
        covered = int(np.minimum(np.diff(starts), self.run).sum()) + self.run
        return covered / self.words


def _in_other(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Which values of sorted ``a`` are in sorted ``b``."""
    at = np.minimum(np.searchsorted(b, a), len(b) - 1)
    return b[at] == a


def _coverage(a: _Runs, b: _Runs) -> float:
    if not a.words or not b.words:
        return 0.0
    if a.short_keys is not None or b.short_keys is not None:  # too short for a passage: only a whole match counts
        return 1.0 if a.short_keys == b.short_keys else 0.0
    if not len(a.sorted) or not len(b.sorted):
        return 0.0
    a_in_b = _in_other(a.sorted, b.sorted)
    if not a_in_b.any():
        return 0.0
    return max(a.covered_by(a_in_b), b.covered_by(_in_other(b.sorted, a.sorted)))


def passage_coverage(a_keys: Sequence[str], b_keys: Sequence[str], *, run: int = PASSAGE_RUN, ignore=frozenset()) -> float:
    """The larger share of either text's words lying in runs of ``run``+ words that the other has word for word.
    ``ignore``: 5-word tuples of template wording; a run beginning with one does not count."""
    template = np.unique(np.array([hash(s) for s in ignore], dtype=np.int64))
    return _coverage(_Runs(a_keys, run, template), _Runs(b_keys, run, template))


def is_near_duplicate(containment: float, coverage: float, semantic: float) -> bool:
    """The rule of the module docstring: reused wording, corroborated by meaning when it is partial."""
    if coverage >= STRONG_COVERAGE or containment >= STRONG_CONTAINMENT:
        return True
    return containment >= SUPPORTED_CONTAINMENT and semantic >= SUPPORTED_SEMANTIC


def shared_passages(
    a_words: Sequence[str], a_keys: Sequence[str], b_keys: Sequence[str], *, limit: int = MAX_PASSAGES
) -> tuple[str, ...]:
    """The longest word runs the two texts share (at least MIN_PASSAGE_WORDS), as written in the first, longest first."""
    matcher = difflib.SequenceMatcher(None, list(a_keys), list(b_keys), autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size >= MIN_PASSAGE_WORDS]
    blocks.sort(key=lambda m: (-m.size, m.a))
    passages = []
    for m in blocks[:limit]:
        words = a_words[m.a : m.a + min(m.size, MAX_PASSAGE_WORDS)]
        passages.append(" ".join(words) + (" …" if m.size > MAX_PASSAGE_WORDS else ""))
    return tuple(passages)


PAIR_BLOCK = 256  # entries whose shared-shingle counts with every other entry are taken at once


def _candidate_pairs(texts: Sequence[str]) -> tuple[Iterator[tuple[int, int, int]], np.ndarray, np.ndarray, np.ndarray]:
    """The pairs worth a closer look, with what the rule needs of every text.

    Returns ``(pairs, words, sizes, template)``: ``(i, j, shared)``, in order, for each pair i < j sharing at
    least one non-template shingle that is either short (a text under ``PASSAGE_RUN`` words) or has
    a containment of at least ``COVERAGE_NEEDS_CONTAINMENT``; the number of words of each text and
    of its shingles that are not template; the sorted hashes of the template shingles (those in more than
    ``max(4, n/3)`` texts).

    Memory stays near the size of the shingle table: the entries x shingles matrix is multiplied
    by its transpose ``PAIR_BLOCK`` rows at a time as the pairs are taken, and only the pairs that
    pass are kept.
    """
    from scipy.sparse import csr_matrix

    n = len(texts)
    words = np.zeros(n, dtype=np.int64)
    per_text: list[np.ndarray] = []
    for row, text in enumerate(texts):
        keys = _keys(text)
        words[row] = len(keys)
        per_text.append(np.unique(_shingle_hashes(keys)))
    counts = np.array([len(h) for h in per_text], dtype=np.int64)
    if not counts.sum():
        return iter(()), words, counts, np.zeros(0, dtype=np.int64)
    distinct, column, frequency = np.unique(np.concatenate(per_text), return_inverse=True, return_counts=True)
    del per_text
    is_template = frequency > max(4, n / 3)
    template = distinct[is_template]
    keep = ~is_template[column]
    rows = np.repeat(np.arange(n), counts)[keep]
    m = csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, column[keep])), shape=(n, len(distinct)))
    del rows, column, keep
    sizes = np.diff(m.indptr)  # shingles per text, template removed
    short = words < PASSAGE_RUN
    mt = m.T.tocsr()

    def pairs() -> Iterator[tuple[int, int, int]]:
        for start in range(0, n, PAIR_BLOCK):
            block = (m[start : start + PAIR_BLOCK] @ mt).tocoo()
            i = block.row.astype(np.int64) + start
            j = block.col.astype(np.int64)
            shared = block.data.astype(np.int64)
            upper = i < j
            i, j, shared = i[upper], j[upper], shared[upper]
            # A little looser than the rule, which find_near_duplicates applies exactly.
            wanted = short[i] | short[j] | (shared >= COVERAGE_NEEDS_CONTAINMENT * np.minimum(sizes[i], sizes[j]) - 1e-6)
            yield from sorted(zip(i[wanted].tolist(), j[wanted].tolist(), shared[wanted].tolist()))

    return pairs(), words, sizes, template


def find_near_duplicates(items: Sequence[ClusterInput], embeddings: np.ndarray) -> tuple[NearDuplicate, ...]:
    """Pairs of entries that report the same work, by the rule of the module docstring, sorted by ids."""
    vectors = _unit(np.asarray(embeddings, dtype=np.float64))
    texts = [item.text for item in items]
    pairs_to_check, words, sizes, template = _candidate_pairs(texts)
    runs: dict[int, _Runs] = {}  # texts in a candidate pair: most texts never get this far

    def runs_of(row: int) -> _Runs:
        if row not in runs:
            runs[row] = _Runs(_keys(texts[row]), PASSAGE_RUN, template)
        return runs[row]

    pairs: list[NearDuplicate] = []
    for i, j, n in pairs_to_check:
        short = min(words[i], words[j]) < PASSAGE_RUN
        if short and _keys(texts[i]) != _keys(texts[j]):
            continue  # too short to judge by shared wording: only the very same words count
        containment = n / min(int(sizes[i]), int(sizes[j]))
        if not short and containment < COVERAGE_NEEDS_CONTAINMENT:
            continue
        semantic = float(vectors[i] @ vectors[j])
        coverage = _coverage(runs_of(i), runs_of(j))
        if not short and not is_near_duplicate(containment, coverage, semantic):
            continue
        a, b = (i, j) if items[i].entry_id < items[j].entry_id else (j, i)
        a_words, a_keys = _tokens(texts[a])
        b_keys = _keys(texts[b])
        pairs.append(
            NearDuplicate(
                a=items[a].entry_id,
                b=items[b].entry_id,
                semantic=round(semantic, 4),
                shingle=round(containment, 4),
                passage_coverage=round(coverage, 4),
                shared_passages=shared_passages(a_words, a_keys, b_keys),
            )
        )
    return tuple(sorted(pairs, key=lambda d: (d.a, d.b)))


# --- map ------------------------------------------------------------------------------------


def project_map(embeddings: np.ndarray) -> np.ndarray:
    """A 2-D position per row (PCA), each axis signed so its largest loading is positive."""
    from sklearn.decomposition import PCA

    vectors = np.asarray(embeddings, dtype=np.float64)
    n = len(vectors)
    out = np.zeros((n, 2), dtype=np.float64)
    if n < 2 or np.ptp(vectors, axis=0).max() < IDENTICAL_DISTANCE:
        return out
    components = min(2, n - 1, vectors.shape[1])
    pca = PCA(n_components=components, svd_solver="full").fit(vectors)
    axes = pca.components_
    signs = np.sign(axes[np.arange(components), np.argmax(np.abs(axes), axis=1)])
    signs[signs == 0] = 1.0
    out[:, :components] = ((vectors - pca.mean_) @ axes.T) * signs
    return np.round(out, 6) + 0.0  # + 0.0 turns -0.0 into 0.0


# --- metrics for the evaluate command -------------------------------------------------------


def adjusted_rand(assignments: Mapping[str, int], gold_topics: Mapping[str, str]) -> float:
    """Adjusted Rand index of the clusters against gold topics, over the entries both know."""
    from sklearn.metrics import adjusted_rand_score

    common = sorted(set(assignments) & set(gold_topics))
    if not common:
        raise ValueError("no entry id is in both the clustering and the gold topics")
    return float(adjusted_rand_score([gold_topics[i] for i in common], [assignments[i] for i in common]))


def pair_precision_recall(
    found: Iterable[frozenset[str]], gold: Iterable[frozenset[str]]
) -> tuple[float, float]:
    """(precision, recall) of near-duplicate pairs; 1.0 where there is nothing to find or nothing was found."""
    found, gold = set(found), set(gold)
    hits = len(found & gold)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(gold) if gold else 1.0
    return precision, recall


def pairs_of(clustering: Clustering) -> set[frozenset[str]]:
    """The near-duplicate pairs as unordered id pairs, for ``pair_precision_recall``."""
    return {frozenset((d.a, d.b)) for d in clustering.near_duplicates}


__all__ = [
    "adjusted_rand",
    "choose_clusters",
    "cluster_entries",
    "cluster_terms",
    "find_near_duplicates",
    "is_near_duplicate",
    "pair_precision_recall",
    "pairs_of",
    "passage_coverage",
    "project_map",
    "shared_passages",
    "shingles",
]
