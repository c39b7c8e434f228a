"""Compose one entry: cover, sections made of tagged sentences, appendix, and render choices.

An ``Entry`` is format-neutral. The renderers (render_pdf, render_docx) turn it into a file and
``gold()`` turns it into the gold label, so the two always agree on the text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import bank_a, bank_b
from .orgs import ORGS, TOPIC_PARTNERS
from .topics import GENERIC_MEASURES, TOPICS

BANKS = {"A": bank_a, "B": bank_b}
CRITERIA = ["context", "evidence", "spread", "value", "stakeholders"]
PSA_CRITERIA = ["ambition", "outcome", "learning", "involvement"]
# Which builder writes each criterion of the second rubric.
PSA_BUILDER = {"ambition": "context", "outcome": "outcome", "learning": "learning", "involvement": "stakeholders"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUM_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
RUBRICS = Path(__file__).resolve().parent.parent / "rubrics"
STOP = {"the", "a", "an", "of", "and", "in", "to", "how", "its", "it", "with", "such", "as", "has", "been", "or",
        "was", "were", "by", "for", "who", "they", "which", "this", "that", "be", "is", "are", "on", "at"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP}


def rubric_words(rubric_file: str) -> set[str]:
    data = yaml.safe_load((RUBRICS / rubric_file).read_text())
    words: set[str] = set()
    for c in data["criteria"]:
        words |= _words(c["title"]) | _words(c["question"])
    return words


_RUBRIC_WORDS = rubric_words("best-partnership-patient-safety.yaml")
for _bank in BANKS.values():
    for _cid, _hs in _bank.HEADINGS["own"].items():
        for _h in _hs:
            assert not (_words(_h) & _RUBRIC_WORDS), (_h, _words(_h) & _RUBRIC_WORDS)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fmt_num(x: float, dec: int) -> str:
    if dec == 0:
        return f"{int(round(x)):,}"
    return f"{x:,.{dec}f}"


@dataclass
class Sent:
    text: str
    slot: str  # the bank slot it was drawn from, e.g. "e_claim_q" or "topic:problem"
    tag: str | None = None  # "q" measured outcome change, "p" patient / "s" staff involvement
    ctx: dict = field(default_factory=dict, repr=False)


@dataclass
class Sec:
    cid: str
    heading: str | None
    paras: list[list[Sent]]

    def body(self) -> str:
        return "\n\n".join(" ".join(s.text for s in p) for p in self.paras)


@dataclass
class Entry:
    eid: str
    bank: str
    topic: str
    project: str
    layout: str
    fmt: str
    rubric: str
    criteria: list[str]
    title: str
    lead: tuple[str, str]
    partners: list[tuple[str, str]]
    cover: list[str]  # cover lines after the title, in order
    sections: dict[str, Sec]
    order: list[str]  # criteria in the order they appear
    appendix: list[tuple[str, str]]  # ("heading"|"para", text)
    variant: dict
    near_duplicates: list[str] = field(default_factory=list)
    title_in_cover: bool = False  # the title appears only as a "Project title: ..." cover line


class Picker:
    """Draws templates without repeating one inside an entry."""

    def __init__(self, rng: random.Random, bank) -> None:
        self.rng = rng
        self.bank = bank
        self.used: set[str] = set()

    def pool(self, slot: str, topic: str) -> list[str]:
        if slot.startswith("topic:"):
            return self.bank.TOPIC_TEXT[topic][slot[6:]]
        if slot.startswith("psa:"):
            return self.bank.PSA[slot[4:]]
        return self.bank.SLOTS[slot]

    def take(self, slot: str, topic: str, k: int = 1, exclude: str | None = None) -> list[str]:
        options = [t for t in self.pool(slot, topic) if t not in self.used and not (exclude and exclude in t)]
        chosen = self.rng.sample(options, min(k, len(options)))
        self.used.update(chosen)
        return chosen


def _tag_of(slot: str) -> str | None:
    for suffix, tag in (("_q", "q"), ("_p", "p"), ("_s", "s")):
        if slot.endswith(suffix):
            return tag
    if slot == "k_nostaff_design":
        return "p"
    return None


def _fill(template: str, ctx: dict) -> str:
    text = template.format(**ctx)
    return cap(text)


# ----------------------------------------------------------------------------- measures

def measure_ctx(m: dict, rng: random.Random, halve: bool = False) -> dict:
    b = rng.uniform(m["lo"], m["hi"])
    g = rng.uniform(*m["gain"])
    if halve:
        a = b / 2
    elif m["unit"] == "pct" and m["dir"] == "up":
        a = b + (100 - b) * g
    elif m["dir"] == "down":
        a = b * (1 - g)
    else:
        a = b * (1 + g)
    dec = m["dec"]
    b_s, a_s = fmt_num(b, dec), fmt_num(a, dec)
    if a_s == b_s:
        a_s = fmt_num(a - 1 if m["dir"] == "down" else a + 1, dec)
    bf, af = float(b_s.replace(",", "")), float(a_s.replace(",", ""))
    pc = round(abs(af - bf) / bf * 100)
    down = m["dir"] == "down"
    if m["unit"] == "pct":
        ft = f"from {b_s}% to {a_s}%"
    elif m["unit"] in ("minutes", "hours", "days"):
        ft = f"from {b_s} to {a_s} {m['unit']}"
    else:
        ft = f"from {b_s} to {a_s}{m['per']}"
    np_ = m["np"]
    verbs = ["fell", "dropped", "came down", "went down"] if down else ["rose", "increased", "climbed", "went up"]
    if "falls" in np_:
        verbs = [v for v in verbs if v != "fell"]
    pps = ["fallen", "dropped", "come down"] if down else ["risen", "increased", "climbed"]
    if "falls" in np_:
        pps = [v for v in pps if v != "fallen"]
    return {
        "m": np_, "M": cap(np_), "b": b_s, "bu": b_s + ("%" if m["unit"] == "pct" else ""), "a": a_s, "per": m["per"] if m["unit"] != "pct" else "%",
        "ft": ft, "ft_short": ("down " if down else "up ") + ft, "pc": pc,
        "verb": rng.choice(verbs), "verb_pp": rng.choice(pps),
        "dirword": "down" if down else "up", "dirword_n": "reduction" if down else "increase",
        "abovebelow": "below" if down else "above",
    }


# ----------------------------------------------------------------------------- organisations

def _email_domain(name: str, typ: str) -> str:
    slug = re.sub(r"[^a-z]+", "", name.lower().split(" nhs")[0].replace("university of ", ""))[:18]
    if typ in ("nhs_trust", "emergency_service") and "nhs" in name.lower():
        return "nhs.net"
    return slug + {"private": ".co.uk", "university": ".ac.uk", "local_authority": ".gov.uk",
                   "icb": ".nhs.uk", "ahsn": ".org.uk", "primary_care": ".nhs.uk"}.get(typ, ".org.uk")


def short_name(name: str) -> str:
    for suffix in (" NHS Foundation Trust", " NHS Trust"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def choose_orgs(rng: random.Random, bank: str, topic: str, kind: str | None, n_partners: int):
    """Return (lead, partners, host_trust). ``kind``: None, "private" (private lead), "nopartner"."""
    pool = ORGS[bank]
    trusts = pool["nhs_trust"]
    want = "mh" if topic == "mental_health" else ("community" if topic == "pressure_ulcers" and rng.random() < 0.5 else "acute")
    host = rng.choice([t for t, k in trusts if k == want] or [t for t, _ in trusts])
    lead = (host, "nhs_trust")
    types = list(TOPIC_PARTNERS[topic])
    partners: list[tuple[str, str]] = []
    # Sometimes a non-trust body leads and the trust is a partner.
    if kind is None and rng.random() < 0.3:
        ltype = rng.choice([t for t in types if t not in ("nhs_trust", "public_other")])
        lead = (rng.choice(pool[ltype]), ltype)
        partners.append((host, "nhs_trust"))
    if kind == "private":
        lead = (rng.choice(pool["private"]), "private")
        partners.append((host, "nhs_trust"))
    if kind == "nopartner":
        return lead, [], host
    rng.shuffle(types)
    for t in types:
        if len(partners) >= n_partners:
            break
        if t == lead[1] or any(pt == t for _, pt in partners):
            continue
        cands = [n for n in (pool[t] if t != "nhs_trust" else [x for x, _ in trusts]) if n not in (host, lead[0])]
        partners.append((rng.choice(cands), t))
    if kind is None and rng.random() < 0.2 and lead[1] != "private":
        partners.append((rng.choice(pool["private"]), "private"))
    return lead, partners, host


# ----------------------------------------------------------------------------- context values

def base_ctx(rng: random.Random, bank: str, topic: str, lead, partners, host) -> dict:
    t = TOPICS[topic]
    pool = ORGS[bank]
    year0 = rng.choice([2021, 2022, 2023])
    year1 = year0 + rng.choice([1, 2])
    product = rng.choice(t["products"])
    others = [n for n, _ in partners] or ["the trust's improvement team"]
    p1 = others[0]
    p2 = others[1] if len(others) > 1 else rng.choice(pool["icb"])
    staff = rng.sample(t["staff"], 2)
    m0, m1 = rng.sample(MONTHS, 2)
    pg = rng.choice(t["patient_group"])
    n_trusts = rng.randint(2, 7)
    lo_b = rng.uniform(7.5, 12.0)
    ctx = {
        "lead": lead[0], "host": host, "host_s": short_name(host), "p1": p1, "p2": p2,
        "region": rng.choice(pool["regions"]), "product": product, "Product": cap(product),
        "condition": t["condition"], "setting": rng.choice(t["settings"]), "ward": rng.choice(t["wards"]),
        "staff": staff[0], "Staff_cap": cap(staff[0]), "staff2": staff[1], "artefact": rng.choice(t["artefact"]),
        "patients": t["patients"], "Patients_cap": cap(t["patients"]), "patient_group": pg, "PatientGroup": cap(pg),
        "n_beds": rng.randrange(320, 1250, 10), "n_sites": rng.randint(2, 5),
        "pop": rng.choice(["350,000", "480,000", "620,000", "750,000", "900,000", "1.1 million", "1.4 million"]),
        "n_adm": fmt_num(rng.randrange(4000, 60000, 100), 0), "n_trained": rng.randrange(40, 420, 5),
        "n_records": fmt_num(rng.randrange(200, 1800, 10), 0), "n_wards": rng.randint(3, 12),
        "n_base": rng.randint(80, 640), "n_meet": rng.randint(8, 22), "n_day": rng.randint(1, 28),
        "budget": fmt_num(rng.randrange(35000, 420000, 500), 0), "fy": f"{year0 - 1}/{str(year0)[2:]}",
        "year0": year0, "year1": year1, "year_end": year1 + 1, "month0": m0, "month1": m1,
        "target": rng.choice([20, 25, 30, 40, 50]), "target_word": rng.choice(["third", "quarter", "half"]),
        "n_weeks": rng.randint(4, 12), "n_months": rng.randint(9, 24), "n_points": rng.randint(8, 15),
        "n_wards_spread": rng.randint(10, 42), "n_trusts": NUM_WORDS[n_trusts], "N_trusts": cap(NUM_WORDS[n_trusts]),
        "conf": rng.choice(pool["conf"]), "n_webinars": rng.randint(4, 15),
        "n_attend": fmt_num(rng.randrange(300, 2400, 10), 0), "unit_cost": fmt_num(rng.randrange(300, 2600, 50), 0),
        "los_b": f"{lo_b:.1f}", "los_a": f"{lo_b * rng.uniform(0.7, 0.88):.1f}",
        "bed_days": fmt_num(rng.randrange(400, 3200, 10), 0),
        "spend_b": fmt_num(rng.randrange(30000, 90000, 500), 0),
        "claims_b": rng.randint(7, 13), "claims_a": rng.randint(2, 5),
        "to_b": rng.randint(15, 23), "to_a": rng.randint(8, 13),
        "sick_b": f"{rng.uniform(5.6, 7.8):.1f}", "sick_a": f"{rng.uniform(3.4, 4.9):.1f}",
        "n_ws": rng.randint(3, 8), "n_pts": rng.randint(8, 40), "n_staff_grp": rng.randint(10, 32),
        "n_pdsa": rng.randint(6, 30),
    }
    ctx["spend_a"] = fmt_num(int(ctx["spend_b"].replace(",", "")) * rng.uniform(0.4, 0.75) // 100 * 100, 0)
    return ctx


# ----------------------------------------------------------------------------- section builders

class Builder:
    def __init__(self, rng, bank_name, topic, ctx, lead, partners, opts):
        self.rng = rng
        self.bank = BANKS[bank_name]
        self.topic = topic
        self.ctx = ctx
        self.lead = lead
        self.partners = partners
        self.opts = opts  # noquant, nopatient, nostaff, missing (set)
        self.pick = Picker(rng, self.bank)
        measures = list(TOPICS[topic]["measures"])
        rng.shuffle(measures)
        self.measures = measures
        self.ctx["measure_np"] = measures[0]["np"]

    def s(self, slot: str, k: int = 1, extra: dict | None = None) -> list[Sent]:
        out = []
        exclude = "{p2}" if len(self.partners) < 2 and slot == "c_gap" else None
        for tpl in self.pick.take(slot, self.topic, k, exclude):
            ctx = dict(self.ctx, **(extra or {}))
            out.append(Sent(_fill(tpl, ctx), slot, _tag_of(slot), ctx))
        return out

    def r(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def context(self) -> list[list[Sent]]:
        p1: list[Sent] = []
        if self.lead[1] != "nhs_trust":
            tpl = self.rng.choice(self.bank.LEAD_INTRO[self.lead[1]])
            p1.append(Sent(_fill(tpl, self.ctx), "lead_intro", None, dict(self.ctx)))
        p1 += self.s("c_setting", self.r(1, 2)) + self.s("topic:problem", self.r(1, 2))
        p2 = self.s("topic:problem", 1) + (self.s("c_gap", self.r(1, 2)) if self.partners else self.s("c_gap_internal"))
        p3 = self.s("topic:product", self.r(1, 2))
        p4 = self.s("c_goal", self.r(1, 3))
        paras = [p1, p2, p3, p4]
        if self.rng.random() < 0.4:
            paras = [p1, p2 + p3, p4]
        if self.opts.get("long"):
            paras.insert(1, self.s("c_more", self.r(2, 3)))
        return paras

    def _claim(self, m: dict) -> Sent:
        kind = self.rng.random()
        if m["dir"] == "down" and kind < 0.12:
            slot, halve = "e_halved_q", True
        elif kind < 0.25:
            slot, halve = "e_spc_q", False
        else:
            slot, halve = "e_claim_q", False
        mc = measure_ctx(m, self.rng, halve)
        got = self.s(slot, 1, mc) or self.s("e_claim_q", 1, measure_ctx(m, self.rng))
        return got[0]

    def evidence(self) -> list[list[Sent]]:
        p1 = self.s("e_method", self.r(1, 2)) + self.s("e_distract", 1)
        if self.opts.get("noquant"):
            p2 = self.s("e_qual", self.r(2, 3)) + self.s("e_distract", 1)
            p3 = self.s("e_distract", 1) + self.s("e_qual", 1)
            self.rng.shuffle(p2)
            return [p1, p2, p3]
        p2 = [self._claim(m) for m in self.measures[: self.r(2, 3)]]
        if self.rng.random() < 0.5:
            p2.insert(self.r(0, len(p2)), self.s("e_distract", 1)[0])
        p3 = [self._claim(self.rng.choice(GENERIC_MEASURES))]
        if self.rng.random() < 0.5:
            p3 += self.s("e_qual", 1)
        p3 += self.s("e_distract", self.r(0, 1)) + self.s("e_attrib", 1)
        if self.opts.get("long"):
            return [p1, p2, self.s("e_more", self.r(2, 3)), p3]
        return [p1, p2, p3]

    def spread(self) -> list[list[Sent]]:
        more = 1 if self.bank.NAME == "B" else 0
        paras = [self.s("s_adopt", self.r(1, 2 + more)), self.s("s_share", self.r(2, 3 + more))]
        if self.rng.random() < 0.7:
            paras.append(self.s("s_next", self.r(1, 1 + more)))
        return paras

    def learning(self) -> list[list[Sent]]:
        return [self.s("psa:learning", self.r(2, 3)), self.s("s_share", self.r(1, 2)) + self.s("s_next", 1)]

    def value(self) -> list[list[Sent]]:
        o = self.opts
        more = 1 if self.bank.NAME == "B" else 0
        p1 = self.s("v_staff", self.r(1, 1 + more))
        if not o.get("noquant") and self.rng.random() < 0.4:
            p1 += self.s("v_staff_q", 1)
        if not o.get("nostaff") and not o.get("noinvolvement") and self.rng.random() < 0.4:
            p1 += self.s("v_staff_s", 1)
        p2 = self.s("v_patient", self.r(1 + more, 2 + more))
        if not o.get("nopatient") and not o.get("noinvolvement") and self.rng.random() < 0.4:
            p2 += self.s("v_patient_p", 1)
        p3 = self.s("v_money", self.r(1 + more, 2 + more))
        if not o.get("noquant") and self.rng.random() < 0.6:
            p3 += self.s("v_money_q", 1)
        paras = [p1, p2, p3]
        self.rng.shuffle(paras)
        return paras

    def stakeholders(self) -> list[list[Sent]]:
        o = self.opts
        p1 = self.s("k_intro", 1)
        for name, typ in self.partners[:3]:
            tpl = self.rng.choice(self.bank.ROLE[typ])
            p1.append(Sent(_fill(tpl, dict(self.ctx, name=name)), "role", None, dict(self.ctx, name=name)))
        if o.get("nopatient"):
            p2 = self.s("k_patient_neg", 2)
        else:
            p2 = self.s("k_patient_p", self.r(1, 2))
            if self.rng.random() < 0.35:
                p2 += self.s("k_patient_neg", 1)
        if o.get("nostaff"):
            p3 = self.s("k_nostaff_design", 1) + self.s("k_staff_neg", self.r(1, 2))
        else:
            p3 = self.s("k_staff_s", self.r(1, 2))
            if self.rng.random() < 0.3:
                p3 += self.s("k_generic", 1)
        paras = [p1, p2, p3]
        if self.rng.random() < 0.4:
            paras = [p1, p3, p2]
        if self.opts.get("long"):
            paras.append(self.s("k_more", self.r(1, 2)))
        return paras

    def outcome(self) -> list[list[Sent]]:
        return self.evidence() + [self.value()[0]]

    def ambition(self) -> list[list[Sent]]:
        paras = self.context()
        paras[-1] = self.s("psa:ambition_open", 1) + paras[-1]
        return paras


# ----------------------------------------------------------------------------- headings

def choose_headings(rng, bank, layout: str, order: list[str], criteria: list[str], rubric: str) -> dict:
    H = bank.HEADINGS
    if rubric != "best-partnership-patient-safety":
        return _psa_headings(rng, bank, layout, order)
    if layout == "no_headings":
        return {c: None for c in order}
    if layout == "numbered_questions":
        v = rng.randrange(2)
        out = {}
        for i, c in enumerate(order, 1):
            q = H["question"][c][v]
            out[c] = f"{i}. {q}" if bank.NAME == "A" else (q if q.startswith("Q") else f"Question {i}: {q}")
        return out
    if layout == "rubric_headings":
        v = rng.randrange(len(H["rubric"]["context"]))
        return {c: H["rubric"][c][v % len(H["rubric"][c])] for c in order}
    if layout == "own_headings":
        return {c: rng.choice(H["own"][c]) for c in order}
    if layout == "form_table":
        v = rng.randrange(2)
        return {c: H["question"][c][v] for c in order}
    # style_headings, bold_headings, two_column, reordered: any wording
    source = rng.choice(["rubric", "own", "own", "mixed"])
    out = {}
    v = rng.randrange(4)
    for c in order:
        src = source if source != "mixed" else rng.choice(["rubric", "own"])
        pool = H[src][c]
        out[c] = pool[v % len(pool)] if src == "rubric" else rng.choice(pool)
    return out


PSA_HEADINGS = {
    "A": {"ambition": ["The ambition", "Ambition and aims", "1. The ambition"],
          "outcome": ["Outcomes", "Measured outcomes", "2. Outcomes"],
          "learning": ["Learning and sustainability", "Sharing and sustaining the learning", "3. Learning and sustainability"],
          "involvement": ["Patient and staff involvement", "Involving patients and staff", "4. Patient and staff involvement"]},
    "B": {"ambition": ["Our ambition", "Section 1 - Ambition", "What we set out to do"],
          "outcome": ["What we achieved", "Section 2 - Outcomes", "Results"],
          "learning": ["Keeping it going", "Section 3 - Learning", "Sharing the learning"],
          "involvement": ["Who was involved", "Section 4 - Involvement", "Patients and staff"]},
}
PSA_QUESTIONS = {
    "ambition": "Describe the ambition of the project: the patient safety problem it set out to solve and its aims",
    "outcome": "Describe the measured outcomes of the project, with quantitative evidence",
    "learning": "Explain how the learning has been shared and how the improvement is being sustained",
    "involvement": "Describe how patients, carers and staff were involved",
}


def _psa_headings(rng, bank, layout, order):
    if layout == "no_headings":
        return {c: None for c in order}
    if layout in ("numbered_questions", "form_table"):
        return {c: (f"{i}. " if layout == "numbered_questions" else "") + PSA_QUESTIONS[c] for i, c in enumerate(order, 1)}
    v = rng.randrange(3)
    return {c: PSA_HEADINGS[bank.NAME][c][v] for c in order}


# ----------------------------------------------------------------------------- entry

def compose(eid: str, *, bank: str, topic: str, layout: str, fmt: str, seed: int, project: str,
            rubric: str = "best-partnership-patient-safety", missing=(), noquant=False, nopatient=False,
            nostaff=False, ineligible: str | None = None, n_partners: int | None = None) -> Entry:
    rng = random.Random(seed)
    bmod = BANKS[bank]
    psa = rubric != "best-partnership-patient-safety"
    criteria = PSA_CRITERIA if psa else CRITERIA
    if n_partners is None:
        n_partners = rng.choice([0, 0, 1]) if psa else rng.choice([1, 2, 2, 3])
    kind = ineligible if ineligible else ("nopartner" if n_partners == 0 else None)
    lead, partners, host = choose_orgs(rng, bank, topic, kind, n_partners)
    ctx = base_ctx(rng, bank, topic, lead, partners, host)
    stake_id = "involvement" if psa else "stakeholders"
    opts = {"noquant": noquant, "nopatient": nopatient, "nostaff": nostaff,
            "noinvolvement": stake_id in missing, "long": rng.random() < 0.45}
    b = Builder(rng, bank, topic, ctx, lead, partners, opts)

    order = list(criteria)
    if layout == "reordered":
        while order == list(criteria):
            rng.shuffle(order)
    order = [c for c in order if c not in missing]

    sections = {}
    for c in order:
        build = PSA_BUILDER.get(c, c) if psa else c
        if psa and c == "ambition":
            build = "ambition"
        sections[c] = Sec(c, None, getattr(b, build)())
    heads = choose_headings(rng, bmod, layout, order, criteria, rubric)
    if layout in ("bold_headings", "rubric_headings", "two_column") and rng.random() < 0.25 and layout != "form_table":
        heads = {c: (h.upper() if h else h) for c, h in heads.items()}
    for c in order:
        sections[c].heading = heads[c]

    title = _fill(rng.choice(bmod.TOPIC_TEXT[topic]["titles"]), ctx)
    variant = choose_variant(rng, layout, fmt)
    cover = cover_lines(rng, bmod, lead, partners, title, variant)
    appendix = appendix_parts(rng, bmod, ctx, topic)
    return Entry(eid, bank, topic, project, layout, fmt, rubric, criteria, title, lead, partners, cover,
                 sections, order, appendix, variant, title_in_cover=variant["title_in_cover"])


def choose_variant(rng, layout: str, fmt: str) -> dict:
    return {
        "font": rng.choice(["Helvetica", "Helvetica", "Times"]),
        "size": rng.choice([10, 10.5, 11, 11, 11.5, 12]),
        "leading": rng.choice([0.47, 0.5, 0.58, 0.64]),
        "head_style": rng.choice(["bold", "bold", "large", "large_bold"]),
        "header": rng.choice(["title", "award", "award", "org"]),
        "footer": rng.choice(["page_of", "page_of", "page", "org_page"]),
        "header_first": rng.random() < 0.6,
        "form": rng.choice(["per_criterion", "qa_rows"]),
        "docx_heading": rng.choice(["Heading 1", "Heading 2", "Heading 1", "bold"]),
        "docx_style": rng.choice(["builtin", "custom", "outline", "custom_outline"]),
        "docx_headers": rng.random() < 0.6,
        "title_style": rng.choice(["Title", "bold"]),
        "title_in_cover": layout == "form_table" and rng.random() < 0.5,
        "category_line": rng.random() < 0.4,
        "partners_block": rng.random() < 0.4,
        "docx_font": rng.choice(["Calibri", "Arial", "Cambria"]),
    }


def cover_lines(rng, bmod, lead, partners, title, variant) -> list[str]:
    C = bmod.COVER
    pool = ORGS[bmod.NAME]
    first, last = rng.choice(pool["first"]), rng.choice(pool["last"])
    contact = f"{first} {last}"
    role = rng.choice(bmod.ROLES)
    email = f"{first.lower()}.{last.lower()}@{_email_domain(lead[0], lead[1])}"
    phone = rng.choice(pool["phones"]).format(n=rng.randint(0, 999))
    date = f"{rng.randint(1, 28)} {rng.choice(['April', 'May', 'June'])} 2026"
    lines = []
    if variant["category_line"]:
        lines.append(rng.choice(C["category"]))
    if variant["title_in_cover"]:
        lines.append(C["title_label"].format(title=title))
    lines.append(rng.choice(C["lead"]).format(lead=lead[0]))
    if not partners:
        lines.append(rng.choice(C["no_partner"]))
    elif variant["partners_block"]:
        lines.append(C["partners_block"])
        lines += [f"- {n}" if bmod.NAME == "B" else n for n, _ in partners]
    else:
        sep = "; " if bmod.NAME == "A" else " | "
        plist = sep.join(n for n, _ in partners)
        lines.append(rng.choice(C["partners_inline"]).format(plist=plist))
    lines.append(rng.choice(C["contact"]).format(contact=contact, role=role))
    lines.append(rng.choice(C["email"]).format(email=email))
    lines.append(rng.choice(C["phone"]).format(phone=phone))
    lines.append(rng.choice(C["date"]).format(date=date))
    return lines


def appendix_parts(rng, bmod, ctx, topic) -> list[tuple[str, str]]:
    A = bmod.APPENDIX
    parts: list[tuple[str, str]] = []
    refs = [r for t, r in A["refs"] if t in ("any", topic)]
    if rng.random() < 0.35:
        parts.append(("heading", rng.choice(A["references"])))
        parts += [("para", r) for r in rng.sample(refs, min(len(refs), rng.randint(2, 3)))]
    if rng.random() < 0.3:
        parts.append(("heading", rng.choice(A["ack_heading"])))
        parts.append(("para", _fill(rng.choice(A["ack"]), ctx)))
    return parts


# ----------------------------------------------------------------------------- near duplicates

def make_duplicate(base: Entry, eid: str, *, seed: int, mode: str, layout: str | None = None,
                   fmt: str | None = None) -> Entry:
    """The same project entered again: ``resubmission`` (light edits) or ``partner`` (a partner enters)."""
    import copy

    rng = random.Random(seed)
    dup = copy.deepcopy(base)
    dup.eid = eid
    bmod = BANKS[dup.bank]
    pick = Picker(rng, bmod)
    for sec in dup.sections.values():
        for p in sec.paras:
            pick.used.update(_template_guess(bmod, s) for s in p)
    # Replace a few untagged sentences with another template of the same slot.
    cands = [(c, i, j) for c, sec in dup.sections.items() for i, p in enumerate(sec.paras)
             for j, s in enumerate(p) if s.tag is None and (s.slot in bmod.SLOTS)]
    n_edit = 3 if mode == "resubmission" else 5
    for c, i, j in rng.sample(cands, min(n_edit, len(cands))):
        old = dup.sections[c].paras[i][j]
        new = pick.take(old.slot, dup.topic, 1)
        if new:
            dup.sections[c].paras[i][j] = Sent(_fill(new[0], old.ctx), old.slot, None, old.ctx)
    if mode == "partner":
        swap = [p for p in dup.partners if p[1] not in ("private",)]
        if swap:
            new_lead = swap[0]
            dup.partners = [dup.lead] + [p for p in dup.partners if p != new_lead]
            dup.lead = new_lead
        titles = [t for t in bmod.TOPIC_TEXT[dup.topic]["titles"]]
        dup.title = _fill(rng.choice(titles), base.sections[base.order[0]].paras[0][0].ctx)
        if dup.title == base.title:
            dup.title = base.title + " - a partner's account"
        dup.variant = choose_variant(rng, layout or dup.layout, fmt or dup.fmt)
    else:
        dup.title = base.title + rng.choice([" (resubmission)", " - updated entry", " (revised)"])
    if layout:
        dup.layout = layout
        if layout != base.layout:
            ctx_heads = choose_headings(rng, bmod, layout, dup.order, dup.criteria, dup.rubric)
            for c in dup.order:
                dup.sections[c].heading = ctx_heads[c]
    if fmt:
        dup.fmt = fmt
    dup.variant["title_in_cover"] = dup.layout == "form_table" and dup.variant["title_in_cover"]
    dup.title_in_cover = dup.variant["title_in_cover"]
    dup.cover = cover_lines(rng, bmod, dup.lead, dup.partners, dup.title, dup.variant)
    dup.appendix = appendix_parts(rng, bmod, base.sections[base.order[0]].paras[0][0].ctx, dup.topic)
    dup.near_duplicates = [base.eid]
    base.near_duplicates = base.near_duplicates + [eid]
    return dup


def _template_guess(bmod, s: Sent) -> str:
    """The template a sentence came from, so a duplicate's edit never re-draws the same one."""
    if s.slot not in bmod.SLOTS:
        return ""
    for tpl in bmod.SLOTS[s.slot]:
        try:
            if _fill(tpl, s.ctx) == s.text:
                return tpl
        except KeyError:
            continue
    return ""


