"""Response models of the API (pydantic): what consumers can rely on."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from graph.analytics.findings import About, Evidence


class Ref(BaseModel):
    """A short reference to another record, with what links it here."""

    model_config = ConfigDict(extra="allow")
    id: str
    name: str | None = None


class SourceRef(BaseModel):
    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None


class FindingItem(BaseModel):
    """A finding without the parameters and snapshot its whole list shares."""

    kind: str
    subject: list[str]
    about: About
    score: float
    rank: int
    explanation: str
    details: dict[str, Any]
    evidence: Evidence


class OrganisationSummary(BaseModel):
    id: str = Field(examples=["org.osce-osr-cthb"])
    name: str = Field(examples=["Office of the Special Representative and Co-ordinator for "
                                "Combating Trafficking in Human Beings"])
    acronym: str | None = Field(default=None, examples=["OSR/CTHB"])
    type: str = Field(examples=["igo_unit"])
    scope: str | None = None
    hq_country: str | None = Field(default=None, examples=["AUT"])
    parent: str | None = Field(default=None, examples=["org.osce"])


class Page(BaseModel):
    total: int = Field(description="How many records match, over all pages.")
    skip: int
    limit: int


class OrganisationPage(Page):
    items: list[OrganisationSummary]


class RecordPage(Page):
    items: list[dict[str, Any]]


class OrganisationDetail(BaseModel):
    organisation: dict[str, Any]
    parents: list[Ref] = Field(description="From the direct parent up to the top.")
    units: list[Ref]
    mandates: list[Ref]
    programme_count: int = Field(description="How many programmes it implements or funds "
                                 "that started by as_of, over all pages.")
    programmes: list[dict[str, Any]] = Field(description="A page of them, newest first "
                                             "(`programmes_skip`, `programmes_limit`).")
    partners: list[Ref]
    memberships: list[Ref]
    presences: list[Ref]
    people: list[Ref]
    sources: list[SourceRef]
    links: dict[str, str] = Field(description="Where the full lists are: `programmes` (paged, "
                                  "with countries, themes, implementers and funders) and "
                                  "`partnerships` (every link, with its evidence).")


class CountryDetail(BaseModel):
    country: dict[str, Any]
    as_of: str
    actors: list[Ref]
    programmes: list[dict[str, Any]]
    ratifications: list[Ref]
    memberships: list[Ref]
    indicators: list[dict[str, Any]]
    coverage: list[FindingItem] = Field(description="Coverage of each theme in this country.")


class RecordDetail(BaseModel):
    kind: str
    record: dict[str, Any]
    relationships: list[dict[str, Any]]
    sources: list[SourceRef]


class SearchHit(BaseModel):
    id: str
    kind: str
    name: str | None
    acronym: str | None = None
    score: float
    exact_match: bool = Field(default=False, description="The words are this record's exact "
                              "name, acronym or short name (such hits come first).")


class Link(BaseModel):
    id: str = Field(description="The other organisation.")
    name: str | None
    link: str = Field(description="partnership, shared_membership, joint_programme or part_of")
    detail: str | None = None
    via: str | None = Field(default=None, description="The shared organisation or programme.")
    sources: list[str] | None = None


class Path(BaseModel):
    nodes: list[dict[str, Any]]
    relationships: list[dict[str, Any]]


class NodeLink(BaseModel):
    """node-link JSON, as networkx.node_link_data writes it."""

    directed: bool = True
    multigraph: bool = True
    nodes: list[dict[str, Any]]
    links: list[dict[str, Any]]


class Findings(BaseModel):
    kind: str
    params: dict[str, Any] = Field(description="The parameters of the computation, with "
                                   "defaults resolved; the same for every finding.")
    scope: str = Field(description="The scope the filters describe, in words.")
    snapshot: dict[str, Any] = Field(description="The data the findings were computed on.")
    count: int = Field(description="Findings in scope, over all pages.")
    skip: int
    limit: int
    findings: list[FindingItem]


class LoadResult(BaseModel):
    what: str
    source: str | None = Field(default=None, description="The load source the records are "
                               "asserted by (a folder of the same name replaces them).")
    content_hash: str
    counts: dict[str, int]
    retracted: dict[str, int] = Field(default_factory=dict, description="Records and "
                                      "relationships the source asserted before and no more.")
    report: dict[str, Any] = Field(default_factory=dict)


class Health(BaseModel):
    status: str = Field(description="ok, ready, incomplete (a load began and did not "
                        "complete), starting or unavailable")
    neo4j: str | None = None
    schema_in_place: bool | None = None
    incomplete_loads: list[dict[str, Any]] | None = None
    detail: str | None = None


class Problem(BaseModel):
    """An error, as `application/problem+json` (RFC 9457)."""

    type: str = "about:blank"
    title: str = Field(examples=["Not found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["no organisation with id 'org.nope'"])
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="Every field error, for invalid data and parameters.")


_WORDS = {
    400: "The request body is not well-formed (e.g. broken multipart data)",
    401: "A key is needed (X-API-Key)",
    403: "Loading over HTTP is off",
    404: "No record with that id",
    413: "Upload too large",
    415: "The upload is not sent as multipart/form-data",
    422: "Invalid parameters or data; every error is listed",
    503: "Neo4j is unreachable; retry after the Retry-After seconds",
    504: "The query ran past its time limit",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the errors an endpoint may answer with."""
    return {
        status: {"description": _WORDS[status], "model": Problem,
                 "content": {"application/problem+json": {}}}
        for status in statuses
    }


def html_problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The same errors answered by the views: an HTML page a person reads, with the choices."""
    return {status: {"description": _WORDS[status] + " (an HTML page)",
                     "content": {"text/html": {"schema": {"type": "string"}}}}
            for status in statuses}
