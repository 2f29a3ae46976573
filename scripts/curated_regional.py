#!/usr/bin/env python3
"""Write the hand-curated regional-body, NGO-network and national-coordinator records as
``data/*.regional.csv``.

The records transcribe sections 7 (regional bodies and processes), 8 (NGOs and networks) and
9 (national anti-trafficking coordinators and rapporteurs of OSCE participating States) of the
shared reference file ``shared/data/reference/facts.md``.  Only facts marked *seen* or *inferred*
there are used; rows marked "not verified" are left out.  Every record cites ``src.reg-*``
sources (or, where the very same URL is already a source of ``sources.osce.csv``, that source).

Ids defined elsewhere in the folder (``*.osce.csv``, ``*.usdos.csv``, the international helper's
files) are referenced, never redefined: an entity row whose id another file already defines is
skipped with a warning.

Stdlib only.  Rows are written with ``csv.DictWriter`` in the column order of
``docs/data-format.md``; running the script twice gives identical files.
"""
from __future__ import annotations

import sys

from curated_common import MIRROR, Part

PART = "regional"


P = Part("regional", source_prefix="src.reg-")
event, held, mandate, member, org, part, partner, person, presence, role, src = (
    P.event, P.held, P.mandate, P.member, P.org, P.part, P.partner, P.person, P.presence, P.role, P.src)


# ============================================================================================
# Sources: one row per distinct URL (url exactly as in facts.md)
# ============================================================================================




def S(*keys: str) -> str:
    """Source ids: keys starting with 'osce-' are existing src.osce-* ids, others src.reg-*."""
    return ";".join(("src." + k) if k.startswith("osce-") else ("src.reg-" + k) for k in keys)


# --- section 7: regional bodies and processes
src("cbss-tf-thb", "Task Force against Trafficking in Human Beings (TF-THB)", "Council of the Baltic Sea States",
    "https://cbss.org/cbss-bodies/tf-thb/")
src("slideplayer-cbss-2009", "Presentation on the CBSS Task Force against Trafficking in Human Beings (2009 slides, copy)",
    "slideplayer.com (document host)", "https://slideplayer.com./slide/13178097", "document",
    note=MIRROR)
src("cbss-2022-10-26", "Task Force against Trafficking in Human Beings: first expert meeting during the German "
    "Presidency opened by State Secretary Lilian Tschan", "Council of the Baltic Sea States",
    "https://cbss.org/2022/10/26/task-force-against-trafficking-in-human-beings-first-expert-"
    "meeting-during-the-german-presidency-opened-by-state-secretary-lilian-tschan/",
    "press_release", "2022-10-26")
src("selec-p646", "SELEC: 07 October 2016 (anniversary of SELEC as successor of the SECI Center)", "SELEC",
    "http://www.selec.org/p646/07+October+2016")
src("selec-p447", "How SELEC works", "SELEC", "http://www.selec.org/p447/How+SELEC+works")
src("pilac-selec", "Southeast European Law Enforcement Center (SELEC): anti-terrorism task force "
    "(Europe region efforts)", "Harvard Law School Program on International Law and Armed Conflict",
    "https://pilac.law.harvard.edu/europe-region-efforts//southeast-european-law-enforcement-"
    "center-selec-anti-terrorism-task-force?format=amp")
src("selec-mirage-19", "19th meeting of Mirage Task Force on human trafficking and migrant smuggling",
    "SELEC", "https://www.selec.org/19th-meeting-of-mirage-task-force-on-human-trafficking-and-"
    "migrant-smuggling/", "press_release")
src("selec-mirage-28", "Countering Trafficking in Human Beings and Illegal Migration Task Force meeting",
    "SELEC", "https://www.selec.org/countering-trafficking-in-human-beings-and-illegal-migration-"
    "task-force-meeting-2/", "press_release")
src("marri-collective", "Migration and refugees: collective efforts for joint regional response",
    "MARRI Regional Centre", "http://marri-rc.org.mk/migration-and-refugees-collective-efforts-"
    "for-joint-regional-response/")
src("marri-past-8", "MARRI past events (page 8)", "MARRI Regional Centre",
    "https://marri-rc.org.mk/past-events/page/8")
src("dfat-bali", "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational "
    "Crime", "Australian Government, Department of Foreign Affairs and Trade",
    "https://dfat.gov.au/node/128522")
src("wikimili-bali", "Bali Process (Wikipedia article, mirror)", "WikiMili (Wikipedia mirror); original: Wikipedia",
    "https://wikimili.com/en/Bali_Process", note=MIRROR)
src("baliprocess-som5", "Senior Officials' Meeting (Bali Process event page)", "Bali Process",
    "https://baliprocess.net/event/senior-officials-meeting-5/")
src("docslib-bali", "Bali Process on People Smuggling, Trafficking in Persons and Related "
    "Transnational Crime (document copy)", "docslib.org (document host)",
    "https://docslib.org/doc/1976451/bali-process-on-people-smuggling-trafficking-in-persons-"
    "and-related-transnational-crime", "document", note=MIRROR)
src("1343-actip", "ASEAN leaders sign key convention against trafficking in persons",
    "1343 Actionline against Human Trafficking (Philippines)",
    "https://1343actionline.ph/1067-asean-leaders-sign-key-convention-against-trafficking-in-persons",
    date="2015-11")
src("respect-actip", "ASEAN ACTIP: using a regional legal framework to fight a global crime",
    "RESPECT International", "https://respect.international/asean-actip-using-a-regional-legal-"
    "framework-to-fight-a-global-crime")
src("canadianinquirer-actip", "ASEAN convention vs trafficking in persons enters into force",
    "Canadian Inquirer", "https://canadianinquirer.net/v1/2017/02/12/asean-convention-vs-"
    "trafficking-in-persons-enters-into-force", date="2017-02-12")
src("asean-actip", "A step closer for entry into force of the ASEAN Convention against "
    "Trafficking in Persons", "ASEAN Secretariat", "https://asean.org/a-step-closer-for-entry-"
    "into-force-of-the-asean-convention-against-trafficking-in-persons/", "press_release")
src("docest-oas-workplan", "Work Plan against Trafficking in Persons in the Western Hemisphere "
    "(AG/RES. 2551, document copy)", "docest.com (document host); original: OAS General Assembly",
    "https://docest.com/work-plan-against-trafficking-in-persons-in-the-western-hemisphere",
    "document", note=MIRROR)
src("docest-oas-pc", "OAS Permanent Council document OEA/Ser.K/XXXIX.2 (document copy)",
    "docest.com (document host); original: OAS", "https://docest.com/doc/381528/permanent-"
    "council-of-theoea-ser-k-xxxix-2", "document", note=MIRROR)
src("oas-e-494-14", "OAS press release E-494/14: meeting of national authorities on trafficking "
    "in persons, Brasília", "Organization of American States",
    "https://oas.org/en/media_center/press_release.asp?sCodigo=E-494%2F14", "press_release", "2014")
src("oas-publications", "OAS Secretariat for Multidimensional Security: publications", "Organization of "
    "American States", "http://www.oas.org/en/sms/publications.asp?IE=00P017")
src("oas-2nd-workplan", "2nd Work Plan against Trafficking in Persons in the Western Hemisphere "
    "2015-2020 (Crime Prevention Network digital library)", "Organization of American States",
    "https://www.oas.org/ext/en/security/crime-prevention-network/Resources/Digital-Library/2nd-"
    "work-plan-against-trafficking-in-persons-in-the-western-hemisphere-2015-2020", "document")
src("docest-almaty-2011", "Ministerial Conference on Refugee Protection and International "
    "Migration (Almaty, document copy)", "docest.com (document host)",
    "https://docest.com/doc/149540/ministerial-conference-on-refugee-protection-and-"
    "international-migration", "document", note=MIRROR)
src("iom-almaty", "Almaty Process", "International Organization for Migration",
    "https://www.iom.int/almaty-process")
src("iom-tjk-almaty", "Governments of Central Asia connected in Dushanbe to manage mixed migration "
    "and support asylum", "IOM Tajikistan", "https://tajikistan.iom.int/news/governments-central-"
    "asia-connected-dushanbe-manage-mixed-migration-and-support-asylum", "press_release")
src("unhcr-almaty", "Almaty Process", "UNHCR Central Asia",
    "https://www.unhcr.org/centralasia/en/almaty-process")
# --- section 8: NGOs and networks
src("wikial-lsi", "La Strada International Association (German Wikipedia article, mirror)",
    "wikial.top (Wikipedia mirror); original: Wikipedia",
    "https://de.wikial.top/wiki/La_Strada_International_Association", note=MIRROR)
src("lastrada-by", "La Strada Belarus (English home page)", "La Strada Belarus",
    "https://www.lastrada.by/en/")
src("bluebird-lastrada", "La Strada Czech Republic: how we help (organisation profile)",
    "Nadace Bluebird (Bluebird Foundation)", "http://bluebird-nadace.cz/projects/lastrada/help.htm")
src("publika-2649575", "News item on anti-trafficking projects in Moldova", "Publika.md",
    "https://en.publika.press/2649575")
src("fwcis-2009", "FWC invited to La Strada International NGO Platform meeting (blog post)",
    "fwcis.blogspot.com (blog)", "http://fwcis.blogspot.com/2009/10/fwc-invited-to-la-strada-international.html",
    date="2009-10")
src("wp-asi", "Anti-Slavery International (Wikipedia article)", "Wikipedia",
    "https://en.wikipedia.org/wiki/Anti-Slavery_International")
src("alchetron-asi", "Anti-Slavery International (Alchetron encyclopedia page)", "Alchetron",
    "https://alchetron.com/Anti-Slavery-International")
src("unth-face-history", "History of ECPAT (UN inter-agency trafficking project, FACE pages)",
    "United Nations in Thailand (UN Inter-Agency Project on Human Trafficking)",
    "https://old.un.or.th/TraffickingProject/FACE/History/history.html")
src("ecpat-de-30", "30-jähriges Jubiläum von ECPAT International (30th anniversary)",
    "ECPAT Deutschland", "https://ecpat.de/2020/05/05/30-jaehriges-jubilaeum-von-ecpat-international/",
    date="2020-05-05")
src("gaatw-history", "GAATW history", "Global Alliance Against Traffic in Women",
    "http://gaatw.org/about-us/history")
