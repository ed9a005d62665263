"""Where PactDesk keeps things: the data, log and backup folders, the database to open, the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "PactDesk"
APP_ID = "io.github.pactdesk.PactDesk"  # the desktop entry, the AppStream id, the macOS bundle identifier
DATABASE_NAME = "pactdesk.sqlite"

# PACTDESK_HOME puts every folder below one directory (tests, portable installs); PACTDESK_DB names the database
# file and PACTDESK_DATABASE_URL any SQLAlchemy URL.
ENV_HOME = "PACTDESK_HOME"
ENV_DB = "PACTDESK_DB"
ENV_URL = "PACTDESK_DATABASE_URL"

_PACKAGE = Path(__file__).resolve().parent


def _home() -> Path | None:
    value = os.environ.get(ENV_HOME)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What PactDesk can always rebuild, such as the start-up snapshot."""
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    home = _home()
    folder = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return folder / "settings.ini"


def default_database_path() -> Path:
    return data_dir() / DATABASE_NAME


def resource_dir(name: str) -> Path:
    """A folder shipped with PactDesk: ``db`` or ``resources``, inside a wheel or in a source checkout."""
    installed = _PACKAGE / f"_{name}"
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / name


def database_target(db: str | None = None, url: str | None = None) -> tuple[str | None, Path | None]:
    """The URL or file chosen by the command line, then the environment, then the default file.

    Returns ``(url, None)`` for a URL and ``(None, path)`` for a file.
    """
    if url:
        return url, None
    if db:
        return None, Path(db).expanduser()
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL], None
    if os.environ.get(ENV_DB):
        return None, Path(os.environ[ENV_DB]).expanduser()
    return None, default_database_path()
