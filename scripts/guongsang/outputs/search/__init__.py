"""Search: the documents Pagefind indexes, Vietnamese folding, and the indexer. No MkDocs here.

The portal's search runs entirely in the reader's browser from a static, chunked Pagefind
index published under ``pagefind/``; nothing is loaded from a third-party host.
"""