src("gaatw-20", "Global Alliance Against Traffic in Women (GAATW) celebrates 20 years with members "
    "from around the world", "Global Alliance Against Traffic in Women",
    "http://gaatw.org/events-and-news/68-gaatw-news/775-global-alliance-against-traffic-in-women-"
    "gaatw-celebrates-20-years-with-members-from-around-the-world", "press_release", "2014")
src("tdh-60", "Terre des hommes celebrates its 60th anniversary", "Terre des hommes (Lausanne)",
    "https://www.tdh.ch/en/terre-hommes-celebrates-its-60th-anniversary", date="2020")
src("davel-tdh", "Terre des hommes (archival authority record)", "Archives cantonales vaudoises (DAVEL)",
    "https://davel.vd.ch/partnerdetail.aspx?ID=834941")
src("anotherme-mission", "Mission (anotherme.org, Terre des hommes child trafficking campaign site)",
    "anotherme.org (Terre des hommes campaign site)", "http://www.anotherme.org/mission.htm")
src("anotherme-tdh", "Terre des hommes (anotherme.org campaign site)",
    "anotherme.org (Terre des hommes campaign site)", "http://www.anotherme.org/tdh.htm")
src("kok-ev", "Der KOK e.V.", "KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel",
    "https://www.kok-gegen-menschenhandel.de/der-kok/der-kok-ev")
src("kok-presse", "Allgemeine Informationen (press information)",
    "KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel",
    "https://www.kok-gegen-menschenhandel.de/presse/allgemeine-informationen")
src("kok-verein", "Der Verein", "KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel",
    "https://www.kok-gegen-menschenhandel.de/der-kok/der-verein")
src("wikimili-freedom-fund", "Freedom Fund (Wikipedia article, mirror)",
    "WikiMili (Wikipedia mirror); original: Wikipedia", "https://wikimili.com/en/Freedom_Fund",
    note=MIRROR)
src("lawsdocbox-ff-2015", "Freedom Fund annual impact report 2015 (document copy)",
    "lawsdocbox.com (document host); original: The Freedom Fund",
    "http://lawsdocbox.com/Immigration/115928640-Annual-impact-report-2015.html", "document",
    note=MIRROR)
src("wikimili-walk-free", "Walk Free (Wikipedia article, mirror)",
    "WikiMili (Wikipedia mirror); original: Wikipedia", "https://wikimili.com/en/Walk_Free",
    note=MIRROR)
src("gsi-media", "Global Slavery Index: media", "Walk Free (Global Slavery Index)",
    "https://legacy.globalslaveryindex.org/media/")
src("medsyn-2018-07", "Blog archive July 2018 (medsyn.blogspot.com)", "medsyn.blogspot.com (blog)",
    "http://medsyn.blogspot.com/2018/07/", date="2018-07")
src("wikimili-polaris", "Polaris Project (Wikipedia article, mirror)",
    "WikiMili (Wikipedia mirror); original: Wikipedia", "https://wikimili.com/en/Polaris_Project",
    note=MIRROR)
src("atina-tirana-2016", "Transnational anti-trafficking training for Albanian, BiH and Moldovan "
    "stakeholders, Tirana, 6-7 December", "NGO Atina",
    "http://www.atina.org.rs/en/transnational-anti-trafficking-training-albanian-bih-and-moldovan-"
    "stakeholders-tirana-6-7-december")
src("docslib-fsf-2020", "Freedom from Slavery Forum 2020: participation (document copy)",
    "docslib.org (document host)", "https://docslib.org/doc/7129443/2020-forum-participation-44",
    "document", note=MIRROR)
# --- section 9: national coordinators and rapporteurs
src("mvcr-nld", "Netherlands (national anti-trafficking structures, country page)",
    "Ministry of the Interior of the Czech Republic", "https://www.mvcr.cz/mvcren/article/netherlands.aspx")
src("lsi-dutch-nr-4", "Trafficking in human beings: supplementary figures, fourth report of the "
    "Dutch National Rapporteur (La Strada International documentation centre)",
    "La Strada International", "https://documentation.lastradainternational.org/doc-center/1157/"
    "trafficking-in-human-beings-supplementary-figures-fourth-report-of-the-dutch-national-rapporteur",
    "document")
src("dutchrapporteur-2017", "Corinne Dettmeijer appointed Officer in the Order of Oranje-Nassau",
    "Dutch National Rapporteur on Trafficking in Human Beings and Sexual Violence against Children",
    "https://www.dutchrapporteur.nl/latest/news/2017/11/15/corinne-dettmeijer-appointed-officer-in-"
    "the-order-of-oranje-nassau", "press_release", "2017-11-15")
src("fawco-wdatip", "World Day against Trafficking in Persons", "FAWCO (Federation of American Women's "
    "Clubs Overseas)", "https://fawco.org./global-issues/human-rights/human-rights-articles/4901-"
    "world-day-against-trafficking-in-persons")
src("uk-lords-msa", "House of Lords Select Committee on the Modern Slavery Act 2015, report chapter "
    "(ldmodslav/8/809)", "UK Parliament",
    "https://publications.parliament.uk/pa/ld5901/ldselect/ldmodslav/8/809.htm", "document")
src("csw-hyland", "Home Office appoints first Independent Anti-Slavery Commissioner",
    "Civil Service World", "https://civilserviceworld.com/professions/article/home-office-appoints-"
    "first-independent-antislavery-commissioner", date="2014-11")
src("care-hyland", "New Anti-Slavery Commissioner announced", "CARE (Christian Action Research and Education)",
    "https://www.care.org.uk/news/latest-news/new-anti-slavery-commissioner-announced")
src("iasc-about", "The Independent Anti-Slavery Commissioner", "Independent Anti-Slavery Commissioner",
    "https://antislaverycommissioner.co.uk/about-the-commissioners-office/the-independent-anti-"
    "slavery-commissioner")
src("ihmiskauppa-ndo", "Non-Discrimination Ombudsman (anti-trafficking action in Finland)",
    "Non-Discrimination Ombudsman of Finland (ihmiskauppa.fi)",
    "http://www.ihmiskauppa.fi/en/human_trafficking/anti-trafficking_action_in_finland/"
    "non-discrimination_ombudsman")
src("dimr-nrm", "Independent National Rapporteur Mechanism on Trafficking in Human Beings",
    "German Institute for Human Rights", "https://institut-fuer-menschenrechte.de/en/institute/"
    "departments/independent-national-rapporteur-mechanism-on-trafficking-in-human-beings")
src("ihrec-eu", "EU told of Ireland's systemic failures in identifying victims of trafficking",
    "Irish Human Rights and Equality Commission", "https://www.ihrec.ie/eu-told-of-irelands-"
    "systemic-failures-in-identifying-victims-of-trafficking", "press_release")
src("hope-aut-tf", "Task Force against Human Trafficking (Austria)", "Hope for the Future",
    "https://hopeforthefuture.at/en/task-force-against-human-trafficking")
src("mvcr-cze", "Czech Republic (national anti-trafficking structures, country page)",
    "Ministry of the Interior of the Czech Republic",
    "https://mvcr.cz/webpm/clanek/czech-republic.aspx?q=cHJuPTE%3D")
src("mvcr-swe", "Sweden: national rapporteur on trafficking (document page)",
    "Ministry of the Interior of the Czech Republic",
    "https://mvcr.cz/vyzkum/docDetail.aspx?docid=21202227&doctype=ART")
src("mvcr-rou", "Romania (national anti-trafficking structures, country page)",
    "Ministry of the Interior of the Czech Republic",
    "https://mvcr.cz/webpm/clanek/romania.aspx?q=cHJuPTE%3D")
src("ec-nip-rou", "EU Anti-Trafficking website: national information page, Romania",
    "European Commission", "http://ec.europa.eu/anti-trafficking/showNIPsection?country=Romania&breadCrumbReset=true")
src("girl-2006", "Numbers 2006 (GIRL project)", "GIRL project",
    "http://www.girl-project.eu/index.php/2016/08/29/numbers-2006/", date="2016-08-29")
src("mvcr-est", "Estonia (national anti-trafficking structures, country page)",
    "Ministry of the Interior of the Czech Republic",
    "https://mvcr.cz/webpm/clanek/estonia.aspx?q=Y2hudW09Mg%3D%3D")
src("mfa-gr-moskof", "Dr Iraklis Moskof appointed National Rapporteur for Combatting Human "
    "Trafficking", "Hellenic Republic, Ministry of Foreign Affairs",
    "https://mfa.gr/en/dr-iraklis-moskof-appointed-national-rapporteur-for-combatting-human-"
    "trafficking", "press_release", "2013-11")
src("wp-jtip", "Office to Monitor and Combat Trafficking in Persons (Wikipedia article)", "Wikipedia",
    "https://en.wikipedia.org/wiki/Office_to_Monitor_and_Combat_Trafficking_in_Persons")
src("qa-jtip", "Office to Monitor and Combat Trafficking in Persons (Wikipedia article, mirror)",
    "qa.edu.vn (Wikipedia mirror); original: Wikipedia",
    "https://qa.edu.vn/en/Office_to_Monitor_and_Combat_Trafficking_in_Persons", note=MIRROR)
src("unt-jtip-2012", "About the Office to Monitor and Combat Trafficking in Persons (state.gov, "
    "archived 14 Oct 2012)", "U.S. Department of State (archived by UNT Libraries Web Archive)",
    "https://webarchive.library.unt.edu/web/20121014021433/http://www.state.gov/j/tip/about/index.htm",
    date="2012-10-14", note="web archive copy of the state.gov page")
src("justice-ge-iacc", "Interagency Coordinating Council for Combating Human Trafficking",
    "Ministry of Justice of Georgia", "https://justice.gov.ge/?id=J8ScpS4H8u&lang=2&m=articles")
src("amici-alb-2023", "Prevention of human trafficking in Albania (TIP 2023)", "Amici di Lazzaro",
    "https://www.amicidilazzaro.it/en/trafficking-and-exploitation/prevention-of-human-trafficking-"
    "in-albania-tip-2023/")
src("iom-ua-programme-2015", "National programme against trafficking in human beings for the "
    "period up to 2015 (migration-related legislation)", "IOM Ukraine",
    "http://iom.org.ua/en/legislation/migration-related-legislation/national-programme-against-"
    "trafficking-in-human-beings-for-the-period-up-to-2015.html")

