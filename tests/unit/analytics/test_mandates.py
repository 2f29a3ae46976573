"""Mandate-action gaps."""

from graph.analytics import mandates_without_action, programmes_without_mandate

from .builders import AS_OF, GraphBuilder


def _world() -> GraphBuilder:
    """Themes P (pillar) with sub-theme S, pillars Q and R. mandate.m covers P and Q.

    Countries: AUT party to m since 2005; SRB party from 2030 (not yet).
    Organisations: org.o holds m (implements); org.g holds m (monitors only); org.k holds m
    (bound_by) and its unit org.k1 is PART_OF org.k; org.z holds nothing.
    Programmes (all active): prog.1 AUT/S by org.o; prog.2 SRB/Q by org.k1; prog.3 SRB/R by
    org.z; prog.4 AUT/P by org.z; prog.5 AUT, no theme, by org.z; prog.old AUT/Q by org.o
    ended 2024-05-31.

    Countries: AUT is bound on P (acted on by prog.1 via S, and prog.4) and Q (prog.old ended)
      -> (AUT, Q). SRB is not yet a party -> nothing.
    Organisations: org.o on P (prog.1 via S) and Q (nothing active) -> (org.o, Q); org.g
      monitors only -> nothing; org.k on Q (prog.2 by its unit) and P (nothing) -> (org.k, P).
    Programmes without mandate: prog.1 (org.o's m covers P, above S), prog.2 (org.k's m via
      PART_OF), prog.4 (AUT party to m covering P) are backed; prog.5 has no theme; prog.3 (R,
      by org.z, in SRB not yet party) -> only prog.3."""
    b = GraphBuilder().country("AUT").country("SRB")
    b.theme("theme.p").theme("theme.s", parent="theme.p").theme("theme.q").theme("theme.r")
    b.mandate("mandate.m", themes=["theme.p", "theme.q"])
    b.link("AUT", "mandate.m", "PARTY_TO", start="2005-01-01")
    b.link("SRB", "mandate.m", "PARTY_TO", start="2030-01-01")
    for org in ("org.o", "org.g", "org.k", "org.k1", "org.z"):
        b.org(org)
    b.link("org.o", "mandate.m", "HOLDS_MANDATE", role="implements")
    b.link("org.g", "mandate.m", "HOLDS_MANDATE", role="monitors")
    b.link("org.k", "mandate.m", "HOLDS_MANDATE", role="bound_by")
    b.link("org.k1", "org.k", "PART_OF")
    b.programme("prog.1", countries=["AUT"], themes=["theme.s"], implementers=["org.o"])
    b.programme("prog.2", countries=["SRB"], themes=["theme.q"], implementers=["org.k1"])
    b.programme("prog.3", countries=["SRB"], themes=["theme.r"], implementers=["org.z"])
    b.programme("prog.4", countries=["AUT"], themes=["theme.p"], implementers=["org.z"])
    b.programme("prog.5", countries=["AUT"], implementers=["org.z"])
    b.programme(
        "prog.old", countries=["AUT"], themes=["theme.q"], implementers=["org.o"], end="2024-05-31"
    )
    return b


def test_mandates_without_action_for_countries_and_organisations():
    found = mandates_without_action(_world().G, as_of=AS_OF)
    assert sorted((f.kind, tuple(f.subject)) for f in found) == [
        ("country_mandate_without_action", ("AUT", "theme.q")),
        ("organisation_mandate_without_action", ("org.k", "theme.p")),
        ("organisation_mandate_without_action", ("org.o", "theme.q")),
    ]
    aut = next(f for f in found if f.subject == ["AUT", "theme.q"])
    assert aut.score == 1.0
    assert aut.details["mandates"] == ["mandate.m"]
    assert "party_to:AUT->mandate.m" in aut.evidence.edges
    assert "covers:mandate.m->theme.q" in aut.evidence.edges


def test_monitoring_role_counts_when_asked():
    """With every role acting, org.g (monitors m, runs nothing) lacks action on P and Q."""
    roles = ["established_by", "monitors", "implements", "bound_by", "custodian"]
    found = mandates_without_action(_world().G, as_of=AS_OF, acting_roles=roles)
    assert [f.subject for f in found if f.subject[0] == "org.g"] == [
        ["org.g", "theme.p"],
        ["org.g", "theme.q"],
    ]


def test_programme_without_mandate_is_only_the_unbacked_one():
    found = programmes_without_mandate(_world().G, as_of=AS_OF)
    assert [f.subject for f in found] == [["prog.3"]]
    assert found[0].details["actors"] == ["org.z"]
