"""Documents produced from a request: bilingual DOCX (no Qt)."""