# ============================================================================================
# Records
# ============================================================================================
























# ============================================================================================
# Section 7: regional bodies and processes
# ============================================================================================
# --- Council of the Baltic Sea States and its Task Force against THB
org("org.cbss", "Council of the Baltic Sea States", "igo", "regional", S("cbss-tf-thb", "slideplayer-cbss-2009"),
    acronym="CBSS", hq="SWE",
    description="Regional intergovernmental council of the Baltic Sea states; its Secretariat in "
                "Stockholm hosts the unit of the Task Force against Trafficking in Human Beings.",
    checked="inferred",
    note="hq_country inferred: the TF-THB unit sits at the CBSS Secretariat in Stockholm. "
         "Members in 2009: 11 states and the European Commission (slides).")
org("org.cbss-tf-thb", "CBSS Task Force against Trafficking in Human Beings", "igo_unit", "regional",
    S("cbss-tf-thb", "slideplayer-cbss-2009", "cbss-2022-10-26"), acronym="TF-THB",
    aliases="Task Force against Trafficking in Human Beings;CBSS TF-THB", hq="SWE", parent="org.cbss",
    founded="2006",
    description="Established in 2006 by the CBSS Heads of Government, absorbing the Nordic Baltic "
                "Task Force against THB. Experts from the CBSS Member States and the European "
                "Commission; unit at the CBSS Secretariat in Stockholm; the chair rotates with the "
                "CBSS Presidency (1 July - 30 June). Mandate extended in March 2008 to 30 June 2011.")
org("org.nordic-baltic-tf-thb", "Nordic Baltic Task Force against Trafficking in Human Beings",
    "network", "regional", S("cbss-tf-thb"),
    description="Predecessor task force absorbed into the CBSS TF-THB when that was set up in 2006.",
    note="End date 2006 = absorption into org.cbss-tf-thb (source); founding date not in facts.md.")
mandate("mandate.cbss-tf-thb-extension-2008", "Extension of the mandate of the CBSS Task Force against "
        "Trafficking in Human Beings to 30 June 2011", "decision", S("slideplayer-cbss-2009"),
        adopted="2008-03", body="org.cbss", themes="theme.partnership;theme.coordination",
        description="In March 2008 the mandate of the TF-THB was extended to 30 June 2011.",
        note="Issuing body inferred (the CBSS set up the Task Force); source is a 2009 slide deck.")
for iso in ["DNK", "EST", "FIN", "DEU", "ISL", "LVA", "LTU", "NOR", "POL", "RUS", "SWE"]:
    member(iso, "org.cbss", "member_state", S("slideplayer-cbss-2009"),
           note="Listed as a CBSS member in a 2009 presentation; start/end not in facts.md"
                + (" (Russia's later departure is not verified there)." if iso == "RUS" else "."))
member("org.eu-commission", "org.cbss", "member", S("slideplayer-cbss-2009"),
       note="The European Commission is listed among the 12 CBSS members (2009).")
member("org.eu-commission", "org.cbss-tf-thb", "member", S("cbss-tf-thb"),
       note="The TF-THB brings together experts from the CBSS Member States and the European Commission.")
person("person.edi-mujaj", "Edi Mujaj", S("cbss-2022-10-26"),
       description="Senior Adviser of the CBSS Task Force against Trafficking in Human Beings (2022).")
role("person.edi-mujaj", "org.cbss-tf-thb", "Senior Adviser", S("cbss-2022-10-26"),
     note="Seen in office in October 2022; term dates not in facts.md.")
event("event.cbss-tf-thb-berlin-2022-10", "CBSS TF-THB first expert meeting during the German "
      "Presidency", "meeting", S("cbss-2022-10-26"), start="2022-10-17", end="2022-10-18",
      place="Berlin", country="DEU", organiser="org.cbss-tf-thb",
      description="First Task Force expert meeting of the German CBSS Presidency (2022-2023).")
part("person.edi-mujaj", "event.cbss-tf-thb-berlin-2022-10", "participant", S("cbss-2022-10-26"),
     start="2022-10-17", end="2022-10-18")

# --- SELEC (successor of the SECI Center) and its Mirage Task Force
org("org.selec", "Southeast European Law Enforcement Center", "law_enforcement", "regional",
    S("selec-p646", "selec-p447", "pilac-selec"), acronym="SELEC", hq="ROU", founded="2011-10-07",
    description="Regional law-enforcement co-operation centre in Bucharest; successor of the SECI "
                "Center from 7 October 2011. Hosts the Task Force 'Mirage' on countering THB and "
                "illegal migration.",
    note="DISAGREE on the member count: 11 (SELEC 'How SELEC works') vs 12 (another SELEC page and "
         "the Harvard PILAC list, which names all 12); the named list of 12 is used for memberships. "
         "Predecessor in the US grants data: org.southeast-european-cooperative-initiative-seci-center-to.")
for iso in ["ALB", "BIH", "BGR", "HRV", "MKD", "GRC", "HUN", "MDA", "MNE", "ROU", "SRB", "TUR"]:
    member(iso, "org.selec", "member_state", S("pilac-selec", "selec-p646"),
           note="Member in the 12-state list (Harvard PILAC); one SELEC page gives 11 members (DISAGREE).")
org("org.selec-mirage-tf", "SELEC Task Force 'Mirage' on Countering Trafficking in Human Beings and "
    "Illegal Migration", "igo_unit", "regional", S("selec-mirage-19", "selec-mirage-28"),
    aliases="Mirage Task Force;Countering Trafficking in Human Beings and Illegal Migration Task Force",
    hq="ROU", parent="org.selec", founded="2000-05",
    description="Established in May 2000 under the SECI Center, coordinated by the Romanian Police; "
                "continued under SELEC.",
    note="hq_country follows the parent (Bucharest). Relation to the US-grants record "
         "org.southeast-european-cooperative-initiative-seci-human (SECI Human Trafficking Task "
         "Force) not stated in facts.md.")
event("event.selec-mirage-19-2012", "19th meeting of the SELEC Mirage Task Force", "meeting",
      S("selec-mirage-19"), start="2012-10-17", end="2012-10-17", organiser="org.selec-mirage-tf",
      description="Task Force meeting on human trafficking and migrant smuggling.",
      note="Place not in facts.md.")
event("event.selec-mirage-28-2023", "28th meeting of the SELEC Task Force on Countering Trafficking "
      "in Human Beings and Illegal Migration", "meeting", S("selec-mirage-28"), start="2023-11-09",
      end="2023-11-10", organiser="org.selec-mirage-tf", note="Place not in facts.md.")

# --- MARRI and the Brdo Process
org("org.marri", "Migration, Asylum, Refugees Regional Initiative", "igo", "regional",
    S("marri-collective", "marri-past-8"), acronym="MARRI",
    description="Regional initiative of six Western Balkan participants on migration, asylum and "
                "refugees, established 2004; supports the GIZ project 'Preventing and Combating "
                "Trafficking in Human Beings in the Western Balkans' (PaCT).", founded="2004")
org("org.marri-rc", "MARRI Regional Centre", "igo_unit", "regional", S("marri-collective"),
    aliases="MARRI RC;MARRI Regional Centre Skopje", hq="MKD", parent="org.marri",
    description="Regional Centre of MARRI, seated in Skopje.")
for iso in ["ALB", "MKD", "BIH", "SRB", "MNE", "XKX"]:
    member(iso, "org.marri", "member_state", S("marri-collective"),
           note="One of the six MARRI participants (role member_state = participant).")
org("org.giz", "Deutsche Gesellschaft für Internationale Zusammenarbeit", "donor", "global",
    S("marri-past-8"), acronym="GIZ",
    aliases="German Agency for International Cooperation;Deutsche Gesellschaft fur Internationale Zusammenarbeit",
    description="German development agency; runs the PaCT project 'Preventing and Combating "
                "Trafficking in Human Beings in the Western Balkans' supported by MARRI.",
    checked="seen", note="Type 'donor' as German development co-operation agency; hq not in facts.md.")
partner("org.marri", "org.giz", "joint_programme", S("marri-past-8"),
        note="PaCT project 'Preventing and Combating THB in the Western Balkans'.")
org("org.brdo-process", "Brdo Process", "igo", "regional", S("marri-past-8"),
    aliases="Brdo Process ministerial conference",
    description="Regional ministerial process; its 9th ministerial conference "
                "(Ljubljana, 3-4 March 2020) dealt with THB and online child abuse.",
    note="Intergovernmental process, not a treaty-based organisation.")
event("event.brdo-9-2020", "9th ministerial conference of the Brdo Process", "conference",
      S("marri-past-8"), start="2020-03-03", end="2020-03-04", place="Ljubljana", country="SVN",
      organiser="org.brdo-process",
      description="Ministerial meeting on trafficking in human beings and online child abuse.")
part("org.marri", "event.brdo-9-2020", "participant", S("marri-past-8"), checked="inferred",
     note="Listed among MARRI's past events.")

# --- Bali Process
org("org.bali-process", "Bali Process on People Smuggling, Trafficking in Persons and Related "
    "Transnational Crime", "igo", "regional", S("dfat-bali", "wikimili-bali"), acronym="",
    aliases="Bali Process", founded="2002-02",
    description="Regional forum launched at the Regional Ministerial Conference in Bali in February "
                "2002, co-hosted by the foreign ministers of Australia (Alexander Downer) and "
                "Indonesia (Hassan Wirajuda); co-chaired by Indonesia and Australia; more than 50 "
                "member countries.",
    note="Intergovernmental process, not a treaty-based organisation. Size and co-chairs from a "
         "Wikipedia mirror (re-check).")
member("IDN", "org.bali-process", "member_state", S("wikimili-bali", "dfat-bali"),
       note="Co-chair of the Bali Process.")
member("AUS", "org.bali-process", "member_state", S("wikimili-bali", "dfat-bali"),
       note="Co-chair of the Bali Process.")
event("event.bali-ministerial-1-2002", "Regional Ministerial Conference on People Smuggling, "
      "Trafficking in Persons and Related Transnational Crime (Bali)", "conference",
      S("dfat-bali"), start="2002-02", end="2002-02", place="Bali", country="IDN",
      organiser="org.bali-process",
      description="Founding conference of the Bali Process, co-hosted by the Australian and "
                  "Indonesian foreign ministers.")
