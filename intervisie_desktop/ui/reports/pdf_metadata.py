"""What a PDF says about itself beyond its pages: the language (for screen readers
and search) next to the title, as XMP metadata, the one place Qt lets us put it.
Ligatures are switched off, so "fi" in "definities" stays two letters in the file."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont

NO_LIGATURES = ("liga", "clig")


def without_ligatures(font: QFont) -> QFont:
    plain = QFont(font)
    for feature in NO_LIGATURES:
        plain.setFeature(QFont.Tag(feature), 0)
    return plain


def xmp_metadata(title: str, language: str, creator: str) -> bytes:
    """An XMP packet with the title (dc:title) and the language (dc:language)."""
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f"<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>"
        f"<xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()
