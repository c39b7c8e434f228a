"""Document + sections -> the cover (title, lead organisation) and the partner organisations.

The cover lines matter most ("Lead organisation: X", "Partners: Y; Z", or a form table with a
label cell and a value cell); prose adds partners the cover does not list ("in partnership with
X and Y", spaCy ORG entities in sentences about the partnership). Every name gets a type from
organisation-name patterns (``organisation_type``), and variants of one name are merged.

If the cover names no lead organisation, the first typed organisation of the entry's first
sentences stands in as the primary entrant, so the eligibility check still has one to judge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pipeline.types import Block, Document, Partner, Section


@dataclass(frozen=True)
class Cover:
    """What the entry's cover says about itself."""

    title: str | None = None
    organisation: str | None = None  # the lead organisation / primary entrant, as written
    partners: tuple[str, ...] = ()  # partner organisations listed on the cover, as written


# --------------------------------------------------------------------------------------------
# Organisation types
# --------------------------------------------------------------------------------------------

_TYPE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        ("emergency_service", r"\bambulance\b|\bpolice\b|\bconstabulary\b|\bfire( and rescue)?( service| authority)?\b|\bparamedic service\b"),
        ("public_other", r"\bNHS (England|Improvement|Providers|Confederation|Resolution|Digital|Blood and Transplant|Employers|Education for Scotland|Wales Performance)\b"
                         r"|\bCare Quality Commission\b|\bCQC\b|\bHSSIB\b|\bHSIB\b|Health Services Safety Investigations|Healthcare Safety Investigation"
                         r"|\bUK ?HSA\b|Health Security Agency|Public Health\b|\bpublic health\b|Health Education England|\bHEE\b|\bNICE\b"
                         r"|National Institute for Health|\bNIHR\b|\bMHRA\b|Medicines and Healthcare|Department of Health|\bDHSC\b"
                         r"|Healthcare Improvement Scotland|Improvement Cymru|\bGIRFT\b|Getting It Right First Time|\bHealthwatch\b"
                         r"|\bRoyal College\b|Health and Care Professions Council|Nursing and Midwifery Council|General Medical Council"
                         r"|\bOffice for\b|\bGovernment\b|\bMinistry\b|\bHM Prison|\bHMPPS\b|\bprison service\b|\bregulator\b"),
        ("ahsn", r"\bAHSN\b|Academic Health Science (Network|Centre|Partnership)|\bHealth Innovation\b|\bHIN\b|Patient Safety Collaborative|\bPSC\b"),
        ("icb", r"\bICB\b|Integrated Care Board|\bCCG\b|Clinical Commissioning Group|\bICS\b|Integrated Care System|Integrated Care Partnership|\bintegrated care\b"),
        ("nhs_trust", r"\bNHS( Foundation)? Trust\b|\bFoundation Trust\b|\bNHS FT\b|\bHealth Board\b|\bHealth and Social Care Trust\b|\bNHS [A-Z][a-z]+( [A-Z][a-z]+)*$|Hospitals? NHS\b|\bNHS trust\b|\bhospital trust\b"),
        ("primary_care", r"\bGP (practice|surgery|federation|practices)\b|\bPrimary Care Network\b|\bPCN\b|\bMedical (Practice|Centre|Group)\b|\bHealth Centre\b|\bSurgery$|\bGP Federation\b|\bFederation\b|\bcommunity pharmac|\bLocal (Pharmaceutical|Medical) Committee\b|\bprimary care\b|\bgeneral practice"),
        ("university", r"\bUniversity\b(?! Hospitals?\b)(?! Health)|\bCollege London\b|\bImperial College\b|\bInstitute of Technology\b|\bBusiness School\b|\buniversity\b"),
        ("local_authority", r"\bCouncil\b|\bBorough\b|\bCombined Authority\b|\blocal authority\b|\bsocial care\b|\bsocial services\b|\bCounty Council\b|\bCity of\b"),
        ("private", r"\bLtd\b|\bLimited\b|\bplc\b|\bInc\b\.?|\bLLP\b|\bGmbH\b|\bCorporation\b|\bCompany\b|\b& Co\b|\b(technology|tech|digital|software|medtech|pharmaceutical|private|analytics) (company|firm|start-?up|supplier|provider|partner)\b|\bcompany\b|\bstart-?up\b"),
        ("charity", r"\bCharity\b|\bCharitable\b|\bCIC\b|\bFoundation\b|\bTrust\b|\bSociety\b|\bAssociation\b|\bHospice\b|\bAge UK\b|\bMind\b|\bMacmillan\b|\bvoluntary\b|\bcharity\b|\bthird sector\b|\bNetwork\b"),
    )
)
# A name ends in one of these (or contains one of the anchors) when it names an organisation.
_ORG_HEADS = re.compile(
    r"\b(Trust|ICB|CCG|ICS|Board|Council|University|Ltd|Limited|plc|LLP|Inc|Network|Service|Services|"
    r"Federation|PCN|Practice|Charity|CIC|Foundation|Society|Association|Collaborative|Partnership|"
    r"Healthwatch|Police|Constabulary|England|Providers|Commission|Agency|Institute|College|Hospice|"
    r"Group|Centre|Authority|Health Innovation [A-Z][\w ]*|AHSN|HSSIB|CQC|NHS [A-Z][a-z]+)\b"
)


