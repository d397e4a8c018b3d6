"""Profile governance: how an imported covenant profile differs from the model covenant, and
which of its settings the law or the werkproces does not allow youth work.

``review_profile(profile, model)`` returns a ``ProfileReview``: ``differences`` (Dutch lines,
what changed against the model) and ``warnings`` (``GovernanceWarning`` with ``loud`` for a
setting that must not be used without the privacy officer's explicit decision). The
dialog that imports a profile shows both and asks a named person to approve that version.

Loud warnings (the source of each rule in its message):

- youth work among the parties that pass on criminal data (covenant choice of the model; AVG
  art. 10 and UAVG art. 32-33 leave it to the covenant, the model keeps youth work out);
- ethnicity (afkomst) in a purpose: special data (AVG art. 9) that the model covenant never
  shares;
- a person-level purpose at step 1 or 2A (werkproces: no name list before step 2B);
- retention over 60 months (AVG art. 5(1)(e); the model keeps 24);
- consent alone from an age below 16 (UAVG art. 5: 16 years);
- a justification minimum of fewer than 5 characters or 2 words, a small-group threshold
  below 3, advice for a conflict of duties counting more than 90 days.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jongerenwerk_desk.covenant.model import GROUP_ONLY_STAGES, CovenantProfile

#: Settings compared with the model profile: key -> Dutch name.
_NUMBERS: tuple[tuple[str, str], ...] = (
    ("retention_months", "bewaartermijn (maanden)"),
    ("stale_after_months", "verouderd na (maanden)"),
    ("consent_age_parents_only_below", "alleen ouders onder (jaar)"),
    ("consent_age_youth_alone_from", "jongere alleen vanaf (jaar)"),
    ("min_justification_chars", "minimaal aantal tekens in een motivering"),
    ("min_justification_words", "minimaal aantal woorden in een motivering"),
    ("min_group_size", "minimale groepsgrootte voor anonimiteit"),
    ("conflict_advice_valid_days", "geldigheid advies conflict van plichten (dagen)"),
)
_ETHNICITY_WORDS = ("afkomst", "etnic", "etnisc", "ras ", "nationaliteit")


@dataclass(frozen=True)
class GovernanceWarning:
    """One finding about a profile: ``key`` (the TOML key), a Dutch ``message`` naming the
    rule it breaks, and ``loud`` (a setting the law or the werkproces does not allow youth
    work) or not (a departure from the model to be aware of)."""

    key: str
    message: str
    loud: bool


@dataclass(frozen=True)
class ProfileReview:
    """``differences`` against the model (Dutch lines) and ``warnings`` (loud first)."""

    differences: tuple[str, ...] = ()
    warnings: tuple[GovernanceWarning, ...] = field(default_factory=tuple)

    @property
    def loud(self) -> tuple[GovernanceWarning, ...]:
        """The warnings that must be decided on explicitly."""
        return tuple(w for w in self.warnings if w.loud)


def review_profile(profile: CovenantProfile, model: CovenantProfile) -> ProfileReview:
    """Compare ``profile`` with ``model`` and list what youth work may not do under it.

    Pure; raises nothing for a valid profile. Messages hold profile texts only (organisation
    documents), never client data.
    """
    return ProfileReview(differences=tuple(_differences(profile, model)),
                         warnings=tuple(sorted(_warnings(profile),
                                               key=lambda w: (not w.loud, w.key))))


def _differences(profile: CovenantProfile, model: CovenantProfile) -> list[str]:
    out = []
    for key, name in _NUMBERS:
        mine, theirs = getattr(profile, key), getattr(model, key)
        if mine != theirs:
            out.append(f"{name}: {mine} (model: {theirs})")
    for what, mine_ids, model_ids in (
            ("doel", [p.id for p in profile.purposes], [p.id for p in model.purposes]),
            ("categorie", [c.id for c in profile.categories],
             [c.id for c in model.categories]),
            ("partij", [p.id for p in profile.parties], [p.id for p in model.parties])):
        added = [i for i in mine_ids if i not in model_ids]
        removed = [i for i in model_ids if i not in mine_ids]
        if added:
            out.append(f"{what} extra t.o.v. het model: {', '.join(added)}")
        if removed:
            out.append(f"{what} niet in dit profiel (wel in het model): {', '.join(removed)}")
    for purpose in profile.purposes:
        other = model.purpose(purpose.id)
        if other is None:
            continue
        for attr, name in (("stages", "stappen"), ("recipients", "ontvangers"),
                           ("categories", "categorieën"), ("level", "niveau")):
            if getattr(purpose, attr) != getattr(other, attr):
                out.append(f"doel {purpose.id}: andere {name} dan het model")
    if set(profile.criminal_data_shared_by) != set(model.criminal_data_shared_by):
        out.append("strafrechtelijke gegevens verstrekt door: "
                   f"{', '.join(profile.criminal_data_shared_by) or 'niemand'} "
                   f"(model: {', '.join(model.criminal_data_shared_by)})")
    return out


def _warnings(profile: CovenantProfile) -> list[GovernanceWarning]:
    out = []
    youth_work = {p.id for p in profile.parties if p.role == "jongerenwerk"}
    for party_id in profile.criminal_data_shared_by:
        if party_id in youth_work:
            out.append(GovernanceWarning(
                "criminal_data_shared_by",
                f"Het jongerenwerk ({party_id}) mag onder dit profiel strafrechtelijke gegevens "
                "verstrekken. Het modelconvenant houdt het jongerenwerk daarbuiten (AVG art. 10, "
                "UAVG art. 32-33; beroepscode: vertrouwensrelatie).", True))
    ethnic = [c.id for c in profile.categories
              if any(w in f"{c.id} {c.title} ".casefold() for w in _ETHNICITY_WORDS)]
    for purpose in profile.purposes:
        for category in purpose.categories:
            if category in ethnic:
                out.append(GovernanceWarning(
                    f"purposes.{purpose.id}.categories",
                    f"Het doel {purpose.id} deelt afkomst ({category}): een bijzonder "
                    "persoonsgegeven (AVG art. 9) dat het modelconvenant nooit deelt.", True))
        if purpose.level == "person" and not purpose.is_correction \
                and set(purpose.stages) & GROUP_ONLY_STAGES:
            out.append(GovernanceWarning(
                f"purposes.{purpose.id}.stages",
                f"Het doel {purpose.id} deelt persoonsgegevens in stap "
                f"{', '.join(sorted(set(purpose.stages) & GROUP_ONLY_STAGES))}: het werkproces "
                "staat geen namenlijst toe vóór stap 2B.", True))
    checks = (
        (profile.retention_months > 60, "retention_months",
         f"Bewaartermijn {profile.retention_months} maanden: langer dan 60 maanden is voor "
         "signalen van het jongerenwerk niet te verantwoorden (AVG art. 5 lid 1 onder e; het "
         "model houdt 24 maanden aan)."),
        (profile.consent_age_youth_alone_from < 16, "consent_age_youth_alone_from",
         f"Een jongere geeft alleen toestemming vanaf {profile.consent_age_youth_alone_from} "
         "jaar: onder 16 is de toestemming van de wettelijk vertegenwoordiger nodig (UAVG "
         "art. 5)."),
        (profile.min_justification_chars < 5, "min_justification_chars",
         f"Een motivering hoeft maar {profile.min_justification_chars} teken(s) te hebben: "
         "dan toetst de check noodzaak en subsidiariteit niet (AVG art. 5 lid 1 onder c)."),
        (profile.min_justification_words < 2, "min_justification_words",
         f"Een motivering hoeft maar {profile.min_justification_words} woord te hebben: dan "
         "gaat 'xxxxxxxxxx' door als noodzaak (AVG art. 5 lid 1 onder c)."),
        (profile.min_group_size < 3, "min_group_size",
         f"Een groep van {profile.min_group_size} leden geldt als anoniem: zo'n kleine groep "
         "is herkenbaar (AVG overweging 26)."),
        (profile.conflict_advice_valid_days > 90, "conflict_advice_valid_days",
         f"Advies over een conflict van plichten telt {profile.conflict_advice_valid_days} "
         "dagen: een afweging hoort actueel te zijn (beroepscode)."),
    )
    out += [GovernanceWarning(key, message, True) for bad, key, message in checks if bad]
    if profile.consent_age_parents_only_below != 12:
        out.append(GovernanceWarning(
            "consent_age_parents_only_below",
            f"Onder {profile.consent_age_parents_only_below} jaar beslissen alleen de ouders "
            "(model en praktijkregel: 12).", False))
    return out
