"""``python -m jongerenwerk_desk``: same as the ``jongerenwerk-desk`` console script."""

import sys

from jongerenwerk_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
