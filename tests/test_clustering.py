"""Clustering of reviewed entries: clusters, labels, near duplicates, the map and the metrics.

Most tests use ``fake_topic_embeddings``: synthetic unit vectors scattered around one centroid per
topic, standing in for the sentence embedder so the clustering logic can be tested exactly. One
test uses the real all-MiniLM-L6-v2 embedder.
"""

from __future__ import annotations

import json
import random
import re

import numpy as np
import pytest

from pipeline.clustering import (
    adjusted_rand,
    cluster_entries,
    cluster_terms,
    find_near_duplicates,
    pair_precision_recall,
    pairs_of,
    project_map,
    tree_cuts,
)
from pipeline.reports.cluster_map import write_cluster_map
from pipeline.types import ClusterInput, Clustering

DIM = 32

TOPIC_WORDS = {
    "falls": "falls prevention care homes hip fractures bed sensors frailty",
    "sepsis": "sepsis screening antibiotics emergency department deterioration lactate",
    "medicines": "medicines reconciliation pharmacist discharge prescribing errors",
    "maternity": "maternity midwives postpartum haemorrhage obstetric birth",
}


def fake_topic_embeddings(topics: list[str], *, spread: float = 0.15, seed: int = 7) -> np.ndarray:
    """A FAKE embedder: one unit vector per item, scattered around a fixed random centroid per topic."""
    rng = np.random.default_rng(seed)
    centroids = {t: rng.normal(size=DIM) for t in sorted(set(topics))}
    rows = []
    for topic in topics:
        c = centroids[topic] / np.linalg.norm(centroids[topic])
        v = c + spread * rng.normal(size=DIM) / np.sqrt(DIM) * 3
        rows.append(v / np.linalg.norm(v))
    return np.array(rows)


def topic_items(topics: list[str]) -> list[ClusterInput]:
    return [
        ClusterInput(entry_id=f"E{i:03d}", text=f"{TOPIC_WORDS[t]} entry {i} {TOPIC_WORDS[t]}", title=f"{t} {i}")
        for i, t in enumerate(topics, start=1)
    ]


def shuffled(items, vectors, seed):
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    return [items[i] for i in order], vectors[order]


# --- clusters -------------------------------------------------------------------------------


def test_clustering_finds_the_topics_and_chooses_their_number():
    topics = ["falls"] * 6 + ["sepsis"] * 5 + ["medicines"] * 7
    items, vectors = topic_items(topics), fake_topic_embeddings(topics)
    result = cluster_entries(items, vectors)
    assert len(result.clusters) == 3
    gold = {item.entry_id: t for item, t in zip(items, topics)}
    assert adjusted_rand(result.assignments, gold) == 1.0


def test_clustering_chooses_a_different_number_for_different_data():
    topics = ["falls"] * 4 + ["sepsis"] * 4 + ["medicines"] * 4 + ["maternity"] * 4
    items, vectors = topic_items(topics), fake_topic_embeddings(topics)
    assert len(cluster_entries(items, vectors).clusters) == 4
    two = ["falls"] * 5 + ["sepsis"] * 5
    assert len(cluster_entries(topic_items(two), fake_topic_embeddings(two)).clusters) == 2


def test_clustering_is_the_same_whatever_the_order():
    topics = ["falls"] * 5 + ["sepsis"] * 6 + ["medicines"] * 4 + ["maternity"] * 3
    items, vectors = topic_items(topics), fake_topic_embeddings(topics, spread=0.3)
    expected = cluster_entries(items, vectors)
    for seed in range(5):
        again = cluster_entries(*shuffled(items, vectors, seed))
        assert again.clusters == expected.clusters
        assert again.near_duplicates == expected.near_duplicates
        assert again.assignments == expected.assignments
        assert again.coords.keys() == expected.coords.keys()
        for entry_id, (x, y) in expected.coords.items():
            assert again.coords[entry_id] == pytest.approx((x, y), abs=1e-5)


def test_clustering_ids_follow_the_smallest_member_id():
    topics = ["sepsis", "falls", "sepsis", "medicines", "falls", "medicines", "sepsis", "falls", "medicines"]
    items, vectors = topic_items(topics), fake_topic_embeddings(topics)
    result = cluster_entries(items, vectors)
    assert [c.id for c in result.clusters] == [1, 2, 3]
    assert [c.members[0] for c in result.clusters] == ["E001", "E002", "E004"]
    for cluster in result.clusters:
        assert list(cluster.members) == sorted(cluster.members)
        assert cluster.representative in cluster.members


