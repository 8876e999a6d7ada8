"""Statistics and quota coverage for the emulation council's reports (sơ kết, tổng kết). No MkDocs here."""
