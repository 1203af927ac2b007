"""Documents produced from a request: the request, its written confirmation, the checklist.

Filled from DOCX templates in resources/templates/ (administrators adapt them in Word or
LibreOffice); nothing here imports Qt.
"""
