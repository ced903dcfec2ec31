"""Online and hybrid meetings: who joins by video call, and how a step is worded then.

``wording.py`` holds the definition data (a step's texts for a call), ``presence.py``
who is in the room and who in the call, ``variants.py`` which wording the wall shows.
"""
