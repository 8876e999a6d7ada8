"""`python -m guongsang` runs the command line (its help and messages name it `guongsang`)."""

from guongsang.cli.main import main

main(prog_name="guongsang")
