"""`python -m guongsang` runs the command line."""

from guongsang.cli.main import main

main()