@pytest.mark.parametrize("n", [1, 2, 3])
def test_clustering_small_sets_give_every_entry_a_cluster(n):
    topics = ["falls", "sepsis", "medicines"][:n]
    items, vectors = topic_items(topics), fake_topic_embeddings(topics)
    result = cluster_entries(items, vectors)
    assert set(result.assignments) == {item.entry_id for item in items}
    assert sorted(m for c in result.clusters for m in c.members) == sorted(result.assignments)
    assert all(c.members for c in result.clusters)
    assert len(result.coords) == n
    if n <= 2:
        assert len(result.clusters) == 1


def test_clustering_identical_vectors_make_one_cluster():
    items = topic_items(["falls"] * 6)
    vectors = np.tile(fake_topic_embeddings(["falls"]), (6, 1))
    result = cluster_entries(items, vectors)
    assert len(result.clusters) == 1
    assert result.clusters[0].members == tuple(item.entry_id for item in items)
    assert set(result.coords.values()) == {(0.0, 0.0)}


def test_clustering_empty_input_and_bad_shapes():
    assert cluster_entries([], np.zeros((0, DIM))).to_json() == {"clusters": [], "near_duplicates": []}
    with pytest.raises(ValueError, match="one embedding row per entry"):
        cluster_entries(topic_items(["falls"]), np.zeros((2, DIM)))
    items = topic_items(["falls", "falls"])
    with pytest.raises(ValueError, match="unique"):
        cluster_entries([items[0], items[0]], fake_topic_embeddings(["falls", "falls"]))


def test_clustering_to_json_has_the_clusters_json_shape():
    topics = ["falls"] * 4 + ["sepsis"] * 4
    result = cluster_entries(topic_items(topics), fake_topic_embeddings(topics))
    data = json.loads(json.dumps(result.to_json()))
    assert set(data) == {"clusters", "near_duplicates"}
    assert set(data["clusters"][0]) == {"id", "label", "terms", "members", "representative"}
    assert result.cluster_of("E001") == {"id": 1, "label": result.clusters[0].label}
    assert result.cluster_of("E999") is None


# --- labels ---------------------------------------------------------------------------------


def test_clustering_labels_are_the_distinctive_terms_of_each_cluster():
    topics = ["falls"] * 4 + ["sepsis"] * 4
    result = cluster_entries(topic_items(topics), fake_topic_embeddings(topics))
    falls, sepsis = result.clusters
    assert set(falls.terms[:3]) <= set(re.findall(r"\w+", TOPIC_WORDS["falls"])) | {
        " ".join(p) for p in zip(TOPIC_WORDS["falls"].split(), TOPIC_WORDS["falls"].split()[1:])
    }
    assert not set(" ".join(falls.terms).split()) & set(TOPIC_WORDS["sepsis"].split())
    assert "sepsis" in " ".join(sepsis.terms)
    assert falls.label == ", ".join(falls.terms[:3])


def test_clustering_ctfidf_prefers_words_of_one_cluster_and_drops_stop_words():
    terms = cluster_terms(
        [
            ["The NHS trust partnership improved patient safety for care homes: falls fell, falls alarms installed."],
            ["The NHS trust partnership improved patient safety in the emergency department: sepsis bundles, sepsis screening."],
        ]
    )
    assert "falls" in terms[0][0]
    assert "sepsis" in " ".join(terms[1][:3])
    for words in terms:
        assert not {"nhs", "trust", "patient", "safety", "partnership", "the"} & set(" ".join(words).split())
    # No term repeats a word of a better one.
    for words in terms:
        seen: set[str] = set()
        for term in words:
            assert not set(term.split()) & seen
            seen |= set(term.split())


# --- near duplicates ------------------------------------------------------------------------

FALLS_A = """
Falls are the most common safety incident reported by the 42 care homes in the borough. In 2021
residents were admitted to hospital after a fall 312 times, and a third of those admissions were
for a hip fracture. Care home staff told us they had no quick way to judge who was most at risk
and that night shifts were the hardest to cover. Working with the community falls team, the
ambulance service and the local university, we introduced a ten minute frailty screen on admission
to each home, motion sensors on the beds of residents scored at high risk, and a falls response
pathway that lets the ambulance crew call the falls team directly instead of conveying the resident
to the emergency department. Every home now has two falls champions who attend a monthly learning
huddle. Over twelve months admissions after a fall fell from 312 to 201, hip fractures fell from
104 to 71 and the ambulance service recorded 38 percent fewer conveyances from care homes for
falls. Residents and families sat on the steering group and tested the sensor alerts before they
went live, and their feedback changed the alert volume and the wording of the leaflet.
"""

