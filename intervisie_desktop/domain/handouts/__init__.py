"""Paper for the room and the case presenter, built from the same data as the app.

- :mod:`.case_sheet`: the case presenter's preparation sheet
- :mod:`.method_card`: one card per method (built-in or own): steps, roles, rules
- :mod:`.flip_sheet`: a board list as a printable flip-over sheet; the evaluation form

Each is a :class:`~intervisie_desktop.domain.report.Report`, rendered to
Markdown or HTML by :mod:`~intervisie_desktop.domain.report` and to PDF by the
UI's report writer, exactly like the take-away. Sheets that hold (or invite)
case content say on every page that they are confidential.
"""
