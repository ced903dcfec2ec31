"""Before and between meetings: a group's series, the pre-talk, invitations, evaluation.

- :mod:`.model`: the stored series and its planned meetings
- :mod:`.plan`: planning and editing a series, roles from the rotation
- :mod:`.zone`: the local time zone, found without any network
- :mod:`.dates`: dates and times in Dutch and English
- :mod:`.ical`: the series or one meeting as an iCalendar file
- :mod:`.invitation`: the invitation e-mail text
- :mod:`.pretalk`: the pre-talk with the case presenter and what it tells the chooser
- :mod:`.evaluation`: the group's evaluation form, answers and ratings over time
- :mod:`.timeline`: planned and held meetings in one list
"""
