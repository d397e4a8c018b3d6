"""Screens for the data-subject rights (issue 12): the access report and the retention
preview, reached from the Notebook menu (``install_rights_actions``)."""
