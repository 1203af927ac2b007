"""The request editor: one window per request, steps that follow Article 6, live checks."""
