"""Published images: photo derivatives and share cards, cached by a hash of their inputs. No MkDocs here."""
