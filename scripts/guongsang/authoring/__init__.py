"""What writes profiles for people: the new-profile scaffold, the spreadsheet import and the demo generator.

Imports only ``core`` (ARCHITECTURE.md).
"""
