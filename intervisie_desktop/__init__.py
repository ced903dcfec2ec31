"""Intervisie Desktop: run a peer-consultation (intervisie) meeting from a laptop."""

__version__ = "0.1.0"
APP_NAME = "intervisie-desktop"
APP_ID = "nl.intervisiedesktop.IntervisieDesktop"  # reverse-DNS id: .desktop file, AppStream