def organisation_type(name: str) -> str:
    """The organisation type of a name, by the first pattern that matches; "unknown" otherwise."""
    for kind, pattern in _TYPE_PATTERNS:
        if pattern.search(name):
            return kind
    return "unknown"


# --------------------------------------------------------------------------------------------
# The cover
# --------------------------------------------------------------------------------------------

_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("title", re.compile(r"^(entry |project |initiative )?(title|name of (the )?(entry|project|initiative)|project name)\b", re.I)),
    ("organisation", re.compile(r"^(lead|submitting|entering|entrant|primary|main|applicant|host)( organi[sz]ation| entrant| partner| body)?s?\b|^organi[sz]ation( name)?\b|^entrant\b|^entered by\b|^submitted by\b|^name of (the )?organi[sz]ation\b"
                                r"|^organi[sz]ation (leading|submitting|making|entering) (the |this )?(entry|submission|application)\b"
                                r"|^(led|submitted|entered) by\b", re.I)),
    ("partners", re.compile(r"^(partner|partnering|collaborating|other|supporting)( organi[sz]ations?| partners?| bodies)?(\s*\(s\))?\b|^partners?\b|^in partnership with\b|^working in partnership with\b"
                            r"|^(working|delivered|developed) (together )?with\b|^jointly with\b|^with\b(?=\s*[:\-|])", re.I)),
)
_NONE = re.compile(r"^\s*(none|n/?a|not applicable|nil|-)\b", re.I)


def _label_of(text: str) -> tuple[str | None, str]:
    """(label kind, value) for "Label: value" lines; (kind, "") for a bare label; (None, text) else."""
    stripped = text.strip()
    for kind, pattern in _LABELS:
        m = pattern.match(stripped)
        if not m:
            continue
        rest = stripped[m.end():]
        if rest.startswith(("(s)", "(S)")):
            rest = rest[3:]
        if not rest.strip():
            return kind, ""
        if re.match(r"\s*[:\-–—|]", rest):
            return kind, re.sub(r"^\s*[:\-–—|]\s*", "", rest).strip()
        return None, text  # a sentence that happens to start with the word ("Partners met monthly")
    return None, text