person("person.alexander-downer", "Alexander Downer", S("dfat-bali"),
       description="Australian Foreign Minister; co-hosted the founding Bali conference (Feb 2002).")
person("person.hassan-wirajuda", "Hassan Wirajuda", S("dfat-bali"), aliases="N. Hassan Wirajuda",
       description="Indonesian Foreign Minister; co-hosted the founding Bali conference (Feb 2002).")
part("person.alexander-downer", "event.bali-ministerial-1-2002", "organiser", S("dfat-bali"),
     note="Co-host, as Australian Foreign Minister.")
part("person.hassan-wirajuda", "event.bali-ministerial-1-2002", "organiser", S("dfat-bali"),
     note="Co-host, as Indonesian Foreign Minister.")
event("event.bali-ministerial-2-2003", "Second Bali Regional Ministerial Conference", "conference",
      S("dfat-bali"), start="2003-04", end="2003-04", organiser="org.bali-process",
      note="Place not in facts.md.")
event("event.bali-som-brisbane-2004", "Bali Process Senior Officials' Meeting (Brisbane)", "meeting",
      S("baliprocess-som5"), start="2004-06-07", end="2004-06-08", place="Brisbane", country="AUS",
      organiser="org.bali-process", description="Attended by 47 countries.")
event("event.bali-ministerial-7-2018", "7th Bali Process Regional Ministerial Conference",
      "conference", S("docslib-bali"), start="2018-08-07", end="2018-08-07",
      organiser="org.bali-process", note="Place not in facts.md.")

# --- ASEAN Convention against Trafficking in Persons (org.asean: US grants data)
mandate("mandate.asean-actip", "ASEAN Convention against Trafficking in Persons, Especially Women "
        "and Children", "convention",
        S("1343-actip", "respect-actip", "canadianinquirer-actip", "asean-actip"), short="ACTIP",
        adopted="2015-11-21", in_force="2017-03-08", body="org.asean",
        themes="theme.legislation;theme.prosecution;theme.protection;theme.prevention",
        description="Signed by the ten ASEAN leaders in Kuala Lumpur at the 27th ASEAN Summit; in "
                    "force on 8 March 2017, 30 days after the sixth ratification. First six "
                    "ratifiers: Cambodia, Singapore (Jan 2016), Thailand, Viet Nam (5 Jan 2017), "
                    "Myanmar (16 Jan 2017), Philippines (7 Feb 2017).",
        note="DISAGREE on the date: 21 Nov 2015 (signing, 1343 Actionline) vs 22 Nov 2015 "
             "(RESPECT); 21 Nov kept as better sourced. Full title as commonly cited; facts.md "
             "uses 'ASEAN ACTIP'.")
event("event.asean-summit-27-2015", "27th ASEAN Summit", "meeting", S("1343-actip"),
      start="2015-11-21", end="2015-11-21", place="Kuala Lumpur", country="MYS",
      organiser="org.asean", description="The ten ASEAN leaders signed the ACTIP.",
      note="Only the signing day is in facts.md; the summit lasted longer.")
part("org.asean", "event.asean-summit-27-2015", "organiser", S("1343-actip"))

# --- OAS: meetings of national authorities on TIP and work plans (org.oas: US grants data)
event("event.oas-rtp-1-2006", "First Meeting of National Authorities on Trafficking in Persons (OAS)",
      "meeting", S("docest-oas-workplan"), start="2006-03", end="2006-03", place="Isla Margarita",
      country="VEN", organiser="org.oas")
event("event.oas-rtp-2-2009", "Second Meeting of National Authorities on Trafficking in Persons (OAS)",
      "meeting", S("docest-oas-pc"), start="2009-03-25", end="2009-03-27", place="Buenos Aires",
      country="ARG", organiser="org.oas")
event("event.oas-rtp-4-2014", "Fourth Meeting of National Authorities on Trafficking in Persons (OAS)",
      "meeting", S("oas-e-494-14"), start="2014-12-04", end="2014-12-05", place="Brasília",
      country="BRA", organiser="org.oas",
      description="Planned to adopt the Second Work Plan and an Inter-American Declaration against TIP.",
      note="The press release announced the planned outcomes.")
mandate("mandate.oas-workplan-tip-2010", "Work Plan against Trafficking in Persons in the Western "
        "Hemisphere", "action_plan", S("docest-oas-workplan"), ref="AG/RES. 2551 (XL-O/10)",
        adopted="2010-06-08", body="org.oas",
        themes="theme.prevention;theme.protection;theme.prosecution;theme.partnership",
        description="First hemispheric work plan, adopted by the OAS General Assembly resolution AG/RES. 2551.")
mandate("mandate.oas-workplan-tip-2", "Second Work Plan against Trafficking in Persons in the Western "
        "Hemisphere", "action_plan", S("oas-publications", "oas-2nd-workplan", "oas-e-494-14"),
        adopted="2014-12", body="org.oas",
        themes="theme.prevention;theme.protection;theme.prosecution;theme.partnership",
        checked="inferred",
        description="Second work plan, to be adopted at the 4th meeting of national authorities "
                    "(Brasília, Dec 2014).",
        note="DISAGREE on the period: 2015-2018 (OAS publications list) vs 2015-2020 (OAS digital "
             "library title); both OAS pages, so the period is left open. Adoption month inferred "
             "from the press release announcing it as an outcome of the Brasília meeting.")
mandate("mandate.oas-inter-american-declaration-tip-2014", "Inter-American Declaration against "
        "Trafficking in Persons", "declaration", S("oas-e-494-14"), adopted="2014-12", body="org.oas",
        themes="theme.partnership", checked="inferred",
        description="Declaration planned for adoption at the 4th Meeting of National Authorities on "
                    "TIP (Brasília, 4-5 Dec 2014).",
        note="The source is the press release announcing the meeting's planned outcomes; adoption "
             "inferred, not seen.")

# --- Almaty Process, Prague Process, Budapest Process
org("org.almaty-process", "Almaty Process on Refugee Protection and International Migration", "igo",
    "regional", S("docest-almaty-2011", "iom-almaty", "iom-tjk-almaty", "unhcr-almaty"),
    aliases="Almaty Process",
    founded="2013-06-05",
    description="Regional consultative process on mixed migration and refugee protection in Central "
                "Asia and neighbouring states; IOM and UNHCR act as its secretariat.",
    note="DISAGREE on the origin: first Almaty ministerial conference March 2011 (Almaty "
         "Declaration) vs IOM 'established 2013' (ministerial 5 June 2013). founded = 2013 launch "
         "as a regional consultative process (IOM, the co-secretariat); the 2011 conference is "
         "kept as an event.")
for iso in ["AFG", "AZE", "KAZ", "KGZ", "TJK", "TUR", "TKM"]:
    member(iso, "org.almaty-process", "member_state", S("iom-tjk-almaty", "unhcr-almaty"))
for iso in ["IRN", "PAK"]:
    member(iso, "org.almaty-process", "observer", S("iom-tjk-almaty", "unhcr-almaty"))
partner("org.almaty-process", "org.iom", "cooperation", S("unhcr-almaty", "iom-tjk-almaty"),
        note="IOM is (co-)secretariat of the Almaty Process.")
partner("org.almaty-process", "org.unhcr", "cooperation", S("unhcr-almaty", "iom-tjk-almaty"),
        note="UNHCR is (co-)secretariat of the Almaty Process.")
event("event.almaty-conference-2011", "Ministerial Conference on Refugee Protection and "
      "International Migration (Almaty)", "conference", S("docest-almaty-2011"), start="2011-03",
      end="2011-03", place="Almaty", country="KAZ",
      description="First Almaty conference; adopted the Almaty Declaration.")
mandate("mandate.almaty-declaration-2011", "Almaty Declaration (Ministerial Conference on Refugee "
        "Protection and International Migration)", "declaration", S("docest-almaty-2011"),
        adopted="2011-03", themes="theme.migration;theme.crisis-displacement",
        description="Adopted at the first Almaty conference, March 2011; origin of the Almaty Process.")
held("org.almaty-process", "mandate.almaty-declaration-2011", "established_by",
     S("docest-almaty-2011", "iom-almaty"), checked="inferred",
     note="facts.md gives the 2011 conference as the origin of the process (DISAGREE with the 2013 launch).")
event("event.almaty-ministerial-2013", "Almaty Process ministerial conference", "conference",
      S("iom-almaty"), start="2013-06-05", end="2013-06-05", organiser="org.almaty-process",
      description="Ministerial conference at which the process was established as a regional "
                  "consultative process (IOM).", note="Place not in facts.md.")
org("org.prague-process", "Prague Process", "igo", "regional", S("iom-almaty"),
    description="Migration dialogue for which ICMPD acts as secretariat.",
    note="Founding year not verified (facts.md).")
org("org.budapest-process", "Budapest Process", "igo", "regional", S("iom-almaty"),
    description="Migration dialogue for which ICMPD acts as secretariat.",
    note="Founding year not verified (facts.md).")
partner("org.prague-process", "org.icmpd", "cooperation", S("iom-almaty"),
        note="ICMPD is secretariat of the Prague Process.")
partner("org.budapest-process", "org.icmpd", "cooperation", S("iom-almaty"),
        note="ICMPD is secretariat of the Budapest Process.")
partner("org.almaty-process", "org.prague-process", "cooperation", S("iom-almaty"),
        checked="inferred",
        note="ICMPD (Prague Process secretariat) is listed among the Almaty Process partners.")
partner("org.almaty-process", "org.budapest-process", "cooperation", S("iom-almaty"),
        checked="inferred",
        note="ICMPD (Budapest Process secretariat) is listed among the Almaty Process partners.")

# ============================================================================================
# Section 8: NGOs and networks
# ============================================================================================
# --- La Strada International and La Strada member organisations
org("org.la-strada-international", "La Strada International", "network", "regional",
    S("wikial-lsi", "fwcis-2009"), acronym="LSI",
    aliases="La Strada International Association;La Strada International (LSI);La Strada",
    hq="NLD", founded="2004-10",
    description="European NGO network against trafficking in human beings. Association founded in "
                "October 2004 after co-operation since 1995 (first La Strada project); international "
                "secretariat in Amsterdam. Original eight member countries: Belarus, Bulgaria, Czech "
                "Republic, North Macedonia, Moldova, Netherlands, Poland, Ukraine. Runs an NGO "
                "Platform (4th meeting Berlin, November 2009).",
    note="Founding, HQ and member countries from a mirror of German Wikipedia (re-check). The "
         "current full member list is not verified. Not the same record as org.la-strada (US "
         "grants data: a generic 'La Strada' recipient).")
