"""Feeds: neutral entries, and one small module per format (rss, atom, jsonfeed, zalo), each a pure
function from the same entries to bytes. No MkDocs here."""
