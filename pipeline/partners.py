"""Document + sections -> the cover (title, lead organisation) and the partner organisations.

The cover lines matter most ("Lead organisation: X", "Partners: Y; Z", "Organisation leading the
entry - X", or a form table with a label cell and a value cell), also when a PDF runs them into
one line or wraps a value onto the next; prose adds partners the cover does not list ("in
partnership with X and Y", spaCy ORG entities in sentences about the partnership). Every name
gets a type from organisation-name patterns (``organisation_type``), else from how the entry
describes it (``partner_type``), and variants of one name are merged.

If the cover names no lead organisation, an unlabelled cover line that is one organisation's name,
else the first typed organisation the entry writes about (never a listed partner), stands in as
the primary entrant, so the eligibility check still has one to judge.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pipeline.types import Block, Document, Partner, Section


@dataclass(frozen=True)
class Cover:
    """What the entry's cover says about itself."""

    title: str | None = None
    organisation: str | None = None  # the lead organisation / primary entrant, as written
    partners: tuple[str, ...] = ()  # partner organisations listed on the cover, as written
    no_partners: bool = False  # the cover says there are none ("Partner organisations: not applicable")


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
                         r"|\bOffice for\b|\bGovernment\b|\bMinistry\b|\bHM Prison|\bHMPPS\b|\bHMP\b|\bHMYOI\b|\bHM Young Offender|\bprison service\b|\bregulator\b"),
        ("ahsn", r"\bAHSN\b|Academic Health Science (Network|Centre|Partnership)|\bHealth Innovation\b|\bHIN\b|Patient Safety Collaborative|\bPSC\b"),
        ("icb", r"\bICB\b|Integrated Care Board|\bCCG\b|Clinical Commissioning Group|\bICS\b|Integrated Care System|Integrated Care Partnership|\bintegrated care\b"),
        ("nhs_trust", r"\bNHS( Foundation)? Trust\b|\bFoundation Trust\b|\bNHS FT\b|\bHealth Board\b|\bHealth and Social Care Trust\b|\bNHS [A-Z][a-z]+( [A-Z][a-z]+)*$|Hospitals? NHS\b|\bNHS trust\b|\bhospital trust\b"),
        ("primary_care", r"\bGP (practice|surgery|federation|practices)\b|\bPrimary Care Network\b|\bPCN\b|\bMedical (Practice|Centre|Group)\b|\bHealth Centre\b|\bSurgery$|\bGP Federation\b|\bFederation\b|\bcommunity pharmac|\bLocal (Pharmaceutical|Medical) Committee\b|\bprimary care\b|\bgeneral practice|\bGPs?\b"),
        ("university", r"\bUniversity\b(?! Hospitals?\b)(?! Health)|\bCollege London\b|\bImperial College\b|\bInstitute of Technology\b|\bBusiness School\b|\buniversity\b"),
        ("local_authority", r"\bCouncil\b|\bBorough\b|\bCombined Authority\b|\blocal authority\b|\bsocial care\b|\bsocial services\b|\bCounty Council\b|\bCity of\b"),
        ("private", r"\bLtd\b|\bLimited\b|\bplc\b|\bInc\b\.?|\bLLP\b|\bGmbH\b|\bCorporation\b|(?<!interest )\bcompany\b|\b& Co\b|\b(technology|tech|digital|software|medtech|pharmaceutical|private|analytics) (company|firm|start-?up|supplier|provider|partner)\b|\bstart-?up\b"
                    r"|\b(Technologies|Systems|Solutions|Software|Analytics|Diagnostics|Devices|Pharmaceuticals)\b"),
        ("charity", r"\bCharity\b|\bCharitable\b|\bCIC\b|\bFoundation\b|\bTrust\b|\bSociety\b|\bAssociation\b|\bHospice\b|\bAge UK\b|\bMind\b|\bMacmillan\b|\bvoluntary\b|\bcharity\b|\bthird sector\b|\bNetwork\b"
                    r"|\bsocial enterprise\b|\bnot[- ]for[- ]profit\b|\bcommunity interest company\b"
                    r"|\b(community|patient|support|(?:self-)?advocacy|user-led|carers'?) group\b"),
    )
)
_VOLUNTARY_WORDS = re.compile(
    r"\b(Support|Carers|Companions|Survivors|Volunteers?|Befriend\w*|Advocacy|Peer|Friends of|Families|Parents)\b"
)


def organisation_type(name: str) -> str:
    """The organisation type of a name, by the first pattern that matches; "unknown" otherwise."""
    for kind, pattern in _TYPE_PATTERNS:
        if pattern.search(name):
            return kind
    return "unknown"


def _described_kind(phrase: str) -> str:
    """The type a description names first: "a registered charity working with the council" is a charity."""
    found = [(m.start(), kind) for kind, pattern in _TYPE_PATTERNS if (m := pattern.search(phrase))]
    return min(found)[1] if found else "unknown"


# --------------------------------------------------------------------------------------------
# Organisation names
# --------------------------------------------------------------------------------------------

# Words an organisation's name ends with.
_HEAD = (r"Trust|ICB|CCG|ICS|Board|Council|University|Ltd|Limited|plc|LLP|Inc|Network|Service|Services|"
         r"Federation|PCN|Practice|Charity|CIC|Foundation|Society|Association|Collaborative|Police|Constabulary|"
         r"England|Providers|Commission|Agency|Institute|College|Hospice|AHSN|HSSIB|CQC|Group|Centre|Authority|"
         r"Partnership|Alliance|Hospitals?|(?:Pharmaceutical|Medical|Dental|Optical|Optometric) Committee")
_ENDS_WITH_HEAD = re.compile(rf"\b(?:{_HEAD})\.?$")
# Words that only ever start a name.
_STARTS_NAME = re.compile(r"^(?:University of|Healthwatch|Health Innovation|Royal College of)\s+[A-Z]")


def _complete_name(text: str) -> bool:
    """The phrase is a whole name on its own: "X NHS Trust", "Y Borough Council", "University of Z".

    Stricter than ``_names_organisation``: "Wexcombe Fire" or "NHS Marshbury" are not whole names,
    so "Wexcombe Fire and Rescue Service" and "NHS Marshbury and Fenland Integrated Care Board"
    are never cut at their "and".
    """
    text = re.sub(r"^The\s+", "", text.strip())
    if len(text.split()) < 2 or not text[:1].isupper():
        return False
    return bool(_ENDS_WITH_HEAD.search(text) or _STARTS_NAME.match(text))


# A phrase ending in a job is a person's role, whatever organisation words it holds: "Voluntary Services Coordinator".
_ROLE_END = re.compile(r"\b(?:Co-?ordinator|Manager|Director|Officer|Lead|Nurse|Consultant|Matron|Pharmacist|Physician"
                       r"|Therapist|Midwife|Head|Chair|Practitioner|Specialist|Administrator|Advis[eo]r|Analyst)$")


def _names_organisation(text: str) -> bool:
    """The phrase reads like an organisation's name: a whole name, "NHS X", or capitalised words of a known type."""
    text = text.strip()
    if not text or _ROLE_END.search(text):
        return False
    if _complete_name(text):
        return True
    if re.match(r"^(NHS|The) [A-Z]", text) and not re.search(r"\bUniversity (Hospitals?|Health)", text):
        return len(text.split()) >= 2
    return bool(re.match(r"^[A-Z][A-Za-z'’&.-]+( [A-Z][A-Za-z'’&.-]+)+$", text)) and organisation_type(text) != "unknown"


_BULLET = re.compile(r"^\s*[-–—•·*\u2022]\s+")
_CONTACT_DETAILS = re.compile(
    r"\s(?=\S+@\S+|https?://|www\.|(?:\+44|0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b"
    r"|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})"
)


def split_organisations(value: str, known: Collection[str] = ()) -> tuple[str, ...]:
    """Split a cover value into organisation names.

    Semicolons, line breaks, bullets, bars and slashes always separate; so do dashes in a list
    that starts with a dash bullet. Names run together with spaces only are cut after a word
    that ends a name ("... NHS Trust Westshire County Council"), before one that starts a name
    ("University of", "Health Innovation"), or after a name in ``known`` (names the entry writes
    elsewhere, so "Carers First Northshire Eastmoor District Council" splits too). Commas, "and",
    "&" and other dashes separate only when every side is a whole name on its own: "Barking,
    Havering and Redbridge University Hospitals NHS Trust" stays whole; "X NHS Trust and
    University of Y" is two. Anything from an e-mail address, phone number or date on is dropped.
    """
    value = _CONTACT_DETAILS.split(value, maxsplit=1)[0]
    value = _AUTHOR_LINE.split(value, maxsplit=1)[0]
    value = _STREET_ADDRESS.split(value, maxsplit=1)[0]  # "Millbrook Surgery, 14 Chapel Lane, ..."
    value = _unbracketed(value)  # "(School of Nursing)", "(registered charity)": descriptions
    separators = r"\s*(?:;|\n|•|·|\u2022|\||\s/\s|\s\+\s|\s\*\s|\s--\s)\s*"
    if _BULLET.match(value):
        separators += r"|\s+[-–—]\s+"
    keys = {name_key(k) for k in known}
    pieces: list[str] = []
    for chunk in re.split(separators, value):
        chunk = _UNITS_BEFORE.sub("", _UNIT_AFTER.sub("", chunk.strip(" .,;:-–—|*\t")))
        if chunk:
            named = _company_whole(chunk, [p for part in _split_run_together(chunk, known) for p in _split_joined(part, keys)],
                                   keys)
            # "Tamsford Borough Council Children's Services": the council's own department, not a second name
            named = [_after_department(p) if k and re.search(r"\bCouncil$", named[k - 1]) else p
                     for k, p in enumerate(named)]
            named = [p for p in named if p]
            pieces.extend(p for p in named if not not_a_name(p))
    return tuple(p for p in (re.sub(r"\s+", " ", p).strip(" .,;:|") for p in pieces) if p)


