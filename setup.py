"""Build hook: the wheel carries ``resources/`` and the README inside the package.

Everything else about the build is in ``pyproject.toml``. In a checkout and an
editable install the program reads ``resources/`` at the repository root; a
wheel has no repository root, so ``build_py`` copies the folder (fonts and their
licence, examples, schema, translations, icons, the Vietnamese guide) to
``cjm_desktop/_resources`` and the README (Help > User Guide in English) to
``cjm_desktop/_resources/guide/README.md``, where ``cjm_desktop.resources``
looks first. The sdist carries both through ``MANIFEST.in``.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's resources/
        target = Path(self.build_lib) / "cjm_desktop" / "_resources"
        shutil.copytree(ROOT / "resources", target, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        shutil.copy2(ROOT / "README.md", target / "guide" / "README.md")


setup(cmdclass={"build_py": BuildWithResources})
