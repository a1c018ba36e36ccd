"""The main window's frame: toolbar and status bar, the layout from 800×600 to 4K, moving between panels
(F6), the shortcuts list (F1) and the About box. MainWindow mixes it in; it reads the window's panels
(``search``, ``reader``, ``browse``, ``splitter``), actions and settings, and owns no state of its own
beyond the toolbar and status bar widgets."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressBar, QToolBar, QWidget

from ipt_desktop import APP_NAME, __version__
from ipt_desktop.ui.icons import THEME_NAMES, toolbar_icon
from ipt_desktop.ui.main_actions import shortcut_table

NARROW_WIDTH = 1000  # narrower windows fold the sidebar away
COMPACT_WIDTH = 1300  # narrower windows put the reader's tabs under the text
ICON_SIZE = 20
WIDE_TOOLBAR_PX = 1280  # from this window width the toolbar's labels sit beside their icons


class WindowFrame(QMainWindow):
    """Toolbar, status bar, layout fitting, panel cycling, shortcuts and About, for MainWindow."""

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main-toolbar")
        bar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.toolbar = bar
        a = self.actions_
        for action in (
            a.back,
            a.forward,
            None,
            a.bookmark,
            a.find,
            a.zoom_out,
            a.zoom_in,
            a.copy_citation,
            None,
            a.present,
            a.add_to_deck,
            a.export_pdf,
            None,
            a.sync_now,
        ):
            bar.addSeparator() if action is None else bar.addAction(action)
        # Short labels for the buttons (the menus keep the full names), so that all fit at 800 px.
        for action, label in (
            (a.find, self.tr("Find")),
            (a.zoom_out, self.tr("Smaller")),
            (a.zoom_in, self.tr("Larger")),
            (a.copy_citation, self.tr("Cite")),
            (a.add_to_deck, self.tr("To deck")),
            (a.export_pdf, self.tr("PDF")),
            (a.sync_now, self.tr("Sync")),
        ):
            action.setIconText(label)
        self.addToolBar(bar)
        # Drawing the icons loads Qt's SVG plug-in, which the first results need not wait for: until they are
        # drawn (_paint_icons, once the first results are on screen: MainWindow.start), each button holds an
        # empty icon of the same size, so that nothing moves when they come.
        blank = QPixmap(ICON_SIZE, ICON_SIZE)
        blank.fill(Qt.GlobalColor.transparent)
        placeholder = QIcon(blank)
        for name, action in vars(self.actions_).items():
            if name in THEME_NAMES:
                action.setIcon(placeholder)

    def _paint_icons(self) -> None:
        """Icons for the toolbar's actions, in the palette's text colour (again after a theme change)."""
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        for name, action in vars(self.actions_).items():
            if name in THEME_NAMES:
                action.setIcon(toolbar_icon(name, colour, self.devicePixelRatioF()))

    def _fit_toolbar(self) -> None:
        """Text beside the icons in a wide window, under them in a narrow one (so that all buttons fit)."""
        wide = self.width() >= WIDE_TOOLBAR_PX
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if wide
            else Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        )
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)

    def _build_status_bar(self) -> None:
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setAccessibleName(self.tr("Background work in progress"))
        self.busy.hide()
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy)

    def _busy_changed(self, _count: int) -> None:
        pending = self.services.writer.pending
        self.busy.setVisible(pending > 0)
        self.busy_label.setText(self.tr("Working in the background…") if pending else "")

    def notify(self, message: str, timeout_ms: int = 8000) -> None:
        """Show a message in the status bar."""
        self.statusBar().showMessage(message, timeout_ms)

    def panels(self) -> list[QWidget]:
        """The panels F6 moves through, in reading order: search field, results, text, side tabs, sidebar."""
        order = [self.search.field, self.search.list, self.reader.view, self.reader.tabs, self.browse]
        return [w for w in order if w.isVisible() and w.isEnabled()]

    def cycle_panels(self, forward: bool = True) -> None:
        """F6 / Shift+F6: focus the next (previous) panel."""
        panels = self.panels()
        if not panels:
            return
        focus = QApplication.focusWidget()
        here = next(
            (i for i, w in enumerate(panels) if focus is not None and (w is focus or w.isAncestorOf(focus))),
            -1,
        )
        target = panels[(here + (1 if forward else -1)) % len(panels)] if here >= 0 else panels[0]
        if target is self.browse and self.splitter.sizes()[0] == 0:
            self._unfold_sidebar()  # a narrow window folded it away: focus must land where it can be seen
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _unfold_sidebar(self) -> None:
        """Give the folded sidebar back a width, taken from the middle pane."""
        sizes = self.splitter.sizes()
        side = min(230, sum(sizes) // 4)
        middle = max(self.search.list.minimumWidth(), sizes[1] - side)
        self.splitter.setSizes([side, middle, max(0, sum(sizes) - side - middle)])

    def show_shortcuts(self) -> None:
        """List every keyboard shortcut in a dialog."""
        from PySide6.QtWidgets import QMessageBox

        from ipt_desktop.ui.presentation_window import presentation_keys

        def table(rows: list[tuple[str, str]]) -> str:
            cells = "".join(
                f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>"
                for name, keys in rows
            )
            return f"<table cellpadding='3'>{cells}</table>"

        in_window, presenting = self.tr("In the window"), self.tr("While presenting")
        text = (
            f"<h3>{html.escape(in_window)}</h3>{table(shortcut_table(self.actions_))}"
            f"<h3>{html.escape(presenting)}</h3>{table(presentation_keys())}"
        )
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        self.shortcuts_box = box  # tests read it
        box.open()

    def show_about(self) -> None:
        """Show the app's version and the projects its library comes from."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr(
                "<h3>%1 %2</h3><p>An offline library on innovation procurement for public buyers, trainers and "
                "suppliers, from the Innovation Procurement Task Force: PROCEDIN, BUILD and Health "
                "InnoFacilitator.</p>"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__),
        )

    def _restore_state(self) -> None:
        geometry, state, splitter = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if splitter is not None:
            self._splitter_saved = self.splitter.restoreState(splitter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        """Keep every pane usable from 800×600 to 4K: below COMPACT_WIDTH the reader's tabs go under the
        text; below NARROW_WIDTH the sidebar folds away (its edge can be dragged back). Only crossing a
        threshold moves the panes, so the user's own splitter sizes stay; the first layout of a window whose
        sizes were not saved shares the width the same way, so a large screen gives the list room for its
        titles rather than leaving it all to the reader."""
        width = self.width()
        self._fit_toolbar()
        self.reader.set_compact(width < COMPACT_WIDTH)
        narrow = width < NARROW_WIDTH
        if narrow == self._narrow:
            return
        first = self._narrow is None
        self._narrow = narrow
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if narrow:
            middle = max(self.search.list.minimumWidth(), total * 2 // 5)
            self.splitter.setSizes([0, middle, total - middle])
        elif sizes[0] == 0:
            self._share_width(min(230, total // 6))
        elif first and not self._splitter_saved:
            # The panes take the window's width only once its layout has run: share it then.
            QTimer.singleShot(0, self, self._share_first_width)

    def _share_first_width(self) -> None:
        self._share_width(self.splitter.sizes()[0])

    def _share_width(self, side: int) -> None:
        """Sidebar ``side`` wide, the list two fifths of the rest (at least its minimum), the reader the rest."""
        total = sum(self.splitter.sizes())
        middle = max(self.search.list.minimumWidth(), (total - side) * 2 // 5)
        self.splitter.setSizes([side, middle, total - side - middle])
