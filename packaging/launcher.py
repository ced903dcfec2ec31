"""Entry point of the bundled app: PyInstaller freezes this file as the executable."""

import sys

from intervisie_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