org("org.blr-social-changes", "Social Changes (Belarusian NGO)", "ngo", "national", S("lastrada-by"),
    aliases="Social changes", hq="BLR",
    description="Belarusian NGO that runs La Strada Belarus.")
org("org.la-strada-belarus", "La Strada Belarus", "ngo", "national", S("lastrada-by"),
    aliases="La Strada Belarus programme", hq="BLR", parent="org.blr-social-changes",
    description="Anti-trafficking programme run by the NGO 'Social changes'; full member of La "
                "Strada International; runs an information line (short number 7113).",
    note="parent = the NGO that runs the programme.")
member("org.la-strada-belarus", "org.la-strada-international", "member", S("lastrada-by"),
       note="Full member of LSI.")
org("org.la-strada-czech-republic", "La Strada Czech Republic", "ngo", "national",
    S("bluebird-lastrada"), aliases="La Strada ČR;La Strada CR", hq="CZE",
    description="Czech anti-trafficking NGO; partner in the government's Trafficked Persons "
                "Protection Scheme.")
member("org.la-strada-czech-republic", "org.la-strada-international", "member",
       S("wikial-lsi", "bluebird-lastrada"), checked="inferred",
       note="The Czech Republic is one of LSI's original eight member countries and La Strada "
            "Czech Republic is the La Strada organisation there; membership not stated in so many words.")
org("org.open-gate-la-strada", "Open Gate/La Strada (North Macedonia)", "ngo", "national",
    S("osce-stopvaw-skopje-sops"), aliases="Open Gate;La Strada Macedonia;Open Gate - La Strada",
    hq="MKD",
    description="North Macedonian anti-trafficking NGO; took part in the national working group "
                "on standard operating procedures for trafficking victims (2008).")
member("org.open-gate-la-strada", "org.la-strada-international", "member",
       S("wikial-lsi", "osce-stopvaw-skopje-sops"), checked="inferred",
       note="North Macedonia is one of LSI's original eight member countries and Open Gate/La "
            "Strada is the La Strada organisation there; membership not stated in so many words.")
org("org.la-strada-moldova", "La Strada Moldova", "ngo", "national", S("publika-2649575"),
    aliases="La Strada (Moldova)", hq="MDA",
    description="Moldovan NGO involved in anti-trafficking projects.")
member("org.la-strada-moldova", "org.la-strada-international", "member",
       S("wikial-lsi", "publika-2649575"), checked="inferred",
       note="Moldova is one of LSI's original eight member countries and La Strada Moldova is the "
            "La Strada organisation there; membership not stated in so many words.")
org("org.ban-ying", "Ban Ying", "ngo", "national", S("fwcis-2009"), hq="DEU",
    description="Berlin NGO; co-hosted the 4th La Strada International NGO Platform meeting (2009).",
    checked="inferred", note="hq_country inferred from hosting the Berlin meeting.")
event("event.lsi-ngo-platform-4-2009", "4th La Strada International NGO Platform meeting", "meeting",
      S("fwcis-2009"), start="2009-11-09", end="2009-11-10", place="Berlin", country="DEU",
      organiser="org.la-strada-international", description="Hosted together with Ban Ying.")
part("org.la-strada-international", "event.lsi-ngo-platform-4-2009", "organiser", S("fwcis-2009"))
part("org.ban-ying", "event.lsi-ngo-platform-4-2009", "organiser", S("fwcis-2009"),
     note="Co-host.")
# --- networks LSI belongs to
org("org.gaatw", "Global Alliance Against Traffic in Women", "network", "global",
    S("gaatw-history", "gaatw-20"), acronym="GAATW", hq="THA", founded="1994",
    description="Alliance of more than 100 member organisations, founded in 1994 at a conference "
                "in Chiang Mai; International Secretariat in Bangkok.")
member("org.la-strada-international", "org.gaatw", "member", S("wikial-lsi"),
       note="Wikipedia mirror (re-check).")
org("org.picum", "Platform for International Cooperation on Undocumented Migrants", "network",
    "regional", S("wikial-lsi"), acronym="PICUM",
    description="Network of which La Strada International is a member.",
    note="Full name as commonly used; facts.md gives only the acronym. Founding year and HQ not "
         "verified (facts.md).")
member("org.la-strada-international", "org.picum", "member", S("wikial-lsi"),
       note="Wikipedia mirror (re-check).")
org("org.hrdn", "Human Rights and Democracy Network", "network", "regional", S("wikial-lsi"),
    acronym="HRDN", description="Network of which La Strada International is a member.")
member("org.la-strada-international", "org.hrdn", "member", S("wikial-lsi"),
       note="Wikipedia mirror (re-check).")
person("person.bandana-pattanaik", "Bandana Pattanaik", S("gaatw-20"),
       description="International Coordinator of GAATW (2014).")
role("person.bandana-pattanaik", "org.gaatw", "International Coordinator", S("gaatw-20"),
     note="Seen in office in 2014 (20th anniversary); term dates not in facts.md.")
event("event.gaatw-founding-chiang-mai-1994", "Chiang Mai conference founding GAATW", "conference",
      S("gaatw-history"), start="1994", end="1994", place="Chiang Mai", country="THA",
      description="Conference at which the Global Alliance Against Traffic in Women was founded.")
event("event.gaatw-20-congress-2014", "GAATW 20th anniversary congress", "conference",
      S("gaatw-20"), start="2014", end="2014", place="Bangkok", country="THA", organiser="org.gaatw",
      description="Members from around the world met in Bangkok to mark 20 years of GAATW.",
      checked="inferred", note="Year inferred: 20 years after the 1994 founding.")
# --- Anti-Slavery International (org.anti-slavery-international: US grants data)
member("org.anti-slavery-international", "org.ilo", "observer", S("alchetron-asi", "wp-asi"),
       note="ASI has observer status with the ILO (and ECOSOC consultative status). Founded 1839 as "
            "the British and Foreign Anti-Slavery Society, London; renamed 1990; relaunched as "
            "Anti-Slavery International 1995 (Wikipedia) - not stored on the US-grants record.")
# --- ECPAT (org.ecpat: US grants data)
event("event.ecpat-chiang-mai-consultation-1990", "Chiang Mai consultation on child prostitution in "
      "Asian tourism", "meeting", S("unth-face-history"), start="1990-05", end="1990-05",
      place="Chiang Mai", country="THA",
      description="Consultation from which the ECPAT campaign originated.")
event("event.ecpat-campaign-1991-1993", "End Child Prostitution in Asian Tourism campaign",
      "campaign", S("unth-face-history", "ecpat-de-30"), start="1991", end="1993",
      organiser="org.ecpat",
      description="Campaign (1991-93) that gave ECPAT its name; ECPAT became an international NGO "
                  "in 1996 with headquarters in Bangkok (118 organisations in 102 countries in 2020).")
# --- Terre des hommes (org.terre-des-hommes: US grants data)
org("org.tdh-international-federation", "Terre des Hommes International Federation", "network",
    "global", S("davel-tdh"), acronym="TDHIF", founded="1966",
    description="International federation of Terre des hommes organisations, formed in 1966.")
person("person.edmond-kaiser", "Edmond Kaiser", S("tdh-60", "davel-tdh"),
       description="Founder of Terre des hommes in Lausanne (July 1960).")
role("person.edmond-kaiser", "org.terre-des-hommes", "Founder", S("tdh-60", "davel-tdh"),
     start="1960-07-22",
     note="DISAGREE on the founding day: 22 July 1960 (Terre des hommes' own anniversary page) vs "
          "20 July 1960 (Vaud cantonal archives); the organisation's own date is kept. Assumes "
          "org.terre-des-hommes (US grants data) is Terre des hommes Lausanne.")
event("event.tdh-stop-child-trafficking-2001", "Stop Child Trafficking campaign (Terre des hommes)",
      "campaign", S("anotherme-mission", "anotherme-tdh"), start="2001-10",
      organiser="org.terre-des-hommes",
      description="Campaign launched in October 2001; child trafficking has been a Terre des hommes "
                  "focus since 1999.")
# --- KOK (Germany)
org("org.kok", "KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel", "network", "national",
    S("kok-ev", "kok-presse", "kok-verein"), acronym="KOK",
    aliases="KOK e.V.;Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.", hq="DEU",
    founded="1987",
    description="German nationwide network of counselling centres and organisations against "
                "trafficking; office in Potsdam from 1999, in Berlin since 2006 (Lützowstr. "
                "102-104); 37, 39 or 43 members depending on the page version.",
    note="DISAGREE on founding: founded 1987 by counselling centres and registered as an "
         "association in 1999 (current 'Der KOK e.V.' page) vs 'founded 1999' (press page); the "
         "current page, which explains both dates, is kept. Name kept in German (no English name "
         "in facts.md).")
person("person.sophia-wirsching", "Sophia Wirsching", S("kok-verein"),
       description="Managing director (Geschäftsführerin) of KOK.")
role("person.sophia-wirsching", "org.kok", "Managing Director (Geschäftsführerin)", S("kok-verein"),
     note="Term dates not in facts.md.")
# --- Freedom Fund, Walk Free, Minderoo
org("org.freedom-fund", "The Freedom Fund", "donor", "global",
    S("wikimili-freedom-fund", "lawsdocbox-ff-2015"), aliases="Freedom Fund", hq="GBR",
    founded="2013-09",
    description="Anti-slavery fund founded in September 2013 by Humanity United, the Legatum "
                "Foundation and Walk Free; announced at the Clinton Global Initiative on 26 Sept "
                "2013; headquartered in London. Grant-making began in 2014 (28 NGOs funded).",
    note="Founding and HQ from a Wikipedia mirror (re-check); 2014 start of grants inferred from "
         "the 2015 report calling 2015 its second year.")
org("org.humanity-united", "Humanity United", "donor", "global", S("wikimili-freedom-fund"),
    description="Foundation; co-founder of the Freedom Fund (2013).")
org("org.legatum-foundation", "Legatum Foundation", "donor", "global", S("wikimili-freedom-fund"),
    description="Foundation; co-founder of the Freedom Fund (2013).")
