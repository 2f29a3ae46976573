"""Analytics of Alliance Graph: pure functions over the projected ``nx.MultiDiGraph``.

Every public function reads ``G`` (see ``docs/analytics.md`` for the projection contract), takes
keyword options (``as_of`` defaults to today) and returns a list of `Finding`, each with its
evidence, parameters and snapshot. Nothing here does I/O or knows Neo4j; `frames` turns results
into pandas DataFrames.
"""

from .activity import ROLE_WEIGHTS, active_cells, is_active
from .coordination import brokers, isolated_actors, unlinked_pairs
from .coverage import Need, NeedFunction, coverage, coverage_gaps, default_need
from .findings import AllianceError, Evidence, Finding, InvalidData, NotFound
from .mandates import mandates_without_action, programmes_without_mandate
from .network import (
    LINK_WEIGHTS,
    centrality,
    collaboration_network,
    communities,
    community_alignment,
    formal_groups,
)
from .overlaps import duplicate_programmes, similar_actors
from .recommend import recommend_partners
from .whatif import what_if

__all__ = [
    "LINK_WEIGHTS",
    "ROLE_WEIGHTS",
    "AllianceError",
    "Evidence",
    "Finding",
    "InvalidData",
    "Need",
    "NeedFunction",
    "NotFound",
    "active_cells",
    "brokers",
    "centrality",
    "collaboration_network",
    "communities",
    "community_alignment",
    "coverage",
    "coverage_gaps",
    "default_need",
    "duplicate_programmes",
    "formal_groups",
    "is_active",
    "isolated_actors",
    "mandates_without_action",
    "programmes_without_mandate",
    "recommend_partners",
    "similar_actors",
    "unlinked_pairs",
    "what_if",
]
