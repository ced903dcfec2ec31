"""``python -m intervisie_desktop``."""

from intervisie_desktop.app import main

raise SystemExit(main())
