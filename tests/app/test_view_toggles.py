"""View > Show Connectors / Show Emotion Curves / Persona Curves: a view setting
(no undo step), saved with the file's view, and the exports agree with the screen."""

from __future__ import annotations

from cjm_desktop.app.cli.export import load_map
from cjm_desktop.app.export_dialog.dialog import ExportDialog
from cjm_desktop.io import read_cjm


def _persona_action(window, name: str):
    menu = window.view_toggles.personas
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.text() == name)


def test_hiding_connectors_and_curves_on_screen_and_in_exports(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    m = window.doc.map
    connector = window.scene.connector_item(m.connectors[0].id)
    curve = window.scene.curve_item(m.personas[0].id)
    assert connector.isVisible() and curve.isVisible()
    assert window.view_toggles.connectors in window.view_menu.actions()

    window.view_toggles.connectors.trigger()
    assert not connector.isVisible() and curve.isVisible()
    window.view_toggles.emotions.trigger()
    assert not curve.isVisible()
    assert window.doc.undo_stack.count() == 0 and not window.isWindowModified()  # a view setting, not an edit

    dialog = ExportDialog(window.doc, window)
    qtbot.addWidget(dialog)
    assert dialog.layout_geometry.connectors == [] and all(not c.points for c in dialog.layout_geometry.curves)
    dialog.reject()

    window.save()
    saved = read_cjm(sample_path).view
    assert (saved.show_connectors, saved.show_emotions) == (False, False)
    exported = load_map(sample_path)  # what `cjm-desktop export` draws
    assert exported.connectors == [] and exported.emotions == []

    window.view_toggles.connectors.trigger()
    window.view_toggles.emotions.trigger()
    assert connector.isVisible() and curve.isVisible()


def test_one_persona_curve_can_be_hidden(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    persona = window.doc.map.personas[0]
    action = _persona_action(window, persona.name)
    assert action.isChecked()
    action.trigger()
    assert not window.scene.curve_item(persona.id).isVisible()
    assert window.doc.hidden_curves == {persona.id}
    assert not _persona_action(window, persona.name).isChecked()
    dialog = ExportDialog(window.doc, window)
    qtbot.addWidget(dialog)
    assert all(not c.points for c in dialog.layout_geometry.curves)
    dialog.reject()
    _persona_action(window, persona.name).trigger()
    assert window.scene.curve_item(persona.id).isVisible()
