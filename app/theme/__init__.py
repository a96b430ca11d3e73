"""Light and dark palettes; 'system' follows the OS colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

DARK = {
    QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#292a2d", QPalette.ColorRole.AlternateBase: "#303134",
    QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#202124", QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Mid: "#5f6368", QPalette.ColorRole.Link: "#8ab4f8",
}  # fmt: skip
LIGHT = {
    QPalette.ColorRole.Window: "#f8f9fa", QPalette.ColorRole.WindowText: "#202124",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f1f3f4",
    QPalette.ColorRole.Text: "#202124", QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#202124", QPalette.ColorRole.Highlight: "#1a73e8",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#202124", QPalette.ColorRole.PlaceholderText: "#5f6368",
    QPalette.ColorRole.Mid: "#dadce0", QPalette.ColorRole.Link: "#1a73e8",
}  # fmt: skip


def system_is_dark() -> bool:
    """Whether the OS asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply 'light', 'dark' or 'system'; returns the scheme applied ('light' or 'dark')."""
    scheme = ("dark" if system_is_dark() else "light") if theme == "system" else theme
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in (DARK if scheme == "dark" else LIGHT).items():
        palette.setColor(role, QColor(color))
    app.setPalette(palette)
    return scheme


def follow_system(app: QApplication, theme: str) -> None:
    """Re-apply the palette when the OS switches between light and dark (theme 'system')."""
    if theme == "system":
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _: apply_theme(app, "system")
        )
