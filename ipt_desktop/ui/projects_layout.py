"""The widgets of Tools › Procurement projects and how they are laid out: the list of projects with New… and
Delete… on the left; on the right the open project's heading and progress, its checklist tree, the selected
item's note, and the buttons to save the note, open the item's section and export the checklist. The texts keep
the dialog's translation context ("ProjectsDialog")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ipt_desktop.ui.project_model import ChecklistModel

if TYPE_CHECKING:
    from ipt_desktop.ui.projects_dialog import ProjectsDialog

NOTE_SAVE_DELAY_MS = 1200


def build_widgets(dialog: ProjectsDialog) -> None:
    """Make the dialog's widgets as attributes of ``dialog``, connect them to its slots and lay them out."""
    dialog.list = QListWidget()
    dialog.list.setWordWrap(True)
    dialog.list.setAccessibleName(QCoreApplication.translate("ProjectsDialog", "Procurement projects"))
    dialog.list.currentItemChanged.connect(dialog._project_chosen)
    dialog.new_button = QPushButton(QCoreApplication.translate("ProjectsDialog", "&New…"))
    dialog.new_button.clicked.connect(dialog.new_project)
    dialog.delete_button = QPushButton(QCoreApplication.translate("ProjectsDialog", "&Delete…"))
    dialog.delete_button.clicked.connect(dialog.delete_current)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(dialog.list)
    row = QHBoxLayout()
    row.addWidget(dialog.new_button)
    row.addWidget(dialog.delete_button)
    left_layout.addLayout(row)

    dialog.heading = QLabel()
    dialog.heading.setWordWrap(True)
    dialog.progress = QProgressBar()
    dialog.progress.setAccessibleName(QCoreApplication.translate("ProjectsDialog", "Items done"))
    dialog.model = ChecklistModel(dialog)
    dialog.model.set_headers(
        QCoreApplication.translate("ProjectsDialog", "Item"),
        QCoreApplication.translate("ProjectsDialog", "Note"),
    )
    dialog.model.tick_toggled.connect(dialog._tick)
    dialog.tree = QTreeView()
    dialog.tree.setModel(dialog.model)
    dialog.tree.setUniformRowHeights(True)  # the view then asks only for the rows it shows
    dialog.tree.setAccessibleName(QCoreApplication.translate("ProjectsDialog", "Checklist"))
    dialog.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    dialog.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    dialog.tree.header().setStretchLastSection(False)
    dialog.tree.header().resizeSection(1, 220)
    dialog.tree.selectionModel().currentChanged.connect(dialog._item_chosen)
    dialog.tree.doubleClicked.connect(dialog._open_section_of)
    dialog.item_label = QLabel()  # the selected item in full (the tree elides long ones)
    dialog.item_label.setWordWrap(True)
    dialog.item_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dialog.note = QPlainTextEdit()
    dialog.note.setAccessibleName(QCoreApplication.translate("ProjectsDialog", "Note on the selected item"))
    dialog.note.setPlaceholderText(
        QCoreApplication.translate("ProjectsDialog", "Your note on the selected item")
    )
    dialog.note.setMaximumHeight(110)
    dialog.note.setEnabled(False)
    dialog._note_timer = QTimer(dialog)  # a note is saved once typing pauses, as the reader's note is
    dialog._note_timer.setSingleShot(True)
    dialog._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
    dialog._note_timer.timeout.connect(dialog.save_note)
    dialog.note.textChanged.connect(dialog._note_timer.start)
    dialog.save_note_button = QPushButton(QCoreApplication.translate("ProjectsDialog", "&Save note"))
    dialog.save_note_button.clicked.connect(dialog.save_note)
    dialog.open_button = QPushButton(QCoreApplication.translate("ProjectsDialog", "&Open section"))
    dialog.open_button.setToolTip(
        QCoreApplication.translate(
            "ProjectsDialog", "Read the library section that explains the selected item"
        )
    )
    dialog.open_button.clicked.connect(lambda: dialog._open_section_of(dialog.tree.currentIndex()))
    dialog.export_md_button = QPushButton(QCoreApplication.translate("ProjectsDialog", "Export &Markdown…"))
    dialog.export_md_button.clicked.connect(lambda: dialog.export_markdown())
    dialog.export_pdf_button = QPushButton(QCoreApplication.translate("ProjectsDialog", "Export &PDF…"))
    dialog.export_pdf_button.clicked.connect(lambda: dialog.export_pdf())
    dialog.status = QLabel()
    dialog.status.setWordWrap(True)
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.setContentsMargins(0, 0, 0, 0)
    right_layout.addWidget(dialog.heading)
    right_layout.addWidget(dialog.progress)
    right_layout.addWidget(dialog.tree, 1)
    right_layout.addWidget(dialog.item_label)
    right_layout.addWidget(dialog.note)
    buttons = QHBoxLayout()
    for button in (dialog.save_note_button, dialog.open_button):
        buttons.addWidget(button)
    buttons.addStretch(1)
    for button in (dialog.export_md_button, dialog.export_pdf_button):
        buttons.addWidget(button)
    right_layout.addLayout(buttons)
    right_layout.addWidget(dialog.status)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([280, 820])
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(splitter, 1)
    layout.addWidget(close)
