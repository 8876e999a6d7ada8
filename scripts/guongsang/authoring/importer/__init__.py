"""`guongsang import`: registration lists (Excel or CSV) → profile stubs, validated like `check`. No MkDocs."""