# The same project, entered again a year later by the ambulance service: new opening and closing,
# a few sentences reworded, the middle kept.
FALLS_A_RESUBMITTED = """
Our ambulance service joined the borough's care homes to cut the number of residents taken to
hospital after a fall. Care home staff told us they had no quick way to judge who was most at risk
and that night shifts were the hardest to cover. Working with the community falls team, the
ambulance service and the local university, we introduced a ten minute frailty screen on admission
to each home, motion sensors on the beds of residents scored at high risk, and a falls response
pathway that lets the ambulance crew call the falls team directly instead of conveying the resident
to the emergency department. Every home now has two falls champions who attend a learning huddle
each month. Over twelve months admissions after a fall fell from 312 to 201, hip fractures fell from
104 to 71 and the ambulance service recorded 38 percent fewer conveyances from care homes for
falls. Residents and relatives were members of the steering group and tried out the sensor alerts
before launch; what they told us changed the alert volume and the leaflet.
"""

# A different project on the same topic: falls in care homes, different partners and methods.
FALLS_B = """
Residents of nursing homes in the county fall more often than any other group we serve, and many
falls happen at night when fewer staff are on duty. The mental health trust, the county council and
a housing charity set up a falls prevention programme built on strength and balance exercise
classes, a review of sedating medicines by community pharmacists and better lighting in corridors
and bathrooms. Physiotherapists trained 160 care workers to lead the exercise sessions twice a week.
Pharmacists reviewed the medicines of 900 residents and stopped or reduced sedatives for 214 of them.
After eighteen months the rate of falls per thousand occupied bed days dropped from 9.1 to 6.4 and
injurious falls dropped by a quarter. Residents chose the exercise music, and a carers forum helped
write the information sheets given to families when a resident joins a home.
"""

SEPSIS = """
Sepsis kills more people in the region than breast, bowel and prostate cancer together. The acute
trust, the ambulance service and GP practices agreed one screening tool and one set of escalation
rules so that a patient with suspected sepsis is recognised in the same way at home, in the
ambulance and at the front door of the hospital. Paramedics now record a national early warning
score and pre-alert the emergency department; antibiotics within one hour rose from 54 to 87
percent and deaths from sepsis fell by 11 percent over two years.
"""


def near_dup_items() -> list[ClusterInput]:
    return [
        ClusterInput("E010", FALLS_A, "Falls response in care homes"),
        ClusterInput("E031", FALLS_A_RESUBMITTED, "Safer nights: falls in care homes"),
        ClusterInput("E020", FALLS_B, "Strength and balance for nursing home residents"),
        ClusterInput("E040", SEPSIS, "One sepsis pathway from home to hospital"),
    ]


def test_clustering_near_duplicates_find_an_edited_resubmission_not_a_project_on_the_same_topic():
    items = near_dup_items()
    # FAKE embeddings, all very close in meaning: meaning alone must not make a pair.
    vectors = fake_topic_embeddings(["falls"] * 4, spread=0.02)
    assert float(vectors[0] @ vectors[2]) > 0.95
    pairs = find_near_duplicates(items, vectors)
    assert [(d.a, d.b) for d in pairs] == [("E010", "E031")]
    pair = pairs[0]
    assert pair.passage_coverage >= 0.5 or pair.shingle >= 0.7
    assert pair.shared_passages
    assert all(10 <= len(p.replace(" …", "").split()) <= 30 for p in pair.shared_passages)
    assert pair.shared_passages[0].replace(" …", "") in " ".join(FALLS_A.split())


def test_clustering_near_duplicates_ignore_wording_shared_by_many_entries():
    form = (
        "This entry is submitted to the Best Partnership Solution Improving Patient Safety category and "
        "every statement in it has been checked by the chief executive of each partner organisation. "
    )
    texts = [FALLS_A, FALLS_B, SEPSIS, "A short entry about pressure ulcers on wards.", "Fourth.", "Fifth one."]
    items = [ClusterInput(f"E{i}", form + text, None) for i, text in enumerate(texts)]
    vectors = fake_topic_embeddings(["falls"] * len(items), spread=0.02)
    assert find_near_duplicates(items, vectors) == ()


