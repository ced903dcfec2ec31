"""A report rendered as Markdown, or as HTML (the PDF is drawn from the HTML in the UI
layer). Every rendering of case content states, at its top and its end, that it is
confidential; a handout without any case shows no such line."""

from __future__ import annotations

from html import escape

from intervisie_desktop.domain.report import PrintSize, Report

# body, title and section heading styles; NORMAL keeps the writer's own. Qt's rich
# text sizes <h1>/<h2> itself, so sized headings are bold paragraphs.
_PRINT_STYLES = {
    PrintSize.COMPACT: (
        "font-size:9pt",
        "font-size:17pt; font-weight:bold",
        "font-size:10.5pt; font-weight:bold; margin-top:7px; margin-bottom:1px",
    ),
    PrintSize.LARGE: (
        "font-size:22pt",
        "font-size:36pt; font-weight:bold",
        "font-size:26pt; font-weight:bold; margin-top:12px",
    ),
}


def _heading(tag: str, style: str, text: str) -> str:
    return f"<p style='{style}'>{escape(text)}</p>" if style else f"<{tag}>{escape(text)}</{tag}>"


def to_markdown(report: Report) -> str:
    notice = [f"*{report.confidential}*", ""] if report.confidential else []
    lines = [f"# {report.title}", "", *notice]
    lines += [f"- **{label}:** {value}" for label, value in report.facts if value]
    for section in report.sections:
        lines += ["", f"## {section.title}", ""] if section.title else [""]
        lines += [f"- {item}" for item in section.items]
    lines += ["", *notice]
    return "\n".join(lines)


def to_html(report: Report) -> str:
    facts = "".join(
        f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
        for label, value in report.facts
        if value
    )
    body_style, title_style, heading_style = _PRINT_STYLES.get(report.print_size, ("", "", ""))
    list_style = " style='margin-top:0px; margin-bottom:0px'" if heading_style else ""
    body = "".join(
        (_heading("h2", heading_style, s.title) if s.title else "")
        + f"<ul{list_style}>"
        + "".join(f"<li>{escape(item)}</li>" for item in s.items)
        + "</ul>"
        for s in report.sections
    )
    notice = f"<p><i>{escape(report.confidential)}</i></p>" if report.confidential else ""
    size = f" style='{body_style}'" if body_style else ""
    return (
        f"<html><body{size}>{_heading('h1', title_style, report.title)}{notice}"
        f"<table cellpadding='3'>{facts}</table>{body}</body></html>"
    )
