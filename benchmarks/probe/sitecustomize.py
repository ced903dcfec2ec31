"""Benchmarks only: at exit, write this process's own peak resident memory to a file.

The benchmarks put this folder first on the ``PYTHONPATH`` of the Python programs
they start and name the file in ``$INTERVISIE_BENCH_PEAK_FILE``; without that
variable nothing happens. The figure is the process's own ``VmHWM`` (the
high-water mark of its memory map, in KiB). ``wait4``'s ``ru_maxrss`` is not
used: the kernel carries the high-water mark over ``exec()``, so it also counts
the pages the benchmark runner had when it started the child.
"""

import atexit
import os
import sys
from importlib.machinery import PathFinder
from importlib.util import module_from_spec

_TARGET = os.environ.get("INTERVISIE_BENCH_PEAK_FILE")
_HERE = os.path.dirname(os.path.abspath(__file__))  # noqa: PTH100, PTH120 (pathlib is not yet imported)


def _write_peak() -> None:
    with open("/proc/self/status", encoding="ascii") as status:  # noqa: PTH123
        peak_kib = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(_TARGET, "w", encoding="ascii") as out:  # type: ignore[arg-type]  # noqa: PTH123
        out.write(peak_kib)


def _chain() -> None:
    """Run the sitecustomize this one hides, if the interpreter has one."""
    spec = PathFinder.find_spec("sitecustomize", [p for p in sys.path if p != _HERE])
    if spec is not None and spec.loader is not None:
        module = module_from_spec(spec)
        spec.loader.exec_module(module)


if _TARGET:
    atexit.register(_write_peak)
_chain()
