"""Settings from the environment, in one typed object read once.

Neo4j's own variable names (`NEO4J_URI`, …) are kept because users of Neo4j already know
them; the project's own settings use the `ALLIANCE_` prefix.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_state_dir() -> Path:
    """A user-writable folder outside any installed package (XDG state home)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "alliance-graph"


def _memory_size(value: str) -> str:
    if not re.fullmatch(r"[1-9][0-9]*[kKmMgG]?", value):
        raise ValueError(f"got {value!r}, expected a size as Java and Neo4j take it: a whole "
                         "number of bytes, or followed by k, m or g (512m, 2g)")
    return value


#: A memory size as Java and Neo4j take it.
MemorySize = Annotated[str, AfterValidator(_memory_size)]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ALLIANCE_", extra="ignore", populate_by_name=True)

    neo4j_uri: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NEO4J_URI", "ALLIANCE_NEO4J_URI"),
        description="Bolt or neo4j:// URI of a Neo4j 5 server; unset means the local embedded one.",
    )
    neo4j_user: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_USER"))
    neo4j_password: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_PASSWORD")
    )
    neo4j_database: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_DATABASE"))

    state_dir: Path = Field(
        default_factory=default_state_dir,
        description="Where the local Neo4j keeps its store, logs and pid file "
        "(default: $XDG_STATE_HOME/alliance-graph, i.e. ~/.local/state/alliance-graph).",
    )
    local_port: int = Field(default=7687, description="Bolt port of the local Neo4j.")
    local_heap: MemorySize = Field(default="2g", description="Java heap of the local Neo4j "
                                   "(a size: 512m, 2g).")
    local_page_cache: MemorySize = Field(
        default="1g", description="Page cache of the local Neo4j, the store's pages kept in "
        "memory (a size: 512m, 4g): the bundled data at ten times its size takes a fraction of "
        "the default; raise it for a larger store.")
    start_timeout: float = Field(default=120.0, description="Seconds to wait for Bolt to answer.")
    query_timeout: float = Field(default=30.0, description="Seconds a read query may run.")
    read_staleness: float = Field(default=1.0, ge=0, le=60, description="Seconds for which a "
                                  "kept read (API responses, the projection) may still be "
                                  "served after a load by another process changed the graph; "
                                  "a load by the same process is seen at once. 0 asks Neo4j "
                                  "whether the graph changed on every read.")
    batch_size: int = Field(default=5000, ge=1, description="Records per write transaction.")
    load_wait: float = Field(default=600.0, ge=0, description="Seconds a load waits for "
                             "another process's load of the same store to end before it fails "
                             "(0: fail at once).")
    load_lease: float = Field(default=60.0, gt=0, description="Seconds a load's lock on the "
                              "store lasts unless its holder renews it (it does, every third): "
                              "how long a crashed load can block the next one.")
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, description="Largest upload.")
    max_unpacked_bytes: int = Field(default=100 * 1024 * 1024, description="Largest data "
                                    "folder once a zipped upload is unpacked.")
    upload_dir: Path | None = Field(default=None, description="Where uploads are kept while "
                                    "they are read (default: the system's temporary folder).")
    api_key: SecretStr | None = Field(default=None, description="Key for loading over HTTP.")
    read_key: SecretStr | None = Field(default=None, description="Key for reads, if set.")
    views_url: str | None = Field(
        default=None, description="Where `alliance serve` runs for readers of standalone views "
        "and notebooks (e.g. http://127.0.0.1:8000): their links and filters open there; unset "
        "means relative links.")

    @property
    def uses_local(self) -> bool:
        return not self.neo4j_uri


@lru_cache
def get_settings() -> Settings:
    return Settings()