_COMPANY_END = re.compile(r"\b(?:Ltd|Limited|plc|PLC|LLP)\.?$")
# Ends that close a name whatever follows: "X NHS Trust Acme Ltd" is two names; "X Practice IT Services Ltd" is one.
_CLOSING_END = re.compile(r"\b(?:Trust|ICB|CCG|ICS|Board|Council|University|Ltd|Limited|plc|PLC|LLP|Inc|CIC|Federation|PCN"
                          r"|Police|Constabulary|Commission|Agency|Hospice|AHSN|Authority|Charity|Hospitals?|Committee"
                          r"|College|Society|Association|Foundation|England)\.?$")


def _company_whole(chunk: str, names: list[str], known_keys: Collection[str] = ()) -> list[str]:
    """A company's registered name is whole back to the last real separator: "Kestle Practice IT Services
    Ltd" and "Marlcombe Mobility and Care Solutions Ltd" are one company each. A piece cut off before a
    name ending "Ltd" rejoins it when only spaces lay between and it does not end a name for certain
    ("Practice", "Services" may go on), or when an "and" lay between and it is no whole name on its own
    ("Marlcombe Mobility", written alone elsewhere in the entry). A company the entry names on its own
    elsewhere ("OxyHome Ltd") is a name of its own."""
    out = list(names)
    k = len(out) - 1
    while k > 0:
        before, company = out[k - 1], out[k]
        start, end = chunk.find(before), chunk.rfind(company)
        between = chunk[start + len(before):end] if 0 <= start and start + len(before) <= end else None
        if _COMPANY_END.search(company) and between is not None and not _STARTS_NAME.match(before) \
                and name_key(company) not in known_keys \
                and not before.startswith("NHS ") and (
                    (not between.strip() and not _CLOSING_END.search(before))
                    or (between.strip() in ("and", "&") and not _complete_name(before))):
            out[k - 1:k + 1] = [chunk[start:end + len(company)]]
        k -= 1
    return out


def _after_department(piece: str) -> str:
    """What is left of a piece after a council's department: "" for "Children's Services", "Warm Homes
    Eastwold" for "Public Health and Warm Homes Eastwold"."""
    if _COUNCIL_DEPARTMENT.match(piece):
        return ""
    m = re.match(r"^(.+?)\s+(?:and|&)\s+(.+)$", piece)
    return m.group(2) if m and _COUNCIL_DEPARTMENT.match(m.group(1)) else piece


_COUNCIL_DEPARTMENT = re.compile(
    r"^(?:(?:Adults?'?|Children'?s|Childrens|Education|Social|Public Health|Housing|Community|Famil(?:y|ies)|Early Years"
    r"|Environmental|Learning|Integrated|Youth)\b[\w'’ ]*\b(?:Services?|Care|Directorate|Department|Team)"
    r"|Public Health|Trading Standards|Environmental Health|Regulatory Services)$")
# "Entry written by the Consultant Paramedic", "Submitted by ...": a cover line run into the list.
_AUTHOR_LINE = re.compile(r"\s+(?:(?:Entry|Application|Submission|Form)\s+)?(?:written|submitted|prepared|completed)\s+by\b", re.I)
_UNIT_WORDS = r"(?:School|Faculty|Department|Dept\.?|Division|Directorate|Institute|Centre|Center|Unit)\s+(?:of|for)\b"
_SUB_UNIT = re.compile(r"^(?:The\s+)?(?:(?:School|Faculty|Department|Dept\.?|Division|Directorate)\s+of\b"
                       r"|.*\b(?:Division|Directorate|Department|Faculty)$)")
# "University of X, Centre for Y" -> "University of X"; "Surgical Division and T&O Directorate, X Trust" -> "X Trust"
_UNIT_AFTER = re.compile(r",\s*(?:the\s+)?" + _UNIT_WORDS + r".*$")
_UNITS_BEFORE = re.compile(r"^.*\b(?:Division|Directorate|Department|Faculty)\s*,\s*")


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_STREETS = r"(?:Road|Street|Lane|Avenue|Way|Drive|Close|Place|Square|Crescent|Terrace|Row|Gardens|Park|Court)"
_STREET_ADDRESS = re.compile(r",\s*(?=\d+[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+)+" + _STREETS + r"\b)")
_REFERENCE = re.compile(r"\b(?:reference|ref\.?|registration|registered)\s*(?:no\.?|number)?\s*:", re.I)


def not_a_name(text: str) -> bool:
    """Part of an organisation (``is_sub_unit``), an address ("Orchard House, Station Road, Brindley
    BV3 8QL") or a reference line: not an organisation of its own."""
    return bool(is_sub_unit(text) or _POSTCODE.search(text) or _REFERENCE.search(text)
                or re.search(r"\b(?:[A-Z][\w'’-]*\s+)+" + _STREETS + r"\s*,", text))


def is_sub_unit(name: str) -> bool:
    """Part of an organisation, not one: "School of Nursing", "Centre for X", "Surgical Division";
    a team or ward named without its organisation ("Crisis Resolution and Home Treatment Team",
    "Adult acute inpatient wards"); people named by their job ("Locum GPs")."""
    name = name.strip()
    return bool(_SUB_UNIT.match(name) or (_TEAM_OR_STAFF.search(name) and organisation_type(
        _TEAM_OR_STAFF.sub("", name).strip()) == "unknown"))


# A name ending in one of these is a team, a ward or a staff group of some organisation; with the
# ending cut off, what is left must still name a kind of organisation ("X Council Reablement Team").
_TEAM_OR_STAFF = re.compile(r"\b(?:[Tt]eams?|[Ww]ards?|[Uu]nits?|GPs|[Nn]urses|[Dd]octors|[Pp]harmacists|[Mm]idwives"
                            r"|[Pp]aramedics|[Cc]onsultants|[Ss]urgeons|[Tt]herapists|[Ss]taff)$")


_BOUNDARY_HEADS = {"Trust", "ICB", "CCG", "Board", "Council", "Ltd", "Limited", "plc", "LLP", "Network", "Group",
                   "Federation", "PCN", "Practice", "Charity", "CIC", "Service", "Services", "Police", "Constabulary",
                   "Commission", "Agency", "Institute", "Hospice", "Partnership", "Centre", "Authority", "Alliance",
                   "University", "Committee", "Cooperative", "Co-operative"}
_NOT_A_START = {"NHS", "Trust", "Foundation", "Board", "Group", "Network", "Council", "Service", "Services", "Ltd",
                "Limited", "Hospital", "Hospitals", "Teaching", "Medical", "College", "Health", "Partnership",
                "of", "and", "for", "in", "&"}
# "University of East Anglia": after these, "University of" takes a second word.
_TWO_WORD_PLACES = {"East", "West", "North", "South", "Central", "Northern", "Southern", "Eastern", "Western", "St",
                    "St.", "Saint", "New", "the", "The"}


def _starts_name(words: Sequence[str], k: int) -> bool:
    """Whether a name can begin at ``words[k]``."""
    if k >= len(words) or not words[k][:1].isupper():
        return False
    if words[k] == "Health":
        return k + 1 < len(words) and words[k + 1] == "Innovation"
    return words[k] not in _NOT_A_START and not _ENDS_WITH_HEAD.fullmatch(words[k])


def _known_prefix(words: Sequence[str], k: int, known: Collection[str]) -> int:
    """Length of the longest name in ``known`` that ``words[k:]`` starts with; 0 if none."""
    best = 0
    for name in known:
        n = len(name.split())
        if best < n <= len(words) - k and words[k : k + n] == name.split():
            best = n
    return best


def _known_boundary(words: Sequence[str], k: int, known: Collection[str]) -> int:
    """Length of a known name at ``words[k]`` that another name follows ("Carers First Northshire" +
    "Eastmoor District Council"); 0 if none. The next name must start a name in ``known`` too, or
    with "University of" and the like, so a place ("Pennine Ridge") is not cut off its organisation's name.
    """
    n = _known_prefix(words, k, known)
    if not n or k + n >= len(words) or not _starts_name(words, k + n):
        return 0
    rest = " ".join(words[k + n :])
    return n if _known_prefix(words, k + n, known) or _STARTS_NAME.match(rest) else 0


def _ends_university_of_place(words: Sequence[str]) -> bool:
    """The words end "University of <place>": one word, or two after East, West, St and the like."""
    if words[-3:-1] == ["University", "of"]:
        return words[-1] not in _TWO_WORD_PLACES
    return words[-4:-2] == ["University", "of"] and words[-2] in _TWO_WORD_PLACES


def _split_run_together(chunk: str, known: Collection[str] = ()) -> list[str]:
    """Names listed with spaces only ("X NHS Trust Y Integrated Care Board Z"), as a PDF line join leaves them."""
    words = chunk.split()
    parts: list[list[str]] = [[]]
    k = 0
    while k < len(words):
        if not parts[-1] and (n := _known_boundary(words, k, known)):
            parts[-1].extend(words[k : k + n])
            parts.append([])
            k += n
            continue
        word = words[k]
        parts[-1].append(word)
        k += 1
        if k >= len(words):
            break
        nxt = words[k]
        ends_a_name = word.rstrip(".,") in _BOUNDARY_HEADS and _starts_name(words, k)
        university_of_place = _ends_university_of_place(parts[-1]) and _starts_name(words, k)
        starts_a_name = len(parts[-1]) >= 2 and word not in ("of", "and", "the", "&") and (
            (nxt == "University" and k + 1 < len(words) and words[k + 1] == "of")
            or nxt == "Healthwatch"
            or (nxt == "Health" and k + 1 < len(words) and words[k + 1] == "Innovation")
        )
        if ends_a_name or university_of_place or starts_a_name:
            parts.append([])
    names = [" ".join(p) for p in parts if p]
    standalone = [n for n in names if _names_organisation(n) or n in known]
    if len(names) > 1 and all(len(n.split()) >= 2 for n in names) and len(standalone) >= len(names) - 1:
        return names
    return [chunk]


