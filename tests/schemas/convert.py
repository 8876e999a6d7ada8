"""Convert the feed grammars from RELAX NG's compact syntax (``*.rnc``, the sources: RFC 4287's own form, and
ours with its comments) to the XML syntax lxml reads (``*.rng``, kept beside them).

    pip install rnc2rng && python tests/schemas/convert.py

rnc2rng is not a dependency of the project or its tests: when it is installed, lxml imports it in every
process that loads lxml (0.07 CPU-s each, hundreds of processes in a test run).
"""

from __future__ import annotations

from pathlib import Path

import rnc2rng  # type: ignore[import-not-found]

HERE = Path(__file__).parent
NOTE = ("<!-- Generated from {rnc} by tests/schemas/convert.py: edit that file, then convert again. lxml reads\n"
        "     this form directly; the compact form would need rnc2rng in every process that loads lxml. -->\n")


def main() -> None:
    for source in sorted(HERE.glob("*.rnc")):
        rng = rnc2rng.dumps(rnc2rng.load(str(source))).replace('xmlns:local=""', "")  # lxml refuses an empty prefix
        declaration, rest = rng.split("\n", 1)
        source.with_suffix(".rng").write_text(f"{declaration}\n{NOTE.format(rnc=source.name)}{rest}", encoding="utf-8")
        print(f"{source.name} → {source.with_suffix('.rng').name}")


if __name__ == "__main__":
    main()