org("org.minderoo", "Minderoo Foundation", "donor", "global", S("medsyn-2018-07", "gsi-media"),
    aliases="Minderoo",
    description="Philanthropic group of which Walk Free is part.",
    note="facts.md says only 'part of Minderoo'; 'Foundation' is the usual form of the name.")
org("org.walk-free", "Walk Free", "ngo", "global",
    S("wikimili-walk-free", "gsi-media", "medsyn-2018-07"),
    aliases="Walk Free Foundation", hq="AUS", parent="org.minderoo", founded="2011",
    description="Anti-slavery organisation based in Perth, Western Australia; publishes the Global "
                "Slavery Index; chaired by Andrew Forrest; part of Minderoo. With the ILO and IOM "
                "released the 2017 Global Estimates of Modern Slavery.",
    note="Founded 2011 (Wikipedia mirror); a brief's '2012' is not supported.")
for founder in ["org.humanity-united", "org.legatum-foundation", "org.walk-free"]:
    partner("org.freedom-fund", founder, "cooperation", S("wikimili-freedom-fund"), start="2013-09",
            note="Founding partner of the Freedom Fund.")
event("event.cgi-2013-freedom-fund", "Announcement of the Freedom Fund at the Clinton Global "
      "Initiative", "other", S("wikimili-freedom-fund"), start="2013-09-26", end="2013-09-26",
      description="The Freedom Fund was announced at the Clinton Global Initiative.",
      note="Place not in facts.md.")
part("org.freedom-fund", "event.cgi-2013-freedom-fund", "participant", S("wikimili-freedom-fund"))
person("person.grace-forrest", "Grace Forrest", S("wikimili-walk-free"),
       description="Founder of Walk Free (2011).")
role("person.grace-forrest", "org.walk-free", "Founder", S("wikimili-walk-free"), start="2011")
person("person.andrew-forrest", "Andrew Forrest", S("gsi-media"),
       description="Chair of Walk Free.")
role("person.andrew-forrest", "org.walk-free", "Chair", S("gsi-media"),
     note="Term dates not in facts.md.")
partner("org.walk-free", "org.ilo", "joint_programme", S("gsi-media"), start="2017-09-19",
        note="2017 Global Estimates of Modern Slavery (ILO, Walk Free, IOM), released 19 Sept 2017.")
partner("org.walk-free", "org.iom", "joint_programme", S("gsi-media"), start="2017-09-19",
        note="2017 Global Estimates of Modern Slavery (ILO, Walk Free, IOM), released 19 Sept 2017.")
# --- Polaris (org.polaris-project: US grants data)
person("person.derek-ellerman", "Derek Ellerman", S("wikimili-polaris"),
       description="Co-founder of Polaris (2002).")
person("person.katherine-chon", "Katherine Chon", S("wikimili-polaris"),
       description="Co-founder of Polaris (2002).")
role("person.derek-ellerman", "org.polaris-project", "Co-founder", S("wikimili-polaris"), start="2002")
role("person.katherine-chon", "org.polaris-project", "Co-founder", S("wikimili-polaris"), start="2002")
presence("org.polaris-project", "USA", S("wikimili-polaris"), kind="operations",
         note="Based in Washington DC; runs the US National Human Trafficking Hotline.")
# --- Order of Malta
org("org.order-of-malta", "Sovereign Order of Malta", "other", "global", S("osce-ordermalta-24th"),
    aliases="Order of Malta;Sovereign Military Order of Malta",
    description="Has an Ambassador to monitor and combat trafficking in persons; sent a delegation "
                "to the 24th Alliance conference (2024).")
person("person.michel-veuthey", "Michel Veuthey", S("osce-ordermalta-24th"),
       description="Ambassador of the Order of Malta to monitor and combat trafficking in persons (2024).")
role("person.michel-veuthey", "org.order-of-malta",
     "Ambassador to Monitor and Combat Trafficking in Persons", S("osce-ordermalta-24th"),
     note="Seen in office in April 2024; term dates not in facts.md.")
part("org.order-of-malta", "event.alliance-24", "participant", S("osce-ordermalta-24th"),
     start="2024-04-15", end="2024-04-16")
part("person.michel-veuthey", "event.alliance-24", "participant", S("osce-ordermalta-24th"),
     start="2024-04-15", end="2024-04-16", note="Head of the Order of Malta delegation.")
# --- ICMEC
org("org.icmec", "International Centre for Missing & Exploited Children", "ngo", "global",
    S("osce-einpresswire-25th"), acronym="ICMEC",
    aliases="International Centre for Missing and Exploited Children",
    description="Its Secretary General Stephen Kavanagh spoke at the 25th Alliance conference (2025).")
role("person.stephen-kavanagh", "org.icmec", "Secretary General", S("osce-einpresswire-25th"),
     note="Seen in office in 2025; start not in facts.md.")
# --- South-East European NGOs (org.arsis: US grants data, an Albanian NGO)
org("org.ngo-atina", "NGO Atina", "ngo", "national", S("atina-tirana-2016"), aliases="Atina",
    hq="SRB", description="Serbian anti-trafficking NGO.")
org("org.zemlja-djece", "Zemlja djece", "ngo", "national", S("atina-tirana-2016"),
    aliases="Land of Children", hq="BIH",
    description="Anti-trafficking NGO in Bosnia and Herzegovina.",
    note="Alias 'Land of Children' is the literal translation.")
event("event.tirana-transnational-training-2016", "Transnational anti-trafficking training for "
      "Albanian, BiH and Moldovan stakeholders", "training", S("atina-tirana-2016"),
      start="2016-12-06", end="2016-12-07", place="Tirana", country="ALB",
      description="Training with NGO experts from South-East Europe.")
for ngo in ["org.ngo-atina", "org.arsis", "org.zemlja-djece"]:
    part(ngo, "event.tirana-transnational-training-2016", "participant", S("atina-tirana-2016"),
         note="NGO experts listed." + (" org.arsis (US grants data) is the Albanian NGO ARSIS."
                                       if ngo == "org.arsis" else ""))
# --- Free the Slaves (org.free-the-slaves: US grants data)
org("org.freedom-from-slavery-forum", "Freedom from Slavery Forum", "network", "global",
    S("docslib-fsf-2020"),
    description="Forum of anti-slavery organisations whose Secretariat is Free the Slaves "
                "(Washington DC).")
partner("org.free-the-slaves", "org.freedom-from-slavery-forum", "cooperation", S("docslib-fsf-2020"),
        note="Free the Slaves acts as the Forum's Secretariat.")

# ============================================================================================
# Section 9: national anti-trafficking coordinators and rapporteurs (OSCE participating States)
# ============================================================================================
def national(id, name, country, sources, type="national_coordinator", presence_note="", **kw):
    """A national body plus its OPERATES_IN (national_body) edge to its country."""
    org(id, name, type, "national", sources, hq=country, **kw)
    presence(id, country, sources, checked=kw.get("checked", "seen"), note=presence_note)


# --- Netherlands
national("org.nld-national-rapporteur-thb", "National Rapporteur on Trafficking in Human Beings "
         "and Sexual Violence against Children (Netherlands)", "NLD",
         S("mvcr-nld", "dutchrapporteur-2017", "lsi-dutch-nr-4", "fawco-wdatip"),
         type="national_authority", founded="2000",
         aliases="Dutch National Rapporteur;Nationaal Rapporteur Mensenhandel",
         description="Independent National Rapporteur on THB (later also on sexual violence "
                     "against children), established in 2000.",
         note="Type national_authority: an independent rapporteur, not a co-ordinator.")
person("person.anna-korvinus", "Anna Korvinus", S("lsi-dutch-nr-4"),
       description="Dutch National Rapporteur on THB; author of the fourth report (2005).")
role("person.anna-korvinus", "org.nld-national-rapporteur-thb", "National Rapporteur",
     S("lsi-dutch-nr-4"), note="Seen in office in 2005 (fourth report); term dates not in facts.md.")
person("person.corinne-dettmeijer", "Corinne Dettmeijer", S("dutchrapporteur-2017"),
       aliases="Corinne Dettmeijer-Vermeulen",
       description="Dutch National Rapporteur on THB 2006 - Nov 2017.")
role("person.corinne-dettmeijer", "org.nld-national-rapporteur-thb", "National Rapporteur",
     S("dutchrapporteur-2017"), start="2006", end="2017-11")
person("person.herman-bolhaar", "Herman Bolhaar", S("dutchrapporteur-2017"),
       description="Succeeded Corinne Dettmeijer as Dutch National Rapporteur (Nov 2017).")
role("person.herman-bolhaar", "org.nld-national-rapporteur-thb", "National Rapporteur",
     S("dutchrapporteur-2017", "fawco-wdatip"), start="2017-11", end="2022-09", checked="inferred",
     note="Start = Dettmeijer's departure (Nov 2017, successor named); end inferred from Conny "
          "Rijken's appointment in Sept 2022.")
person("person.conny-rijken", "Conny Rijken", S("fawco-wdatip"),
       description="Dutch National Rapporteur on THB from September 2022.")
role("person.conny-rijken", "org.nld-national-rapporteur-thb", "National Rapporteur",
     S("fawco-wdatip"), start="2022-09")

# --- United Kingdom
national("org.gbr-iasc", "Independent Anti-Slavery Commissioner (United Kingdom)", "GBR",
         S("uk-lords-msa", "iasc-about", "csw-hyland"), type="national_authority", acronym="IASC",
         aliases="UK Independent Anti-Slavery Commissioner", founded="2015",
         description="Post created by Part 4 of the Modern Slavery Act 2015; the first "
                     "Commissioner was appointed (designate) by the Home Office in November 2014.",
         note="Type national_authority: an independent commissioner (rapporteur-like), not a co-ordinator.")
mandate("mandate.gbr-modern-slavery-act-2015", "Modern Slavery Act 2015 (United Kingdom)", "other",
        S("uk-lords-msa"), short="Modern Slavery Act", adopted="2015",
        themes="theme.legislation;theme.coordination",
        description="UK statute; Part 4 creates the Independent Anti-Slavery Commissioner.",
        note="kind 'other': national legislation.")
held("org.gbr-iasc", "mandate.gbr-modern-slavery-act-2015", "established_by", S("uk-lords-msa"),
     note="Part 4 of the Act.")