def split_organisations(value: str) -> tuple[str, ...]:
    """Split a cover value into organisation names.

    Semicolons, line breaks, bullets and slashes always separate. Commas and "and" separate only
    when both sides name an organisation: "Barking, Havering and Redbridge University Hospitals
    NHS Trust" stays whole; "X NHS Trust and University of Y" is two.
    """
    pieces: list[str] = []
    for chunk in re.split(r"\s*(?:;|\n|•|·|\u2022|\s/\s|\s\|\s)\s*", value):
        chunk = chunk.strip(" .,;:-–—\t")
        if not chunk:
            continue
        pieces.extend(_split_joined(chunk))
    return tuple(p for p in (re.sub(r"\s+", " ", p).strip(" .,;:") for p in pieces) if p)


_BOUNDARY_HEADS = {"Trust", "ICB", "CCG", "Board", "Council", "Ltd", "Limited", "plc", "LLP", "Network", "Group",
                   "Federation", "PCN", "Practice", "Charity", "CIC", "Service", "Services", "Police", "Constabulary",
                   "Commission", "Agency", "Institute", "Hospice", "Partnership", "Centre", "Authority"}
_NOT_A_START = {"NHS", "Trust", "Foundation", "Board", "Group", "Network", "Council", "Service", "Services", "Ltd",
                "Limited", "of", "and", "for", "in", "&"}


def _split_run_together(chunk: str) -> list[str]:
    """Names listed with spaces only ("X NHS Trust Y Integrated Care Board Z"), as a PDF line join leaves them."""
    words = chunk.split()
    parts: list[list[str]] = [[]]
    for k, word in enumerate(words):
        parts[-1].append(word)
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt and word.rstrip(".,") in _BOUNDARY_HEADS and nxt[:1].isupper() and nxt not in _NOT_A_START:
            parts.append([])
        elif nxt and len(parts[-1]) >= 2 and word not in ("of", "and", "the", "&") and (
            (nxt == "University" and k + 2 < len(words) and words[k + 2] == "of")
            or nxt == "Healthwatch"
            or (nxt == "Health" and k + 2 < len(words) and words[k + 2] == "Innovation")
        ):
            parts.append([])  # words that only ever start a name
    names = [" ".join(p) for p in parts if p]
    if len(names) > 1 and sum(1 for n in names if _names_organisation(n)) >= len(names) - 1:
        return names
    return [chunk]


def _split_joined(chunk: str) -> list[str]:
    if not re.search(r",|\band\b|&", chunk) or len(_ORG_HEADS.findall(chunk)) >= 3:
        pieces = _split_run_together(chunk)
        if len(pieces) > 1:
            return [q for p in pieces for q in _split_joined_separators(p)]
    return _split_joined_separators(chunk)


def _split_joined_separators(chunk: str) -> list[str]:
    parts = re.split(r"(,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)", chunk)
    # parts alternate: text, separator, text, ...
    out: list[str] = []
    current = parts[0]
    for sep, nxt in zip(parts[1::2], parts[2::2]):
        if _names_organisation(current) and _names_organisation(nxt):
            out.append(current)
            current = nxt
        else:
            current = current + sep + nxt
    out.append(current)
    return out


def _names_organisation(text: str) -> bool:
    """The phrase ends like an organisation's name: "... NHS Trust", "University of X", "... Ltd"."""
    text = text.strip()
    if not text:
        return False
    if re.search(r"\b(Trust|ICB|CCG|ICS|Board|Council|University|Ltd|Limited|plc|LLP|Inc|Network|Service|Services|"
                 r"Federation|PCN|Practice|Charity|CIC|Foundation|Society|Association|Collaborative|"
                 r"Police|Constabulary|England|Providers|Commission|Agency|Institute|College|Hospice|AHSN|"
                 r"HSSIB|CQC|Group|Centre|Authority|Partnership)\.?$", text):
        return True
    if re.match(r"^(University|Healthwatch|Health Innovation|NHS|Royal College|The [A-Z])\b", text) and not re.search(r"\bUniversity (Hospitals?|Health)", text):
        return len(text.split()) >= 2
    return bool(re.match(r"^[A-Z][A-Za-z'’&.-]+( [A-Z][A-Za-z'’&.-]+)+$", text)) and organisation_type(text) != "unknown"