def _split_joined(chunk: str, known_keys: Collection[str] = ()) -> list[str]:
    """Cut at commas, "and", "&" and dashes into the most pieces that are each a whole name (or a known one)."""
    tokens = re.split(r"(,\s*(?:and\s+)?|\s+and\s+|\s+&\s+|\s+[-–—]\s+)", chunk)
    texts, seps = tokens[0::2], tokens[1::2]

    def joined(i: int, j: int) -> str:
        return texts[i] + "".join(seps[m] + texts[m + 1] for m in range(i, j - 1))

    def whole(text: str) -> bool:
        return _complete_name(text) or (len(text.split()) >= 2 and name_key(text) in known_keys)

    best: dict[int, tuple[int, int]] = {0: (0, 0)}  # end -> (pieces so far, start of the last piece)
    for j in range(1, len(texts) + 1):
        for i in range(j):
            if i in best and whole(joined(i, j)) and best[i][0] + 1 > best.get(j, (0, 0))[0]:
                best[j] = (best[i][0] + 1, i)
    if best.get(len(texts), (0, 0))[0] < 2:
        return [chunk]
    out: list[str] = []
    j = len(texts)
    while j > 0:
        i = best[j][1]
        out.insert(0, joined(i, j))
        j = i
    return out


def _cut_known(phrase: str, known: Sequence[str]) -> list[str]:
    """Cut the names in ``known`` out of a longer phrase: "Calderbrook Hospitals and University of X" -> both."""
    for name in sorted(known, key=len, reverse=True):
        m = re.search(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", phrase)
        if m and phrase.strip() != name:
            before = re.sub(r"(?:,|\band\b|&)?\s*$", "", phrase[: m.start()]).strip()
            after = re.sub(r"^\s*(?:,|\band\b|&)?", "", phrase[m.end() :]).strip()
            return [*(_cut_known(before, known) if before else []), name, *(_cut_known(after, known) if after else [])]
    return [phrase]


# --------------------------------------------------------------------------------------------
# The cover
# --------------------------------------------------------------------------------------------

_PROJECT_WORDS = r"partnership|entry|project|initiative|work|scheme|programme"  # "partners in this work"
_LABEL_PHRASES: tuple[tuple[str, str], ...] = (
    ("title", r"(?:entry |project |initiative |submission )?title|name of (?:the )?(?:entry|project|initiative)"
              r"|(?:project|entry|initiative) name"),
    ("organisation", r"(?:lead|leading|submitting|entering|primary|main|principal|host)"
                     r"(?: organi[sz]ations?| entrants?| partners?| bod(?:y|ies)| applicants?)?(?: name)?"
                     r"|(?:entrant|applicant)s?(?: organi[sz]ations?)?(?: name)?|organi[sz]ation(?: name)?"
                     r"|name of (?:the )?(?:lead |submitting |entering |entrant |applicant |applying )?organi[sz]ation"
                     r"|organi[sz]ation (?:leading|submitting|making|entering) (?:the |this )?(?:entry|submission|application|nomination)"
                     r"|(?:led|submitted|entered) by"),
    ("partners", r"(?:our |the )?(?:partners?|partnering|collaborating)(?: organi[sz]ations?| partners?| bodies)?(?:\s*\(s\))?"
                 r"(?: (?:were|are|include|included))?"
                 rf"(?: (?:in|of|involved in) (?:the |this )?(?:{_PROJECT_WORDS}|collaboration))?"
                 r"|(?:other|supporting|additional|joint|system|delivery|key|project|programme|principal|main|named"
                 r"|participating|contributing|co-?delivery)(?: partner)? (?:organi[sz]ations?|partners?|bodies)(?:\s*\(s\))?"
                 rf"(?: (?:in|of|involved in) (?:the |this )?(?:{_PROJECT_WORDS}|collaboration))?"
                 rf"|organi[sz]ations? (?:in|involved in) (?:the |this )?(?:{_PROJECT_WORDS})"
                 r"|(?:working )?in partnership with|(?:working|delivered|developed|partnering|collaborating) (?:together )?with"
                 r"|jointly with|with(?=\s*[:|\-–—])"),
    ("other", r"(?:main |entry |lead |named |key |primary )?contact(?: person| name| details)?|e-?mail(?: address)?"
              r"|tel(?:ephone)?(?: number| no)?\.?|phone(?: number)?|mobile(?: number)?"
              r"|(?:entry |submission )?date(?: submitted| of (?:entry|submission))?|submitted(?: on)?"
              r"|(?:award )?category|address|postcode|website|job title|role|position|word count|enquiries|queries"),
)
_LABEL_END = r"(?:\s*\([^)]{0,20}\))?(?:\s+\d{1,2})?"  # "Partner organisations (if any)", "Partner organisation 2"
_SEPARATOR = r"(?P<sep>\s*[:|]\s*|\s+[-–—]\s+|\s*[–—]\s*|\s*--\s*|\s*(?:\.{2,}|…)\s*|\s*$)"  # nothing after it: a bare label
_BEFORE_DIGITS = r"|(?P<digit>\s+)(?=\d)"  # "Tel. 01632 960123", "Submitted 3 May 2026"
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(f"(?:{phrases}){_LABEL_END}(?:{_SEPARATOR}{_BEFORE_DIGITS if kind == 'other' else ''})", re.I))
    for kind, phrases in _LABEL_PHRASES
)
# One-word labels that must be followed by a colon to count inside a line ("... NHS Trust Partners: ...").
_AMBIGUOUS_LABELS = {"with", "partner", "partners", "organisation", "organization", "entrant", "title", "contact",
                     "role", "position", "address", "category", "date", "submitted", "website", "postcode", "lead"}
_NONE = re.compile(r"^\s*(none|n/?a|not applicable|nil|-)\b", re.I)


def _label_at(text: str, pos: int = 0) -> tuple[str, re.Match[str]] | None:
    """The label starting at ``pos``: its kind and match (separator included)."""
    for kind, pattern in _LABELS:
        m = pattern.match(text, pos)
        if m:
            return kind, m
    return None


def _label_of(text: str) -> tuple[str | None, str]:
    """(label kind, value) for "Label: value" lines; (kind, "") for a bare label; (None, text) else.

    Kinds are "title", "organisation", "partners" and "other" (contact details, dates, the category).
    A line that merely starts with a label word ("Partners met monthly") is no label.
    """
    stripped = text.strip()
    found = _label_at(stripped)
    if found is None:
        return None, text
    kind, m = found
    return kind, stripped[m.end() :].strip()


def _embedded_labels(line: str) -> list[int]:
    """Where labels start inside a line ("Lead organisation: X Partners: Y Contact - Z" has two)."""
    starts = []
    for gap in re.finditer(r"(?<=\S)\s+(?=[A-Z])", line):
        found = _label_at(line, gap.end())
        if found is None:
            continue
        before, after = line[: gap.start()].split()[-1], line[gap.end() :].split()[0].rstrip(":")
        if before.isalpha() and before.isupper() and len(before) > 1 and after.isupper():
            continue  # inside a label set in capitals: "PRIMARY ENTRANT:"
        kind, m = found
        label = line[gap.end() : m.start("sep") if m.group("sep") is not None else m.start("digit")].strip().lower()
        sep = m.group("sep")
        if sep is not None and not sep.strip():
            continue  # a bare word at the end of the line
        if label in _AMBIGUOUS_LABELS and (sep is None or not re.search(r":|--|—", sep)):
            continue
        starts.append(gap.end())
    return starts


_CAPITAL_RUN = re.compile(r"(?<![\w'’])(?:[A-Z][A-Z'’()]+\s+){0,3}[A-Z][A-Z'’()]+(?=\s+[A-Z][a-z])")


def _colon_after_capital_labels(line: str) -> str:
    """"PRIMARY ENTRANT X NHS Trust PARTNERS A | B": a label set in capitals needs no colon."""
    out, last = [], 0
    for m in _CAPITAL_RUN.finditer(line):
        found = _label_at(m.group(0) + ":")
        if found is None or found[1].end() != len(m.group(0)) + 1 or found[0] == "title":
            continue
        out += [line[last:m.end()], ":"]
        last = m.end()
    return "".join(out) + line[last:] if out else line


def _lines(document: Document, max_blocks: int) -> list[Block]:
    """The first blocks, one per line and one per label: a PDF block may run cover lines together."""
    out: list[Block] = []
    for block in [b for b in document.blocks if b.kind not in ("header", "footer")][:max_blocks]:
        lines = []
        for ln in block.text.splitlines():
            ln = _colon_after_capital_labels(ln)
            cuts = [0, *_embedded_labels(ln), len(ln)]
            lines.extend(piece for a, b in zip(cuts, cuts[1:]) if (piece := ln[a:b].strip()))
        if len(lines) <= 1:
            out.append(block)
            continue
        out.extend(replace(block, text=ln) for ln in lines)
    return out


def _cell_value(blocks: Sequence[Block], label: Block) -> str | None:
    """The value cell beside a label cell in a form table."""
    if label.cell is None:
        return None
    lines = [b.text for b in blocks if b.cell is not None and (b.cell.table, b.cell.row, b.cell.col)
             == (label.cell.table, label.cell.row, label.cell.col + 1)]
    return "\n".join(lines) or None


def _looks_like_heading_or_label(block: Block) -> bool:
    if block.kind == "heading" or block.heading_level is not None:
        return True
    kind, _ = _label_of(block.text)
    return kind is not None or bool(re.match(r"^[A-Z][\w ]{0,40}:\s", block.text))


_NAME_LINE = re.compile(r"^[A-Z0-9][\w'’&.()-]*(?:\s+(?:[A-Z0-9][\w'’&.()-]*|of|and|for|the|upon|on|in|at|&))*$")


