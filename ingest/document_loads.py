"""How an ingested document (a page, an IATI file) owns what it says in the graph.

Each document is one load source (`graph.loader`), loaded with `replace=True`: ingesting it
again makes the graph say what its new version says, and retracts what only its old version
said. Two rules make that safe across documents:

* a document is resolved against the graph *without* the records it alone asserted before
  (`resolvable`): its new version makes them again if it still says them, instead of linking
  to records that its own replacement is about to retract;
* a record that another document made (a person a page named, an organisation an IATI file
  created) and that this document links to is asserted by this document too (`relied_on`),
  citing this document and saying no more than the record needs to exist (its required
  fields), so that it stays while any document links to it and keeps nothing stale once the
  document that said more stops saying it.
  Records of data folders are not: a folder is the curated list of what exists, and a record
  it removes goes (with the links documents made to it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from graph import model as m
from graph.model import Dataset
from ingest.resolve import Known

#: The load sources of ingested documents start so: a page by its address or its content
#: (`ingest.page_load.page_source`), an IATI file by its name (`iati_load.iati_source`).
DOCUMENT_PREFIXES = ("page http://", "page https://", "page sha1:", "iati file ")

_LINKABLE: dict[str, type[m.Record]] = {
    cls.label.value: cls
    for cls in (m.Organisation, m.Person, m.Event, m.Country, m.Theme, m.Mandate)}


def resolvable(known: Iterable[Known], source: str) -> list[Known]:
    """The entities a document loaded as `source` may link to: all but those it alone asserts."""
    return [k for k in known if k.asserted_by != (source,)]


def relied_on(store: Any, dataset: Dataset, known: Iterable[Known], *, source: str,
              cites: str) -> list[m.Record]:
    """The records other documents made that `dataset` links to without holding them: each
    with the graph's values of its required fields, citing `cites` (this document's source)."""
    held = {e.id for e in dataset.entities}
    ends = {end for rel in dataset.relations for end in (rel.start_id, rel.end_id)} - held
    wanted: dict[str, list[str]] = defaultdict(list)
    for k in known:
        owners = k.asserted_by
        # Asserted before by this document and others alike: asserted again, or the
        # replacement would withdraw this document's claim.
        if (k.id in ends and k.label in _LINKABLE and any(o != source for o in owners)
                and all(o.startswith(DOCUMENT_PREFIXES) for o in owners)):
            wanted[k.label].append(k.id)
    out: list[m.Record] = []
    for label, ids in sorted(wanted.items()):
        cls = _LINKABLE[label]
        for row in store.read("claims_of_nodes", identifiers={"label": label}, ids=ids):
            props = {k: v for k, v in row["props"].items()
                     if k == "checked" or (k in cls.model_fields
                                           and cls.model_fields[k].is_required())}
            out.append(cls.model_validate({**props, "sources": [cites]}))
    return out
