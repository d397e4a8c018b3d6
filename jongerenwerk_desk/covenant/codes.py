"""Finding codes, their severity and the legal basis each rests on (docs/legal-rules.md §3, §4).

The basis is shown to the youth worker and stored with the disclosure record. Covenant
clauses are named by subject, not by article number: the article numbering of the model
covenant is not used; a local profile encodes the text. A basis may hold the placeholders
``{parents_below}`` and ``{youth_from}``: the check fills in the profile's consent ages
(``basis_text``), so a profile with other ages never shows 12 and 16. ``CATEGORY_SUSPECTED``
is a block until the worker confirms the category, then a warning (``SEVERITY_OVERRIDABLE``).
"""

from __future__ import annotations

from jongerenwerk_desk.covenant.model import SEVERITY_BLOCK, SEVERITY_INFO, SEVERITY_WARN

#: code -> (severity, basis)
CODES: dict[str, tuple[str, str]] = {
    # -- blocking (§3)
    "COVENANT_INACTIVE": (
        SEVERITY_BLOCK, "Convenant: looptijd (ingangs- en einddatum)"),
    "OWN_PARTY_NOT_SIGNATORY": (
        SEVERITY_BLOCK, "Convenant: partijen en ondertekening; AVG art. 26 "
        "(gezamenlijke verwerkingsverantwoordelijken)"),
    "RECIPIENT_NOT_SIGNATORY": (
        SEVERITY_BLOCK, "Convenant: partijen en ondertekening; AVG art. 6 lid 1 en art. 26"),
    "PURPOSE_UNKNOWN": (
        SEVERITY_BLOCK, "Convenant: doelen van de gegevensuitwisseling; AVG art. 5 lid 1 "
        "onder b (doelbinding)"),
    "PURPOSE_STAGE_MISMATCH": (
        SEVERITY_BLOCK, "Convenant: doelen per stap; 7-stappenmodel (werkproces 2023)"),
    "RECIPIENT_NOT_FOR_PURPOSE": (
        SEVERITY_BLOCK, "Convenant: ontvangers per doel; AVG art. 5 lid 1 onder b "
        "(doelbinding)"),
    "PERSONAL_DATA_AT_GROUP_STAGE": (
        SEVERITY_BLOCK, "7-stappenmodel stap 2A: geen namenlijst vóór stap 2B; AVG art. 5 "
        "lid 1 onder c (minimale gegevensverwerking)"),
    "CATEGORY_NOT_ALLOWED": (
        SEVERITY_BLOCK, "Convenant: gegevenscategorieën per doel; AVG art. 5 lid 1 onder c "
        "(minimale gegevensverwerking)"),
    "SPECIAL_CATEGORY": (
        SEVERITY_BLOCK, "AVG art. 9 lid 1; uitzonderingen art. 9 lid 2 onder a "
        "(uitdrukkelijke toestemming) en onder c (vitaal belang); UAVG art. 22"),
    "VITAL_INTEREST_INVALID": (
        SEVERITY_BLOCK, "AVG art. 9 lid 2 onder c en UAVG art. 22 lid 2 onder b: vitaal belang "
        "alleen als de betrokkene geen toestemming kan geven; een wilsbekwame jongere vanaf "
        "{youth_from} die nee zei, gaat voor"),
    "CRIMINAL_DATA": (
        SEVERITY_BLOCK, "Convenant: wie strafrechtelijke gegevens mag verstrekken (een keuze "
        "van het convenant; AVG art. 10 en UAVG art. 32-33 laten buiten het overleg meer toe)"),
    "CONFIDENCE_WITHOUT_GROUND": (
        SEVERITY_BLOCK, "Beroepscode sociaal werk (BPSW 2022): vertrouwelijkheid; doorbreken "
        "alleen met toestemming of bij een vastgelegd conflict van plichten, per jongere "
        "afgewogen en met recent advies"),
    "PARTNER_DATA": (
        SEVERITY_BLOCK, "Convenant: geen verdere verstrekking van wat partners delen; Wpg "
        "art. 20 (besluit verstrekking politiegegevens); AVG art. 5 lid 1 onder b "
        "(doelbinding)"),
    "CATEGORY_SUSPECTED": (
        SEVERITY_BLOCK, "AVG art. 9 en 10 (bijzondere en strafrechtelijke gegevens); AVG art. "
        "5 lid 1 onder d (juistheid): de categorie moet passen bij de tekst"),
    "CORRECTION_NOT_COVERED": (
        SEVERITY_BLOCK, "AVG art. 16, 17 en 19 (rectificatie, wissing en kennisgeving aan "
        "eerdere ontvangers): een correctie gaat alleen naar wie het eerdere gegeven kreeg"),
    "INFORMANT_IDENTIFIABLE": (
        SEVERITY_BLOCK, "Beroepscode sociaal werk (BPSW 2022): bescherming van wie informatie "
        "gaf; AVG art. 5 lid 1 onder c en art. 15 lid 4 (rechten van anderen)"),
    "NECESSITY_MISSING": (
        SEVERITY_BLOCK, "AVG art. 5 lid 1 onder c en art. 6 lid 1 (noodzakelijkheid, "
        "proportionaliteit); convenant: motivering per gegeven"),
    "SUBSIDIARITY_MISSING": (
        SEVERITY_BLOCK, "Subsidiariteit: AVG art. 5 lid 1 onder c en art. 6 lid 1; "
        "werkwijze informatie delen (lichter middel eerst)"),
    "RETENTION_EXPIRED": (
        SEVERITY_BLOCK, "Convenant: bewaartermijn; AVG art. 5 lid 1 onder e "
        "(opslagbeperking)"),
    "CONSENT_INVALID": (
        SEVERITY_BLOCK, "AVG art. 4 punt 11 en art. 7 (geldige toestemming), art. 9 lid 2 "
        "onder a (uitdrukkelijk voor bijzondere gegevens); praktijkregel minderjarigen: onder "
        "{parents_below} de ouders (met gezag) of voogd, {parents_below} tot {youth_from} "
        "jongere en ouders, vanaf {youth_from} de jongere"),
    # -- warnings and information (§4)
    "SUBJECT_NOT_INFORMED": (
        SEVERITY_WARN, "AVG art. 13 en 14 (informatieplicht); convenant: informeren van "
        "jongeren en, onder {youth_from} jaar, de ouders; uitzondering alleen op een grond "
        "van UAVG art. 41 met herbeoordelingsdatum"),
    "AGE_UNKNOWN": (
        SEVERITY_WARN, "Praktijkregel toestemming minderjarigen (NVO: onder {parents_below} de "
        "ouders, {parents_below} tot {youth_from} jongere en ouders, vanaf {youth_from} de "
        "jongere); UAVG art. 5 (toestemming van de wettelijk vertegenwoordiger)"),
    "SMALL_GROUP": (
        SEVERITY_WARN, "AVG art. 4 punt 1 en overweging 26 (herleidbaarheid: een kleine groep "
        "is niet anoniem)"),
    "ROUTES_OUTSIDE_OVERLEG": (
        SEVERITY_INFO, "Routes buiten het overleg volgens het convenantprofiel"),
    "UNVERIFIED_IMPRESSION": (
        SEVERITY_WARN, "AVG art. 5 lid 1 onder d (juistheid): feit en indruk gescheiden"),
    "STALE_ITEM": (
        SEVERITY_WARN, "AVG art. 5 lid 1 onder d (juistheid, actualiteit)"),
    "FREE_TEXT": (
        SEVERITY_WARN, "AVG art. 5 lid 1 onder c (minimale gegevensverwerking): geen gegevens "
        "van anderen"),
    "PERSONAL_CIRCUMSTANCES": (
        SEVERITY_WARN, "7-stappenmodel stap 3 (groepsduiding): persoonlijke omstandigheden "
        "alleen voor zover partners die al kennen"),
    "SPECIAL_CATEGORY_EXCEPTION": (
        SEVERITY_WARN, "AVG art. 9 lid 2 onder a (uitdrukkelijke toestemming) of onder c "
        "(vitaal belang); UAVG art. 22"),
    "CONFLICT_OF_DUTIES_USED": (
        SEVERITY_WARN, "Conflict van plichten (beroepscode sociaal werk): afweging en "
        "raadpleging vastgelegd"),
    "MINOR": (
        SEVERITY_INFO, "AVG overweging 38 (bijzondere bescherming van kinderen)"),
    "INFORM_EXCEPTION_USED": (
        SEVERITY_INFO, "AVG art. 14 lid 5 en art. 23; UAVG art. 41 (uitzondering op de "
        "informatieplicht)"),
}

BLOCK_CODES: frozenset[str] = frozenset(c for c, (s, _) in CODES.items() if s == SEVERITY_BLOCK)

#: Codes that may carry a lower severity than their listed one: CATEGORY_SUSPECTED is a
#: warning once the worker confirmed the category (V2-7b).
SEVERITY_OVERRIDABLE: dict[str, str] = {"CATEGORY_SUSPECTED": SEVERITY_WARN}


def basis_text(code: str, parents_below: int, youth_from: int) -> str:
    """The basis of ``code`` with the profile's consent ages filled in.

    Raises KeyError for an unknown code."""
    return CODES[code][1].format(parents_below=parents_below, youth_from=youth_from)
