"""The judging rubric: criteria and eligibility rule of one award category, loaded from YAML.

The rubric is data. A category with other criteria is another YAML file; no code changes.
Unknown keys fail loudly (``extra="forbid"``) so a typo in a rubric never passes silently.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

RUBRICS_DIR = Path(__file__).resolve().parent.parent / "data" / "rubrics"
DEFAULT_RUBRIC = "best-partnership-patient-safety"

ORGANISATION_TYPES = (
    "nhs_trust",
    "ahsn",
    "icb",
    "university",
    "local_authority",
    "charity",
    "emergency_service",
    "primary_care",
    "public_other",
    "private",
    "unknown",
)


class RubricError(ValueError):
    """The rubric file cannot be used; the message says where and why."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Criterion(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    question: str
    cues: tuple[str, ...] = ()
    # The criterion asks for measured outcomes: `no_quantitative_evidence` is checked on it.
    quantitative: bool = False
    # Groups whose involvement the criterion asks for: `no_<group>_involvement` is checked on it.
    involvement: tuple[str, ...] = ()

    @field_validator("involvement")
    @classmethod
    def _known_groups(cls, groups: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(groups) - {"patients", "staff"}
        if unknown:
            raise ValueError(f"unknown involvement group(s) {sorted(unknown)}; use patients and/or staff")
        return groups


class Eligibility(_Strict):
    min_partners: int = Field(default=1, ge=0)
    primary_entrant_types: tuple[str, ...] = tuple(t for t in ORGANISATION_TYPES if t != "private")
    partner_types: tuple[str, ...] = ORGANISATION_TYPES

    @field_validator("primary_entrant_types", "partner_types")
    @classmethod
    def _known_types(cls, types: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(types) - set(ORGANISATION_TYPES)
        if unknown:
            raise ValueError(f"unknown organisation type(s) {sorted(unknown)}; known: {', '.join(ORGANISATION_TYPES)}")
        return types


class Rubric(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: str
    name: str
    criteria: tuple[Criterion, ...] = Field(min_length=1)
    eligibility: Eligibility | None = None

    @model_validator(mode="after")
    def _unique_ids(self) -> "Rubric":
        ids = [c.id for c in self.criteria]
        if len(set(ids)) != len(ids):
            raise ValueError(f"criterion ids must be unique, got {ids}")
        return self

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    @property
    def key(self) -> str:
        """Identifies this rubric's content in the results store."""
        return f"{self.id}@{self.version}"


def rubric_path(name_or_path: str | Path | None) -> Path:
    if name_or_path is None:
        return RUBRICS_DIR / f"{DEFAULT_RUBRIC}.yaml"
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    return RUBRICS_DIR / f"{name_or_path}.yaml"


def load_rubric(name_or_path: str | Path | None = None) -> Rubric:
    """Load and validate a rubric by bundled name (e.g. ``patient-safety-award``) or by path."""
    path = rubric_path(name_or_path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        bundled = ", ".join(sorted(p.stem for p in RUBRICS_DIR.glob("*.yaml")))
        raise RubricError(f"No rubric at {path}. Bundled rubrics: {bundled}.") from exc
    except yaml.YAMLError as exc:
        raise RubricError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise RubricError(f"{path} must hold a mapping with id, version, name and criteria.")
    try:
        return Rubric.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise RubricError(f"{path} is not a valid rubric: {problems}") from exc
