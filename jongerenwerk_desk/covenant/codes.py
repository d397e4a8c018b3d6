"""Finding codes, their severity and the legal basis each rests on (docs/legal-rules.md §3, §4).

The basis is shown to the youth worker and stored with the disclosure record. Covenant
clauses are named by subject, not by article number: the article numbering of the model
covenant could not be consulted (docs/legal-rules.md, "Youth work: secrecy and consent"); a
local profile encodes the text.
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
    "CRIMINAL_DATA": (
        SEVERITY_BLOCK, "AVG art. 10; UAVG art. 33; convenant: wie strafrechtelijke gegevens "
        "mag verstrekken"),
    "CONFIDENCE_WITHOUT_GROUND": (
        SEVERITY_BLOCK, "Beroepscode sociaal werk (BPSW 2022): vertrouwelijkheid; doorbreken "
        "alleen met toestemming of bij een vastgelegd conflict van plichten"),
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
        SEVERITY_BLOCK, "AVG art. 4 punt 11 en art. 7 (geldige toestemming); praktijkregel "
        "minderjarigen: onder 12 de ouders, 12 tot 16 jongere en ouders, vanaf 16 de jongere"),
    # -- warnings and information (§4)
    "SUBJECT_NOT_INFORMED": (
        SEVERITY_WARN, "AVG art. 13 en 14 (informatieplicht); convenant: informeren van "
        "jongeren en ouders"),
    "AGE_UNKNOWN": (
        SEVERITY_WARN, "Praktijkregel toestemming minderjarigen (NVO); AVG art. 8 en "
        "overweging 38"),
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
