"""Recording signatures, writing profiles back to TOML, and the local profile store.

- ``record_signature(profile, party_id, date, document=, recorded_by=, recorded_at=)``
  records one party's signature with the signed document's reference, who recorded it and
  when; ``record_signatures(profile, {party_id: date})`` sets dates only (imports, tests).
- ``record_signatures`` returns a new profile with those parties
  signed (the model covenant is unsigned: the organisation records its own signature and the
  partners' before anything can be shared).
- ``profile_to_toml(profile)`` / ``write_profile(profile, path)`` serialise with ``tomli_w``;
  the text loads back to an equal profile. Writing is atomic (temporary file + rename).
- ``ProfileStore(directory)`` holds profiles imported by the privacy officer, one file
  ``<id>.toml`` each. Import validates first and copies atomically, so a broken profile never
  lands in the store. The active profile id is stored by the app, not here.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import tomli_w

from jongerenwerk_desk.covenant.model import CovenantProfile, ProfileError
from jongerenwerk_desk.covenant.profile import (
    BUILTIN_PROFILES,
    ID_PATTERN,
    MAX_PROFILE_BYTES,
    builtin_profile,
    load_profile,
    parse_profile_bytes,
)

_HEADER = ("# Convenantprofiel voor Jongerenwerk Desk (schema: docs/legal-rules.md, paragraaf 1).\n"
           "# Geschreven door Jongerenwerk Desk; wijzigingen worden bij het laden gecontroleerd.\n")


def record_signatures(profile: CovenantProfile,
                      signatures: dict[str, dt.date | None]) -> CovenantProfile:
    """Return a copy of ``profile`` with ``signed_on`` set for the given party ids.

    A value None removes a signature. Raises ProfileError (Dutch) for an unknown party id or
    a value that is not a date; the input profile is never changed.
    """
    problems = []
    for party_id, day in signatures.items():
        if profile.party(party_id) is None:
            problems.append(f"parties: onbekende partij '{party_id}'")
        if day is not None and (isinstance(day, dt.datetime) or not isinstance(day, dt.date)):
            problems.append(f"parties.{party_id}.signed_on: verwacht een datum (JJJJ-MM-DD)")
    if problems:
        raise ProfileError(problems)
    parties = tuple(replace(p, signed_on=signatures[p.id]) if p.id in signatures else p
                    for p in profile.parties)
    return replace(profile, parties=parties)


def record_signature(profile: CovenantProfile, party_id: str, day: dt.date, *,
                     document: str, recorded_by: str,
                     recorded_at: dt.datetime) -> CovenantProfile:
    """A copy of ``profile`` with ``party_id`` signed on ``day``, with the reference to the
    signed document, who recorded it and when (aware; stored in UTC).

    Raises ProfileError (Dutch) for an unknown party, a blank document reference or name, a
    signing date after the recording moment, or a naive ``recorded_at``.
    """
    problems = []
    if profile.party(party_id) is None:
        problems.append(f"parties: onbekende partij '{party_id}'")
    if not document.strip():
        problems.append("signed_document: noem het ondertekende document (kenmerk of bestand)")
    if not recorded_by.strip():
        problems.append("signature_recorded_by: vul in wie de ondertekening vastlegt")
    if recorded_at.tzinfo is None:
        problems.append("signature_recorded_at: verwacht een tijd met tijdzone")
    elif day > recorded_at.astimezone(dt.UTC).date() + dt.timedelta(days=1):
        problems.append("signed_on: de ondertekening ligt na het moment van vastleggen")
    if problems:
        raise ProfileError(problems)
    at = recorded_at.astimezone(dt.UTC).replace(microsecond=0)
    parties = tuple(replace(p, signed_on=day, signed_document=document.strip(),
                            signature_recorded_by=recorded_by.strip(),
                            signature_recorded_at=at) if p.id == party_id else p
                    for p in profile.parties)
    return replace(profile, parties=parties)


def approve_profile(profile: CovenantProfile, approved_by: str,
                    approved_at: dt.datetime) -> CovenantProfile:
    """A copy of ``profile`` approved for use by the named person at ``approved_at`` (aware;
    stored in UTC). Raises ProfileError (Dutch) for a blank name or a naive time."""
    problems = []
    if not approved_by.strip():
        problems.append("approved_by: vul in wie deze versie van het profiel goedkeurt")
    if approved_at.tzinfo is None:
        problems.append("approved_at: verwacht een tijd met tijdzone")
    if problems:
        raise ProfileError(problems)
    return replace(profile, approved_by=approved_by.strip(),
                   approved_at=approved_at.astimezone(dt.UTC).replace(microsecond=0))


def profile_to_dict(profile: CovenantProfile) -> dict[str, Any]:
    """The TOML document of a profile (absent values are left out, as TOML has no null)."""
    doc: dict[str, Any] = {"id": profile.id, "title": profile.title, "version": profile.version}
    if profile.based_on is not None:
        doc["based_on"] = profile.based_on
    doc["valid_from"] = profile.valid_from
    if profile.valid_until is not None:
        doc["valid_until"] = profile.valid_until
    for key in ("retention_months", "stale_after_months", "consent_age_parents_only_below",
                "consent_age_youth_alone_from", "min_justification_chars",
                "min_justification_words", "min_group_size", "conflict_advice_valid_days"):
        doc[key] = getattr(profile, key)
    doc["criminal_data_shared_by"] = list(profile.criminal_data_shared_by)
    if profile.privacy_contact is not None:
        doc["privacy_contact"] = profile.privacy_contact
    if profile.approved_by is not None:
        doc["approved_by"] = profile.approved_by
    if profile.approved_at is not None:
        doc["approved_at"] = profile.approved_at
    doc["parties"] = [
        {"id": p.id, "name": p.name, "role": p.role,
         **{k: v for k, v in (("signed_on", p.signed_on),
                              ("signed_document", p.signed_document),
                              ("signature_recorded_by", p.signature_recorded_by),
                              ("signature_recorded_at", p.signature_recorded_at))
            if v is not None}}
        for p in profile.parties]
    doc["categories"] = [
        {"id": c.id, "title": c.title, "level": c.level, "kind": c.kind,
         "personal_circumstances": c.personal_circumstances} for c in profile.categories]
    doc["purposes"] = [
        {"id": p.id, "title": p.title, "stages": list(p.stages), "level": p.level,
         "recipients": list(p.recipients), "categories": list(p.categories), "kind": p.kind}
        for p in profile.purposes]
    doc["inform_exception_grounds"] = [
        {"id": g.id, "title": g.title, "basis": g.basis}
        for g in profile.inform_exception_grounds]
    doc["routes"] = [{"id": r.id, "title": r.title, "when": r.when, "basis": r.basis}
                     for r in profile.routes]
    return doc


def profile_to_toml(profile: CovenantProfile) -> str:
    """Serialise a profile as TOML text that ``parse_profile_bytes`` reads back equal."""
    return _HEADER + tomli_w.dumps(profile_to_dict(profile), multiline_strings=False)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same directory and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_profile(profile: CovenantProfile, path: str | Path) -> Path:
    """Write ``profile`` as TOML to ``path`` atomically; returns the path."""
    path = Path(path)
    _atomic_write(path, profile_to_toml(profile).encode("utf-8"))
    return path


@dataclass(frozen=True)
class StoredProfile:
    """One entry of the store listing. ``problems`` is non-empty for a broken file."""

    id: str
    title: str
    version: str
    path: Path
    builtin: bool
    problems: tuple[str, ...] = ()


class ProfileStore:
    """Local covenant profiles in ``directory`` (one ``<id>.toml`` each) plus the built-ins.

    Lookups by id prefer a local profile over a built-in with the same id, so a model
    covenant on which the organisation recorded signatures replaces the unsigned one.
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def path_for(self, profile_id: str) -> Path:
        """The file a profile with this id is stored in (ids are validated file-safe)."""
        return self.directory / f"{profile_id}.toml"

    def import_profile(self, source: str | Path) -> CovenantProfile:
        """Validate the TOML file at ``source`` and copy its exact bytes into the store.

        Replaces a stored profile with the same id. Raises ProfileError (Dutch) when the
        file is missing, unreadable or invalid; the store is then unchanged.
        """
        source = Path(source)
        try:
            with source.open("rb") as handle:  # at most one byte over the cap is read
                raw = handle.read(MAX_PROFILE_BYTES + 1)
        except OSError:
            raise ProfileError([f"convenantprofiel niet te lezen: {source}"]) from None
        profile = parse_profile_bytes(raw, str(source))
        _atomic_write(self.path_for(profile.id), raw)
        return profile

    def save(self, profile: CovenantProfile) -> Path:
        """Store ``profile`` (e.g. after ``record_signatures``) as ``<id>.toml``, atomically."""
        return write_profile(profile, self.path_for(profile.id))

    def list_profiles(self) -> list[StoredProfile]:
        """Built-ins first, then local profiles by file name; broken files are listed with
        their problems instead of raising."""
        entries = []
        for name in BUILTIN_PROFILES:
            prof = builtin_profile(name)
            entries.append(StoredProfile(prof.id, prof.title, prof.version,
                                         Path(BUILTIN_PROFILES[name]), builtin=True))
        if self.directory.is_dir():
            for path in sorted(self.directory.glob("*.toml")):
                try:
                    prof = load_profile(path)
                except ProfileError as exc:
                    entries.append(StoredProfile(path.stem, path.stem, "", path, builtin=False,
                                                 problems=tuple(exc.problems)))
                    continue
                problems = () if prof.id == path.stem else (
                    f"{path.name}: id '{prof.id}' past niet bij de bestandsnaam",)
                entries.append(StoredProfile(prof.id, prof.title, prof.version, path,
                                             builtin=False, problems=problems))
        return entries

    def get(self, profile_id: str) -> CovenantProfile:
        """The profile with this id: local first, then built-in.

        Raises KeyError when there is none, ProfileError when the stored file is broken.
        """
        path = self.path_for(profile_id)
        if ID_PATTERN.match(profile_id) and path.is_file():
            prof = load_profile(path)
            if prof.id != profile_id:
                raise ProfileError([f"{path.name}: id '{prof.id}' past niet bij de bestandsnaam"])
            return prof
        for name in BUILTIN_PROFILES:
            prof = builtin_profile(name)
            if prof.id == profile_id:
                return prof
        raise KeyError(profile_id)
