"""Reading and writing .cjm files (no Qt): format, versions, migrations, schema."""

from .cjm_file import CjmFile, CjmFileFormat
from .errors import CjmError, CjmLoadError, CjmSaveError, FileChangedOnDiskError, UnsupportedFormatVersionError
from .migrations import FORMAT_VERSION, MIGRATIONS
from .reading import loads_cjm, read_cjm
from .view_state import ViewState
from .writing import dumps_cjm, write_cjm

__all__ = [
    "CjmError", "CjmFile", "CjmFileFormat", "CjmLoadError", "CjmSaveError", "FORMAT_VERSION",
    "FileChangedOnDiskError",
    "MIGRATIONS", "UnsupportedFormatVersionError", "ViewState", "dumps_cjm", "loads_cjm",
    "read_cjm", "write_cjm",
]
