"""Data-subject rights and the privacy officer's duties (issue 12), Qt-free.

- ``access``: the access report (AVG art. 15) as data and PDF;
- ``letters``: informing letters (AVG art. 13/14) in B1 Dutch, recorded as informing records;
- ``retention``: retention rules, the sweep preview and the deletion on confirmation;
- ``officer``: processing record (art. 30), DPIA annex (art. 35), oversight figures;
- ``breach``: which people, disclosures and recipients a data breach concerns (art. 33/34);
- ``document``: the text model shared by screen and PDF.

Every write goes through the notebook's door (``notebook.ops``, module ``ops.rights``);
this package only reads and builds documents. Erasure itself lives with the data it removes
(``notebook.erasure``); tombstones (``notebook.tombstones``) keep erasures and retention
deletions done when an older backup is restored.
"""