def test_clustering_near_duplicates_of_short_texts_need_the_very_same_words():
    items = [
        ClusterInput("E1", "Evidence to follow.", None),
        ClusterInput("E2", "Evidence to follow!", None),
        ClusterInput("E3", "Evidence will follow.", None),
    ]
    vectors = fake_topic_embeddings(["falls"] * 3, spread=0.02)
    assert [(d.a, d.b) for d in find_near_duplicates(items, vectors)] == [("E1", "E2")]


def test_clustering_reports_near_duplicates_in_the_clustering():
    items = near_dup_items()
    vectors = fake_topic_embeddings(["falls", "falls", "falls", "sepsis"], spread=0.1)
    result = cluster_entries(items, vectors)
    assert pairs_of(result) == {frozenset({"E010", "E031"})}
    assert result.near_duplicates_of("E031") == ("E010",)
    assert result.near_duplicates_of("E020") == ()


# --- the real embedder ----------------------------------------------------------------------


def test_clustering_separates_topics_with_the_real_minilm_embedder():
    from models.embedder import embed_long

    texts = {
        "falls": [
            "Care homes reduced falls among frail residents with bed sensors and a falls response team.",
            "Strength and balance classes in nursing homes cut the number of falls and hip fractures.",
            "A falls risk screen for older people on admission to care homes prevented injurious falls.",
        ],
        "sepsis": [
            "Paramedics screen for sepsis and give antibiotics within the hour before reaching hospital.",
            "An early warning score spots sepsis and deterioration in the emergency department.",
            "Sepsis screening in GP practices and ambulances speeds up antibiotics for septic patients.",
        ],
        "medicines": [
            "Pharmacists reconcile medicines at discharge to stop prescribing errors reaching home.",
            "Community pharmacy checks new prescriptions after discharge and removes dangerous medicine errors.",
        ],
    }
    items, topics = [], {}
    for topic, group in texts.items():
        for text in group:
            entry_id = f"E{len(items) + 1:02d}"
            items.append(ClusterInput(entry_id, text, None))
            topics[entry_id] = topic
    vectors = embed_long([item.text for item in items])
    result = cluster_entries(items, vectors)
    assert adjusted_rand(result.assignments, topics) == 1.0
    assert result.near_duplicates == ()


def test_embedder_precision_follows_the_setting_and_auto_picks_one(monkeypatch):
    from models import embedder

    for value, expected in (("float32", "float32"), ("BF16", "bfloat16"), ("bfloat16", "bfloat16")):
        monkeypatch.setenv(embedder.PRECISION_ENV, value)
        embedder.precision.cache_clear()
        assert embedder.precision() == expected
    monkeypatch.setenv(embedder.PRECISION_ENV, "half")
    embedder.precision.cache_clear()
    with pytest.raises(ValueError, match="auto, float32 or bfloat16"):
        embedder.precision()
    monkeypatch.delenv(embedder.PRECISION_ENV)
    embedder.precision.cache_clear()
    assert embedder.precision() in ("float32", "bfloat16")
    embedder.precision.cache_clear()


def test_embedder_bfloat16_vectors_stay_with_the_float32_ones(monkeypatch):
    from models import embedder

    texts = [
        "Pharmacists reconcile medicines at discharge to stop prescribing errors reaching home.",
        "Falls per 1,000 bed days fell from 7.9 to 4.1 after the ward introduced bay nursing. " * 12,
    ]
    vectors = {}
    for value in ("float32", "bfloat16"):
        monkeypatch.setenv(embedder.PRECISION_ENV, value)
        embedder.precision.cache_clear()
        monkeypatch.setattr(embedder, "_cache", embedder.OrderedDict())  # embed afresh, not from the cache
        vectors[value] = embedder.embed(texts)
    embedder.precision.cache_clear()
    assert vectors["bfloat16"].dtype == np.float32
    cosine = (vectors["float32"] * vectors["bfloat16"]).sum(axis=1)
    assert cosine.min() > 0.9995 and not np.array_equal(vectors["float32"], vectors["bfloat16"])


# --- map and metrics ------------------------------------------------------------------------


def test_clustering_project_map_is_deterministic_and_two_dimensional():
    topics = ["falls"] * 5 + ["sepsis"] * 5
    vectors = fake_topic_embeddings(topics)
    coords = project_map(vectors)
    assert coords.shape == (10, 2)
    assert np.array_equal(coords, project_map(vectors.copy()))
    # The two topics sit apart on the first axis.
    assert np.sign(coords[:5, 0]).tolist() != np.sign(coords[5:, 0]).tolist()
    assert project_map(vectors[:1]).tolist() == [[0.0, 0.0]]
    # Axis signs come from the loadings, not the solver: mirrored data gives a mirrored map.
    assert project_map(-vectors) == pytest.approx(-coords, abs=1e-6)


