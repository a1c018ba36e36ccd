"""The Library's feed sources and sync, and its doctor (a part of ``Library``; see
``core/library/__init__.py``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ipt_desktop.core.changes import OpChanges, OpResult
from ipt_desktop.core.content.store import Changes
from ipt_desktop.core.store.database import integrity_problems

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ipt_desktop.core.sync.http_fetch import Fetcher
    from ipt_desktop.core.sync.minisign import PublicKey
    from ipt_desktop.core.sync.pipeline import SourceResult, SyncReport
    from ipt_desktop.core.sync.sources import SourceRecord, SourceStore


@dataclass
class DoctorReport:
    """Findings of ``doctor``; ``repaired`` lists what --repair fixed."""

    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)


class Upkeep:
    """Sources, sync and the doctor (mixed into Library)."""

    def doctor(self, repair: bool = False) -> DoctorReport:
        """Check both databases and the index; with repair, rebuild what can be rebuilt.

        The index check holds the index lock (so a write in progress elsewhere finishes first and its
        marker is not taken for an interrupted one) and reports, on one line: why it cannot be used, the
        markers of interrupted writes, and any file that is not as it was written (``SearchIndex.verify``).
        """
        report = DoctorReport()
        for name, conn in (("content.db", self.content.conn), ("user.db", self.user.conn)):
            for line in integrity_problems(conn):
                report.problems.append(f"{self.data_dir / name}: {line}")
        with self.index.writing():
            findings = []
            reason = self.index_problem()
            if reason:
                findings.append(reason)
            markers = self.index_dirty()
            if markers:
                findings.append(
                    f"{len(markers)} update(s) interrupted between saving documents and indexing them"
                )
            if not reason:
                findings += [f"damaged: {problem}" for problem in self.index.verify()]
            if findings:
                report.problems.append(f"{self.index.folder}: {'; '.join(findings)}")
                if repair:
                    count = self.rebuild_index()
                    report.repaired.append(f"search index rebuilt with {count} documents")
        if repair and not self.bundled_is_current():
            changes = self.refresh_bundled()
            report.repaired.append(f"bundled library refreshed ({changes.total} documents)")
        report.facts = {"documents": self.content.count(), "indexed": self.index.doc_count()}
        return report

    # -- sources and sync ----------------------------------------------------------------------------------

    def add_source(
        self, url: str, name: str | None = None, public_keys: Iterable[PublicKey] = ()
    ) -> OpResult[SourceRecord]:
        """Add an enabled feed source; pinned public keys make it a curated (signed) feed."""
        record = self._source_store().add(url, name or None, public_keys)
        return OpResult(record, OpChanges(sources=frozenset({record.name})))

    def remove_source(self, name: str) -> OpResult[SourceRecord]:
        """Forget a source (its documents stay in the library)."""
        record = self._source_store().remove(name)
        return OpResult(record, OpChanges(sources=frozenset({record.name})))

    def set_source_enabled(self, name: str, enabled: bool) -> OpResult[SourceRecord]:
        """Enable or disable a source."""
        record = self._source_store().set_enabled(name, enabled)
        return OpResult(record, OpChanges(sources=frozenset({record.name})))

    def sync(
        self, targets: Sequence[str] = (), *, force: bool = False, fetcher: Fetcher | None = None
    ) -> OpResult[SyncReport]:
        """Sync the named sources (name or URL), or every enabled one; see ``core.sync.pipeline``."""
        from ipt_desktop.core.sync.pipeline import sync

        report = sync(self, targets, force=force, fetcher=fetcher)
        return OpResult(report, _synced(report.changes, [r.name for r in report.results]))

    def sync_source(
        self, name: str, *, force: bool = True, fetcher: Fetcher | None = None
    ) -> OpResult[SourceResult]:
        """Sync one source by name (forced unless told otherwise)."""
        from ipt_desktop.core.sync.pipeline import sync_source

        result = sync_source(self, name, force=force, fetcher=fetcher)
        return OpResult(result, _synced(result.changes, [result.name]))

    def _source_store(self) -> SourceStore:
        from ipt_desktop.core.sync.sources import SourceStore  # loads minisign on first use, not at start-up

        return SourceStore(self.content.conn)


def _synced(changes: Changes, names: Iterable[str]) -> OpChanges:
    """A sync's record: the documents it changed, and the sources whose state it updated."""
    return OpChanges(content=changes, sources=frozenset(names))
