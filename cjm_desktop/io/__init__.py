"""Reading and writing .cjm files (no Qt): format, versions, migrations, schema."""

from .cjm_file import CjmFile, CjmFileFormat, dumps_cjm, loads_cjm, read_cjm, write_cjm
from .errors import CjmError, CjmLoadError, CjmSaveError, FileChangedOnDiskError, UnsupportedFormatVersionError
from .migrations import FORMAT_VERSION, MIGRATIONS
from .view_state import ViewState

__all__ = [
    "CjmError", "CjmFile", "CjmFileFormat", "CjmLoadError", "CjmSaveError", "FORMAT_VERSION",
    "FileChangedOnDiskError",
    "MIGRATIONS", "UnsupportedFormatVersionError", "ViewState", "dumps_cjm", "loads_cjm",
    "read_cjm", "write_cjm",
]
