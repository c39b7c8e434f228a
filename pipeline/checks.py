"""Everything found about an entry -> flags for organisers and judges.

One small function per flag code, listed in ``CHECKS``. Each returns the flags it raises with
the sentences that justify them, or a message that says which section was searched and found
nothing, so a judge can always see why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pipeline.rubric import Rubric
from pipeline.types import Claim, Flag, Involvement, Partner, Section

MAX_EVIDENCE = 3  # sentences quoted in one flag


@dataclass(frozen=True)
class EntryFacts:
    """What the checks read: the rubric and everything the earlier stages found."""

    rubric: Rubric
    sections: Mapping[str, Section | None]
    claims: tuple[Claim, ...]
    involvement: tuple[Involvement, ...]
    partners: tuple[Partner, ...]

    def title(self, criterion: str) -> str:
        try:
            return self.rubric.criterion(criterion).title
        except KeyError:
            return criterion


def missing_section(facts: EntryFacts) -> tuple[Flag, ...]:
    return tuple(
        Flag(
            code="missing_section",
            criterion=c.id,
            message=f"No section answers \"{c.title}\": {c.question}",
        )
        for c in facts.rubric.criteria
        if facts.sections.get(c.id) is None
    )


def no_quantitative_evidence(facts: EntryFacts) -> tuple[Flag, ...]:
    flags = []
    for c in facts.rubric.criteria:
        if not c.quantitative:
            continue
        section = facts.sections.get(c.id)
        if section is not None:
            if any(claim.criterion == c.id for claim in facts.claims):
                continue
            elsewhere = [claim for claim in facts.claims if claim.criterion != c.id]
            if elsewhere and section.method == "classifier":
                # No heading marks where this section starts and ends: its bounds are the section
                # finder's guess, so measured changes anywhere in the entry count, as for a missing one.
                continue
            message = (
                f"The {c.title} section reports no measured change in an outcome (a before and after, or a "
                "stated rise or fall); dates, sizes, budgets and activity counts do not count."
            )
            if elsewhere:
                where = ", ".join(sorted({facts.title(claim.criterion) for claim in elsewhere}))
                message += f" {len(elsewhere)} measured change(s) appear in other sections ({where})."
            flags.append(
                Flag("no_quantitative_evidence", c.id, message, tuple(x.sentence for x in elsewhere[:MAX_EVIDENCE]))
            )
        elif not facts.claims:
            flags.append(
                Flag(
                    "no_quantitative_evidence",
                    c.id,
                    f"The entry has no {c.title} section, and no sentence anywhere in it reports a measured "
                    "change in an outcome.",
                )
            )
    return tuple(flags)


_GROUP_WORDS = {
    "patients": "patients, carers, families or their representatives",
    "staff": "staff",
}


def _no_involvement(group: str, code: str) -> Callable[[EntryFacts], tuple[Flag, ...]]:
    def check(facts: EntryFacts) -> tuple[Flag, ...]:
        flags = []
        found = [i for i in facts.involvement if i.group == group]
        for c in facts.rubric.criteria:
            if group not in c.involvement:
                continue
            if found:
                continue  # involvement anywhere in the entry counts (the section first, then the rest)
            if facts.sections.get(c.id) is None:
                searched = f"The entry has no {c.title} section; no sentence anywhere in it"
            else:
                searched = f"No sentence in the {c.title} section or elsewhere in the entry"
            flags.append(
                Flag(
                    code,
                    c.id,
                    f"{searched} says {_GROUP_WORDS[group]} took part in design, testing, governance or "
                    "feedback (beneficiaries, plans and negations do not count).",
                )
            )
        return tuple(flags)

    check.__name__ = code
    check.__doc__ = f"Raise {code} for each criterion asking for {group} involvement when none is found."
    return check


no_patient_involvement = _no_involvement("patients", "no_patient_involvement")
no_staff_involvement = _no_involvement("staff", "no_staff_involvement")


def ineligible(facts: EntryFacts) -> tuple[Flag, ...]:
    rule = facts.rubric.eligibility
    if rule is None:
        return ()
    primary = next((p for p in facts.partners if p.role == "primary"), None)
    partners = [p for p in facts.partners if p.role == "partner"]
    counted = [p for p in partners if p.type in rule.partner_types]
    reasons: list[str] = []
    if primary is not None and primary.type not in rule.primary_entrant_types:
        kind = "a private company" if primary.type == "private" else f"of type {primary.type}"
        reasons.append(f"the primary entrant, {primary.name}, is {kind}, which may not lead an entry in this category")
    if len(counted) < rule.min_partners:
        if primary is None:
            reasons.append("no lead organisation or partner organisation could be found")
        elif not counted:
            reasons.append(f"no partner organisation besides {primary.name} is named")
        else:
            reasons.append(f"{len(counted)} partner organisation(s) named; at least {rule.min_partners} are needed")
    if not reasons:
        return ()
    evidence = tuple(f"{p.name} ({p.type}, {p.role})" for p in facts.partners)
    message = "Possibly ineligible: " + "; ".join(reasons) + ". Check the cover page."
    return (Flag("ineligible", None, message, evidence),)


CHECKS: dict[str, Callable[[EntryFacts], tuple[Flag, ...]]] = {
    "missing_section": missing_section,
    "no_quantitative_evidence": no_quantitative_evidence,
    "no_patient_involvement": no_patient_involvement,
    "no_staff_involvement": no_staff_involvement,
    "ineligible": ineligible,
}


def flag_entry(
    *,
    rubric: Rubric,
    sections: Mapping[str, Section | None],
    claims: tuple[Claim, ...],
    involvement: tuple[Involvement, ...],
    partners: tuple[Partner, ...],
) -> tuple[Flag, ...]:
    """Every flag of every check, in the order of ``CHECKS``."""
    facts = EntryFacts(rubric=rubric, sections=sections, claims=claims, involvement=involvement, partners=partners)
    return tuple(flag for check in CHECKS.values() for flag in check(facts))