def _cell_value(blocks: Sequence[Block], label: Block) -> str | None:
    """The value cell beside a label cell in a form table."""
    if label.cell is None:
        return None
    for block in blocks:
        c = block.cell
        if c is not None and c.table == label.cell.table and c.row == label.cell.row and c.col == label.cell.col + 1:
            return block.text
    return None


def _looks_like_heading_or_label(block: Block) -> bool:
    if block.kind == "heading" or block.heading_level is not None:
        return True
    kind, _ = _label_of(block.text)
    return kind is not None or bool(re.match(r"^[A-Z][\w ]{0,40}:\s", block.text))


_EMBEDDED_LABEL = re.compile(
    r"(?<=\S)\s+(?=(?:Lead organi[sz]ations?|Submitting organi[sz]ation|Entering organi[sz]ation|Organi[sz]ation(?: name)?"
    r"|Entrant|Primary entrant|Partner organi[sz]ations?(?:\s*\(s\))?|Partners?|Partnering organi[sz]ations?|In partnership with"
    r"|Project title|Entry title|Title|Category|Award category|Contact(?: name)?|Entry contact|E-?mail|Tel(?:ephone)?|Phone"
    r"|Date(?: submitted)?|Submitted(?: by)?)\s*[:\-–—]\s)"
)


def _lines(document: Document, max_blocks: int) -> list[Block]:
    """The first blocks, one per line and one per label: a PDF block may run cover lines together."""
    out: list[Block] = []
    for block in [b for b in document.blocks if b.kind not in ("header", "footer")][:max_blocks]:
        lines = [piece for ln in block.text.splitlines() for piece in _EMBEDDED_LABEL.split(ln) if piece.strip()]
        if len(lines) <= 1:
            out.append(block)
            continue
        out.extend(replace(block, text=ln) for ln in lines)
    return out


def read_cover(document: Document, *, max_blocks: int = 40) -> Cover:
    """Title, lead organisation and listed partners from the first blocks of the document."""
    blocks = _lines(document, max_blocks)
    found: dict[str, list[str]] = {"title": [], "organisation": [], "partners": []}
    i = 0
    while i < len(blocks):
        block = blocks[i]
        kind, value = _label_of(block.text)
        if kind is None:
            i += 1
            continue
        if not value:
            value = _cell_value(blocks, block) or ""
        if not value and kind == "partners":
            # A bare "Partner organisations:" line followed by one name per line.
            j = i + 1
            names = []
            while j < len(blocks) and not _looks_like_heading_or_label(blocks[j]) and len(blocks[j].text) < 120:
                if not _names_organisation(blocks[j].text.strip(" •-·\u2022")) and names:
                    break
                names.append(blocks[j].text)
                j += 1
            value = "\n".join(names)
        elif not value and i + 1 < len(blocks) and not _looks_like_heading_or_label(blocks[i + 1]):
            value = blocks[i + 1].text
        if value:
            found[kind].append(value)
        i += 1
    title = found["title"][0] if found["title"] else _title_guess(document)
    organisation = None
    if found["organisation"]:
        names = split_organisations(found["organisation"][0])
        organisation = names[0] if names else None
    partners = tuple(n for v in found["partners"] for n in split_organisations(v) if not _NONE.match(n))
    return Cover(title=_clean(title), organisation=organisation, partners=partners)