def _name_line(text: str) -> bool:
    """A line of names, as under a bare "Partner organisations:" label: capitalised words, no sentence."""
    pieces = [p.strip() for p in re.split(r"\s*[;|•·\u2022]\s*", _BULLET.sub("", text)) if p.strip()]
    return bool(pieces) and all(
        _NAME_LINE.match(p) and len(p.split()) <= 12 and (len(p.split()) >= 2 or organisation_type(p) != "unknown" or p.isupper())
        for p in pieces
    )


def _listed(blocks: Sequence[Block], j: int, known: Collection[str]) -> tuple[list[str], int]:
    """Names one per line after a bare label, up to the next label, heading or sentence."""
    names: list[str] = []
    while j < len(blocks) and not _looks_like_heading_or_label(blocks[j]) and _name_line(_list_item(blocks[j].text)):
        text = _list_item(blocks[j].text)
        # A name the entry never uses elsewhere and that does not read like one (a person, a heading) ends the list.
        if names and not _BULLET.match(text) and not all(_names_organisation(p) or p in known for p in split_organisations(text, known)):
            break
        names.append(text)
        j += 1
    return names, j


def _list_item(text: str) -> str:
    """A listed partner without what the line says about it: "X, a local charity, and its volunteers",
    "University of Y, Department of Z", "NHS W, which funded the amplifiers" -> the name."""
    text = _unbracketed(" ".join(text.split()))
    head = re.split(r"\s+[–—-]\s+", text, maxsplit=1)[0]
    if head != text and _complete_name(head):
        return head  # "X NHS Trust - Home Oxygen Service": the trust
    first, _, rest = text.partition(",")
    rest = rest.strip()
    if rest and (rest[:1].islower() or is_sub_unit(rest) or re.match(r"^(?:which|who|that|whose)\b", rest)
                 or re.match(r"^(?:Department|School|Faculty|Division|Directorate|Institute|Centre)\b", rest)
                 or _complete_name(first) and not _complete_name(rest) and not re.search(r"\band\b|&", rest)):
        return first.strip()  # "Tarnmouth Council, Adult Social Care Commissioning": the council
    return text


_ENDS_WITH_SEPARATOR = re.compile(r"(?:[|;,/&•\-–—]|\band)\s*$")


def _continued(value: str, blocks: Sequence[Block], j: int) -> tuple[str, int]:
    """A value the PDF wrapped onto the next line(s): "... | Marshbury Central Primary" + "Care Network | ..."."""
    while j < len(blocks) and blocks[j].cell is None and not _looks_like_heading_or_label(blocks[j]) and len(blocks[j].text) < 200:
        nxt = blocks[j].text.strip()
        first = re.split(r"\s*[;|•·\u2022,]\s*|\s+[-–—]\s+", nxt)[0].strip()
        names = split_organisations(value)
        last = names[-1] if names else ""
        wrapped = (len(first.split()) <= 4 and not (_complete_name(last) and _complete_name(first))
                   and _complete_name(f"{last} {first}"))
        if not ((_ENDS_WITH_SEPARATOR.search(value) and _name_line(nxt)) or wrapped):
            break
        value = f"{value} {nxt}"
        j += 1
    return value, j


_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|the|&|upon|on)\s+)*[A-Z][\w'’&.-]*)*")


def _written_names(lines: Sequence[Block]) -> set[str]:
    """Capitalised phrases of two words or more in the entry's sentences (not its cover lines).

    They tell where one name ends when a cover line runs names together ("Carers First Northshire
    Eastmoor District Council": the body says "... at Carers First Northshire and ...").
    """
    phrases: set[str] = set()
    for block in lines:
        text = block.text
        lowercase = [w for w in re.findall(r"\b[a-z]\w*", text) if w not in ("of", "and", "for", "the", "upon", "on")]
        if len(lowercase) < 3 or _label_of(text)[0] is not None:
            continue
        for m in _RUN.finditer(text):
            words = m.group(0).rstrip(".").split()
            for first in range(min(2, len(words))):  # also without a sentence's first word ("Bringing X")
                if len(words) - first >= 2 and words[first][:1].isupper():
                    phrases.add(" ".join(words[first:]))
    return phrases


def _names_listed(value: str) -> bool:
    """A listed partner names one: not "n/a", not "our own clinical teams" (lower case and of no known type)."""
    return not _NONE.match(value) and (value[:1].isupper() or value[:1].isdigit() or organisation_type(value) != "unknown")


_NAME_ALONE_LINES = 6


def _unbracketed(text: str) -> str:
    """The text without its bracketed asides: "X Trust (Podiatry)", "(registered charity no. 123)"."""
    return re.sub(r"\s*\([^()]*\)", "", text)


def _cover_text(text: str) -> str:
    """A cover line without bracketed asides and without the next line a PDF block ran into it."""
    return _COVER_TAIL.split(_unbracketed(text), maxsplit=1)[0]


def _primary_name(value: str) -> str:
    """The organisation in a lead value that also names a role or department: "Head of Patient Safety,
    X NHS Trust", "Department of Haematology, X NHS Trust", "X NHS Trust – Digital Medicines Team"."""
    head = re.split(r"\s+[–—-]\s+", value, maxsplit=1)[0]
    value = head if _complete_name(head) else value
    pieces = [p.strip() for p in value.split(",") if p.strip()]
    if len(pieces) < 2:
        return value
    named = [p for p in pieces if _names_organisation(p) and not is_sub_unit(p)]
    return named[0] if named else value


def _name_lines(blocks: Sequence[Block], known: Collection[str]) -> tuple[str | None, list[str]]:
    """Organisations one per line under the title, lead first: "X NHS Trust" / "Y GP Federation" / "Z"."""
    names: list[str] = []
    joined = False
    for block in blocks:
        text = _cover_text(" ".join(block.text.split()))
        if _WITH_LINE.match(text):
            joined = bool(names)  # "working with A, B and C" under the lead: read by _with_line
            break
        lead_line = re.search(rf",?\s+{_JOINING}\s*:?\s*$", text)  # "X Hospice, Trewennick, working together with:"
        text = text[: lead_line.start()] if lead_line else text
        text = re.split(r"\s+[–—]\s+", text, maxsplit=1)[0]  # "X Council – Adult Social Care"
        text = _PLACE_AFTER.sub("", text) if "," in text else text  # ", Wrenfield"
        if _label_of(text)[0] is not None or _SUBMITTED_BY.match(text):
            if names:
                break
            continue
        one = _name_line(text) and len(split_organisations(text, known)) == 1
        if (one or lead_line) and (_names_organisation(text) or text in known or names or lead_line):
            names.append(text.strip(" ,"))
            joined = joined or bool(lead_line)
        elif names:
            break
    return (names[0], names[1:]) if len(names) >= 2 or (names and joined) else (None, [])


def _name_alone(blocks: Sequence[Block], listed: Sequence[str]) -> str | None:
    """An unlabelled cover line that is nothing but one organisation's name ("Westshire Hospitals NHS Trust"),
    perhaps with its department in brackets ("Orrin Valley Community Health NHS Trust (Podiatry)")."""
    for block in blocks:
        text = re.sub(r"\s*\([^()]*\)\s*$", "", _clean(block.text) or "")
        if "," in text and len(text.split()) <= 16 and _label_of(text)[0] is None \
                and re.search(r"\b(?:Team|Service|Department|Unit|Directorate|Division)\b", text.split(",")[0]):
            text = _primary_name(text)  # "Community Learning Disability Nursing Team, Tarnmouth Health and Care NHS Trust"
        if (_label_of(text)[0] is None and len(text.split()) <= 12 and _complete_name(text)
                and organisation_type(text) != "unknown" and split_organisations(text) == (text,) and text not in listed):
            return text
    return None


_ENDS_WITH_PARTNERS_LABEL = re.compile(r"\b(?:the\s+)?partners?(?:\s+organi[sz]ations?)?\s*:\s*$", re.I)
_BY_LABEL = re.compile(r"^\s*(?:led|submitted|entered)\s+by\b", re.I)


def read_cover(document: Document, *, max_blocks: int = 40) -> Cover:
    """Title, lead organisation and listed partners from the first blocks of the document."""
    blocks = _lines(document, max_blocks)
    known = _written_names(_lines(document, len(document.blocks)))
    found: dict[str, list[str]] = {"title": [], "organisation": [], "partners": []}
    i = 0
    while i < len(blocks):
        block = blocks[i]
        kind, value = _label_of(block.text)
        i += 1
        if kind is None and _ENDS_WITH_PARTNERS_LABEL.search(block.text):
            kind, value = "partners", ""  # "Entry written by X, on behalf of the partners:" over a list
        if kind is None or kind == "other":
            continue
        if not value:
            value = _cell_value(blocks, block) or ""
        if not value and kind == "partners":
            names, i = _listed(blocks, i, known)
            value = "\n".join(names)
        elif not value and i < len(blocks) and not _looks_like_heading_or_label(blocks[i]):
            value = blocks[i].text
            i += 1
        if value and kind != "title" and block.cell is None:
            value, i = _continued(value, blocks, i)
        if value and kind == "organisation" and (_BY_LABEL.match(block.text) or _JOB_TITLE.search(value)
                                                 and len(value.split()) <= 8) \
                and (not _names_organisation(_primary_name(value)) or _generic_only(_primary_name(value))):
            # "Submitted by: Specialist Perinatal Midwife", "Lead: Radiology Services Manager": a person's role;
            # "Lead: Associate Director of Nursing, Community Hospitals": a role in the lead's own hospitals
            continue
        if value:
            found[kind].append(value)
    title = found["title"][0] if found["title"] else _title_guess(document)
    # "the Emergency Department, Diagnostic Imaging and the Portering Service, all at Harcastle General": the
    # lead's own departments, not partner organisations
    found["partners"] = [v for v in found["partners"] if not _ALL_AT.search(" ".join(v.split()))]
    said_none = bool(found["partners"]) and all(_NONE.match(v) for v in found["partners"])
    organisation = None
    listed = [n for v in found["partners"] for n in split_organisations(v, known) if _names_listed(n)]
    top = _below_title(blocks)  # the cover lines under the title
    if found["organisation"]:
        lead, joined = _lead_and_joined(found["organisation"][0])
        names = split_organisations(_primary_name(lead), known)
        organisation = names[0] if names else None
        also = _sentence_list(joined, known) if joined else []
        # "Lead organisations: X and Y": Y is a partner
        listed = [*(n for n in names[1:] if _names_listed(n)), *also, *(n for n in listed if n not in also)]
    else:
        # "X NHS Trust (lead) + A + B", "X Council -- lead entrant" over a line of partners
        organisation, also = _role_lines(top[:_NAME_ALONE_LINES + 1], known)
        if organisation is None:
            organisation, also = _marked_lead(top[:_NAME_ALONE_LINES + 1], known)
        if organisation is None:
            organisation, also = _submitted_by(top[:_NAME_ALONE_LINES], known)
        elif not also:
            # the lead marked on a byline, the partners on a line of their own: "X - with A and B"
            lead, others = _submitted_by(top[:_NAME_ALONE_LINES], known)
            if lead is not None and _same(lead, _primary_name(organisation)):
                also = others
        if organisation is not None and not also:
            # "Submitted by the Head of Patient Safety, X NHS Trust" under the names, one per line
            lead, others = _name_lines(top[:_NAME_ALONE_LINES], known)
            if lead is not None and _same(lead, _primary_name(organisation)):
                also = others
        if organisation is None and not found["partners"]:
            organisation, also = _barred_list(top[:_NAME_ALONE_LINES], known)
        listed = [*also, *(n for n in listed if n not in also)]
        if organisation is None:
            organisation, also = _name_lines(top[:_NAME_ALONE_LINES], known)
            listed = [*also, *(n for n in listed if n not in also)]
        if organisation is None:
            organisation = _lead_above_with_line(top[:_NAME_ALONE_LINES + 1])
        organisation = organisation or _name_alone(top[:_NAME_ALONE_LINES], listed)
    organisation = _primary_name(organisation) if organisation else organisation
    if organisation is not None and not listed and not said_none:
        listed = _list_with_lead(top, organisation, known)
    if organisation is not None and not listed and not said_none:
        listed = _bullets_under_lead(top[:_NAME_ALONE_LINES + 2], organisation)
    if organisation is not None:
        # "X NHS Trust" on one line, "with A, B and C" or "In partnership with A and B" on the next
        also = [n for n in _with_line(top[:_NAME_ALONE_LINES + 1], known) if n not in listed and n != organisation]
        listed = [*listed, *also]
    listed = [n for n in listed if not _own_unit(n)]
    if said_none:
        # "Entrant: X University, working with the University Occupational Health Service" over "Partner
        # organisations: none outside the university": the entrant's own answer; those it works with are its own
        listed = []
    return Cover(title=_clean(title), organisation=organisation, partners=tuple(listed), no_partners=said_none)


# "the Trust's Discharge Lounge", "A partnership between the Trust's ...": parts of the lead itself.
_OWN_PARTS = re.compile(r"^(?:an?\s+(?:partnership|collaboration)\s+(?:between|of)\s+)?(?:the\s+)?"
                        r"(?:Trust|Council|Board|Hospital|University|Practice|Service|Authority|ICB)['’]s\b", re.I)


def _own_unit(name: str) -> bool:
    """A department or service of the lead named as if it were a partner (a partnership inside one organisation)."""
    if _OWN_PARTS.match(name) or name.startswith("our "):  # not "Our Voice Cradley", a name
        return True
    return organisation_type(name) == "unknown" and _generic_only(name, _DEPARTMENT_WORDS)


_JOINING = r"(?i:(?:working\s+)?in partnership with|working with|working together with|together with|alongside|with)"
_WITH_LINE = re.compile(rf"^\s*(?i:and\s+)?{_JOINING}\s+(?P<partners>(?:the\s+)?[A-Z].+?)\s*\.?\s*$")
_PARTICIPLE = r"(?i:delivered|developed|designed|produced|built|run|created|partnering|collaborating)"
_LEAD_JOINED = re.compile(rf"[,;]?\s+(?i:and\s+)?(?:{_PARTICIPLE}\s+)?{_JOINING}\s+(?=(?:the\s+)?[A-Z])")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|our)\s+[a-z].*$")


