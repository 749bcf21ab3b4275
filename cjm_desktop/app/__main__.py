"""``python -m cjm_desktop.app``: the same program as the ``cjm-desktop`` command."""

import sys

from .cli.main import main

sys.exit(main())