def _title_guess(document: Document) -> str | None:
    """No "Title:" line: a Title-styled block, else the largest-font or first heading on page 1."""
    blocks = [b for b in document.blocks if b.kind not in ("header", "footer") and b.text.strip()]
    for b in blocks[:10]:
        if b.style and b.style.lower() == "title":
            return b.text
    first_page = [b for b in blocks[:15] if b.page in (None, 1)]
    sized = [b for b in first_page if b.size]
    if sized:
        biggest = max(sized, key=lambda b: b.size or 0)
        if document.body_size and (biggest.size or 0) > document.body_size + 1:
            return biggest.text
    for b in first_page[:3]:
        if (b.kind == "heading" or b.heading_level == 1) and _label_of(b.text)[0] is None:
            return b.text
    # Some entries carry their title only as a large running header on page 1.
    headers = [b for b in document.blocks[:5] if b.kind == "header" and b.size and document.body_size and b.size > document.body_size + 2]
    return headers[0].text if headers else None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split()).strip()
    return text or None


# --------------------------------------------------------------------------------------------
# Partners
# --------------------------------------------------------------------------------------------

_PARTNERSHIP_CUES = re.compile(
    r"\b(partner(ship|ed|ing|s)?|collaborat\w*|together with|alongside|jointly|joint|with the support of|"
    r"working with|worked with|work with|between|brought together|led by|hosted by|commissioned|funded by|"
    r"co-designed with|involving|including|comprising|and)\b",
    re.I,
)
_DESCRIBED_PARTNER = re.compile(
    r"\b(?:a|an|the|our|local)\s+(?:local\s+|national\s+|regional\s+|independent\s+)?"
    r"((?:technology|tech|digital|software|medtech|pharmaceutical|private|analytics) (?:company|firm|start-?up|supplier)"
    r"|(?:local |national )?charity|local authority|county council|city council|ambulance service|fire (?:and rescue )?service"
    r"|police force|integrated care board|gp federation|primary care network|community pharmacy)\b",
    re.I,
)
_NAME_PATTERN = re.compile(
    r"(?:(?:The|the)\s+)?(?:[A-Z][A-Za-z'’&.-]*|of|and|for|&|the|upon|on|in)(?:\s+(?:[A-Z][A-Za-z'’&.-]*|of|and|for|&|the|upon|on|in))*"
)


def _names_in_sentence(sent: Any) -> list[str]:
    """Organisation names in a sentence: spaCy ORG entities and capitalised names with an org head."""
    names: list[str] = []
    for ent in sent.ents:
        if ent.label_ == "ORG":
            names.extend(split_organisations(ent.text))
    for m in _NAME_PATTERN.finditer(sent.text):
        phrase = m.group(0).strip()
        if m.start() == 0 or sent.text[: m.start()].strip() == "":
            first = sent[0]
            if first.pos_ in ("VERB", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "AUX") and " " in phrase:
                phrase = phrase.split(" ", 1)[1]  # "Bringing X and Y together", "With X"
        for piece in split_organisations(phrase):
            piece = re.sub(r"^(?:[Tt]he|and|of|in|on|for)\s+", "", piece).strip()
            piece = re.sub(r"\s+(?:and|of|the|in|on|for)$", "", piece).strip()
            if _names_organisation(piece):
                names.append(piece)
    return names


def _trim(name: str) -> str:
    name = " ".join(name.split()).strip(" .,;:'\"()")
    name = re.sub(r"^(?:[Tt]he|[Oo]ur)\s+", "", name)
    name = re.sub(r"'s$|’s$", "", name)
    return name


def name_key(name: str) -> str:
    """A comparable form of a name: lower case, no articles or punctuation, common abbreviations expanded."""
    key = name.lower()
    key = re.sub(r"\(.*?\)", " ", key)
    key = key.replace("&", " and ")
    key = re.sub(r"\bnhs ft\b|\bft\b", "nhs foundation trust", key)
    key = re.sub(r"\buniv\.?\b", "university", key)
    key = re.sub(r"\bst\.?\b", "saint", key)
    key = re.sub(r"[^a-z0-9 ]+", " ", key)
    key = re.sub(r"\b(the|of|and)\b", " ", key)
    return " ".join(key.split())


