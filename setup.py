"""Which packages go into the wheel (everything else is in pyproject.toml).

Every ``jongerenwerk_desk`` sub-package, plus ``jongerenwerk_desk.resources``, which lives in the
top-level ``resources/`` folder (mapped in pyproject.toml's ``package-dir``). Automatic package
discovery cannot see that mapped package, so a wheel built by it lacked every resource;
pyproject.toml cannot add one package to a discovered list, hence this file.
tests/system/test_wheel.py checks the wheel's contents.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["jongerenwerk_desk", "jongerenwerk_desk.*"]),
                "jongerenwerk_desk.resources"])