org("org.gbr-home-office", "Home Office (United Kingdom)", "government", "national", S("csw-hyland"),
    hq="GBR", description="UK interior ministry; appointed the first Independent Anti-Slavery "
                          "Commissioner (designate) in 2014.")
person("person.kevin-hyland", "Kevin Hyland", S("csw-hyland", "care-hyland", "uk-lords-msa"),
       description="First UK Independent Anti-Slavery Commissioner (designate from Nov 2014; 2015 - May 2018).")
role("person.kevin-hyland", "org.gbr-iasc", "Independent Anti-Slavery Commissioner (designate)",
     S("csw-hyland", "care-hyland"), start="2014-11", end="2015")
role("person.kevin-hyland", "org.gbr-iasc", "Independent Anti-Slavery Commissioner",
     S("csw-hyland", "care-hyland", "uk-lords-msa"), start="2015", end="2018-05",
     note="Resigned in May 2018.")
person("person.sara-thornton", "Sara Thornton", S("uk-lords-msa"), aliases="Dame Sara Thornton",
       description="Second UK Independent Anti-Slavery Commissioner (2019-2022).")
role("person.sara-thornton", "org.gbr-iasc", "Independent Anti-Slavery Commissioner",
     S("uk-lords-msa"), start="2019", end="2022")
person("person.eleanor-lyons", "Eleanor Lyons", S("uk-lords-msa", "iasc-about"),
       description="UK Independent Anti-Slavery Commissioner (term began December 2023).")
role("person.eleanor-lyons", "org.gbr-iasc", "Independent Anti-Slavery Commissioner",
     S("iasc-about", "uk-lords-msa"), start="2023-12",
     note="DISAGREE: appointed October 2023 (House of Lords report) vs term began December 2023 "
          "(the Commissioner's own site); the start of the term from the office's own site is "
          "kept, the October 2023 appointment is not contradicted.")

# --- Finland
national("org.fin-non-discrimination-ombudsman", "Non-Discrimination Ombudsman (Finland)", "FIN",
         S("ihmiskauppa-ndo", "osce-ec-nr-finland"), type="national_authority",
         aliases="Ombudsman for Minorities (Finland);Finnish National Rapporteur on Trafficking in Human Beings",
         description="National Rapporteur on THB since 1 January 2009 (first as the Ombudsman for "
                     "Minorities, renamed Non-Discrimination Ombudsman; Act 1326/2014).",
         note="Founding date of the office not in facts.md; the rapporteur role dates from 2009.")
role("person.eva-biaudet", "org.fin-non-discrimination-ombudsman",
     "Ombudsman for Minorities (National Rapporteur on Trafficking in Human Beings)",
     S("osce-ec-nr-finland"), note="EC page lists her as NR / Ombudsman for Minorities; dates not "
                                   "in facts.md (after her OSCE term, which ended Dec 2009).")

# --- Germany
org("org.deu-dimr", "German Institute for Human Rights", "national_authority", "national",
    S("dimr-nrm"), aliases="Deutsches Institut für Menschenrechte;DIMR", hq="DEU",
    description="Germany's national human rights institution; hosts the Independent National "
                "Rapporteur Mechanism on THB.")
national("org.deu-nr-mechanism-thb", "Independent National Rapporteur Mechanism on Trafficking in "
         "Human Beings (Germany)", "DEU", S("dimr-nrm"), type="national_authority",
         parent="org.deu-dimr",
         description="Rapporteur mechanism at the German Institute for Human Rights; first periodic "
                     "report 2024.")

# --- Ireland
national("org.irl-ihrec", "Irish Human Rights and Equality Commission", "IRL", S("ihrec-eu"),
         type="national_authority", acronym="IHREC",
         description="Designated Ireland's Independent National Rapporteur on trafficking in "
                     "human beings in October 2020.",
         presence_note="National rapporteur since October 2020.")

# --- Austria
org("org.aut-mfa", "Ministry of Foreign Affairs of Austria", "government", "national",
    S("hope-aut-tf"), hq="AUT", description="Hosts Austria's National Coordinator on combating "
                                            "human trafficking.")
national("org.aut-national-coordinator-thb", "National Coordinator on Combating Human Trafficking "
         "(Austria)", "AUT", S("hope-aut-tf"), parent="org.aut-mfa",
         description="Post at the Ministry of Foreign Affairs; the Coordinator chairs the Task "
                     "Force on Combating Human Trafficking.")
national("org.aut-task-force-thb", "Task Force on Combating Human Trafficking (Austria)", "AUT",
         S("hope-aut-tf"), founded="2004",
         description="Inter-institutional task force since 2004, chaired by the National Coordinator.")
partner("org.aut-national-coordinator-thb", "org.aut-task-force-thb", "cooperation", S("hope-aut-tf"),
        note="The National Coordinator chairs the Task Force.")
for pid, name, start, end in [("person.elisabeth-tichy-fisslberger", "Elisabeth Tichy-Fisslberger", "2009", "2017"),
                              ("person.petra-schneebauer", "Petra Schneebauer", "2018", "2023-09"),
                              ("person.georg-stillfried", "Georg Stillfried", "2023-09", "")]:
    person(pid, name, S("hope-aut-tf"),
           description=f"Austrian National Coordinator on Combating Human Trafficking "
                       f"({start[:4]}{'-' + end[:4] if end else ' onwards'}).")
    role(pid, "org.aut-national-coordinator-thb", "National Coordinator on Combating Human "
         "Trafficking", S("hope-aut-tf"), start=start, end=end,
         checked="inferred" if pid == "person.petra-schneebauer" else "seen",
         note="Schneebauer 'from 2018'; end inferred from Stillfried's start in Sept 2023."
              if pid == "person.petra-schneebauer" else "")

# --- Czech Republic
org("org.cze-ministry-of-interior", "Ministry of the Interior of the Czech Republic", "government",
    "national", S("mvcr-cze"), hq="CZE", aliases="Ministerstvo vnitra ČR;MVČR",
    description="Its Security Policy Department holds the National Rapporteur function on THB.")
national("org.cze-national-rapporteur-thb", "National Rapporteur on Trafficking in Human Beings "
         "(Czech Republic)", "CZE", S("mvcr-cze"), type="national_authority",
         parent="org.cze-ministry-of-interior", founded="2003-09-03",
         description="Function at the Security Policy Department of the Ministry of the Interior, "
                     "established by Government Resolution No. 849 of 3 September 2003.")
mandate("mandate.cze-govt-res-849-2003", "Czech Government Resolution No. 849 of 3 September 2003",
        "decision", S("mvcr-cze"), ref="Government Resolution No. 849/2003", adopted="2003-09-03",
        themes="theme.coordination",
        description="Established the National Rapporteur function at the Ministry of the Interior.")
held("org.cze-national-rapporteur-thb", "mandate.cze-govt-res-849-2003", "established_by",
     S("mvcr-cze"), start="2003-09-03")

# --- Sweden
org("org.swe-national-police", "National Police Board / National Criminal Police (Sweden)",
    "law_enforcement", "national", S("mvcr-swe"), hq="SWE",
    aliases="National Police Board (Sweden);National Criminal Police (Sweden)",
    description="Hosts Sweden's National Rapporteur on trafficking.")
national("org.swe-national-rapporteur-thb", "National Rapporteur on Trafficking in Human Beings "
         "(Sweden)", "SWE", S("mvcr-swe"), type="national_authority",
         parent="org.swe-national-police", founded="1997-12",
         description="National Rapporteur placed at the National Police Board / National Criminal Police.",
         note="DISAGREE within the page: appointed December 1997 vs 'since 1998'; the specific "
              "appointment date is kept.")

# --- Romania
national("org.rou-anitp", "National Agency against Trafficking in Persons (Romania)", "ROU",
         S("mvcr-rou", "ec-nip-rou", "girl-2006"), type="national_coordinator", acronym="ANITP",
         aliases="Agenția Națională împotriva Traficului de Persoane", founded="2005",
         description="Agency under the Ministry of Internal Affairs; acts as National Rapporteur.",
         note="DISAGREE on founding: 2005 (European Commission national page) vs 2006 (GIRL "
              "project); the Commission page is kept as the better source.")

# --- Estonia
org("org.est-ministry-of-justice", "Ministry of Justice of Estonia", "government", "national",
    S("mvcr-est"), hq="EST",
    description="Its Criminal Statistics and Analysis Division hosts the national anti-trafficking "
                "coordinator.")
national("org.est-national-coordinator-thb", "National Anti-Trafficking Coordinator (Estonia)", "EST",
         S("mvcr-est"), parent="org.est-ministry-of-justice",
         description="Coordinator placed in the Criminal Statistics and Analysis Division of the "
                     "Ministry of Justice.")

# --- Greece
org("org.grc-mfa", "Ministry of Foreign Affairs of Greece", "government", "national",
    S("mfa-gr-moskof"), hq="GRC", description="Hosts the Office for Combatting Human Trafficking.")
national("org.grc-office-combatting-thb", "Office for Combatting Human Trafficking (Greece)",
         "GRC", S("mfa-gr-moskof"), parent="org.grc-mfa",
         aliases="Greek National Rapporteur for Combatting Human Trafficking",
         description="Office in the Ministry of Foreign Affairs headed by the National Rapporteur.")
person("person.iraklis-moskof", "Iraklis Moskof", S("mfa-gr-moskof"), aliases="Dr Iraklis Moskof",
       description="Greek National Rapporteur for Combatting Human Trafficking, appointed 25 Nov 2013.")
role("person.iraklis-moskof", "org.grc-office-combatting-thb",
     "National Rapporteur for Combatting Human Trafficking; Head of Office", S("mfa-gr-moskof"),
     start="2013-11-25")

# --- United States (org.usdos-gtip: defined by the international helper)
presence("org.usdos-gtip", "USA", S("wp-jtip", "unt-jtip-2012"),
         note="Office to Monitor and Combat TIP (J/TIP), Department of State, established Oct 2001 "
              "under the TVPA 2000.")