def test_clustering_writes_a_deterministic_svg_map(tmp_path):
    topics = ["falls"] * 4 + ["sepsis"] * 4 + ["medicines"] * 3
    items, vectors = topic_items(topics), fake_topic_embeddings(topics)
    result = cluster_entries(items, vectors)
    titles = {item.entry_id: f"{item.title} & <more>" for item in items}
    first = write_cluster_map(result, tmp_path / "a" / "map.svg", titles)
    second = write_cluster_map(result, tmp_path / "b.svg", titles)
    svg = first.read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "</svg>" in svg
    assert svg == second.read_text(encoding="utf-8")
    assert "<title>E001: falls 1 &amp; &lt;more&gt;</title>" in svg
    assert svg.count("<title>") >= len(items)


def test_clustering_writes_a_map_of_nothing(tmp_path):
    path = write_cluster_map(Clustering(clusters=(), near_duplicates=()), tmp_path / "empty.svg", {})
    assert path.stat().st_size > 0


def test_clustering_metrics():
    assert adjusted_rand({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "y", "d": "y"}) == 1.0
    assert adjusted_rand({"a": 1, "b": 2, "c": 1, "d": 2}, {"a": "x", "b": "x", "c": "y", "d": "y"}) < 0.1
    with pytest.raises(ValueError):
        adjusted_rand({"a": 1}, {"b": "x"})
    ab, cd, ef = frozenset("ab"), frozenset("cd"), frozenset("ef")
    assert pair_precision_recall({ab, cd}, {ab, ef}) == (0.5, 0.5)
    assert pair_precision_recall(set(), set()) == (1.0, 1.0)
    assert pair_precision_recall(set(), {ab}) == (1.0, 0.0)


def _coverage_by_definition(a: list[str], b: list[str], run: int = 20, ignore=frozenset()) -> float:
    """Passage coverage written out word by word, as the module docstring defines it."""
    if not a or not b:
        return 0.0
    if len(a) < run or len(b) < run:
        return 1.0 if a == b else 0.0

    def covered(x: list[str], y: list[str]) -> float:
        y_runs = {tuple(y[i : i + run]) for i in range(len(y) - run + 1)}
        marked = [False] * len(x)
        for i in range(len(x) - run + 1):
            if tuple(x[i : i + run]) in y_runs and tuple(x[i : i + 5]) not in ignore:
                marked[i : i + run] = [True] * run
        return sum(marked) / len(x)

    return max(covered(a, b), covered(b, a))


def test_clustering_passage_coverage_matches_its_definition():
    import random

    from pipeline.clustering import passage_coverage

    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(25)]
    for _ in range(200):
        a = [rng.choice(vocab) for _ in range(rng.randint(0, 120))]
        b = a[rng.randint(0, 40) : rng.randint(40, 120)] + [rng.choice(vocab) for _ in range(rng.randint(0, 40))]
        if rng.random() < 0.4:
            b = [rng.choice(vocab) for _ in range(30)] + a
        ignore = frozenset(tuple(a[i : i + 5]) for i in range(0, max(0, len(a) - 5), 13)) if rng.random() < 0.5 else frozenset()
        assert passage_coverage(a, b, ignore=ignore) == pytest.approx(_coverage_by_definition(a, b, ignore=ignore))


@pytest.mark.parametrize("seed", range(6))
def test_clustering_tree_cuts_are_scikit_learns_average_linkage_clusters(seed):
    """choose_clusters builds the tree once and cuts it at every k; each cut must be the partition
    AgglomerativeClustering(n_clusters=k, linkage="average") fits from scratch, ties included."""
    from scipy.cluster.hierarchy import linkage
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.metrics import adjusted_rand_score

    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 80))
    vectors = rng.normal(size=(n, 8))
    if seed % 2:
        vectors = np.round(vectors, 0) + 0.0  # many equal distances
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    distances = np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    merges = linkage(distances[np.triu_indices(n, k=1)], method="average")[:, :2].astype(int)
    cuts = dict(tree_cuts(merges, n, range(2, min(12, n - 1) + 1)))
    assert sorted(cuts) == list(range(2, min(12, n - 1) + 1))
    for k, labels in cuts.items():
        fitted = AgglomerativeClustering(n_clusters=k, metric="precomputed", linkage="average").fit_predict(distances)
        assert len(set(labels.tolist())) == k
        assert adjusted_rand_score(fitted, labels) == pytest.approx(1.0)


