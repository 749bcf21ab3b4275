"""Edit > Preferences: language, autosave interval, export paper, new-map template."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from cjm_desktop.app.settings import language, preferences
from cjm_desktop.app.settings.preferences import PreferencesDialog
from cjm_desktop.app.settings.store import app_settings


def test_defaults_without_settings():
    assert preferences.autosave_interval_s() == 30
    assert preferences.default_paper() == "A0"  # the Export dialog's own default
    assert preferences.default_template() == "salon-6"
    assert language.language_choice() == "auto"


def test_bad_stored_values_fall_back_to_defaults():
    s = app_settings()
    s.setValue(preferences.AUTOSAVE_KEY, "soon")
    s.setValue(preferences.PAPER_KEY, "B7")
    s.setValue(preferences.TEMPLATE_KEY, "nope")
    assert (preferences.autosave_interval_s(), preferences.default_paper(), preferences.default_template()) == (
        30, "A0", "salon-6")
    s.setValue(preferences.AUTOSAVE_KEY, "45.0")  # the autosave timer accepts fractions
    assert preferences.autosave_interval_s() == 45


def test_the_dialog_writes_what_was_chosen(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "auto"
    assert dialog.paper.currentData() == "A0" and dialog.template.currentData() == "salon-6"
    assert dialog.autosave.value() == 30
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.autosave.setValue(120)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A1"))
    dialog.template.setCurrentIndex(dialog.template.findData("5a"))
    dialog.accept()
    s = app_settings()
    assert s.value("ui/language") == "vi" and int(s.value("autosave/interval_s")) == 120
    assert s.value("export/paper") == "A1" and s.value("new/template") == "5a"
    assert (language.language_choice(), preferences.autosave_interval_s(), preferences.default_paper(),
            preferences.default_template()) == ("vi", 120, "A1", "5a")


def test_cancel_forgets_and_restore_defaults_resets(qtbot):
    app_settings().setValue(preferences.PAPER_KEY, "A3")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "A3"
    dialog.autosave.setValue(300)
    dialog.reject()
    assert preferences.autosave_interval_s() == 30
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.RestoreDefaults).click()
    assert (dialog.paper.currentData(), dialog.autosave.value(), dialog.template.currentData(),
            dialog.language.currentData()) == ("A0", 30, "salon-6", "auto")


def test_the_dialog_says_a_new_language_needs_a_restart(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert "starts again" in dialog.language_note.text()
    other = "vi" if language.interface_language() == "en" else "en"
    assert not dialog.language_changed() and not dialog.language_note.font().bold()
    dialog.language.setCurrentIndex(dialog.language.findData(other))
    assert dialog.language_changed() and dialog.language_note.font().bold()


def test_paper_sizes_are_written_the_locale_way(qapp):
    from PySide6.QtCore import QLocale

    language.install("vi", system=QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    try:
        assert preferences.paper_label("letter") == "Letter (215,9 × 279,4 mm)"
        assert preferences.paper_label("A1") == "A1 (594 × 841 mm)"
    finally:
        language.uninstall()
    assert preferences.paper_label("letter") == "Letter (215.9 × 279.4 mm)"


def test_edit_menu_opens_preferences_and_new_map_starts_on_the_chosen_template(make_window, monkeypatch):
    from cjm_desktop.app.window.dialogs import NewMapDialog

    window = make_window()
    action = window.actions_by_name["preferences"]
    edit_menu = window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()

    def choose(dialog):
        dialog.template.setCurrentIndex(dialog.template.findData("inbound-4"))
        dialog.accept()
        return PreferencesDialog.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    action.trigger()
    assert preferences.default_template() == "inbound-4"
    seen = {}

    def run(dialog):
        seen["template"] = dialog.template_id()
        return NewMapDialog.Rejected

    monkeypatch.setattr(NewMapDialog, "exec", run)
    window.new_from_template()
    assert seen == {"template": "inbound-4"}


def test_autosave_can_be_turned_off_and_the_timer_reads_it(qtbot):
    from cjm_desktop.app.keeping.autosave import autosave_interval_ms

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.autosave.setValue(0)
    assert dialog.autosave.text() == "Off"
    dialog.accept()
    assert autosave_interval_ms() == 0
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.autosave.setValue(90)
    dialog.accept()
    assert autosave_interval_ms() == 90_000


def test_a_custom_paper_from_the_export_dialog_survives_preferences(qtbot):
    from cjm_desktop.app.export_dialog.choices import load_choices

    app_settings().setValue(preferences.PAPER_KEY, "500x700mm")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "500x700mm"
    dialog.accept()
    assert load_choices().paper == "500x700mm"
    app_settings().setValue(preferences.PAPER_KEY, "A2")
    assert load_choices().paper == "A2"  # what Preferences write, the Export dialog starts with
