"""Supervisor review in the window: the checklist, the marks and the decision."""