def _lead_and_joined(value: str) -> tuple[str, str]:
    """"X (SCIO), a charity founded by parents In partnership with A and B" -> ("X", "A and B")."""
    value = " ".join(value.split())
    parts = _LEAD_JOINED.split(value, maxsplit=1)
    # "X NHS Trust (Inpatient Diabetes Team, with Pharmacy ...)": the bracket is split, its opening half is no name
    lead = _APPOSITIVE.sub("", _unbracketed(re.sub(r"\s*\([^()]*$", "", parts[0]))).strip(" ,;")
    if len(parts) == 1:
        return lead, ""
    return lead, parts[1].rstrip(" )") if "(" in parts[0] and ")" not in parts[0] else parts[1]


def _sentence_list(text: str, known: Collection[str]) -> list[str]:
    """Names in a list written as a sentence: commas separate; so does the last "and" after a whole name."""
    text = _AUTHOR_LINE.split(" ".join(text.split()), maxsplit=1)[0]
    text = _cover_text(text).strip(" .")
    pieces: list[str] = []
    for piece in re.split(r"\s*,\s*", text):
        last = re.match(rf"^(.*\b(?:{'|'.join(sorted(_BOUNDARY_HEADS))}))\s+and\s+((?:the\s+)?[A-Z].*)$", piece)
        if last is None:
            # "NHS Rowan and the University of Kelburn": both sides read as names, the second a whole one
            both = re.match(r"^(.+)\s+and\s+(?:the\s+([A-Z].*)|((?:University of|Healthwatch|Health Innovation)\s.*))$", piece)
            if both and (_complete_name(both.group(1)) or re.match(r"^NHS [A-Z]", both.group(1))) \
                    and _complete_name(both.group(2) or both.group(3)):
                pieces += [both.group(1), both.group(2) or both.group(3)]
                continue
        pieces += [last.group(1), last.group(2)] if last else [re.sub(r"^and\s+", "", piece)]
    names = [n for piece in pieces for n in split_organisations(re.sub(r"^the\s+", "", piece), known)]
    return [n for n in names if _names_listed(n) and not _APPOSITIVE.match(", " + n)]


# The next cover line run on in a PDF block: "... and Fenmoor District Council Entry for the Best Partnership ..."
_COVER_TAIL = re.compile(r"\s+(?=(?:Entry|Category|Award|Submitted|Written|Prepared|Contact|Address|Tel|Email|HSJ)\b)")
_CAPITALISED_NAME = re.compile(r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|and|for|the|&)?\s*[A-Z0-9][\w'’&.-]*){1,8}$")


def _only_names(text: str) -> bool:
    """Capitalised names joined by commas and "and": no lower-case word but the small ones names use."""
    text = _cover_text(" ".join(text.split()))
    return not any(w not in ("of", "and", "for", "the", "upon", "on", "in", "at", "&")
                   for w in re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text))


def _with_line(blocks: Sequence[Block], known: Collection[str]) -> list[str]:
    """Partners on an unlabelled cover line of their own: "with A, B and C", "Working with A and B"."""
    texts = [" ".join(b.text.split()) for b in blocks]
    for k, text in enumerate(texts):
        if k + 1 < len(texts) and len(texts[k + 1].split()) <= 3 and texts[k + 1][:1].isupper() \
                and blocks[k + 1].kind != "heading" and blocks[k + 1].heading_level is None \
                and _label_of(texts[k + 1])[0] is None and not re.search(r"[.;:)]$", text) \
                and not _complete_name(re.split(r",\s*|\s+and\s+", text)[-1]):
            text = f"{text} {texts[k + 1]}"  # "... City Council Public" / "Health": a name wrapped at the margin
        m = _WITH_LINE.match(text)
        if m and _label_of(text)[0] is None:
            if _only_names(m.group("partners")):  # a line of names, not "In partnership with X, we introduced ..."
                return _sentence_list(m.group("partners"), known)
    return []


def _bullets_under_lead(blocks: Sequence[Block], lead: str) -> list[str]:
    """Partners as unlabelled bullet items a line or two under the line naming the lead ("Lead: X" /
    "Written by ..." / "• A" / "• B"): every item of the run must name an organisation."""
    at = next((k for k, b in enumerate(blocks) if lead in " ".join(b.text.split())), None)
    if at is None:
        return []
    start = next((k for k in range(at + 1, min(at + 4, len(blocks))) if blocks[k].kind == "list_item"), None)
    if start is None or any(b.kind == "heading" or b.heading_level is not None for b in blocks[at + 1 : start]):
        return []
    names = []
    for block in blocks[start:]:
        if block.kind != "list_item":
            break
        text = _BULLET.sub("", block.text)
        name = _list_item(text).strip(" ,;.")
        described = any(_described_kind(b) != "unknown" for b in re.findall(r"\(([^()]*)\)", text))
        if not (_names_organisation(name) or described and _CAPITALISED_NAME.match(name)):
            return []  # "Focus Families Tamarside (parent carer support group)" is one; a sentence is not
        names.append(name)
    return [n for n in names if not _same(n, lead)]


def _list_with_lead(blocks: Sequence[Block], lead: str, known: Collection[str]) -> list[str]:
    """An unlabelled line listing the partnership, the lead among them: "A & B Council & C Constabulary & D NHS Trust"."""
    for block in blocks[:_NAME_ALONE_LINES]:
        text = _cover_text(" ".join(block.text.split()))
        if _label_of(text)[0] is not None or _SUBMITTED_BY.match(text):
            continue  # "Submitted by the X Coordinator, Y NHS Trust" names the entrant, not a list
        names = split_organisations(text.replace(" & ", " ; ") if text.count(" & ") >= 2 else text, known)
        if len(names) >= 2 and all(_names_organisation(n) for n in names) and any(_same(n, lead) for n in names):
            return [n for n in names if not _same(n, lead)]
    return []


