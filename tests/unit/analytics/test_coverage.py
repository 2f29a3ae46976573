"""Coverage, need and gaps."""

import pytest

from graph.analytics import Need, coverage, coverage_gaps, default_need
from graph.analytics.coverage import describe_need

from .builders import AS_OF, GraphBuilder


def _world() -> GraphBuilder:
    """AUT: TIP 3 (2023), not party to Palermo, no coordinator -> need 5; one programme on
    sub-theme S (under pillar P) by org.a. SRB: party to Palermo, TIP 1 -> need 1 + 1 (no
    coordinator) = 2; no programme. ZZZ: no edge at all (no data). Themes P, S (sub of P), Q."""
    b = GraphBuilder(snapshot={"content_hash": "abc", "loaded_at": "2024-06-01T00:00:00"})
    b.country("AUT").country("SRB").country("ZZZ").org("org.a").un_member("AUT", "SRB")
    b.theme("theme.p").theme("theme.s", parent="theme.p").theme("theme.q")
    b.node("mandate.palermo-protocol", "Mandate")
    b.indicator("AUT", 2023, 3.0).indicator("SRB", 2023, 1.0)
    b.link("SRB", "mandate.palermo-protocol", "PARTY_TO", start="2005-01-01")
    b.programme("prog.1", countries=["AUT"], themes=["theme.s"], implementers=["org.a"])
    return b


def test_default_need_uses_the_newest_gsi_edition_before_the_date_and_says_which():
    """as_of 2024. MDA: GSI vulnerability 0.5 (2018) and 0.4 (2023), 0.9 (2025: after as_of,
    ignored) -> 2 × 0.4 = 0.8 from the 2023 edition; TIP 2 (2023). Not party to Palermo +1,
    no coordinator +1 (not a CoE member here) -> 2 + 0.8 + 1 + 1 = 4.8."""
    b = GraphBuilder().country("MDA").un_member("MDA")
    b.node("mandate.palermo-protocol", "Mandate")
    b.indicator("MDA", 2023, 2.0)
    for year, score in ((2018, 0.5), (2023, 0.4), (2025, 0.9)):
        b.indicator("MDA", year, score, indicator="gsi_vulnerability")
    need = default_need(b.G, "MDA", AS_OF)
    assert need.score == pytest.approx(4.8)
    assert need.components["gsi"] == pytest.approx(0.8)
    assert need.components["gsi_year"] == 2023.0
    assert "ind.mda-gsi_vulnerability-2023" in need.nodes


def test_default_need_adds_latest_tip_score_and_missing_commitments():
    """as_of 2024. MDA: TIP 2 (2021), 3 (2023), 1 (2025, after as_of: ignored) -> 3;
    not party to Palermo +1; CoE member and not party to CETS 197 +1 (its PARTY_TO starts
    2025); no coordinator +1 -> 6. MNE: party to both, CoE member, coordinator operating there,
    no TIP indicator -> 0, flagged as missing."""
    b = GraphBuilder().country("MDA").country("MNE").org("org.coe", type="igo")
    b.un_member("MDA", "MNE")
    b.org("org.mne-nc", type="national_coordinator")
    b.node("mandate.palermo-protocol", "Mandate").node("mandate.cets-197", "Mandate")
    b.indicator("MDA", 2021, 2.0).indicator("MDA", 2023, 3.0).indicator("MDA", 2025, 1.0)
    b.link("MDA", "org.coe", "MEMBER_OF").link("MNE", "org.coe", "MEMBER_OF")
    b.link("MDA", "mandate.cets-197", "PARTY_TO", start="2025-01-01")
    b.link("MNE", "mandate.palermo-protocol", "PARTY_TO", start="2006-01-01")
    b.link("MNE", "mandate.cets-197", "PARTY_TO", start="2008-01-01")
    b.link("org.mne-nc", "MNE", "OPERATES_IN")
    mda, mne = default_need(b.G, "MDA", AS_OF), default_need(b.G, "MNE", AS_OF)
    assert mda.score == 6.0
    assert mda.components == {
        "tip_tier": 3.0,
        "tip_tier_year": 2023.0,
        "gsi": 0.0,
        "gsi_missing": 1.0,
        "not_party_palermo": 1.0,
        "not_party_cets197": 1.0,
        "no_national_coordinator": 1.0,
    }
    assert "ind.mda-tip-2023" in mda.nodes
    assert mne.score == 0.0
    assert mne.components["tip_tier_missing"] == 1.0


