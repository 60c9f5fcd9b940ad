"""Compile one gettext catalogue (.po) to the .mo file Django reads.

Pure Python (polib), so a fresh machine needs no GNU gettext tools.
"""

import sys
from pathlib import Path

import polib


def main(po_path):
    catalogue = polib.pofile(po_path)
    catalogue.save_as_mofile(str(Path(po_path).with_suffix(".mo")))


if __name__ == "__main__":
    for path in sys.argv[1:]:
        main(path)