def _below_title(blocks: Sequence[Block]) -> list[Block]:
    """The cover without the title's wrapped lines: a title set in large type may take two or three
    blocks ("... testing at" / "Gresham Bridge"), and its last line is no organisation."""
    first = blocks[0] if blocks else None
    if first is None or not first.size or first.kind != "heading":
        return list(blocks)
    k = 1
    while k < min(len(blocks), 3) and blocks[k].kind == "heading" and blocks[k].size == first.size \
            and _label_of(blocks[k].text)[0] is None:
        k += 1
    return [first, *blocks[k:]]


def _lead_above_with_line(blocks: Sequence[Block]) -> str | None:
    """"X NHS Trust, Heron Ward and the elderly care wards" above "Working with A, B and C": the lead
    is the whole organisation name that starts the line."""
    texts = [" ".join(b.text.split()) for b in blocks]
    for above, line in zip(texts, texts[1:]):
        m = _WITH_LINE.match(line)
        if not m or _label_of(line)[0] is not None or not _only_names(m.group("partners")):
            continue
        first = _unbracketed(above).split(",")[0].strip()
        if _label_of(above)[0] is None and _complete_name(first) and organisation_type(first) != "unknown":
            return first
    return None


_BARS = re.compile(r"\s[|/+*]\s")  # "A | B", "A / B", "A + B", "A * B": a list of names


def _barred_list(blocks: Sequence[Block], known: Collection[str]) -> tuple[str | None, list[str]]:
    """An unlabelled line of names separated by bars, slashes or semicolons, lead first:
    "X Service | Y NHS Trust | Z Ltd", "X NHS Trust (Radiology); Y NHS Foundation Trust; University of Z"."""
    texts = [" ".join(b.text.split()) for b in blocks]
    for i, text in enumerate(texts):
        while (text.count("(") > text.count(")") or text.rstrip().endswith(";") or _wrapped_name(text, texts, i)) \
                and i + 1 < len(texts):
            i += 1
            text = f"{text} {texts[i]}"  # a bracket or a name wrapped onto the next line
        text = _cover_text(text).replace(" · ", " | ")
        if _label_of(text)[0] is not None or not (_BARS.search(text) or ";" in text):
            continue
        names = [n for n in split_organisations(text, known) if _names_organisation(n)]
        pieces = [_primary_name(p.strip()) for p in re.split(rf"{_BARS.pattern}|\s*;\s*", text) if p.strip()]
        # The lead first; a later piece may be a unit or a run-on line ("· Respiratory Research Unit, ...").
        barred = _BARS.search(text)  # a semicolon list must be names throughout, not a sentence
        if len(names) >= 2 and _complete_name(names[0]) and names[0] == pieces[0] \
                and (barred or all(_names_organisation(p) for p in pieces)):
            return names[0], [n for n in names[1:] if not is_sub_unit(n)]
    return None, []


_LEAD_MARK = re.compile(
    r"\s*\(\s*(?:[^()]*?,\s*)?(?:the\s+)?(?:lead|primary)(?:\s+(?:entrant|applicant|organi[sz]ation|partner|bidder))?\s*\)"
    r"|(?:\s+[-–—]{1,2}|,)\s*(?:the\s+)?(?:lead|primary)\s+(?:entrant|applicant|organi[sz]ation|partner|bidder)\b\s*", re.I)
# The words a name wrapped at the margin goes on with: "... and Rookhaven" / "Ambulance Service NHS Trust".
_NAME_CONTINUES = re.compile(r"^(?:NHS|Foundation|Trust|Council|Board|Ambulance|Hospitals?|Services?|University|Health|Care"
                             r"|Network|Group|Association|Society|Centre|Hospice|Police|Constabulary|Fire|County|City"
                             r"|Borough|District|Integrated|Primary|Community|Mental|Royal|General|Teaching|Partnership)\b")
_NAME_TAIL = re.compile(r"^(?:NHS\s+)?(?:Foundation\s+)?(?:Trust|Council|Board)\b")  # a name's end, wrapped
_NAME_LIST = re.compile(rf"{_BARS.pattern}|\s&\s|\s*;\s*")
# "X NHS Trust, Falls Service": the organisation's own service after its name
_UNIT_OF_NAME = re.compile(r"^(.+?\b(?:Trust|Council|University|Board|ICB)),\s*[A-Z][^,]*?\b"
                           r"(?:Service|Services|Team|Unit|Clinic|Ward|Department|Division|Directorate)$")


_GENERIC_NAME_WORDS = {"community", "hospital", "hospitals", "service", "services", "team", "teams", "unit", "units",
                       "department", "trust", "health", "care", "mental", "acute", "primary", "local", "the", "our",
                       "and", "of", "general", "clinic", "clinics", "ward", "wards", "directorate", "division"}


def _generic_only(name: str, vocabulary: frozenset[str] | set[str] = _GENERIC_NAME_WORDS) -> bool:
    """Every word is a generic one: "Community Hospitals", "the Mental Health Service", no place or name."""
    words = re.findall(r"[A-Za-z'’]+", name)
    return bool(words) and all(w.lower() in vocabulary for w in words)


# Departments and services of one organisation: "Pharmacy", "Nursing and the Emergency Department".
_DEPARTMENT_WORDS = _GENERIC_NAME_WORDS | {
    "pharmacy", "nursing", "emergency", "therapy", "therapies", "lounge", "discharge", "medicine", "medicines",
    "surgery", "surgical", "theatres", "transport", "liaison", "patient", "inpatient", "outpatient", "outpatients",
    "diabetes", "maternity", "paediatrics", "radiology", "imaging", "diagnostic", "diagnostics", "pathology", "estates",
    "facilities", "portering", "catering", "governance", "quality", "safety", "midwifery", "specialist", "critical",
    "intensive", "medical", "nurses", "doctors", "staff", "division", "divisions", "wards", "lab", "laboratory",
    "laboratories", "physiotherapy", "occupational", "dietetics", "pharmacies", "public"}


_ALL_AT = re.compile(r",?\s+all (?:at|in|within|part of|based at|from) (?:the\s+)?[A-Z][^,;]*$")


_ROLE_LINE = re.compile(
    r"^(?P<name>[A-Z].+?)\s*(?:[-–—]{1,2}\s*|\(\s*)(?:the\s+)?(?P<role>lead|primary|partner)"
    r"(?:\s+(?:entrant|applicant|organi[sz]ation|partner|bidder))?\s*\)?\s*$", re.I)


def _role_lines(blocks: Sequence[Block], known: Collection[str]) -> tuple[str | None, list[str]]:
    """One organisation a line, each with its role: "X NHS Trust - lead", "Y (charity) - partner",
    "Z Council, Carers' Service - partner", "X Trust - Diabetes Service (lead)"."""
    roles: list[tuple[str, str]] = []
    for block in blocks:
        m = _ROLE_LINE.match(" ".join(_BULLET.sub("", block.text).split()))
        if m is None:
            if roles:
                break
            continue
        name = _unbracketed(m.group("name")).strip(" ,;:-–—")
        head = re.split(r"\s+[-–—]{1,2}\s+", name)[0]
        name = head if _names_organisation(head) else name  # "X Trust - Diabetes and Endocrinology"
        roles.append(("lead" if m.group("role").lower() in ("lead", "primary") else "partner",
                      _primary_name(_UNIT_OF_NAME.sub(r"\1", name))))
    leads = [n for r, n in roles if r == "lead"]
    if len(roles) < 2 or len(leads) != 1 or not _names_organisation(leads[0]):
        return None, []
    partners = [n for r, n in roles if r == "partner" and not _same(n, leads[0])]
    return leads[0], [n for n in partners if _names_organisation(n) or _CAPITALISED_NAME.match(n)]


def _marked_lead(blocks: Sequence[Block], known: Collection[str]) -> tuple[str | None, list[str]]:
    """An unlabelled cover line that marks its lead: "X NHS Trust (lead) + A + B", "X (primary entrant)
    A; B", "X Council, Public Health -- lead entrant" with the partners on the next line ("A | B")."""
    texts = [" ".join(b.text.split()) for b in blocks]
    for i, text in enumerate(texts):
        m = _LEAD_MARK.search(text)
        if m is None or _label_of(text)[0] is not None:
            continue
        lead = _BY_LABEL.sub("", _unbracketed(_BULLET.sub("", text[: m.start()]))).strip(" ,;:-–—")
        lead = _primary_name(re.sub(r"^the\s+(?=[A-Z])", "", lead))  # "Submitted by X (charity), lead partner"
        if i > 0 and _NAME_TAIL.match(lead) and _label_of(texts[i - 1])[0] is None:
            # "Written by the Matron ..., Hollinsford Partnership NHS" / "Foundation Trust (lead entrant)"
            pieces = [p.strip(" ,;:-–—") for p in _unbracketed(f"{texts[i - 1]} {lead}").split(",")]
            lead = next((p for p in reversed(pieces) if _names_organisation(p)), lead)
        described = any(_described_kind(b) != "unknown"
                        for b in re.findall(r"\(([^()]*)\)", text[: m.start()]) + [m.group(0).strip(" ()")])
        if not (_names_organisation(lead) or described and _CAPITALISED_NAME.match(lead)):
            continue  # "KESTON RECOVERY (registered charity) - lead entrant": a name its bracket describes
        rest, j = text[m.end():].strip(" +*|;,&/"), i + 1
        if not rest and j < len(texts) and _label_of(texts[j])[0] is None and _NAME_LIST.search(texts[j]):
            rest, j = texts[j], j + 1  # the partners on a line of their own
        if not rest:
            items = _listed_below(blocks[j:])
            if items:
                return lead, [n for n in items if not _same(n, lead)]
        joined = re.match(rf"^{_JOINING}\s+(?=(?:the\s+)?[A-Z])", rest)
        if joined:
            # "X NHS Trust (lead), with A, B and C": a list written as a sentence, maybe wrapped
            rest = rest[joined.end():]
            while j < len(texts) and _cut_in_a_name(rest, texts[j]):
                rest, j = f"{rest} {texts[j]}", j + 1
            names = [_primary_name(n) for n in _sentence_list(rest, known)]
            return lead, [n for n in names if not is_sub_unit(n) and not _same(n, lead)
                          and (_names_organisation(n) or _CAPITALISED_NAME.match(n))]
        while rest and j < len(texts) and (re.search(r"(?:[|;+*&,]|\band)$", rest)
                                           or re.match(r"^(?:[a-z]|(?:NHS|Foundation|Trust|Council|Board)\b)", texts[j])
                                           or _cut_in_a_name(rest, texts[j])):
            rest, j = f"{rest} {texts[j]}", j + 1  # a list wrapped at the margin
        rest = _cover_text(rest)
        # a marked list holds names only: "Age Concern Wyvern", "Wyvern Valley Council reablement service"
        pieces = [_UNIT_OF_NAME.sub(r"\1", p.strip()) for p in _NAME_LIST.split(rest.replace(" & ", " ; "))]
        names = [_primary_name(re.sub(r"(?:\s+[a-z][\w'’-]*)+$", "", n).strip(" ,;"))
                 for n in split_organisations(" ; ".join(p for p in pieces if p), known)]
        names = [n for n in names if _names_organisation(n) or _CAPITALISED_NAME.match(n)]
        return lead, [n for n in names if not is_sub_unit(n) and not _same(n, lead)]
    return None, []


