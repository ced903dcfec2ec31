"""Reference: the bare window plus importing pydantic and defining one model.

Shows how much of the app's start-up is pydantic's own import cost.
"""

from pydantic import BaseModel


class _Probe(BaseModel):
    x: int


if __name__ == "__main__":
    from benchmarks.bare_window import main

    raise SystemExit(main())
