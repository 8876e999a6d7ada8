"""`python -m guongsang` runs the command line."""

from guongsang.cli import main

main()
