"""Render a report as a PDF with Qt's own QTextDocument and QPdfWriter, in memory.

Every page carries the confidentiality line and the page number in its footer. The
text extracts as plain letters (no ligatures); the file names its title and language.
The PDF is made as bytes and written by the caller like every other file (a
private temporary file, then a rename), so it is never readable by others, not
even while it is being written.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from intervisie_desktop.domain.report import Report
from intervisie_desktop.domain.report_render import to_html
from intervisie_desktop.ui.reports.pdf_metadata import without_ligatures, xmp_metadata

FOOTER_HEIGHT_MM = 12.0


class PdfRenderError(RuntimeError):
    """Qt could not paint the PDF."""


def pdf_bytes(report: Report) -> bytes:
    """The whole PDF of ``report``."""
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _render(report, QPdfWriter(buffer))
    buffer.close()
    return bytes(content.data())


def _render(report: Report, writer: QPdfWriter) -> None:
    writer.setTitle(report.title)
    writer.setCreator("Intervisie Desktop")
    writer.setDocumentXmpMetadata(xmp_metadata(report.title, report.language, "Intervisie Desktop"))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_height = FOOTER_HEIGHT_MM / 25.4 * writer.resolution()
    body_height = page.height() - footer_height

    document = QTextDocument()
    font = without_ligatures(QFont())
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(to_html(report))
    document.setPageSize(QSizeF(page.width(), body_height))
    pages = max(1, document.pageCount())

    painter = QPainter()
    if not painter.begin(writer):
        raise PdfRenderError("the PDF writer could not start")
    try:
        footer_font = QFont(font)
        footer_font.setPointSizeF(8.5)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body_height)
            clip = QRectF(0, number * body_height, page.width(), body_height)
            document.drawContents(painter, clip)
            painter.restore()
            painter.setFont(footer_font)
            footer = QRectF(0, body_height, page.width(), footer_height)
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                report.confidential,
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"{number + 1}/{pages}",
            )
    finally:
        painter.end()