@pytest.mark.parametrize("seed", range(6))
def test_clustering_silhouettes_and_distances_are_scikit_learns_and_scipys(seed, monkeypatch):
    """choose_clusters never holds the square distance matrix: its condensed distances must be the
    matrix's upper triangle and its silhouettes scikit-learn's on the matrix, whatever the block size."""
    from scipy.spatial.distance import squareform
    from sklearn.metrics import silhouette_score

    import pipeline.clustering as clustering

    monkeypatch.setattr(clustering, "DISTANCE_BLOCK", 7)  # several blocks, the last one short
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 60))
    vectors = rng.normal(size=(n, 8))
    if seed % 2:
        vectors = np.round(vectors, 0) + 0.0
        vectors[: n // 3] = vectors[0]  # points at distance 0
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    square = np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0)
    np.fill_diagonal(square, 0.0)
    np.testing.assert_allclose(squareform(clustering.condensed_distances(vectors), checks=False), square, atol=1e-12)
    labelings = [rng.integers(0, k, n) for k in (2, 3, 5)]
    labelings = [np.unique(labels, return_inverse=True)[1] for labels in labelings if len(set(labels.tolist())) > 1]
    labelings.append(np.r_[np.zeros(n - 1, dtype=int), 1])  # a cluster of one
    expected = [silhouette_score(square, labels, metric="precomputed") for labels in labelings]
    np.testing.assert_allclose(clustering.silhouettes(vectors, labelings), expected, atol=1e-12)


def test_clustering_past_the_exact_limit_uses_a_sample_and_places_every_other_entry(monkeypatch):
    """Past EXACT_LIMIT the tree is built on a fixed sample: its rows keep the labels the exact
    clustering of the sample gives them, every other row joins the cluster whose sampled members are
    closest on average, and the result is the same whatever order the entries arrive in."""
    import pipeline.clustering as clustering

    rng = np.random.default_rng(3)
    centres = rng.normal(size=(4, DIM)) * 2
    truth = rng.integers(0, 4, 400)
    vectors = centres[truth] + rng.normal(size=(400, DIM))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    labels = clustering.choose_clusters(vectors, limit=60)
    sample = clustering.cluster_sample(400, 60)
    assert len(sample) == 60 and len(set(sample.tolist())) == 60
    assert adjusted_rand(dict(enumerate(labels.tolist())), {i: str(t) for i, t in enumerate(truth)}) == pytest.approx(1.0)
    exact_on_sample = clustering.exact_clusters(vectors[sample])
    assert adjusted_rand(dict(enumerate(labels[sample].tolist())), {i: str(t) for i, t in enumerate(exact_on_sample)}) == 1.0
    rest = np.setdiff1d(np.arange(400), sample)
    means = np.stack([vectors[sample][exact_on_sample == k].mean(axis=0) for k in range(exact_on_sample.max() + 1)])
    by_mean_distance = np.argmin(1.0 - vectors[rest] @ means.T, axis=1)
    # the same partition of the other rows as their nearest sampled cluster by mean distance
    assert adjusted_rand(dict(enumerate(labels[rest].tolist())), {i: str(t) for i, t in enumerate(by_mean_distance)}) == 1.0

    monkeypatch.setattr(clustering, "EXACT_LIMIT", 60)
    items = [ClusterInput(entry_id=f"E{i:03d}", title=f"entry {i}", text=f"entry {i} text") for i in range(400)]
    first = cluster_entries(items, vectors)
    assert len(first.clusters) == 4 and len(first.assignments) == 400
    for seed in range(2):
        again = cluster_entries(*shuffled(items, vectors, seed))
        assert again.assignments == first.assignments


def test_clustering_sampled_rows_keep_the_labels_of_the_sample_tree(monkeypatch):
    """A fake tree labelling (alternate rows) that nearest-mean placement would not reproduce: the
    sampled rows must keep it, and only the other rows are placed by distance."""
    import pipeline.clustering as clustering

    monkeypatch.setattr(clustering, "exact_clusters", lambda v: np.arange(len(v)) % 2)  # fake tree
    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(300, DIM))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = clustering.choose_clusters(vectors, limit=50)
    sample = clustering.cluster_sample(300, 50)
    fake = np.arange(50) % 2
    assert set(zip(labels[sample].tolist(), fake.tolist())) in ({(0, 0), (1, 1)}, {(0, 1), (1, 0)})