def test_default_need_adds_no_palermo_term_for_a_country_outside_the_un():
    """XKX (Kosovo-like): not a UN member, so not being party to Palermo is no missing
    commitment; SRB, a UN member that is not party, gets the + 1 term and says so."""
    b = GraphBuilder().country("XKX").country("SRB").un_member("SRB")
    b.node("mandate.palermo-protocol", "Mandate")
    b.indicator("XKX", 2023, 2.0).indicator("SRB", 2023, 2.0)
    xkx, srb = default_need(b.G, "XKX", AS_OF), default_need(b.G, "SRB", AS_OF)
    assert "not_party_palermo" not in xkx.components
    assert xkx.score == srb.score - 1.0
    assert srb.components["not_party_palermo"] == 1.0
    assert "Palermo" in describe_need(srb.components)
    assert "Palermo" not in describe_need(xkx.components)


def test_gaps_rank_uncovered_cells_by_need_and_report_no_data_countries_apart():
    """Covered: (AUT,S) and (AUT,P) by roll-up. Gaps, by need: (AUT,Q) 5; then the three SRB
    cells at 2 (by theme id: p, q, s). Then one no_data finding for ZZZ. Nothing else."""
    found = coverage_gaps(_world().G, as_of=AS_OF)
    assert [(f.kind, f.subject, f.score) for f in found] == [
        ("coverage_gap", ["AUT", "theme.q"], 5.0),
        ("coverage_gap", ["SRB", "theme.p"], 2.0),
        ("coverage_gap", ["SRB", "theme.q"], 2.0),
        ("coverage_gap", ["SRB", "theme.s"], 2.0),
        ("no_data", ["ZZZ"], 0.0),
    ]
    assert found[0].details["status"] == "no_actor"


def test_max_coverage_also_lists_thinly_covered_cells_with_their_gap():
    """With max_coverage 1, AUT's covered cells (coverage 1: one lead) join the list with
    gap 5 / (1 + 1) = 2.5, between (AUT,Q) 5 and the SRB cells at 2."""
    found = coverage_gaps(_world().G, as_of=AS_OF, max_coverage=1.0, include_no_data=False)
    assert [(f.subject, f.score) for f in found][:3] == [
        (["AUT", "theme.q"], 5.0),
        (["AUT", "theme.p"], 2.5),
        (["AUT", "theme.s"], 2.5),
    ]
    assert len(found) == 6


def test_coverage_reports_every_cell_with_status_need_and_gap():
    """3 countries × 3 themes = 9 cells; ZZZ's are no_data with no need or gap."""
    found = coverage(_world().G, as_of=AS_OF)
    status = {tuple(f.subject): f.details["status"] for f in found}
    assert len(found) == 9
    assert status[("AUT", "theme.p")] == "covered"
    assert status[("AUT", "theme.q")] == "no_actor"
    assert status[("ZZZ", "theme.p")] == "no_data"
    aut_p = next(f for f in found if f.subject == ["AUT", "theme.p"])
    assert aut_p.details["gap"] == pytest.approx(2.5)
    assert aut_p.details["actors"] == {"org.a": ["lead"]}
    assert "prog.1" in aut_p.evidence.nodes
    assert "src.implements:org.a->prog.1" in aut_p.evidence.sources


def test_need_function_is_replaceable_and_named_in_params():
    """A flat need of 1 makes every uncovered cell of a country with data a gap of 1."""

    def flat_need(G, country, as_of):
        return Need(1.0)

    found = coverage_gaps(_world().G, as_of=AS_OF, need=flat_need, include_no_data=False)
    assert {f.score for f in found} == {1.0}
    assert len(found) == 4
    assert found[0].params["need"].endswith("flat_need")
