"""User settings the engine needs: time zone, languages, default times; stored as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import platformdirs

APP_NAME = "ChatTasks"


def local_timezone_name() -> str:
    """The user's IANA time zone name, or UTC when the system does not say."""
    try:
        import tzlocal

        name = str(tzlocal.get_localzone_name() or "UTC")
    except Exception:  # noqa: BLE001 - any failure to read the OS setting falls back to UTC
        return "UTC"
    return name if name in available_timezones() else "UTC"


@dataclass(slots=True)
class Settings:
    """Engine settings; the GUI edits them, the CLI reads them."""

    timezone: str = field(default_factory=local_timezone_name)
    """Time zone applied to exported wall-clock times unless a chat has its own."""
    languages: list[str] = field(
        default_factory=lambda: ["en", "es", "pt", "hi", "id", "de", "fr", "it"]
    )
    morning_time: str = "09:00"
    end_of_day_time: str = "17:00"
    work_days: list[int] = field(default_factory=lambda: [0, 1, 2, 3, 4])
    theme: str = "system"
    """'system' follows the OS; 'light' or 'dark' override it (the app reads this)."""
    data_dir: str | None = None
    """Folder of the database; None is the user's data folder."""
    close_to_tray: bool = True
    ui_language: str = ""
    """Interface language: '' follows the system, else a code of app.i18n.UI_LANGUAGES."""

    def database_url(self) -> str | None:
        """SQLite URL of the database in `data_dir`, None for the default location."""
        if not self.data_dir:
            return None
        from sqlalchemy.engine import URL

        folder = Path(self.data_dir).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        url = URL.create("sqlite", database=(folder / "chattasks.db").as_posix())
        return url.render_as_string(hide_password=False)

    def zone(self) -> ZoneInfo:
        """The configured time zone."""
        return ZoneInfo(self.timezone)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Settings from `path` (default: the user's config folder), defaults where absent."""
        path = path or default_settings_path()
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {item.name for item in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

    def save(self, path: Path | None = None) -> None:
        """Write the settings as JSON."""
        path = path or default_settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")


def default_settings_path() -> Path:
    """settings.json in the user's config folder."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_NAME)) / "settings.json"