# ----------------------------------------------------------------------------- gold

def _also_involves(e: Entry, s: Sent) -> str:
    """Involvement a sentence shows besides its slot's own label (see ALSO_INVOLVES in the banks)."""
    for template, tags in BANKS[e.bank].ALSO_INVOLVES.items():
        try:
            if _fill(template, s.ctx) == s.text:
                return tags
        except KeyError:
            continue
    return ""


def gold(e: Entry, source: str) -> dict:
    sents = [(c, s) for c in e.order for p in e.sections[c].paras for s in p]
    quant = [s.text for _, s in sents if s.tag == "q"]
    pinv = [s.text for _, s in sents if s.tag == "p" or "p" in _also_involves(e, s)]
    sinv = [s.text for _, s in sents if s.tag == "s" or "s" in _also_involves(e, s)]
    qcrit = "outcome" if e.rubric != "best-partnership-patient-safety" else "evidence"
    scrit = "involvement" if e.rubric != "best-partnership-patient-safety" else "stakeholders"
    flags = [{"code": "missing_section", "criterion": c} for c in e.criteria if c not in e.sections]
    if qcrit in e.sections:
        has_q = any(s.tag == "q" for c, s in sents if c == qcrit)
    else:
        has_q = bool(quant)
    if not has_q:
        flags.append({"code": "no_quantitative_evidence", "criterion": qcrit})
    if not pinv:
        flags.append({"code": "no_patient_involvement", "criterion": scrit})
    if not sinv:
        flags.append({"code": "no_staff_involvement", "criterion": scrit})
    min_partners = 0 if e.rubric != "best-partnership-patient-safety" else 1
    if e.lead[1] == "private" or len(e.partners) < min_partners:
        flags.append({"code": "ineligible", "criterion": None})
    other = ([] if e.title_in_cover else [e.title]) + list(e.cover) + [t for _, t in e.appendix]
    return {
        "source": source,
        "format": e.fmt,
        "status": "reviewed",
        "error_code": None,
        "layout": e.layout,
        "topic": e.topic,
        "project": e.project,
        "title": e.title,
        "organisation": e.lead[0],
        "sections": {c: (e.sections[c].body() if c in e.sections else None) for c in e.criteria},
        "headings": {c: (e.sections[c].heading if c in e.sections else None) for c in e.criteria},
        "order": list(e.order),
        "other": other,
        "flags": flags,
        "quantitative_claims": quant,
        "patient_involvement": pinv,
        "staff_involvement": sinv,
        "primary_entrant": {"name": e.lead[0], "type": e.lead[1]},
        "partners": [{"name": n, "type": t} for n, t in e.partners],
        "near_duplicates": sorted(e.near_duplicates),
        "text_bank": e.bank,
    }