for pid, name, start, end, srcs, note in [
        ("person.nancy-ely-raphel", "Nancy Ely-Raphel", "2001", "2002", ("wp-jtip", "qa-jtip"), ""),
        ("person.john-r-miller", "John R. Miller", "", "", ("wp-jtip", "qa-jtip"),
         "Dates not in facts.md."),
        ("person.luis-cdebaca", "Luis CdeBaca", "", "", ("unt-jtip-2012", "wp-jtip"),
         "Seen in office in 2012 (archived state.gov page); term dates not in facts.md."),
        ("person.cindy-dyer", "Cindy Dyer", "", "", ("wp-jtip", "qa-jtip"),
         "Listed later among the heads; dates not in facts.md.")]:
    person(pid, name, S(*srcs),
           description="Head of the US State Department Office to Monitor and Combat Trafficking "
                       "in Persons (Ambassador-at-Large).")
    role(pid, "org.usdos-gtip", "Head of Office (Ambassador-at-Large to Monitor and Combat "
         "Trafficking in Persons)", S(*srcs), start=start, end=end, note=note)

# --- Georgia
org("org.geo-ministry-of-justice", "Ministry of Justice of Georgia", "government", "national",
    S("justice-ge-iacc"), hq="GEO",
    description="The Minister of Justice chairs the Interagency Coordinating Council for Combating "
                "Human Trafficking.")
national("org.geo-iacc-thb", "Interagency Coordinating Council for Combating Human Trafficking "
         "(Georgia)", "GEO", S("justice-ge-iacc"), founded="2006-09-01",
         description="Established by Presidential Decree No. 534 of 1 September 2006; chaired by "
                     "the Minister of Justice.")
mandate("mandate.geo-presidential-decree-534-2006", "Presidential Decree No. 534 of 1 September 2006 "
        "(Georgia) establishing the Interagency Coordinating Council for Combating Human "
        "Trafficking", "decision", S("justice-ge-iacc"), ref="Presidential Decree No. 534",
        adopted="2006-09-01", themes="theme.coordination")
held("org.geo-iacc-thb", "mandate.geo-presidential-decree-534-2006", "established_by",
     S("justice-ge-iacc"), start="2006-09-01")
partner("org.geo-iacc-thb", "org.geo-ministry-of-justice", "cooperation", S("justice-ge-iacc"),
        note="The Minister of Justice chairs the Council.")

# --- Bosnia and Herzegovina
org("org.bih-ministry-of-security", "Ministry of Security of Bosnia and Herzegovina", "government",
    "national", S("osce-sarajevotimes-workshop"), hq="BIH",
    description="Hosts the State Co-ordinator for Combating THB.")
national("org.bih-state-coordinator-thb", "State Co-ordinator for Combating Trafficking in Human "
         "Beings (Bosnia and Herzegovina)", "BIH", S("osce-sarajevotimes-workshop"),
         parent="org.bih-ministry-of-security",
         description="State Co-ordinator at the Ministry of Security.")
person("person.samir-rizvo", "Samir Rizvo", S("osce-sarajevotimes-workshop"),
       description="State Co-ordinator for Combating THB, Ministry of Security of Bosnia and Herzegovina.")
role("person.samir-rizvo", "org.bih-state-coordinator-thb", "State Co-ordinator for Combating "
     "Trafficking in Human Beings", S("osce-sarajevotimes-workshop"),
     note="Undated source (OSCE workshop in Sarajevo); term dates not in facts.md.")
part("person.samir-rizvo", "event.sarajevo-victim-id-workshop", "speaker",
     S("osce-sarajevotimes-workshop"), note="Quoted as State Co-ordinator.")

# --- Albania
org("org.alb-ministry-of-interior", "Ministry of Interior of Albania", "government", "national",
    S("amici-alb-2023"), hq="ALB",
    description="Hosts the Office of the National Anti-Trafficking Coordinator.")
national("org.alb-onac", "Office of the National Anti-Trafficking Coordinator (Albania)", "ALB",
         S("amici-alb-2023"), acronym="ONAC", parent="org.alb-ministry-of-interior",
         description="Office within the Ministry of Interior.")
national("org.alb-state-committee-tip", "State Committee against Trafficking in Persons (Albania)",
         "ALB", S("amici-alb-2023"),
         description="Albania's inter-institutional committee against trafficking in persons.")
mandate("mandate.alb-nap-2021-2023", "National Action Plan against Trafficking in Persons 2021-2023 "
        "(Albania)", "action_plan", S("amici-alb-2023"),
        themes="theme.prevention;theme.protection;theme.prosecution;theme.partnership")
held("org.alb-onac", "mandate.alb-nap-2021-2023", "implements", S("amici-alb-2023"),
     start="2021", end="2023", checked="inferred",
     note="The ONAC is the co-ordinating office for the national plan; role inferred.")

# --- Montenegro, Kosovo, Uzbekistan, Tajikistan (bodies defined in organisations.osce.csv)
presence("org.mne-national-coordinator-office", "MNE", S("osce-polis-3481"),
         note="Hosted the 2010 regional meeting of national co-ordinators.")
presence("org.xkx-national-coordinator-thb", "XKX", S("osce-kosovo-45861"))
presence("org.uzb-national-commission-tip", "UZB", S("osce-einpresswire-pcuz"))
presence("org.uzb-interagency-commission-thb", "UZB", S("osce-shhada-376582"),
         note="Earlier commission, chaired by the Deputy Interior Minister (2018).")
presence("org.tjk-imc-thb", "TJK", S("osce-einpresswire-dushanbe"))
held("org.tjk-imc-thb", "mandate.tjk-nap-2022-2024", "implements", S("osce-einpresswire-dushanbe"),
     start="2022", end="2024", checked="inferred",
     note="The Commission is Tajikistan's national anti-trafficking body; the NAP 2022-2024 is "
          "named in the same source.")
presence("org.kgz-state-migration-service", "KGZ", S("osce-bishkek-106154"),
         note="Anti-trafficking partner of the OSCE Programme Office; Kyrgyzstan's national "
              "co-ordinator is not verified.")
presence("org.kaz-law-enforcement-academy", "KAZ", S("osce-sanasezim-794"),
         note="Anti-trafficking training centre; Kazakhstan's national co-ordinator is not verified.")

# --- North Macedonia
org("org.mkd-ministry-of-interior", "Ministry of Interior of North Macedonia", "government",
    "national", S("marri-past-8"), hq="MKD",
    description="Hosts the Office of the National Coordinator for combating THB.")
national("org.mkd-national-commission-thb", "National Commission for Combating Trafficking in Human "
         "Beings and Illegal Migration (North Macedonia)", "MKD",
         S("osce-skopje-277531", "marri-past-8"),
         description="National anti-trafficking commission of North Macedonia.")
national("org.mkd-national-coordinator-office", "Office of the National Coordinator for Combating "
         "Trafficking in Human Beings and Illegal Migration (North Macedonia)", "MKD",
         S("osce-skopje-277531", "marri-past-8"), parent="org.mkd-ministry-of-interior",
         description="Office of the National Coordinator within the Ministry of Interior.",
         note="Full name modelled on the Commission's; facts.md says 'Office of the National "
              "Coordinator within MoI'.")

# --- Moldova
national("org.mda-national-committee-thb", "National Committee for Combating Trafficking in Human "
         "Beings (Moldova)", "MDA", S("publika-2649575"),
         description="Moldova's national anti-trafficking committee, with a Permanent Secretariat.")
national("org.mda-permanent-secretariat-thb", "Permanent Secretariat of the National Committee for "
         "Combating Trafficking in Human Beings (Moldova)", "MDA", S("publika-2649575"),
         parent="org.mda-national-committee-thb")
person("person.ecaterina-berejan", "Ecaterina Berejan", S("publika-2649575"),
       description="Head of the Permanent Secretariat of Moldova's National Committee for "
                   "Combating THB.")
role("person.ecaterina-berejan", "org.mda-permanent-secretariat-thb", "Head of the Permanent "
     "Secretariat", S("publika-2649575"), note="Term dates not in facts.md.")
partner("org.la-strada-moldova", "org.mda-permanent-secretariat-thb", "cooperation",
        S("publika-2649575"), checked="inferred",
        note="Both named in the same source on anti-trafficking projects in Moldova; the nature "
             "of the co-operation is not stated.")

# --- Serbia
national("org.srb-ministry-of-interior", "Ministry of Interior of Serbia", "SRB",
         S("osce-serbia-51457"), type="national_authority",
         description="Lead ministry for Serbia's national anti-trafficking strategy (2009).",
         note="The name of Serbia's national co-ordinator's office is not verified; the ministry "
              "is recorded as the lead national body.")
mandate("mandate.srb-thb-strategy", "National Strategy for Combating Trafficking in Human Beings "
        "(Serbia)", "strategy", S("osce-serbia-51457"), themes="theme.coordination;theme.legislation",
        description="National strategy on THB supported by the OSCE Mission to Serbia (2009).",
        note="Exact title and adoption date not in facts.md.")
held("org.srb-ministry-of-interior", "mandate.srb-thb-strategy", "implements",
     S("osce-serbia-51457"), note="Interior Ministry lead (2009).")

# --- Ukraine
org("org.ukr-cabinet-of-ministers", "Cabinet of Ministers of Ukraine", "government", "national",
    S("iom-ua-programme-2015"), hq="UKR",
    description="Adopted the State Targeted Social Programme against THB to 2015 (Decree 350, 21 "
                "March 2012).")
national("org.ukr-ministry-of-social-policy", "Ministry of Social Policy of Ukraine", "UKR",
         S("osce-cthb-418955", "iom-ua-programme-2015"), type="national_authority",
         description="Ministry with the national THB co-ordination role.", checked="inferred",
         note="facts.md: the Ministry's co-ordinator status is inferred (it led Ukraine's "
              "delegation on THB; the state programme is under its remit).")
mandate("mandate.ukr-state-programme-thb-2015", "State Targeted Social Programme on Combating "
        "Trafficking in Human Beings for the period up to 2015 (Ukraine)", "action_plan",
        S("iom-ua-programme-2015"), ref="Cabinet of Ministers Decree No. 350",
        adopted="2012-03-21", body="org.ukr-cabinet-of-ministers",
        themes="theme.prevention;theme.protection;theme.prosecution")
held("org.ukr-ministry-of-social-policy", "mandate.ukr-state-programme-thb-2015", "implements",
     S("iom-ua-programme-2015", "osce-cthb-418955"), start="2012-03-21", end="2015",
     checked="inferred", note="Co-ordinating ministry (inferred, see the organisation note).")





def main(argv: list[str] | None = None) -> int:
    return P.write(__doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
