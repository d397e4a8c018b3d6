"""Data-subject rights: access report, retention sweeps, informing letters.

Not built yet (no issue has asked for it so far). Erasure already exists and lives with the
data it removes: ``jongerenwerk_desk.notebook.erasure`` (``nb.people.erase``). The disclosure
register (``jongerenwerk_desk.sharing.register``) already answers "to whom was this person's
data disclosed" for an access request (AVG art. 15(1)(c)).
"""
