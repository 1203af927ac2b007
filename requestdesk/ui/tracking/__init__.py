"""Urgent requests and deadlines in the window: the confirmation watch, transmission and
execution records, alerts and the overview (Arts. 6(2), 7, 11)."""
