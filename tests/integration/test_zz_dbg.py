from tests.integration.test_views_browser import *
def test_dbg(watched):
    watched.open("/views/network")
    watched.wait_rendered()
    page = watched.page
    box = page.locator("#network canvas").bounding_box()
    print("box", box)
    print(page.evaluate("JSON.stringify(window.allianceView.network.getPositions())"))
    pos = page.evaluate("window.allianceView.domPosition('org.ngo-a')")
    print("pos", pos, page.evaluate("window.allianceView.network.getScale()"))
    page.wait_for_timeout(500)
    pos = page.evaluate("window.allianceView.domPosition('org.ngo-a')")
    print("pos later", pos)
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_timeout(500)
    print("last", page.evaluate("window.allianceView.lastDetails"), page.evaluate("window.allianceView.network.getSelectedNodes()"))
    watched.shot("dbg")