_ANY_LABEL = re.compile(r"^\s*[A-Z][A-Za-z'’ ]{1,30}:\s+\S")


def _listed_below(blocks: Sequence[Block]) -> list[str]:
    """Partners as bullet items under a marked lead, perhaps after a labelled line or two
    ("Programme lead: Head of Digital Inclusion"): one organisation an item."""
    k = 0
    while k < min(2, len(blocks)) and blocks[k].kind != "list_item" and (_label_of(blocks[k].text)[0] is not None
                                                                       or _ANY_LABEL.match(blocks[k].text)):
        k += 1
    names: list[str] = []
    for block in blocks[k:]:
        text = _unbracketed(" ".join(_BULLET.sub("", block.text).split())).strip(" ,;.")
        if block.kind != "list_item" or not _names_organisation(text):
            break
        names.append(text)
    return names


def _cut_in_a_name(rest: str, following: str) -> bool:
    """A list line that ends inside a name ("... | Wealdmarch" / "General Hospital NHS Trust"): its last
    name is incomplete and the next line, no label, starts with a capital."""
    last = re.split(rf"{_BARS.pattern}|\s*[;,]\s*|\s+and\s+|\s&\s", _unbracketed(rest))[-1].strip()
    return bool(last) and _label_of(following)[0] is None and following[:1].isupper() and not _complete_name(last)


def _wrapped_name(text: str, texts: Sequence[str], i: int) -> bool:
    """A list line cut inside a name: "...; Thornmoor Cardiothoracic Centre" / "NHS Foundation Trust; ..."."""
    if ";" not in text or i + 1 >= len(texts):
        return False
    last = re.split(r"\s*;\s*", text)[-1]
    nxt = texts[i + 1]
    if re.match(r"^(?:NHS\s+(?:Foundation\s+)?Trust|Foundation\s+Trust|Trust|Council|Board)\b", nxt):
        return True  # the name's head on the next line
    return bool(last) and not _complete_name(_unbracketed(last)) and bool(
        re.match(r"^(?:NHS|University|Hospitals?|Health|Services?)\b", nxt))


_SUBMITTED_BY = re.compile(
    r"^\s*(?:(?:this (?:entry|application|submission) (?:is|was) )?(?:submitted|entered|led|presented|put forward)\s+by"
    r"|(?:an? )?(?:joint )?(?:entry|application|submission|bid|nomination) (?:from|by))\s+"
    r"(?:the\s+)?(?P<lead>.+?)"
    r"(?:,?\s+(?:(?:(?:delivered|developed|designed|produced|built|run|created|working|partnering|collaborating)\s+)?with"
    r"|in partnership with|together with|on behalf of (?:a|the) partnership with|supported by"
    r"|and (?:its )?partners?:?)\s+(?P<partners>.+?))?\s*\.?\s*$",
    re.I,
)
# No "Submitted by": "X NHS Trust, together with A, B and C", "X (a charity), working with A and B".
_LEAD_WITH = re.compile(
    r"^\s*(?P<lead>[A-Z][^,;:]+?)(?:\s*\([^)]*\))?(?:,\s+(?:a|an|the|our)\s+[^,]*|,\s+(?P<unit>[A-Z][^;:]*?))?(?:,|\s+[-–—])?\s+"
    r"(?i:with|in partnership with|together with|working with|working together with|alongside)\s+"
    r"(?P<partners>(?:the\s+)?[A-Z].+?)\s*\.?\s*$",
)


_AUTHOR_SENTENCE = re.compile(r"(?<=\.)\s+(?=(?:Written|Prepared|Compiled|Authored)\s+by\b)")
_ON_BEHALF = re.compile(r"\b(?:writing|written|submitted|entered|applying)\s+on behalf of\s+(?:the\s+)?"
                        r"(?P<lead>[A-Z][^,;:.]+?)\s*\.?\s*$", re.I)


# A person's job in a byline: "the Named Nurse for Safeguarding Children", "Specialist Perinatal Midwife".
_JOB_TITLE = re.compile(r"\b(?:[Nn]urse|[Mm]idwife|[Mm]atron|[Mm]anager|[Oo]fficer|[Cc]onsultant|[Dd]irector|[Ss]pecialist"
                        r"|[Pp]harmacist|[Pp]ractitioner|[Cc]o-?ordinator|[Tt]herapist|[Pp]aramedic|[Ss]urgeon|[Pp]hysician"
                        r"|[Aa]dviser|[Aa]dvisor|[Ll]ead|[Hh]ead)\b(?:\s+(?:for|of|in)\b.*)?$")


_PLACE_AFTER = re.compile(r",\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")


def _without_place(lead: str) -> str:
    """"Forget Me Not Dementia Support, Kellingford": a capitalised name, then the town it is in."""
    m = _PLACE_AFTER.search(lead)
    if m is None or _names_organisation(m.group("place")) or not _CAPITALISED_NAME.match(lead[: m.start()]):
        return lead
    return lead[: m.start()]


def _described_name(name: str, raw: str) -> bool:
    """A capitalised name its bracket calls an organisation: "Orrin Vale Good Neighbours (charity), with ..."."""
    m = re.match(rf"^\s*(?:the\s+)?{re.escape(name)}\s*\(([^()]*)\)", raw, re.I)
    return bool(m and _CAPITALISED_NAME.match(name) and _described_kind(m.group(1)) != "unknown")


def _submitted_by(blocks: Sequence[Block], known: Collection[str]) -> tuple[str | None, list[str]]:
    """A cover sentence instead of labels: "Submitted by X, with A, B and C." -> (X, [A, B, C])."""
    for k, block in enumerate(blocks):
        raw, j = " ".join(block.text.split()), k + 1
        while raw.count("(") > raw.count(")") and j < len(blocks) and _label_of(blocks[j].text)[0] is None:
            raw, j = f"{raw} {' '.join(blocks[j].text.split())}", j + 1  # "... Agency (Midlands" / "West Team), ..."
        text = _unbracketed(raw)  # "(a self-advocacy charity run by ...)"
        text = _AUTHOR_SENTENCE.split(text, maxsplit=1)[0]  # "Entered by X. Written by Y, ...": the author
        following = " ".join(blocks[j].text.split()) if j < len(blocks) else ""
        if following and _LEAD_WITH.match(_cover_text(text)) and _cut_in_a_name(text, following) \
                and _NAME_CONTINUES.match(following) and len(following.split()) <= 8 and "." not in following:
            text = f"{text} {following}"  # "... and Rookhaven" / "Ambulance Service NHS Trust"
        behalf = _ON_BEHALF.search(text)
        if behalf and _names_organisation(behalf.group("lead")) and _label_of(text)[0] is None:
            return behalf.group("lead").strip(), []  # "Dr A, GP partner - writing on behalf of X Primary Care Network"
        m = _SUBMITTED_BY.match(text)
        lead = _without_place(_lead_and_joined(m.group("lead"))[0]) if m else ""
        if m and _JOB_TITLE.search(lead) and not _names_organisation(_primary_name(lead)):
            continue  # "Entry by the Named Nurse for Safeguarding Children": the author, not the entrant
        if m and (_names_organisation(lead) or _CAPITALISED_NAME.match(lead)):
            joint = [n for n in split_organisations(lead, known) if _names_organisation(n)]
            if len(joint) >= 2 and lead.startswith(joint[0]) and re.search(r"\s(?:and|&)\s", lead):
                # "Joint entry by X NHS Trust and Y NHS Foundation Trust": the first named enters, with the other
                return joint[0], [*joint[1:], *_sentence_list(m.group("partners") or "", known)]
            # "Submitted by the Voluntary Services Coordinator, X NHS Trust": the organisation, not the role
            return _primary_name(lead), _sentence_list(m.group("partners") or "", known)
        m = _LEAD_WITH.match(_cover_text(text))
        leads = split_organisations(m.group("lead"), known) if m else ()
        if m and not leads and _described_name(m.group("lead").strip(), raw):
            leads = (m.group("lead").strip(),)  # "Langfell Mountain Rescue Team (registered charity), working with ..."
        if m and _label_of(text)[0] is None and leads and (_names_organisation(leads[0])
                                                           or _described_name(leads[0], raw)):
            if _only_names(m.group("partners")):
                # "X City Council, Adult Social Care, with A and B": a department; "X Trust, Y University, with Z": a partner
                unit = (m.group("unit") or "").strip()
                also = [unit] if unit and _complete_name(unit) and not is_sub_unit(unit) \
                    and organisation_type(unit) != "unknown" else []  # "X NHS Trust, District Nursing Service": its own
                # "X NHS Trust and Y City Council Trading Standards, with Z": joint leads, the first is the entrant
                return leads[0], [*leads[1:], *also, *_sentence_list(m.group("partners"), known)]
    return None, []


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
    r"\b(partner(ship|ed|ing|s)?|collaborat\w*|together|alongside|jointly|joint|with the support of|"
    r"working with|worked with|work with|between|brought together|bringing|led by|hosted by|commissioned|funded by|"
    r"co-designed with|co-produced with|involving|including|comprising)\b",
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
    r"(?:(?:The|the)\s+)?(?:[A-Z][\w'’&.-]*|of|and|for|&|the|upon|on|in)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|&|the|upon|on|in))*"
)
_NOT_A_NAME_POS = ("VERB", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "AUX")