def _same(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long = sorted((ka, kb), key=len)
    if len(short.split()) >= 2 and re.search(rf"(^| ){re.escape(short)}( |$)", long):
        return True
    acronym = "".join(w[0] for w in long.split() if w not in ("nhs",))
    return short.replace(" ", "") == acronym and len(short) >= 3


def _described_type(name: str, texts: Sequence[str]) -> str:
    """The type from the name, else from how the entry describes it: "X, a local charity", "the charity X"."""
    kind = organisation_type(name)
    if kind != "unknown":
        return kind
    escaped = re.escape(name)
    for text in texts:
        for m in re.finditer(escaped, text):
            after = text[m.end() : m.end() + 80]
            before = text[max(0, m.start() - 40) : m.start()]
            d = re.match(r"\s*(?:,|\(|–|-)\s*(?:is\s+)?(?:a|an|the|our)\s+([\w\s-]{0,50}?)(?:,|\)|\.|\s+(?:that|which|who|with|based|working|led|run))", after)
            if d is None:
                d = re.match(r"\s+is\s+(?:a|an)\s+([\w\s-]{0,50}?)(?:,|\.|\s+(?:that|which|who|with|based|working))", after)
            phrase = d.group(1) if d else ""
            p = re.search(r"(?:the|local|our)\s+([\w-]+(?:\s[\w-]+)?)\s*,?\s*$", before)
            for candidate in (phrase, p.group(1) if p else ""):
                if candidate:
                    described = organisation_type(candidate)
                    if described != "unknown":
                        return described
    return "unknown"


def find_partners(
    document: Document,
    sections: Mapping[str, Section | None],
    nlp: Any,
    *,
    docs: Mapping[str, Sequence[Any]] | None = None,
    cover: Cover | None = None,
) -> tuple[Partner, ...]:
    """The primary entrant (role "primary") and every partner organisation, typed and de-duplicated."""
    cover = cover or read_cover(document)
    if docs is None:
        from pipeline.evidence import parse_sections

        docs = parse_sections(sections, nlp)
    prose: list[str] = []
    described: list[str] = []
    for criterion_docs in docs.values():
        for doc in criterion_docs:
            for sent in doc.sents:
                if not _PARTNERSHIP_CUES.search(sent.text):
                    continue
                prose.extend(_names_in_sentence(sent))
                for m in _DESCRIBED_PARTNER.finditer(sent.text):
                    if re.search(r"partner|collaborat|with|alongside|together|between", sent.text, re.I):
                        described.append(m.group(0))
    primary_name = cover.organisation
    named = [_trim(n) for n in cover.partners] + [_trim(n) for n in prose if n not in described]
    named_types = {organisation_type(n) for n in named} | ({organisation_type(primary_name)} if primary_name else set())
    # "a technology company" counts only when no named organisation of that type is there.
    generic = [_trim(n) for n in described if organisation_type(n) not in named_types]
    candidates = named + generic
    if primary_name is None:
        typed = [n for n in candidates if organisation_type(n) != "unknown"]
        primary_name = typed[0] if typed else None
    texts = [doc.text for criterion_docs in docs.values() for doc in criterion_docs]
    out: list[Partner] = []
    if primary_name:
        out.append(Partner(name=_trim(primary_name), type=_described_type(primary_name, texts), role="primary"))
    for name in candidates:
        if not name or len(name) < 3:
            continue
        kind = _described_type(name, texts)
        from_cover = name in {_trim(n) for n in cover.partners}
        if kind == "unknown" and not from_cover:
            continue  # an ORG entity in prose with no organisation-like name is too often a product or programme
        if any(_same(name, p.name) for p in out):
            # Keep the fuller, properly capitalised variant.
            for k, p in enumerate(out):
                if _same(name, p.name) and len(name) > len(p.name) and name[:1].isupper() and p.role == "partner" and not from_cover:
                    out[k] = Partner(name=name, type=kind, role=p.role)
            continue
        out.append(Partner(name=name, type=kind, role="partner"))
    return tuple(out)
