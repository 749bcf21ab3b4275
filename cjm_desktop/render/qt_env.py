"""What Qt is told before its application exists, and how PySide sorts the modules loaded after it. No Qt import.

Qt's raster engine hands every fill taller than 96 pixel rows to a thread pool
and waits for it (``QT_THREAD_PARALLEL_FILLS`` in Qt's drawhelper). A map's
connector runs and cell backgrounds are such fills: small work, each paying a
hand-off to other threads and a wake-up of its own. Painting on the calling
thread alone made an edit that moves lanes 16-21 % faster in wall time on a
two-core machine (an A/B in one session, docs/BENCHMARKS.md). ``QT_NO_GUI_THREADPOOL`` is
Qt's own switch for that; a value the user set is kept. It stays in the
environment (Qt reads it when it first paints, not at start-up), so a program the
window opens inherits it: for a Qt program that only means the same serial
painting, and other programs do not read it.

Once PySide is imported it also looks at every module imported after it, to
learn whether the module uses PySide (for PySide's opt-in ``__feature__``
switches, ``snake_case`` and ``true_property``): it reads the module's whole
source file and searches it for the word "PySide6". Some 320 modules load
after PySide when the window starts, and the reads took 45-70 ms of a ~1 s
start here (more where files are slow to open, as on Windows).
:func:`lighter_pyside_module_check` has PySide answer the question from the
module's names instead (a module that holds a PySide module, class, function
or object uses PySide), without reading a file. The answer only matters to a
module that selects a feature, which this app never does; a module that does
still gets its selection, as PySide records that at its ``from __feature__
import`` line.
"""

from __future__ import annotations

import os
import sys
from types import BuiltinFunctionType, FunctionType, ModuleType
from typing import MutableMapping, Optional

#: Qt reads it once, when it first needs its GUI thread pool
SERIAL_RASTER = "QT_NO_GUI_THREADPOOL"


def prefer_serial_painting(environ: Optional[MutableMapping[str, str]] = None) -> None:
    """Paint on the GUI thread alone (call before the QApplication is made)."""
    env = os.environ if environ is None else environ
    env.setdefault(SERIAL_RASTER, "1")


#: where PySide keeps its check of a newly imported module (PySide 6.x; the check
#: is left as it is when a PySide version has no such place)
_FEATURE_MODULE, _FEATURE_CHECK = "shibokensupport.feature", "_mod_uses_pyside"
_PYSIDE_NAMES = ("PySide6", "shiboken6")


def lighter_pyside_module_check() -> bool:
    """After PySide's import: answer PySide's "does this new module use PySide?"
    from the module's names rather than its source file. Returns whether the
    check was replaced."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _FEATURE_CHECK, None)):
        return False
    if not isinstance(getattr(feature, "pyside_feature_dict", None), dict):
        return False
    setattr(feature, _FEATURE_CHECK, holds_pyside)
    return True


def holds_pyside(module: ModuleType) -> bool:
    """Whether a module is PySide's or holds a PySide module, class, function or
    object among its names (an instance's owner read from its type, not through
    the instance); the standard library's are not looked through. Never raises:
    it runs inside every import statement."""
    try:
        name = str(getattr(module, "__name__", ""))
        if name.startswith(_PYSIDE_NAMES):
            return True
        if name.partition(".")[0] in sys.stdlib_module_names:  # a third of them, none uses PySide
            return False
        for value in list(vars(module).values()):
            kind = type(value)
            if issubclass(kind, ModuleType):
                owner = value.__name__
            elif issubclass(kind, (type, FunctionType, BuiltinFunctionType)):
                owner = getattr(value, "__module__", None)
            else:
                owner = kind.__module__
            if isinstance(owner, str) and owner.startswith(_PYSIDE_NAMES):
                return True
    except Exception:  # noqa: BLE001 - a module that cannot be looked at uses no feature
        return False
    return False