_POSSESSIVE_OF_GENERIC = re.compile(r"^(?:Trust|Board|Council|University|Network|Service|Hospital|Practice|ICB|CCG|Partnership)(?:'|’)s\b")
# "X, with A and B": "with" joins organisations to the entrant when the sentence names the entrant.
_WITH_ENTRANT = re.compile(r"\b(?:with|and)\b")


def _cue_text(text: str) -> str:
    """The sentence without its multi-word names, so "Wexcombe Partnership NHS Trust" is no partnership cue."""
    return _RUN.sub(lambda m: m.group(0) if len(m.group(0).split()) < 2 else " ", text)


def _names_in_sentence(sent: Any, known: Sequence[str] = ()) -> list[str]:
    """Organisation names in a sentence: capitalised names with an organisation-like head.

    Names in ``known`` (the cover's) are cut out of longer phrases first, so "when Calderbrook
    Hospitals and University of Northshire realised" gives "University of Northshire" and
    "Calderbrook Hospitals", a short form of the lead organisation.
    """
    phrases: list[str] = []
    for m in _NAME_PATTERN.finditer(sent.text):
        phrase = m.group(0).strip()
        if m.start() == 0 or sent.text[: m.start()].strip() == "":
            if sent[0].pos_ in _NOT_A_NAME_POS and " " in phrase:
                phrase = phrase.split(" ", 1)[1]  # "Bringing X and Y together", "With X"
        phrases.append(phrase)
    names: list[str] = []
    for phrase in phrases:
        for part in _cut_known(phrase, known):
            for piece in split_organisations(part, known):
                piece = re.sub(rf"^(?:[Tt]he|and|of|in|on|for|{_JOINING})\s+", "", piece).strip()  # "Working with X"
                piece = re.sub(r"\s+(?:and|of|the|in|on|for|&)$", "", piece).strip()
                if _POSSESSIVE_OF_GENERIC.match(piece) or not piece[:1].isupper() or not_a_name(piece):
                    continue  # "Trust's patient safety partner", "the integrated care board": no name
                if _names_organisation(piece) or piece in known:
                    names.append(piece)
    return names


def _names_entrant(text: str, organisation: str) -> bool:
    """The sentence names the primary entrant (in full, or its name without "NHS ... Trust")."""
    short = re.sub(r"\s+(?:NHS\s+)?(?:Foundation\s+)?Trust$", "", _trim(organisation))
    lower = text.lower()
    return _trim(organisation).lower() in lower or (len(short) > 4 and short.lower() in lower)


def _trim(name: str) -> str:
    name = re.sub(r"\s*\([^()]*\)$", "", " ".join(name.split()))  # "X (lead partner)"
    name = name.strip(" .,;:'\"()|-–—")
    name = re.sub(r"^(?:[Tt]he|[Oo]ur)\s+", "", name)
    return re.sub(r"'s$|’s$", "", name)


def name_key(name: str) -> str:
    """A comparable form of a name: lower case, no articles or punctuation, common abbreviations expanded."""
    key = name.lower()
    key = re.sub(r"\(.*?\)", " ", key)
    key = key.replace("&", " and ")
    key = re.sub(r"\bnhs ft\b|\bft\b", "nhs foundation trust", key)
    key = re.sub(r"\buniv\.?\b", "university", key)
    key = re.sub(r"\bst\.?\b", "saint", key)
    key = re.sub(r"['’]", "", key)
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


# What follows a name to describe it: "X, a local charity", "X (a software company)", "X is a registered charity".
_DESCRIPTION = re.compile(r"(?:\s*[,(–-]\s*|\s+(?:is|was)\s+)(?:a|an|the|our)\s+([^,.;:()]{1,60})")
# ... or comes just before it: "the charity X", "our local charity, X".
_DESCRIBED_BEFORE = re.compile(r"(?:the|local|our)\s+([\w-]+(?:\s(?!(?:and|or|with)\b)[\w-]+)?)\s*,?\s*$")


def partner_type(name: str, texts: Sequence[str]) -> str:
    """The type from the name, else from how the entry describes it, else from voluntary-sector words.

    "X, a local charity", "X is a registered charity supporting ...", "the charity X"; failing
    those, "Carers", "Support", "Companions" and the like name the voluntary sector.
    """
    kind = organisation_type(name)
    if kind != "unknown":
        return kind
    for text in texts:
        for m in re.finditer(re.escape(name), text):
            after = _DESCRIPTION.match(text, m.end())
            before = _DESCRIBED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            for description in (" ".join(after.group(1).split()[:6]) if after else "", before.group(1) if before else ""):
                described = _described_kind(description) if description else "unknown"
                if described != "unknown":
                    return described
    return "charity" if _VOLUNTARY_WORDS.search(name) else "unknown"


def _first_typed(named: Sequence[str], listed: Sequence[str]) -> str | None:
    """No lead organisation on the cover: the first typed organisation the entry writes about, not a listed partner."""
    return next((n for n in named if organisation_type(n) != "unknown" and not any(_same(n, p) for p in listed)), None)


def _type_from_reference(types: dict[str, str], listed: Sequence[str], described: Sequence[str]) -> None:
    """ "the charity" names no new organisation: if one listed partner has no known type, it is that one."""
    unknown = list(dict.fromkeys(n for n in listed if types[n] == "unknown"))
    referred = {organisation_type(d) for d in described if re.match(r"(?:the|our)\b", d, re.I)} - set(types.values())
    if len(unknown) == 1 and len(referred) == 1:
        types[unknown[0]] = referred.pop()


def _unnamed(described: Sequence[str], types: Mapping[str, str], listed: Sequence[str]) -> list[str]:
    """ "a technology company" counts only when no named organisation has its type and no listed one could be it."""
    if any(types[n] == "unknown" for n in listed):
        return []
    return [_trim(d) for d in described if organisation_type(d) not in set(types.values())]


def _front_matter(document: Document, sections: Mapping[str, Section | None]) -> list[str]:
    """The text of the blocks before the first section's, headers and footers left out."""
    first = min((order for section in sections.values() if section is not None for order in section.blocks),
                default=len(document.blocks))
    return [b.text for b in document.blocks if b.order < first and b.kind not in ("header", "footer") and b.text.strip()]


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
    listed = [_trim(n) for n in cover.partners]
    known = [n for n in (cover.organisation, *cover.partners) if n]
    prose: list[str] = []  # names in sentences about the partnership
    mentioned: list[str] = []  # names anywhere, in order, for a primary entrant the cover does not name
    described: list[str] = []
    front: list[Any] = []
    if cover.organisation is None:
        # No lead on the cover: the lines above the first section (a cover the reader could not
        # label, a title block) name it more often than the prose does.
        front = list(nlp.pipe(_front_matter(document, sections)))
    for criterion_docs in (front, *docs.values()):
        for doc in criterion_docs:
            for sent in doc.sents:
                cue = _PARTNERSHIP_CUES.search(_cue_text(sent.text)) or (
                    cover.organisation and _names_entrant(sent.text, cover.organisation) and _WITH_ENTRANT.search(sent.text))
                if not cue and cover.organisation:
                    continue
                names = _names_in_sentence(sent, known)
                mentioned.extend(names)
                if not cue or cover.no_partners:
                    continue  # "Partner organisations: none": prose about "a partnership between our departments"
                prose.extend(names)
                for m in _DESCRIBED_PARTNER.finditer(sent.text):
                    if re.search(r"partner|collaborat|with|alongside|together|between", sent.text, re.I):
                        described.append(m.group(0))
    texts = [doc.text for criterion_docs in (front, *docs.values()) for doc in criterion_docs]
    named = listed + [_trim(n) for n in prose if n not in described]
    primary_name = _trim(cover.organisation) if cover.organisation else _first_typed([_trim(n) for n in mentioned], listed)
    types = {n: partner_type(n, texts) for n in dict.fromkeys([*named, primary_name]) if n}
    _type_from_reference(types, listed, described)
    generic = _unnamed(described, types, listed)
    out: list[Partner] = []
    if primary_name:
        out.append(Partner(name=primary_name, type=types[primary_name], role="primary"))
    for name in named + generic:
        if not name or len(name) < 3:
            continue
        kind = types.get(name) or organisation_type(name)
        from_cover = name in listed
        if kind == "unknown" and not from_cover:
            continue  # an ORG entity in prose with no organisation-like name is too often a product or programme
        if any(_same(name, p.name) for p in out):
            # Keep the fuller, properly capitalised variant of a name found in prose.
            for k, p in enumerate(out):
                if (_same(name, p.name) and len(name) > len(p.name) and name[:1].isupper() and p.role == "partner"
                        and p.name not in listed):
                    out[k] = Partner(name=name, type=kind, role=p.role)
            continue
        out.append(Partner(name=name, type=kind, role="partner"))
    return tuple(out)
