"""The one service object of a process: the store, loading, and the analytics with their caches.

The CLI opens one for the length of a command, the API one for its lifetime (in the lifespan);
notebooks open one with `AllianceService.open(get_settings())`. Reading input (a CSV folder, a
page, an IATI file) is `ingest/`'s work: it hands the service a validated `Dataset`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from graph import bulkimport
from graph.analytics.findings import Finding
from graph.findings_service import AnalyticsService
from graph.loader import LoadReport, load_dataset
from graph.model import Dataset
from graph.read_cache import ReadCache
from graph.settings import Settings
from graph.store import GraphStore

Progress = Callable[[str, int, int], None]


def folder_source(folder: Path) -> str:
    """The load source of a data folder: its name (`alliance load ./data` and the bundled data
    are both `folder data`; an uploaded `data.zip` too)."""
    return f"folder {Path(folder).resolve().name}"


class AllianceService:
    def __init__(self, store: GraphStore, settings: Settings):
        self.store = store
        self.settings = settings
        self.analytics = AnalyticsService(store)
        # Encoded responses of the API's heavier reads, kept until the graph changes.
        self.reads = ReadCache(self.analytics.fingerprint,
                               peek=self.analytics.recent_fingerprint, size=len)

    @classmethod
    def connect(cls, settings: Settings, *, uri: str | None = None,
                start_local: bool = False) -> AllianceService:
        """Connect to Neo4j (`uri`, NEO4J_URI, or the local one, started if asked)."""
        if settings.uses_local and start_local and uri is None:
            from graph import localdb

            uri = localdb.start(settings)
        return cls(GraphStore.connect(settings, uri=uri), settings)

    @classmethod
    @contextlib.contextmanager
    def open(cls, settings: Settings, *, uri: str | None = None,
             start_local: bool = False) -> Iterator[AllianceService]:
        service = cls.connect(settings, uri=uri, start_local=start_local)
        try:
            yield service
        finally:
            service.close()

    def close(self) -> None:
        self.store.close()

    # --- loading ---------------------------------------------------------------------------

    def load(self, dataset: Dataset, *, what: str, source: str | None = None,
             replace: bool = False, progress: Progress | None = None) -> LoadReport:
        """Load a validated dataset on behalf of `source` (loading twice is harmless); with
        `replace`, what the source said before and does not say now is retracted."""
        return load_dataset(self.store, dataset, what=what, source=source, replace=replace,
                            progress=progress)

    def load_folder(self, folder: Path, dataset: Dataset, *, progress: Progress | None = None
                    ) -> LoadReport:
        """Load the dataset read from `folder`: it replaces what a folder of that name said.

        A big folder loaded first into an empty local store goes through the offline importer
        (the same graph, written without transactions; Neo4j restarts once), and otherwise
        through the loader.
        """
        what, source = f"folder {folder}", folder_source(folder)
        if bulkimport.worthwhile(dataset):
            with contextlib.suppress(bulkimport.NotImportable):
                return bulkimport.import_into_empty(self.settings, self.store, dataset,
                                                    what=what, source=source)
        return self.load(dataset, what=what, source=source, replace=True, progress=progress)

    def known_entities(self) -> list[dict[str, Any]]:
        """Names, aliases and acronyms of what the graph holds, for the readers to link to."""
        return self.store.read("known_entities")

    # --- analytics -------------------------------------------------------------------------

    def graph(self) -> nx.MultiDiGraph:
        """The projected graph (networkx), cached until the data changes."""
        return self.analytics.graph()

    def findings(self, kind: str, **params: Any) -> list[Finding]:
        return self.analytics.run(kind, **params)
