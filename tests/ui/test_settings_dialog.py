"""Preferences: language and database choice, with a connection test that writes nothing."""

from __future__ import annotations

from protoedit.settings import Settings
from tests.ui.conftest import type_text
from ui.settings_dialog import SettingsDialog


def test_switch_to_english_and_consultation(qtbot) -> None:
    settings = Settings()
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    dlg.lang.setCurrentIndex(dlg.lang.findData("en"))
    dlg.consult.setChecked(True)
    dlg.accept()
    assert dlg.changed_restart
    saved = Settings.load()
    assert saved.lang == "en" and saved.consult_mode and saved.db_url == ""


def test_server_url_is_tested_before_saving(qtbot, pg_url) -> None:
    from sqlalchemy import make_url

    dlg = SettingsDialog(Settings())
    qtbot.addWidget(dlg)
    dlg.server.setChecked(True)
    bad = make_url(pg_url).set(database="absente_xyz").render_as_string(hide_password=False)
    type_text(dlg.url, bad)
    dlg.accept()
    assert "n'existe pas" in dlg.result_label.text()
    assert Settings.load().db_url == ""
    dlg.url.clear()
    type_text(dlg.url, pg_url)
    dlg.accept()
    assert "Connexion réussie" in dlg.result_label.text()
    assert Settings.load().db_url == pg_url
