#!/usr/bin/env python3
"""Write the hand-curated UN / EU / ILO / IOM / ICMPD / INTERPOL records as ``data/*.intl.csv``.

The records transcribe sections 4 (United Nations), 5 (European Union) and 6 (ILO, IOM, ICMPD,
INTERPOL) of the shared reference file ``shared/data/reference/facts.md``, plus the treaty texts
in ``shared/data/legal_instruments/`` (copies of the Dutch treaty database, wetten.overheid.nl).
Only facts marked *seen* or *inferred* there are used; rows marked "not verified" are left out.
Every record cites ``src.intl-*`` sources, or the derived grants data set
``src.ds.scorecard-funding`` (US State Department G/TIP grants) for a few organisations that
facts.md does not name (marked ``inferred`` with a note).

Theme lists of mandates are the project's own reading of each instrument (said so in the note).

Stdlib only.  Output rows are written with ``csv.DictWriter`` in the column order of
``docs/data-format.md``; running the script twice gives identical files.  Entity ids already
defined by *other* parts of the data folder are skipped with a warning, so ids stay unique.
"""
from __future__ import annotations

import sys

from curated_common import MIRROR, Part

PART = "intl"
THEMES_NOTE = "Themes are the project's reading of the instrument, not stated by the source."
GRANTS = "src.ds.scorecard-funding"


P = Part("intl", source_prefix="src.intl-", themes_note=THEMES_NOTE, note_joiner=" ")
event, held, mandate, member, org, part, partner, person, role, src = (
    P.event, P.held, P.mandate, P.member, P.org, P.part, P.partner, P.person, P.role, P.src)
MANDATES = P.tables['mandates']


# ============================================================================================
# Sources: one row per distinct URL (url exactly as in facts.md)
# ============================================================================================




# URLs that another part of the folder already lists as a source: cite that row, so that each
# URL has one Source node.
REUSE = {
    "icat-briefing": "src.osce-icat-briefing", "ilo-2010-gpa": "src.osce-ilo-cop-2010",
    "unodc-2008-02-15": "src.osce-unodc-2008-02-15", "eeas-pc1449": "src.osce-eeas-pc1449",
    "gsi-media": "src.reg-gsi-media", "einpresswire-24th": "src.osce-einpresswire-24th",
}


def S(*keys: str) -> str:
    return ";".join(k if k.startswith("src.") else REUSE.get(k, "src.intl-" + k) for k in keys)


# --- treaty texts (local copies in shared/data/legal_instruments/)
def overheid(code, title, note=""):
    src("overheid-" + code.lower(), title, "Overheid.nl (Dutch government treaty database)",
        "https://wetten.overheid.nl/" + code, "treaty_text",
        note=("A copy of the treaty text is in the Dutch treaty database; read from the local copy "
              f"shared/data/legal_instruments/{code}/README.md. " + note).strip())


overheid("BWBV0001749", "Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
         "especially Women and Children, supplementing the United Nations Convention against "
         "Transnational Organized Crime (treaty text, English and Dutch)")
overheid("BWBV0004945", "Convention concerning the abolition of forced labour (ILO C105) "
         "(treaty text, English and Dutch)")
overheid("BWBV0006262", "Slavery Convention, Geneva 1926 (treaty text, English/French and Dutch)")
overheid("BWBV0006246", "Supplementary Convention on the Abolition of Slavery, the Slave Trade, and "
         "Institutions and Practices Similar to Slavery, 1956 (treaty text, English and Dutch)")

# --- section 4: United Nations
src("unodc-ctoc-signatures", "Signatories to the UN Convention against Transnational Organized "
    "Crime and its Protocols", "UNODC", "http://unodc.org/unodc/en/treaties/CTOC/signatures.html")
src("respect-untoc", "United Nations Convention against Transnational Organized Crime and the "
    "Protocols thereto", "RESPECT (respect.international)",
    "https://respect.international/united-nations-convention-against-transnational-organized-"
    "crime-and-the-protocols-thereto")
src("wunrn-2007", "News item on trafficking in persons and UN.GIFT (August 2007)",
    "Women's UN Report Network (WUNRN)",
    "http://wunrn.org/news/2007/08_07/08_20_07/082607_trafficking.htm", date="2007-08")
src("ipfs-untoc-wiki", "UN Convention against Transnational Organised Crime (Wikipedia article, "
    "IPFS copy)", "Wikipedia (IPFS mirror)",
    "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/"
    "UN_Convention_against_Transnational_Organised_Crime.html", note=MIRROR)
src("icat-about", "About ICAT", "Inter-Agency Coordination Group against Trafficking in Persons "
    "(ICAT)", "https://icat.un.org/about")
src("unvtf-about", "About the UN Voluntary Trust Fund for Victims of Trafficking in Persons",
    "UNODC", "https://www.unodc.org/unodc/en/human-trafficking-fund/unvtf-about.html")
src("protectionproject-gpat", "The Protection Project page on the UN Global Programme against "
    "Trafficking in Human Beings", "The Protection Project",
    "http://www.protectionproject.org/?page_id=313")
src("unodc-2024-11-raids", "Global raids rescue 3,200 potential victims of human trafficking and "
    "identify 17,800 irregular migrants", "UNODC",
    "https://unodc.org/unodc/en/news/2024/November/global-raids-rescue-3-200-potential-victims-of-"
    "human-trafficking-and-identify-17-800-irregular-migrants.html", date="2024-11")
src("ohchr-trafficking-index", "Special Rapporteur on trafficking in persons, especially women and "
    "children (mandate page)", "OHCHR",
    "https://www.ohchr.org/EN/issues/Trafficking/Pages/Traffickingindex.aspx")
src("stopvaw-2004", "StopVAW page on the UN Commission on Human Rights approving a Special "
    "Rapporteur on trafficking (2004)", "StopVAW (The Advocates for Human Rights)",
    "https://www.stopvaw.org/9d04665d-0aa3-4434-a9b9-0770bd04aee1")
src("ohchr-2014-reflections", "Thoughts and reflections on 6 years of the mandate of the Special "
    "Rapporteur on trafficking in persons", "OHCHR",
    "https://www.ohchr.org/ar/statements/2014/03/thoughts-and-reflections-6-years-mandate-special-"
    "rapporteur-trafficking-persons", date="2014-03")
src("stopvaw-sr", "UN Special Rapporteur on trafficking in persons",
    "StopVAW (The Advocates for Human Rights)",
    "https://www.stopvaw.org/un_special_rapporteur_on_trafficking_in_persons_es_2")
src("studylib-a-hrc-29-38", "A/HRC/29/38: report of the Special Rapporteur on trafficking in "
    "persons (copy)", "studylib.net (document host); original: OHCHR / UN Human Rights Council",
    "https://studylib.net/doc/7034201/a-hrc-29-38---office-of-the-high-commissioner-on-human-ri...",
    "document", note=MIRROR + ". The URL is truncated ('...') exactly as facts.md gives it.")
src("ohchr-huda-2004", "Chairman of Human Rights Commission appoints Special Rapporteur on "
    "trafficking (press release)", "OHCHR (copy on a test host)",
    "https://web.test.ohchr.un-icc.cloud/en/press-releases/2009/10/chairman-human-rights-"
    "commission-appoints-special-rapporteur-trafficking", "press_release", note=MIRROR)
src("studylib-17690856", "UN General Assembly / Human Rights Council document (copy)",
    "studylib.net (document host); original: United Nations",
    "https://studylib.net/doc/17690856/a-general-assembly-united-nations-human-rights-council",
    "document", note=MIRROR)
src("studylib-17688893", "Application form for a Human Rights Council mandate (copy, second part)",
    "studylib.net (document host); original: OHCHR",
    "https://studylib.net/doc/17688893/second-part---application-form-in-word", "document",
    note=MIRROR)
src("irishecho-2020", "Mullally takes on UN human trafficking post", "Irish Echo",
    "https://www.irishecho.com/2020/07/mullally-takes-on-un-human-trafficking-post/",
    date="2020-07")
src("reliefweb-bgd", "Bangladesh: UN human rights expert to assess trafficking in persons",
    "ReliefWeb (OCHA)",
    "https://reliefweb.int/report/bangladesh/bangladesh-un-human-rights-expert-assess-trafficking-"
    "persons-enbn", "press_release")
src("ungift-icat-about2", "About ICAT (UN.GIFT site)", "UN.GIFT",
    "https://www.ungift.org/icat/about-icat2.html")
src("ungift-icat-abouticat", "About ICAT (UN.GIFT knowledge hub)", "UN.GIFT",
    "http://www.ungift.org/knowledgehub/icat/aboutICAT.html")
src("ungift-2012-01", "UN.GIFT welcomes ICAT in the UN.GIFT.HUB", "UN.GIFT",
    "http://www.ungift.org/knowledgehub/en/stories/january2012/un.gift-welcomes-icat-in-the-"
    "un.gift.hub.html", date="2012-01")
src("icat-home", "ICAT home page", "Inter-Agency Coordination Group against Trafficking in Persons "
    "(ICAT)", "https://icat.un.org/")
src("icat-2018-05", "First high-level meeting of ICAT promotes better coordination to end human "
    "trafficking", "Inter-Agency Coordination Group against Trafficking in Persons (ICAT)",
    "https://icat.un.org/events/05-2018/first-high-level-meeting-icat-promotes-better-"
    "coordination-end-human-trafficking", date="2018-05")
src("un-pga-2010", "Statement of the President of the General Assembly on the launch of the UN "
    "Voluntary Trust Fund for victims of trafficking (4 Nov 2010)",
    "United Nations, President of the General Assembly",
    "http://www.un.org/en/ga/president/65/statements/trafficking41010.shtml", date="2010-11-04")
src("paperzz-gpa", "United Nations Global Plan of Action to Combat Trafficking in Persons (copy)",
    "paperzz.com (document host); original: United Nations",
    "https://paperzz.com/doc/9392007/global-plan-of-action-to-combat-trafficking-in-persons",
    "document", note=MIRROR)
src("wikipedia-gpa", "Global Plan of Action to Combat Trafficking in Persons (Wikipedia article)",
    "Wikipedia", "https://en.wikipedia.org/wiki/Global_Plan_of_Action_to_Combat_Trafficking_in_Persons")
src("unaus-2014", "World Day against Trafficking in Persons", "United Nations Association of "
    "Australia (un.org.au)", "https://un.org.au/2014/07/30/world-day-against-trafficking-in-persons/",
    date="2014-07-30")
src("ungift-committee", "UN.GIFT Steering Committee", "UN.GIFT",
    "http://www.ungift.org/ungift/en/about/committee.html")
src("unodc-vienna-forum", "UN.GIFT and UNODC host first global forum on human trafficking",
    "UNODC", "https://unodc.org/unodc/en/frontpage/un.gift-and-unodc-host-first-global-forum-on-"
    "human-trafficking.html", date="2008-02")
src("osce-221426", "OSCE Special Representative addresses the Group of Friends United against "
    "Human Trafficking (news item)", "OSCE", "https://osce.org/secretariat/221426", "press_release",
    "2016-02")

# --- section 5: European Union
src("eurlex-dir-2011-36", "Directive 2011/36/EU on preventing and combating trafficking in human "
    "beings and protecting its victims (ELI page)", "EUR-Lex (Publications Office of the EU)",
    "https://eur-lex.europa.eu/eli/dir/2011/36", "document")
src("eumonitor-2011-36", "Directive 2011/36/EU dossier", "EU Monitor (PDC Informatie Architectuur)",
    "https://eumonitor.eu/9353000/1/j9vvik7m1c3gyxp/vitgbgj2z7xy")
src("acams", "The European anti-human trafficking legal and policy framework: the EU's "
    "anti-trafficking directive", "ACAMS Today",
    "https://www.acamstoday.org/the-european-anti-human-trafficking-legal-and-policy-framework-the-"
    "eus-anti-trafficking-directive/")
src("ihrec", "Commission takes on new role as Ireland's National Rapporteur on the trafficking of "
    "human beings", "Irish Human Rights and Equality Commission",
    "https://www.ihrec.ie/commission-takes-on-new-role-as-irelands-national-rapporteur-on-the-"
    "trafficking-of-human-beings", "press_release")
src("eurlex-2024-1712-da", "Directive (EU) 2024/1712 amending Directive 2011/36/EU (Official "
    "Journal, Danish language version)", "EUR-Lex (Publications Office of the EU)",
    "https://eur-lex.europa.eu/legal-content/DA/TXT/HTML/?uri=OJ%3AL_202401712", "document",
    "2024-06-24")
src("alliancevita-2024", "European Parliament: surrogate motherhood included under human "
    "trafficking", "Alliance VITA",
    "https://alliancevita.org/en/2024/04/european-parliament-surrogate-motherhood-included-under-"
    "human-trafficking", date="2024-04")
src("hts-germany", "Monitoring report: human trafficking in Germany",
    "Human Trafficking Search (humantraffickingsearch.org)",
    "https://humantraffickingsearch.org/resource/monitoring-report-human-trafficking-in-germany")
src("ec-atc", "EU Anti-Trafficking Coordinator", "European Commission",
    "https://ec.europa.eu/anti-trafficking/eu-anti-trafficking-coordinator_en")
src("europa-ip-10-1715", "Press release IP/10/1715: appointment of the EU Anti-Trafficking "
    "Coordinator", "European Commission",
    "http://europa.eu/rapid/press-release_IP-10-1715_en.htm", "press_release", "2010-12-14")
src("ewl-2010", "EWL delighted at appointment of current Secretary General to post of EU "
    "Anti-Trafficking Coordinator", "European Women's Lobby",
    "http://womenlobby.org/EWL-delighted-at-appointment-of-current-Secretary-General-to-post-of-EU-Anti",
    "press_release", "2010-12-15")
src("eurlex-swd-2014-318", "SWD(2014) 318: mid-term report on the implementation of the EU "
    "Strategy towards the Eradication of Trafficking in Human Beings",
    "EUR-Lex (Publications Office of the EU)",
    "http://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:52014SC0318&from=LT",
    "document", "2014")
src("eurlex-com-2021-171", "COM(2021) 171 final: EU Strategy on Combatting Trafficking in Human "
    "Beings 2021-2025", "EUR-Lex (Publications Office of the EU)",
    "http://eur-lex.europa.eu/legal-content/EN/TXT/?uri=COM:2021:0171:FIN", "document",
    "2021-04-14")
src("kormany-strategy", "European Union publishes anti-trafficking strategy",
    "Hungarian Government anti-trafficking site (thb.kormany.hu)",
    "https://thb.kormany.hu/european-union-publishes-anti-trafficking-strategy", date="2021-04")
src("agensir-2021", "Trafficking in human beings: EU Commission prevention and contrast actions",
    "SIR (Servizio Informazione Religiosa)",
    "https://www.agensir.it/quotidiano/2021/4/14/trafficking-in-human-beings-eu-commission-"
    "prevention-and-contrast-actions-fighting-criminal-business-protecting-victims/",
    date="2021-04-14")
src("termcoord-2016", "IATE term of the week: EU Anti-Trafficking Coordinator",
    "TermCoord (European Parliament terminology coordination)",
    "https://termcoord.eu/2016/10/iate-term-week-eu-anti-trafficking-coordinator/", date="2016-10")
src("teamwork-eu-tools", "EU tools and networks", "Teamwork against trafficking for labour "
    "exploitation (project site)",
    "https://www.teamwork-against-trafficking-for-labour-exploitation.nl/documents/eu-tools-and-networks")
src("bsr-jad-2022", "910 potential victims of human trafficking identified across Europe",
    "Border Security Report",
    "https://www.border-security-report.com/910-potential-victims-of-human-trafficking-identified-"
    "across-europe/", date="2022")
src("civiltoday-2023", "Europol action: 21 arrested for labour exploitation and 261 victims "
    "identified", "civil.today",
    "https://civil.today/europol-action-21-arrested-for-labour-exploitation-and-261-victims-identified",
    date="2023-06")
src("ec-joint-statement-2018", "Heads of ten EU agencies commit to working together against "
    "trafficking in human beings", "European Commission",
    "https://ec.europa.eu/anti-trafficking/eu-policy/heads-ten-eu-agencies-commit-working-together-"
    "against-trafficking-human-beings_en", date="2018-06-13")
src("govworld-2018", "News item on the 2018 joint statement of EU agencies against trafficking",
    "government-world.com", "http://government-world.com/?p=384165", date="2018")
src("europol-jha-report", "EU agencies issue report on joint THB actions", "Europol",
    "https://europol.europa.eu/media-press/newsroom/news/eu-agencies-issue-report-joint-thb-actions",
    "press_release")
src("fra-2021", "EU agencies present first full overview of actions to detect and protect victims "
    "of human trafficking", "European Union Agency for Fundamental Rights (FRA)",
    "https://fra.europa.eu/nl/news/2021/eu-agencies-present-first-full-overview-actions-detect-and-"
    "protect-victims-human", "press_release", "2021")
src("eurojust-2011", "Eurojust press release of 1 July 2011", "Eurojust",
    "http://www.eurojust.europa.eu/press/PressReleases/Pages/2011/2011-07-01.aspx",
    "press_release", "2011-07-01")

# --- section 6: ILO, IOM, ICMPD, INTERPOL
src("ijrc-2015", "Modernization of forced labour convention set to enter into force",
    "International Justice Resource Center",
    "https://ijrcenter.org/2015/12/01/modernization-of-forced-labour-convention-set-to-enter-into-"
    "force", date="2015-12-01")
src("ilo-normlex-p029", "P029 - Protocol of 2014 to the Forced Labour Convention, 1930 (NORMLEX)",
    "International Labour Organization",
    "https://webapps.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A12100%3A0%3A%3ANO%3A12100%3A"
    "P12100_INSTRUMENT_ID%3A3174672%3ANO", "treaty_text")
src("loc-2016", "International Labour Organization: Forced Labor Protocol enters into effect",
    "Library of Congress (Global Legal Monitor)",
    "https://loc.gov/law/foreign-news/article/international-labour-organization-forced-labor-"
    "protocol-enters-into-effect/", date="2016-11")
src("aspireias", "Historic ratification (current affairs note on ILO C182)", "Aspire IAS",
    "https://www.aspireias.com/current-affairs-news-analysis-editorials/Historic-ratification",
    date="2020-08")
src("daytondaily-2020", "UN agency hails historic first with child labor convention",
    "Dayton Daily News (AP)",
    "https://www.daytondailynews.com/news/nation-world/un-agency-hails-historic-first-with-child-"
    "labor-convention/6CSKSKRXD5E7VLB3IL2PRRDKYE/", date="2020-08")
src("iuf-2020", "Universal ratification of ILO convention on child labour: now it's time to "
    "implement", "IUF",
    "https://www.iuf.org/news/universal-ratification-of-ilo-convention-on-child-labour-now-it-s-"
    "time-to-implement/", date="2020")
src("alliance87-node62", "Alliance 8.7 launch (Spanish-language page)", "Alliance 8.7",
    "https://alliance87.org/es/node/62")
src("wiltonpark-wp1522", "Alliance 8.7 strategy workshop (WP1522)", "Wilton Park",
    "https://www.wiltonpark.org.uk/event/alliance-8-7-strategy-workshop-wp1522/")
src("unsd-32967", "Alliance 8.7 (partnership page)",
    "United Nations, Sustainable Development partnerships platform",
    "https://sustainabledevelopment.un.org/partnership/?p=32967")
src("alliance87-about", "About Alliance 8.7", "Alliance 8.7", "https://alliance87.org/about")
src("iom-eea", "Counter trafficking in human beings (IOM East and Horn of Africa)", "IOM",
    "https://eea.iom.int/counter-trafficking-human-beings")
src("oim-ro", "Leveraging IOM data to end human trafficking", "IOM Romania",
    "https://oim.ro/en/resources/iom-reports/677-leveraging-iom-data-to-end-human-trafficking",
    "document")
src("unsd-30110", "Counter Trafficking Data Collaborative (partnership page)",
    "United Nations, Sustainable Development partnerships platform",
    "https://sustainabledevelopment.un.org/partnership/?p=30110")
src("unmn-ctdc", "Counter Trafficking Data Collaborative (CTDC)", "United Nations Network on "
    "Migration", "https://migrationnetwork.un.org/practice/counter-trafficking-data-collaborative-ctdc")
src("wn-icmpd-2017", "Towards a balanced narrative on migration", "WN (article.wn.com)",
    "https://article.wn.com/view/2017/01/25/Towards_a_balanced_narrative_on_migration/",
    date="2017-01-25")
src("icmpd-atp", "ICMPD Anti-Trafficking Programme: Platform of National Anti-Trafficking "
    "Coordinators", "ICMPD",
    "http://www.icmpd.org/our-work/capacity-building/programmes/anti-trafficking-programme/"
    "platform-of-national-anti-trafficking-coordinators/")
src("captivedaughters-2009", "South-Eastern Europe: Transnational Referral Mechanism (blog post)",
    "Captive Daughters (blog)",
    "http://captivedaughters.blogspot.com/2009/07/south-eastern-europe-transnational.html",
    date="2009-07")
src("interpol-response", "Human trafficking and migrant smuggling: our response", "INTERPOL",
    "https://www.interpol.int/Crimes/Human-trafficking-and-migrant-smuggling/Our-response")
src("publicnow-liberterra", "INTERPOL operation Liberterra II: preliminary results (press release)",
    "PublicNow (copy of an INTERPOL press release)",
    "https://publicnow.com/view/F74E5ECF70F7E61D8C54D833445A19F2B2EFF5F6", "press_release",
    "2024-11", note=MIRROR)
src("selec-2016", "4th INTERPOL Global Trafficking in Human Beings Conference",
    "Southeast European Law Enforcement Center (SELEC)",
    "https://www.selec.org/4th-interpol-global-trafficking-in-human-beings-conference/",
    date="2016-10")

# ============================================================================================
# Organisations
# ============================================================================================




GRANTS_NOTE = ("Not named in facts.md; the organisation appears as grantee or funder in the US "
               "State Department G/TIP grants data (src.ds.scorecard-funding).")

# --- United Nations system
org("org.un", "United Nations", "igo", "global",
    S("unodc-ctoc-signatures", "un-pga-2010", "osce-221426"), "inferred", acronym="UN",
    aliases="UN;United Nations Organization;Vereinte Nationen;Nations Unies;ONU", hq="USA",
    description="Adopted the Palermo Protocol and UNTOC through General Assembly resolution 55/25 "
    "(15 Nov 2000); its system-wide anti-trafficking coordination runs through ICAT.",
    note="HQ inferred: the Voluntary Trust Fund was launched in New York and the Group of Friends "
    "United against Human Trafficking is a member-state group in New York; the HQ itself is not "
    "stated in facts.md.")
org("org.un-ga", "United Nations General Assembly", "igo_unit", "global",
    S("unodc-ctoc-signatures", "icat-about", "un-pga-2010"), acronym="UNGA",
    aliases="General Assembly;UN General Assembly", parent="org.un",
    description="Adopted the Palermo Protocol (A/RES/55/25, 2000), formally established ICAT "
    "(A/RES/61/180, 2007), adopted the Global Plan of Action (A/RES/64/293, 2010) and designated "
    "30 July as World Day against Trafficking in Persons (A/RES/68/192).")
org("org.ecosoc", "United Nations Economic and Social Council", "igo_unit", "global",
    S("ohchr-trafficking-index", "icat-about"), acronym="ECOSOC", parent="org.un",
    description="Endorsed the creation of the Special Rapporteur mandate (decision 2004/228); its "
    "resolution 2006/27 led to the first ICAT meeting in Tokyo (2006).")
org("org.un-chr", "United Nations Commission on Human Rights", "igo_unit", "global",
    S("ohchr-trafficking-index", "stopvaw-2004", "ohchr-huda-2004"), acronym="CHR",
    aliases="Commission on Human Rights;UN Commission on Human Rights", parent="org.un",
    description="Created the mandate of the Special Rapporteur on trafficking in persons, "
    "especially women and children, by decision 2004/110 (60th session, approved 19 April 2004); "
    "its Chair appointed the first mandate holder in October 2004.",
    note="Replaced by the Human Rights Council; the date of replacement is not in facts.md.")
org("org.un-hrc", "United Nations Human Rights Council", "igo_unit", "global",
    S("ohchr-2014-reflections", "stopvaw-sr", "ohchr-trafficking-index"), acronym="HRC",
    aliases="Human Rights Council;UN Human Rights Council", parent="org.un",
    description="Renewed the Special Rapporteur mandate by resolutions 8/12 (2008), 17/1 (2011), "
    "26/8 (2014) and 35/5 (2017); appointed Giammarinaro (2014) and Mullally (2020).")
org("org.unodc", "United Nations Office on Drugs and Crime", "un_agency", "global",
    S("ipfs-untoc-wiki", "icat-about", "unvtf-about", "icat-briefing"), acronym="UNODC",
    aliases="United Nations Office on Drugs and Crime;UN Office on Drugs and Crime;UNODC;"
    "Office des Nations Unies contre la drogue et le crime;ONUDC", hq="AUT",
    parent="org.un", url="https://www.unodc.org",
    description="Custodian of UNTOC and its protocols (incl. the Palermo Protocol); coordinator of "
    "ICAT; administers the UN Voluntary Trust Fund for Victims of Trafficking in Persons. Its "
    "Global Programme against Trafficking in Human Beings was launched in March 1999 with UNICRI.",
    note="HQ Vienna: UNODC is one of the three Vienna-based ICAT members (2018 briefing); the UNVTF "
    "Secretariat is in Vienna.")
org("org.unodc-htmss", "Human Trafficking and Migrant Smuggling Section (UNODC)", "igo_unit",
    "global", S("unodc-2024-11-raids"), aliases="Action against Human Trafficking and Migrant "
    "Smuggling (UNODC);UNODC HTMSS", parent="org.unodc",
    description="UNODC unit led in 2024 by Ilias Chatzis, Chief, Action against Human Trafficking "
    "and Migrant Smuggling.",
    note="The source gives the chief's title; the section name and the HTMSS acronym are the "
    "project's rendering of that title.")
org("org.unvtf", "United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, "
    "especially Women and Children", "donor", "global", S("unvtf-about", "un-pga-2010"),
    acronym="UNVTF", aliases="UN Voluntary Trust Fund for Victims of Trafficking;UN Trust Fund for "
    "Victims of Trafficking;UN Voluntary Trust Fund", hq="AUT", parent="org.unodc",
    founded="2010-07",
    description="Established by the Global Plan of Action (A/RES/64/293, July 2010); launched in New "
    "York on 4 Nov 2010; administered by UNODC with a Secretariat in Vienna; Board of five experts "
    "appointed by the UN Secretary-General for three-year terms; grants to civil-society "
    "organisations assisting more than 5,000 people a year.",
    note="parent = administered by UNODC (the fund is not formally a UNODC unit).")
org("org.unicri", "United Nations Interregional Crime and Justice Research Institute", "un_agency",
    "global", S("protectionproject-gpat"), acronym="UNICRI", parent="org.un",
    description="Designed the UN Global Programme against Trafficking in Human Beings with UNODC "
    "(launched March 1999).")
org("org.un-gift", "United Nations Global Initiative to Fight Human Trafficking", "network",
    "global", S("wunrn-2007", "ungift-committee"), acronym="UN.GIFT",
    aliases="UN.GIFT;UNGIFT;Global Initiative to Fight Human Trafficking", founded="2007-03-26",
    description="Launched in London on 26 March 2007 by UNODC with funding from the United Arab "
    "Emirates (Crown Prince of Abu Dhabi); Steering Committee of ILO, IOM, OSCE, UNICEF, UNODC and "
    "OHCHR plus a representative of the Abu Dhabi donor. Co-hosted the Vienna Forum (Feb 2008).")
org("org.icat", "Inter-Agency Coordination Group against Trafficking in Persons", "network",
    "global", S("icat-about", "ungift-icat-about2", "icat-home"), acronym="ICAT",
    aliases="Inter-Agency Coordination Group against Trafficking in Persons (ICAT);"
    "Inter-Agency Cooperation Group against Trafficking in Persons", url="https://icat.un.org",
    founded="2007-03",
    description="UN inter-agency policy forum on trafficking: first met in Tokyo in Sept 2006 "
    "(hosted by Japan, following ECOSOC res. 2006/27), formally established in March 2007 by GA "
    "res. 61/180, coordinated by UNODC. Working Group and rotating Chair since Oct 2010; heads' "
    "meetings 2018 (London) and 2021 (Call for Action). Size grew from 16 organisations (Jan 2012) "
    "to 23 (2018) and thirty entities (Nov 2021).",
    note="DISAGREE in facts.md is a change over time, not a conflict: 16 (2012), 23 (2018), 30 "
    "(2021). The alias 'Inter-Agency Cooperation Group' is an older spelling used by some pages "
    "(project's addition; re-check).")
org("org.un-sr-tip", "UN Special Rapporteur on trafficking in persons, especially women and "
    "children", "un_mechanism", "global",
    S("ohchr-trafficking-index", "stopvaw-2004", "ohchr-2014-reflections"),
    aliases="Special Rapporteur on trafficking in persons, especially women and children;"
    "UN Special Rapporteur on trafficking in persons;UN Special Rapporteur on Trafficking;"
    "SR on trafficking in persons;SRTIP", parent="org.un", founded="2004-04-19",
    description="Thematic special procedure created by CHR decision 2004/110 (approved 19 April "
    "2004; endorsed by ECOSOC decision 2004/228), renewed by the Human Rights Council in 2008, "
    "2011, 2014 and 2017. Mandate holders: Sigma Huda (2004-2008), Joy Ngozi Ezeilo (2008-2014), "
    "Maria Grazia Giammarinaro (2014-2020), Siobhán Mullally (from July 2020).",
    note="parent = the UN (special procedures report to the Human Rights Council). The acronym "
    "SRTIP is an informal short form (project's addition).")
org("org.ohchr", "Office of the United Nations High Commissioner for Human Rights", "un_agency",
    "global", S("ungift-committee", "ohchr-trafficking-index"), acronym="OHCHR",
    aliases="UN Human Rights Office;Office of the High Commissioner for Human Rights;"
    "UN Human Rights;OHCHR", parent="org.un",
    description="Member of the UN.GIFT Steering Committee; supports the mandate of the Special "
    "Rapporteur on trafficking in persons (mandate page on ohchr.org).")
org("org.unicef", "United Nations Children's Fund", "un_agency", "global",
    S("ungift-icat-abouticat", "ungift-committee", "ungift-2012-01"), acronym="UNICEF",
    aliases="UNICEF;United Nations International Children's Emergency Fund;UN Children's Fund",
    parent="org.un",
    description="Founding ICAT participant (Tokyo 2006), ICAT chair in January 2012 and member of "
    "the UN.GIFT Steering Committee.",
    note="The historical long name is the project's addition.")
org("org.unhcr", "Office of the United Nations High Commissioner for Refugees", "un_agency",
    "global", S("ungift-icat-abouticat", "src.ds.dieghernan-country-orgs"), acronym="UNHCR",
    aliases="UNHCR;UN Refugee Agency;United Nations High Commissioner for Refugees",
    parent="org.un", description="Founding ICAT participant (Tokyo meeting, 2006).")
org("org.un-daw", "United Nations Division for the Advancement of Women", "igo_unit", "global",
    S("ungift-icat-abouticat"), acronym="UNDAW", aliases="DAW;Division for the Advancement of Women",
    parent="org.un", description="Founding ICAT participant (Tokyo meeting, 2006).")
org("org.un-women", "United Nations Entity for Gender Equality and the Empowerment of Women",
    "un_agency", "global", GRANTS, "inferred", acronym="UN Women", aliases="UN Women;UN-Women",
    parent="org.un",
    note=GRANTS_NOTE.replace("the organisation appears", "its predecessor UNIFEM (org.unifem) "
    "appears") + " UN Women itself is not named there; minimal record so that other files can "
    "reference it. Needs a direct source before publishing.")
org("org.undp", "United Nations Development Programme", "un_agency", "global", GRANTS,
    "inferred", acronym="UNDP", aliases="UNDP;UN Development Programme", parent="org.un",
    note=GRANTS_NOTE)
org("org.unfpa", "United Nations Population Fund", "un_agency", "global", GRANTS, "inferred",
    acronym="UNFPA", aliases="UNFPA;United Nations Fund for Population Activities",
    parent="org.un",
    note="Minimal record defined on request so that other files can reference it. UNFPA is NOT "
    "named in facts.md nor found in the grants file src.ds.scorecard-funding: the citation is a "
    "placeholder and needs a direct source before publishing.")
org("org.group-of-friends-tip", "Group of Friends United against Human Trafficking", "network",
    "global", S("osce-221426"), aliases="Group of Friends United against Trafficking in Persons",
    description="Group of UN member states in New York; the OSCE Special Representative addressed "
    "it on 9 Feb 2016 (meeting with ICAT participation).",
    note="Alias is the project's variant spelling.")

# --- ILO, IOM, ICMPD, INTERPOL
org("org.ilo", "International Labour Organization", "un_agency", "global",
    S("ijrc-2015", "ungift-icat-abouticat", "unsd-32967"), acronym="ILO",
    aliases="ILO;International Labour Organisation;International Labour Office;OIT;"
    "Organisation internationale du Travail", parent="org.un", url="https://www.ilo.org",
    description="UN specialised agency that adopted the forced-labour standards C029 (1930), C105 "
    "(1957), C182 (1999) and the Protocol of 2014 (P029) with Recommendation 203; runs the 50 for "
    "Freedom campaign; holds the Alliance 8.7 Secretariat; founding ICAT participant; UN.GIFT "
    "Steering Committee member.",
    note="'International Labour Organisation' is the spelling of the C105 treaty text.")
org("org.ilo-ipec", "International Programme on the Elimination of Child Labour", "igo_unit",
    "global", GRANTS, "inferred", acronym="ILO-IPEC", aliases="ILO-IPEC;IPEC;ILO IPEC",
    parent="org.ilo", note=GRANTS_NOTE + " The full name is the project's expansion of IPEC.")
org("org.iom", "International Organization for Migration", "igo", "global",
    S("iom-eea", "oim-ro", "ungift-icat-abouticat", "src.ds.dieghernan-country-orgs"),
    acronym="IOM", aliases="International Organisation for Migration;UN Migration;IOM;OIM;"
    "Organisation internationale pour les migrations;Organización Internacional para las "
    "Migraciones", url="https://www.iom.int",
    description="Working against trafficking since 1994; has assisted more than 100,000 victims "
    "(about 8,000 a year; more than 55,000 case records in its database), the largest global actor "
    "in victim assistance; runs the Counter Trafficking Data Collaborative (2017, relaunched June "
    "2024); founding ICAT participant; UN.GIFT Steering Committee member.",
    note="Not given a parent: facts.md does not state its relation to the UN system.")
org("org.iom-ctdc", "Counter Trafficking Data Collaborative", "network", "global",
    S("unsd-30110", "unmn-ctdc"), acronym="CTDC", parent="org.iom", founded="2017",
    description="First global multi-stakeholder data hub on human trafficking, launched by IOM in "
    "2017 and relaunched in June 2024; contributors include Polaris and A21.")
org("org.alliance-8-7", "Alliance 8.7", "network", "global",
    S("alliance87-node62", "wiltonpark-wp1522", "unsd-32967", "alliance87-about"),
    aliases="Alliance 8.7 global partnership", url="https://alliance87.org", founded="2016-09-21",
    description="Global partnership for SDG target 8.7 (end forced labour, modern slavery, human "
    "trafficking and child labour), launched in New York on 21 Sept 2016; Secretariat held by the "
    "ILO; Pathfinder countries and four Action Groups; strategic workshops 2017 and 2022, "
    "Pathfinder Strategy 2018.",
    note="The expansion of SDG target 8.7 is the project's summary.")
org("org.icmpd", "International Centre for Migration Policy Development", "igo", "regional",
    S("wn-icmpd-2017", "icmpd-atp", "icat-briefing", "captivedaughters-2009"),
    acronym="ICMPD",
    aliases="ICMPD;International Centre for Migration Policy Development (ICMPD)", hq="AUT",
    url="https://www.icmpd.org", founded="1993",
    description="Founded in 1993 by Austria and Switzerland; HQ Vienna; 14 member states (2017); "
    "UN observer. Anti-Trafficking Programme since 2002 (started in South-Eastern Europe and the "
    "EU; Platform of National Anti-Trafficking Coordinators; Transnational Referral Mechanism in "
    "SEE); Secretariat of the Prague Process and the Budapest Process; ICAT member (2018).",
    note="Scope 'regional' is the project's reading (European member states).")
org("org.interpol", "International Criminal Police Organization", "law_enforcement", "global",
    S("interpol-response", "publicnow-liberterra", "src.ds.dieghernan-country-orgs"),
    acronym="INTERPOL", aliases="INTERPOL;Interpol;ICPO-INTERPOL;ICPO", url="https://www.interpol.int",
    description="Supports trafficking investigations with I-24/7, notices and the Odyssey crime "
    "analysis file; regional operations Turquesa, WEKA and Storm Makers and global operation "
    "Liberterra (Liberterra II, 2024); held its 4th Global THB Conference in Lugano (2016).",
    note="Name of its THB unit not verified (facts.md), so no unit is recorded.")

# --- European Union
org("org.eu", "European Union", "igo", "regional",
    S("eurlex-dir-2011-36", "ec-atc", "src.ds.dieghernan-country-orgs"), acronym="EU",
    aliases="EU;European Union (EU);Union européenne;UE",
    description="Binds its member states (except Denmark) by Directive 2011/36/EU, amended by "
    "Directive (EU) 2024/1712; EU Strategies on trafficking 2012-2016 and 2021-2025; EU "
    "Anti-Trafficking Day on 18 October.")
org("org.eu-commission", "European Commission", "eu_body", "regional",
    S("ec-atc", "eurlex-com-2021-171", "agensir-2021"), acronym="EC",
    aliases="Commission of the European Union;EU Commission;European Commission (EC)",
    parent="org.eu",
    description="Hosts the EU Anti-Trafficking Coordinator; proposed Directive 2011/36/EU "
    "(COM(2010)95) and adopted the EU Strategy on Combatting Trafficking in Human Beings "
    "2021-2025 (COM(2021) 171, 14 April 2021); launched the EU Civil Society Platform against THB "
    "(2013).")
org("org.eu-dg-home", "Directorate-General for Migration and Home Affairs", "eu_body", "regional",
    S("ec-atc"), acronym="DG HOME", aliases="DG HOME;DG Migration and Home Affairs",
    parent="org.eu-commission",
    description="Commission department whose Deputy Director-General Olivier Onidi was acting EU "
    "Anti-Trafficking Coordinator (March 2020 - June 2021).",
    note="Full name of DG HOME is the project's expansion.")
org("org.eu-atc", "EU Anti-Trafficking Coordinator", "eu_body", "regional",
    S("ec-atc", "europa-ip-10-1715", "termcoord-2016"), acronym="ATC",
    aliases="EU Anti-Trafficking Coordinator;Office of the EU Anti-Trafficking Coordinator;"
    "European Union Anti-Trafficking Coordinator;EU ATC", parent="org.eu-commission",
    description="Commission-based post with tasks set in Directive 2011/36/EU; monitors the EU "
    "Strategy 2021-2025 and contributes to the biennial progress reports. Holders: Myria "
    "Vassiliadou (2011 - Feb 2020), Olivier Onidi (acting, March 2020 - June 2021), Diane Schmitt "
    "(from 1 July 2021).")
org("org.european-parliament", "European Parliament", "eu_body", "regional",
    S("alliancevita-2024"), acronym="EP", parent="org.eu",
    description="Voted on 22 April 2024 (563 for, 7 against, 17 abstentions) for the amendment of "
    "the anti-trafficking Directive that became Directive (EU) 2024/1712.")
org("org.eu-council", "Council of the European Union", "eu_body", "regional",
    S("teamwork-eu-tools"), aliases="Council of the EU;EU Council", parent="org.eu",
    description="Its Council Conclusions (2009) set up the informal EU Network of National "
    "Rapporteurs or Equivalent Mechanisms.")
org("org.eu-nrem", "EU Network of National Rapporteurs or Equivalent Mechanisms on Trafficking in "
    "Human Beings", "network", "regional", S("teamwork-eu-tools"), acronym="NREM",
    aliases="EU Network of National Rapporteurs;EU Network of National Rapporteurs and Equivalent "
    "Mechanisms", parent="org.eu", founded="2009",
    description="Informal network set up in 2009 (Council Conclusions); meets twice a year.",
    note="Acronym NREM is the project's short form.")
org("org.eu-csp-thb", "EU Civil Society Platform against Trafficking in Human Beings", "network",
    "regional", S("teamwork-eu-tools"), aliases="EU Civil Society Platform against THB;"
    "EU Civil Society e-Platform against THB", parent="org.eu-commission", founded="2013",
    description="Launched by the European Commission in 2013, with an e-Platform.")
org("org.europol", "European Union Agency for Law Enforcement Cooperation", "law_enforcement",
    "regional", S("bsr-jad-2022", "ec-joint-statement-2018", "europol-jha-report"),
    acronym="Europol", aliases="Europol;European Police Office", parent="org.eu",
    url="https://www.europol.europa.eu",
    description="Coordinates operational information exchange in the EMPACT Joint Action Days on "
    "trafficking; signed the 2018 joint statement of ten EU agencies; co-author of the 2012-2014 "
    "JHA agencies report on THB.",
    note="Full name and the former name 'European Police Office' are the project's addition.")
org("org.eurojust", "European Union Agency for Criminal Justice Cooperation", "judicial",
    "regional", S("eurojust-2011", "ec-joint-statement-2018", "fra-2021"), acronym="Eurojust",
    aliases="Eurojust", parent="org.eu",
    description="Handles more than 80 trafficking cases a year (2011), with a Trafficking and "
    "Related Crimes Team (chaired by Ola Laurell in 2011); held the JHA agencies' network "
    "presidency when the 2021 compendium was issued.",
    note="Full name is the project's addition.")
org("org.frontex", "European Border and Coast Guard Agency", "law_enforcement", "regional",
    S("ec-joint-statement-2018", "civiltoday-2023"), acronym="Frontex", aliases="Frontex",
    parent="org.eu",
    description="Signed the 2018 joint statement of EU agencies against THB; took part in the "
    "June 2023 EMPACT Joint Action Day on labour exploitation.",
    note="Full name is the project's addition; facts.md does not verify a THB mandate beyond the "
    "joint statements.")
org("org.cepol", "European Union Agency for Law Enforcement Training", "eu_body", "regional",
    S("ec-joint-statement-2018", "europol-jha-report"), acronym="CEPOL", aliases="CEPOL",
    parent="org.eu",
    description="Signed the 2018 joint statement of EU agencies against THB; co-author of the "
    "2012-2014 JHA agencies report on THB.",
    note="Full name is the project's addition; facts.md does not verify a THB mandate beyond the "
    "joint statements.")
org("org.fra", "European Union Agency for Fundamental Rights", "eu_body", "regional",
    S("fra-2021", "ec-joint-statement-2018"), acronym="FRA",
    aliases="FRA;EU Fundamental Rights Agency", parent="org.eu",
    description="Signed the 2018 joint statement of EU agencies against THB; its Director Michael "
    "O'Flaherty presented the 2021 JHA agencies compendium on victims of trafficking.")
org("org.easo", "European Asylum Support Office", "eu_body", "regional",
    S("ec-joint-statement-2018", "europol-jha-report"), acronym="EASO", parent="org.eu",
    description="Signed the 2018 joint statement; chaired the JHA agencies' network in 2014.")
org("org.eu-lisa", "European Union Agency for the Operational Management of Large-Scale IT "
    "Systems in the Area of Freedom, Security and Justice", "eu_body", "regional",
    S("ec-joint-statement-2018", "fra-2021"), acronym="eu-LISA", parent="org.eu",
    description="Signed the 2018 joint statement of EU agencies against THB.",
    note="Full name is the project's addition.")
org("org.emcdda", "European Monitoring Centre for Drugs and Drug Addiction", "eu_body", "regional",
    S("ec-joint-statement-2018"), acronym="EMCDDA", parent="org.eu",
    description="Signed the 2018 joint statement of EU agencies against THB.",
    note="Full name is the project's addition.")
org("org.eige", "European Institute for Gender Equality", "eu_body", "regional",
    S("ec-joint-statement-2018", "fra-2021"), acronym="EIGE", parent="org.eu",
    description="Signed the 2018 joint statement of EU agencies against THB.",
    note="Full name is the project's addition.")
org("org.eurofound", "European Foundation for the Improvement of Living and Working Conditions",
    "eu_body", "regional", S("ec-joint-statement-2018"), acronym="Eurofound", parent="org.eu",
    description="Signed the 2018 joint statement of EU agencies against THB.",
    note="Full name is the project's addition.")
org("org.ela", "European Labour Authority", "eu_body", "regional", S("civiltoday-2023"),
    acronym="ELA", parent="org.eu",
    description="Took part in the June 2023 EMPACT Joint Action Day on labour exploitation.")
org("org.jhaan", "Justice and Home Affairs Agencies' Network", "network", "regional",
    S("fra-2021", "europol-jha-report"), acronym="JHAAN",
    aliases="JHA Agencies Network;Network of Justice and Home Affairs Agencies", parent="org.eu",
    description="Network of the EU justice and home affairs agencies; issued a joint THB report "
    "(Oct 2012 - Oct 2014) and, under Eurojust's presidency, the first full overview of their "
    "actions on victims of trafficking (2021).",
    note="Full name is the project's expansion of JHAAN.")

# --- United States (ids used by the derived G/TIP grants files)
org("org.usdos", "U.S. Department of State", "government", "national", GRANTS, "inferred",
    aliases="US Department of State;United States Department of State;State Department;"
    "US State Department;DOS", hq="USA", url="https://www.state.gov",
    description="Funds anti-trafficking projects through its Office to Monitor and Combat "
    "Trafficking in Persons (G/TIP); publishes the annual Trafficking in Persons Report.",
    note=GRANTS_NOTE + " The TIP Report is cited as src.usdos-tip-report.")
org("org.usdos-gtip", "Office to Monitor and Combat Trafficking in Persons", "government",
    "national", GRANTS, "inferred", acronym="G/TIP",
    aliases="G/TIP;J/TIP;TIP Office;US State Department Office to Monitor and Combat Trafficking "
    "in Persons", hq="USA", parent="org.usdos",
    description="Funder of the anti-trafficking grants 2001-2014 in the grants data.",
    note=GRANTS_NOTE + " J/TIP (later office symbol) is the project's alias.")
org("org.asia-foundation", "The Asia Foundation", "ngo", "global", GRANTS, "inferred",
    aliases="Asia Foundation;TAF", description="Grantee of US G/TIP anti-trafficking grants (e.g. "
    "Cambodia 2003-2006) in the grants data.", note=GRANTS_NOTE + " HQ not sourced.")

# ============================================================================================
# Mandates
# ============================================================================================
P4 = "theme.prevention;theme.protection;theme.prosecution"




# --- UN instruments
mandate("mandate.untoc", "United Nations Convention against Transnational Organized Crime",
        "convention", S("respect-untoc", "ipfs-untoc-wiki", "src.untc-xviii-12"), short="UNTOC",
        ref="A/RES/55/25", in_force="2003-09-29", body="org.un-ga",
        themes="theme.prosecution;theme.criminal-justice;theme.legislation;theme.partnership",
        description="Opened for signature in Palermo, 12-15 December 2000; in force 29 September "
        "2003; supplemented by the Trafficking in Persons Protocol. UNODC is custodian.",
        checked="inferred",
        note="Dates seen. Reference inferred: facts.md gives A/RES/55/25 as the resolution adopting "
        "the Protocol, which supplements the Convention (Protocol art. 1); the Convention's own "
        "adoption date is not in facts.md.")
mandate("mandate.palermo-protocol", "Protocol to Prevent, Suppress and Punish Trafficking in "
        "Persons, especially Women and Children, supplementing the United Nations Convention "
        "against Transnational Organized Crime", "protocol",
        S("unodc-ctoc-signatures", "overheid-bwbv0001749", "src.untc-xviii-12-a", "wunrn-2007",
          "src.ref.123dok-osce-review"),
        short="Palermo Protocol", ref="A/RES/55/25", adopted="2000-11-15", in_force="2003-12-25",
        body="org.un-ga",
        themes=P4 + ";theme.victim-identification;theme.assistance;theme.return-reintegration;"
        "theme.migration;theme.legislation;theme.child-trafficking",
        description="Adopted by GA resolution 55/25 of 15 Nov 2000; in force 25 Dec 2003 (art. 17: "
        "90th day after the 40th instrument). Article 3 gives the international definition of "
        "trafficking in persons (used by the OSCE). 111 ratifications by May 2007; all 57 OSCE "
        "participating States parties by Dec 2014. Depositary: UN Secretary-General (art. 20).",
        note="Treaty text also read in the Dutch treaty database copy (BWBV0001749). Ratification "
        "count 2007 from src.intl-wunrn-2007; OSCE-area count from src.ref.123dok-osce-review.")
mandate("mandate.slavery-convention-1926", "Slavery Convention", "convention",
        S("overheid-bwbv0006262"), short="Slavery Convention 1926", adopted="1926-09-25",
        themes="theme.prevention;theme.prosecution;theme.legislation;theme.labour-exploitation",
        description="Signed at Geneva on 25 September 1926 under the League of Nations (text kept "
        "in the archive of the League Secretariat); aims at the suppression of slavery and the "
        "slave trade and at preventing forced labour from developing into conditions analogous "
        "to slavery.",
        note="'adopted' is the date of signature in Geneva (treaty text). No issuing body: the "
        "League of Nations is not recorded as an organisation here.")
mandate("mandate.supplementary-slavery-convention-1956", "Supplementary Convention on the "
        "Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery",
        "convention", S("overheid-bwbv0006246"), short="Supplementary Slavery Convention 1956",
        adopted="1956-09-07",
        themes="theme.prevention;theme.prosecution;theme.legislation;theme.labour-exploitation;"
        "theme.child-trafficking",
        description="Done at the European Office of the United Nations in Geneva on 7 September "
        "1956; augments the 1926 Convention and covers debt bondage, serfdom, servile forms of "
        "marriage and the exploitation of children (art. 1). Deposited with the UN Secretariat.",
        note="'adopted' is the date of the final act in Geneva (treaty text). Issuing body left "
        "empty: a UN conference of plenipotentiaries, not a standing UN organ.")
mandate("mandate.un-gpa-2010", "United Nations Global Plan of Action to Combat Trafficking in "
        "Persons", "resolution", S("icat-about", "un-pga-2010", "paperzz-gpa", "ilo-2010-gpa",
        "wikipedia-gpa"), short="UN Global Plan of Action", ref="A/RES/64/293",
        adopted="2010-07", body="org.un-ga", themes=P4 + ";theme.partnership",
        description="Adopted by consensus by GA resolution 64/293 in July 2010 (document dated "
        "12 Aug 2010); first proposed by Belarus; established the UN Voluntary Trust Fund; "
        "appraised at a 2013 high-level meeting.",
        note="DISAGREE: the ILO 2010 statement says August; the UN and ICAT say July, which is "
        "preferred (two primary UN sources; 12 Aug is the distribution date).")
mandate("mandate.un-ga-res-61-180", "General Assembly resolution 61/180 Improving the "
        "coordination of efforts against trafficking in persons", "resolution",
        S("icat-about"), short="A/RES/61/180", ref="A/RES/61/180", body="org.un-ga",
        themes="theme.partnership;theme.coordination",
        description="Resolution under which ICAT was formally established in March 2007.",
        note="Adoption date not in facts.md. The title is the project's rendering; re-check.")
mandate("mandate.un-ga-res-68-192", "General Assembly resolution 68/192 designating the World Day "
        "against Trafficking in Persons", "resolution", S("unaus-2014"), ref="A/RES/68/192",
        body="org.un-ga", themes="theme.awareness",
        description="Designates 30 July as World Day against Trafficking in Persons (first "
        "observed 2014).", note="Adoption date not in facts.md.")
mandate("mandate.ecosoc-res-2006-27", "ECOSOC resolution 2006/27", "resolution",
        S("icat-about", "ungift-icat-about2"), ref="E/RES/2006/27", adopted="2006", body="org.ecosoc",
        themes="theme.partnership;theme.coordination",
        description="The first ICAT meeting (Tokyo, Sept 2006) responded to this resolution.",
        checked="inferred", note="Year inferred from the resolution number; E/RES reference "
        "format is the project's rendering.")
mandate("mandate.chr-dec-2004-110", "Commission on Human Rights decision 2004/110 (Special "
        "Rapporteur on trafficking in persons, especially women and children)", "decision",
        S("ohchr-trafficking-index", "stopvaw-2004"), ref="2004/110", adopted="2004-04-19",
        body="org.un-chr", themes="theme.protection;theme.prevention",
        description="Created the Special Rapporteur mandate for three years (60th session); "
        "endorsed by ECOSOC decision 2004/228.",
        note="Adoption date = the day the CHR approved the appointment of a Special Rapporteur "
        "(StopVAW).")
for ref, date, srcs, extra in [
        ("8/12", "2008-06-18", ("ohchr-2014-reflections", "stopvaw-sr"), ""),
        ("17/1", "2011-06-16", ("stopvaw-sr", "ohchr-2014-reflections"), ""),
        ("26/8", "2014-06-26", ("studylib-a-hrc-29-38", "ohchr-trafficking-index"),
         " Adopted at the 26th session of the HRC."),
        ("35/5", "2017-07", ("ohchr-trafficking-index",), "")]:
    mandate(f"mandate.hrc-res-{ref.replace('/', '-')}", f"Human Rights Council resolution {ref} "
            "(Special Rapporteur on trafficking in persons, especially women and children)",
            "resolution", S(*srcs), ref=f"A/HRC/RES/{ref}", adopted=date, body="org.un-hrc",
            themes="theme.protection;theme.prevention",
            description="Renewal of the Special Rapporteur mandate." + extra,
            note="A/HRC/RES reference format is the project's rendering of the resolution number.")

# --- ILO instruments
mandate("mandate.ilo-c029", "Forced Labour Convention, 1930 (No. 29)", "convention",
        S("aspireias"), short="C029", ref="C029", adopted="1930", body="org.ilo",
        themes="theme.labour-exploitation;theme.prevention;theme.legislation",
        description="One of the eight fundamental ILO conventions; supplemented by the Protocol of "
        "2014 (P029).", note="'adopted' gives the year in the title only.")
mandate("mandate.ilo-p029", "Protocol of 2014 to the Forced Labour Convention, 1930", "protocol",
        S("ijrc-2015", "ilo-normlex-p029", "loc-2016"), short="P029", ref="P029",
        adopted="2014-06-11", in_force="2016-11-09", body="org.ilo",
        themes="theme.labour-exploitation;theme.prevention;theme.protection;theme.assistance;"
        "theme.legislation",
        description="Adopted on 11 June 2014 by the 103rd International Labour Conference with "
        "Recommendation No. 203; in force 9 Nov 2016 after ratifications by Niger and Norway; "
        "promoted by the ILO '50 for Freedom' ratification campaign.")
mandate("mandate.ilo-r203", "Forced Labour (Supplementary Measures) Recommendation, 2014 "
        "(No. 203)", "recommendation", S("ijrc-2015", "ilo-normlex-p029"), short="R203",
        ref="R203", adopted="2014-06-11", body="org.ilo",
        themes="theme.labour-exploitation;theme.prevention;theme.protection",
        description="Adopted together with the Protocol of 2014 (P029).",
        note="The full title is the project's addition; facts.md names it 'Recommendation No. "
        "203'.")
mandate("mandate.ilo-c105", "Abolition of Forced Labour Convention, 1957 (No. 105)", "convention",
        S("aspireias", "overheid-bwbv0004945"), short="C105", ref="C105", adopted="1957-06-25",
        body="org.ilo", themes="theme.labour-exploitation;theme.legislation",
        description="Fundamental ILO convention adopted on 25 June 1957 by the 40th session of the "
        "General Conference of the ILO in Geneva.",
        note="Adoption day and session from the treaty text (Dutch treaty database copy).")
mandate("mandate.ilo-c182", "Worst Forms of Child Labour Convention, 1999 (No. 182)",
        "convention", S("aspireias", "daytondaily-2020", "iuf-2020"), short="C182", ref="C182",
        adopted="1999", body="org.ilo",
        themes="theme.child-trafficking;theme.labour-exploitation;theme.prevention;"
        "theme.protection",
        description="Covers the trafficking of children among the worst forms of child labour. "
        "Tonga's ratification on 4 Aug 2020 made it the first ILO convention ratified by all 187 "
        "member states.")

# --- EU instruments
mandate("mandate.eu-fd-2002-629", "Council Framework Decision 2002/629/JHA on combating "
        "trafficking in human beings", "decision", S("eurlex-dir-2011-36"), ref="2002/629/JHA",
        body="org.eu-council", themes="theme.prosecution;theme.legislation",
        description="Replaced by Directive 2011/36/EU.",
        note="Adoption date not in facts.md; the title after the reference is the project's "
        "rendering.")
mandate("mandate.eu-directive-2011-36", "Directive 2011/36/EU of the European Parliament and of "
        "the Council on preventing and combating trafficking in human beings and protecting its "
        "victims, and replacing Council Framework Decision 2002/629/JHA", "directive",
        S("eurlex-dir-2011-36", "eumonitor-2011-36", "acams", "ihrec"),
        short="EU Anti-Trafficking Directive", ref="Directive 2011/36/EU; OJ L 101, 15.4.2011",
        adopted="2011-04-05", in_force="2011-04-15", body="org.eu",
        url="https://eur-lex.europa.eu/eli/dir/2011/36",
        themes=P4 + ";theme.victim-identification;theme.assistance;theme.child-trafficking;"
        "theme.coordination;theme.legislation",
        description="Proposal COM(2010)95; transposition deadline 6 April 2013; binds all member "
        "states except Denmark. Article 19 requires national rapporteurs or equivalent mechanisms; "
        "sets the tasks of the EU Anti-Trafficking Coordinator. Amended by Directive (EU) "
        "2024/1712 (consolidated text from 14 July 2024).",
        note="Issuing body: European Parliament and Council, recorded as the EU.")
mandate("mandate.eu-directive-2024-1712", "Directive (EU) 2024/1712 of the European Parliament and "
        "of the Council amending Directive 2011/36/EU on preventing and combating trafficking in "
        "human beings and protecting its victims", "directive",
        S("eurlex-dir-2011-36", "eurlex-2024-1712-da", "alliancevita-2024", "hts-germany"),
        short="Amending Anti-Trafficking Directive 2024", ref="Directive (EU) 2024/1712",
        adopted="2024-06-13", in_force="2024-07-14", body="org.eu",
        themes=P4 + ";theme.legislation;theme.technology",
        description="Of 13 June 2024, published in the OJ on 24 June 2024; adds exploitation of "
        "surrogacy, forced marriage and illegal adoption to the forms of exploitation; "
        "European Parliament vote 22 April 2024 (563-7-17); two-year transposition.",
        note="theme.technology: the project's reading of the amended Directive's online "
             "dimension, not stated in facts.md; drop if unwanted.")
mandate("mandate.eu-strategy-2012-2016", "EU Strategy towards the Eradication of Trafficking in "
        "Human Beings 2012-2016", "strategy", S("eurlex-swd-2014-318"),
        short="EU Strategy 2012-2016", adopted="2012", body="org.eu-commission",
        themes=P4 + ";theme.partnership;theme.victim-identification",
        description="Five priorities; mid-term report SWD(2014) 318.",
        checked="inferred", note="Year of adoption inferred from the strategy period; the "
                                 "issuing body (Commission) from the SWD series.")
mandate("mandate.eu-strategy-2021-2025", "EU Strategy on Combatting Trafficking in Human Beings "
        "2021-2025", "strategy", S("eurlex-com-2021-171", "kormany-strategy", "agensir-2021"),
        short="EU Strategy 2021-2025", ref="COM(2021) 171 final", adopted="2021-04-14",
        body="org.eu-commission",
        themes=P4 + ";theme.demand;theme.partnership;theme.criminal-justice",
        description="Presented in Brussels on 14 April 2021 by Vice-President Margaritis Schinas and "
        "Commissioner Ylva Johansson; five priorities: a comprehensive response, reducing demand, "
        "breaking the criminal model, protecting and empowering victims, the international "
        "dimension; linked to the EU Organised Crime Strategy.")
mandate("mandate.eu-common-anti-trafficking-plan-ukraine", "EU Common Anti-Trafficking Plan "
        "(war in Ukraine)", "action_plan", S("eeas-pc1449"), adopted="2022",
        themes="theme.crisis-displacement;theme.prevention;theme.protection",
        description="EU plan on trafficking risks for people fleeing the war against Ukraine, "
        "mentioned in the EU statement to the OSCE Permanent Council of 9 Nov 2023.",
        note="Issuing body not in facts.md; the Ukraine link is from the plan's usual name, "
             "the year from facts.md.")

# ============================================================================================
# People and roles
# ============================================================================================





SR_TITLE = "Special Rapporteur on trafficking in persons, especially women and children"
ATC_TITLE = "EU Anti-Trafficking Coordinator"

# --- UN Special Rapporteurs (Giammarinaro and Mullally are defined in people.osce.csv)
person("person.sigma-huda", "Sigma Huda", S("ohchr-huda-2004", "stopvaw-sr"),
       "First UN Special Rapporteur on trafficking in persons, especially women and children "
       "(Bangladesh), appointed 8 Oct 2004 by CHR Chair Mike Smith; served to 2008.")
person("person.joy-ngozi-ezeilo", "Joy Ngozi Ezeilo", S("stopvaw-sr", "studylib-17690856"),
       "Second UN Special Rapporteur on trafficking in persons (Nigeria), 2008-2014.",
       aliases="Joy Ezeilo")
person("person.mike-smith", "Mike Smith", S("ohchr-huda-2004"),
       "Chairman of the UN Commission on Human Rights (2004); appointed Sigma Huda as Special "
       "Rapporteur.")
role("person.sigma-huda", "org.un-sr-tip", SR_TITLE, S("ohchr-huda-2004", "stopvaw-sr"),
     "2004-10-08", "2008", note="Appointed 8 Oct 2004 (announced 1 Nov 2004); succeeded by "
     "Ezeilo in 2008.")
role("person.joy-ngozi-ezeilo", "org.un-sr-tip", SR_TITLE, S("stopvaw-sr", "studylib-17690856"),
     "2008", "2014", note="Second mandate holder; 'former' SR in the 2015 report.")
role("person.maria-grazia-giammarinaro", "org.un-sr-tip", SR_TITLE,
     S("studylib-17688893", "studylib-a-hrc-29-38", "irishecho-2020"), "2014-06", "2020-07",
     checked="inferred", note="Appointed at HRC26 (June 2014), first report A/HRC/29/38 of 31 "
     "Mar 2015 (seen); end inferred from Mullally's appointment in July 2020.")
role("person.siobhan-mullally", "org.un-sr-tip", SR_TITLE, S("irishecho-2020", "reliefweb-bgd"),
     "2020-07", note="Appointed by the HRC in July 2020 after an open selection; in office at the "
     "snapshot dates.")
role("person.mike-smith", "org.un-chr", "Chairman", S("ohchr-huda-2004"), note="In office Oct "
     "2004; term dates not in facts.md.")

# --- UNODC, ICAT
person("person.ilias-chatzis", "Ilias Chatzis", S("unodc-2024-11-raids"),
       "UNODC Chief, Action against Human Trafficking and Migrant Smuggling (2024).")
role("person.ilias-chatzis", "org.unodc-htmss", "Chief, Action against Human Trafficking and "
     "Migrant Smuggling", S("unodc-2024-11-raids"), note="In office Nov 2024; dates not in "
     "facts.md.")
person("person.yury-fedotov", "Yury Fedotov", S("icat-2018-05"),
       "Executive Director of UNODC and ICAT Coordinator at the first ICAT heads meeting "
       "(London, 2 May 2018).", aliases="Yuri Fedotov")
role("person.yury-fedotov", "org.unodc", "Executive Director", S("icat-2018-05"),
     note="In office 2 May 2018; term dates not in facts.md.")
role("person.yury-fedotov", "org.icat", "ICAT Coordinator", S("icat-2018-05"),
     note="In office 2 May 2018 (as UNODC Executive Director).")

# --- EU
person("person.myria-vassiliadou", "Myria Vassiliadou", S("europa-ip-10-1715", "ec-atc", "ewl-2010"),
       "First EU Anti-Trafficking Coordinator (Cyprus), appointed 14 Dec 2010, served 2011 - end "
       "Feb 2020; previously Secretary General of the European Women's Lobby.")
role("person.myria-vassiliadou", "org.eu-atc", ATC_TITLE, S("europa-ip-10-1715", "ec-atc"),
     "2011", "2020-02", note="Appointed 14 Dec 2010 (press release IP/10/1715); served from 2011 "
     "to the end of February 2020.")
person("person.olivier-onidi", "Olivier Onidi", S("ec-atc"),
       "Deputy Director-General of DG HOME; acting EU Anti-Trafficking Coordinator March 2020 - "
       "June 2021.")
role("person.olivier-onidi", "org.eu-atc", "Acting " + ATC_TITLE, S("ec-atc"), "2020-03", "2021-06")
role("person.olivier-onidi", "org.eu-dg-home", "Deputy Director-General", S("ec-atc"),
     note="Held while acting ATC (2020-2021); term dates not in facts.md.")
person("person.diane-schmitt", "Diane Schmitt", S("ec-atc"),
       "EU Anti-Trafficking Coordinator (Luxembourg) from 1 July 2021.")
role("person.diane-schmitt", "org.eu-atc", ATC_TITLE, S("ec-atc"), "2021-07-01")
person("person.margaritis-schinas", "Margaritis Schinas", S("agensir-2021"),
       "Vice-President of the European Commission; presented the EU Strategy on Combatting "
       "Trafficking in Human Beings 2021-2025 (14 April 2021) with Ylva Johansson.")
role("person.margaritis-schinas", "org.eu-commission", "Vice-President", S("agensir-2021"),
     note="In office 14 April 2021; term dates not in facts.md.")
role("person.ylva-johansson", "org.eu-commission", "Commissioner", S("agensir-2021"),
     note="In office 14 April 2021 (presented the EU Strategy 2021-2025); portfolio and term "
     "dates not in facts.md.")
person("person.michael-oflaherty", "Michael O'Flaherty", S("fra-2021"),
       "Director of the EU Agency for Fundamental Rights (2021).", aliases="Michael OFlaherty")
role("person.michael-oflaherty", "org.fra", "Director", S("fra-2021"),
     note="Quoted as FRA Director in 2021; term dates not in facts.md.")
person("person.ola-laurell", "Ola Laurell", S("eurojust-2011"),
       "Chair of Eurojust's Trafficking and Related Crimes Team (2011), from Sweden.")
role("person.ola-laurell", "org.eurojust", "Chair, Trafficking and Related Crimes Team",
     S("eurojust-2011"), note="In office July 2011.")

# --- ILO, IOM, INTERPOL
person("person.guy-ryder", "Guy Ryder", S("iuf-2020"), "ILO Director-General (2020).")
role("person.guy-ryder", "org.ilo", "Director-General", S("iuf-2020"),
     note="Quoted as DG in 2020; term dates not in facts.md.")
role("person.ugochi-daniels", "org.iom", "Deputy Director General for Operations",
     S("einpresswire-24th"), note="Speaker title in April 2024; term dates not in facts.md.")
person("person.jurgen-stock", "Jürgen Stock", S("publicnow-liberterra"),
       "Secretary General of INTERPOL (2024).", aliases="Jurgen Stock;Juergen Stock")
role("person.jurgen-stock", "org.interpol", "Secretary General", S("publicnow-liberterra"),
     note="Quoted in the Liberterra II release (2024); term dates not in facts.md.")
role("person.stephen-kavanagh", "org.interpol", "Executive Director of Police Services",
     S("publicnow-liberterra"), note="Quoted in the Liberterra II release (2024); by 2025 "
     "Secretary General of ICMEC (people.osce.csv).")

# ============================================================================================
# Events and participations
# ============================================================================================






ICAT_FOUNDERS = ["org.ilo", "org.iom", "org.unicef", "org.unifem", "org.un-daw", "org.unhcr",
                 "org.unodc"]
event("event.icat-tokyo-2006-09", "First ICAT meeting (Tokyo)", "meeting",
      S("icat-about", "ungift-icat-about2", "ungift-icat-abouticat"), "2006-09", "2006-09",
      "Tokyo", "JPN", description="Meeting hosted by Japan in response to ECOSOC resolution "
      "2006/27, origin of ICAT.", note="No organiser id: the host is the Government of Japan.")
for o in ICAT_FOUNDERS:
    part(o, "event.icat-tokyo-2006-09", "participant", S("ungift-icat-abouticat"),
         note="Organisation at the 2006 meeting (ICAT founding participant).")
event("event.icat-heads-1-2018-05-02", "First high-level meeting of ICAT heads of agencies",
      "meeting", S("icat-2018-05"), "2018-05-02", "2018-05-02", "London", "GBR", "org.icat",
      description="First meeting of the heads of ICAT agencies; UNODC Executive Director Yury "
                  "Fedotov attended as ICAT Coordinator.")
part("person.yury-fedotov", "event.icat-heads-1-2018-05-02", "participant", S("icat-2018-05"),
     note="As ICAT Coordinator.")
part("org.unodc", "event.icat-heads-1-2018-05-02", "participant", S("icat-2018-05"),
     checked="inferred", note="Represented by its Executive Director as ICAT Coordinator.")
event("event.icat-heads-3-2021-11-15", "Third meeting of ICAT heads of agencies", "meeting",
      S("icat-home"), "2021-11-15", "2021-11-15", organiser="org.icat",
      description="Adopted the ICAT Heads' Call for Action.", note="Place not in facts.md.")
event("event.un-gift-launch-2007-03-26", "Launch of UN.GIFT", "conference", S("wunrn-2007"),
      "2007-03-26", "2007-03-26", "London", "GBR", "org.unodc",
      description="Formal launch of the UN Global Initiative to Fight Human Trafficking, with "
      "funding from the United Arab Emirates.", note="kind 'conference' is the project's choice "
      "for a launch event.")
event("event.vienna-forum-2008", "Vienna Forum to Fight Human Trafficking", "conference",
      S("unodc-vienna-forum", "unodc-2008-02-15"), "2008-02-13", "2008-02-15", "Vienna", "AUT",
      "org.un-gift",
      description="First global forum on human trafficking, hosted by UN.GIFT and UNODC; 116 "
      "countries.",
      note="DISAGREE on attendance: 1,200 (pre-event page) vs 1,400 delegates (closing press "
      "release of 15 Feb 2008); the closing figure is preferred as it reports actual attendance.")
part("org.unodc", "event.vienna-forum-2008", "organiser", S("unodc-vienna-forum"),
     note="Co-host with UN.GIFT.")
event("event.unvtf-launch-2010-11-04", "Launch of the UN Voluntary Trust Fund for Victims of "
      "Trafficking in Persons", "meeting", S("unvtf-about", "un-pga-2010"), "2010-11-04",
      "2010-11-04", "New York", "USA", "org.un-ga",
      description="Launch of the Trust Fund established by the Global Plan of Action.",
      note="Organiser inferred from the statement of the President of the General Assembly.",
      checked="inferred")
event("event.un-gpa-appraisal-2013", "High-level meeting of the General Assembly on the appraisal "
      "of the Global Plan of Action to Combat Trafficking in Persons", "meeting", S("unaus-2014"),
      "2013", "2013", organiser="org.un-ga", description="2013 appraisal of the Global Plan of "
      "Action.", note="Exact date and place not in facts.md; the name is the project's rendering.")
event("event.world-day-against-tip", "World Day against Trafficking in Persons (30 July)",
      "campaign", S("unaus-2014"), "2014-07-30", organiser="org.un-ga",
      description="Annual day designated by A/RES/68/192, first observed on 30 July 2014.",
      note="start = first observance; recurring yearly (no end).")
event("event.group-of-friends-2016-02-09", "Meeting of the Group of Friends United against Human "
      "Trafficking with the OSCE Special Representative", "meeting", S("osce-221426"),
      "2016-02-09", "2016-02-09", "New York", "USA", "org.group-of-friends-tip",
      description="The OSCE Special Representative addressed the group; ICAT took part.")
part("org.osce-osr-cthb", "event.group-of-friends-2016-02-09", "speaker", S("osce-221426"),
     note="The OSCE Special Representative addressed the group.")
part("org.icat", "event.group-of-friends-2016-02-09", "participant", S("osce-221426"))
event("event.ilc-103-2014", "103rd Session of the International Labour Conference", "conference",
      S("ijrc-2015", "ilo-normlex-p029"), "2014-06-11", "2014-06-11", organiser="org.ilo",
      description="Adopted the Protocol of 2014 to the Forced Labour Convention (P029) and "
      "Recommendation No. 203 on 11 June 2014.",
      note="Only the adoption day is recorded; the session's full dates and place are not in "
      "facts.md.")
event("event.ilo-50-for-freedom", "50 for Freedom campaign", "campaign", S("ijrc-2015"),
      organiser="org.ilo", description="ILO campaign for ratifications of the Protocol of 2014 "
      "(P029).", note="Launch date not in facts.md.")
event("event.alliance-8-7-launch-2016-09-21", "Launch of Alliance 8.7", "meeting",
      S("alliance87-node62"), "2016-09-21", "2016-09-21", "New York", "USA", "org.alliance-8-7",
      description="Official launch of the global partnership for SDG target 8.7.")
event("event.global-estimates-modern-slavery-2017", "Release of the Global Estimates of Modern "
      "Slavery 2017", "other", S("gsi-media"), "2017-09-19", "2017-09-19",
      description="ILO, Walk Free and IOM estimated more than 40 million people in modern slavery "
      "in 2016.", note="Publication release recorded as an event (documents are not in this "
      "helper's files); Walk Free not linked (its id belongs to the NGO section).")
part("org.ilo", "event.global-estimates-modern-slavery-2017", "organiser", S("gsi-media"),
     note="Co-author of the estimates.")
part("org.iom", "event.global-estimates-modern-slavery-2017", "organiser", S("gsi-media"),
     note="Co-author of the estimates.")
event("event.interpol-thb-conf-4-2016", "4th INTERPOL Global Trafficking in Human Beings "
      "Conference", "conference", S("selec-2016"), "2016-10-19", "2016-10-21", "Lugano", "CHE",
      "org.interpol")
part("org.selec", "event.interpol-thb-conf-4-2016", "participant", S("selec-2016"))
event("event.interpol-liberterra-2-2024", "INTERPOL operation Liberterra II", "other",
      S("publicnow-liberterra"), "2024-09-29", "2024-10-04", organiser="org.interpol",
      description="Global operation in 116 countries: 3,222 potential victims identified and "
      "2,517 arrests (preliminary results).", note="Operation recorded as kind 'other'.")
part("person.jurgen-stock", "event.interpol-liberterra-2-2024", "speaker", S("publicnow-liberterra"),
     note="Quoted in the results release.")
part("person.stephen-kavanagh", "event.interpol-liberterra-2-2024", "speaker",
     S("publicnow-liberterra"), note="Quoted in the results release.")
# EU
event("event.eu-strategy-2021-presentation", "Presentation of the EU Strategy on Combatting "
      "Trafficking in Human Beings 2021-2025", "meeting", S("agensir-2021", "eurlex-com-2021-171"),
      "2021-04-14", "2021-04-14", "Brussels", "BEL", "org.eu-commission")
part("person.margaritis-schinas", "event.eu-strategy-2021-presentation", "speaker",
     S("agensir-2021"))
part("person.ylva-johansson", "event.eu-strategy-2021-presentation", "speaker", S("agensir-2021"))
event("event.ep-vote-2024-04-22", "European Parliament plenary vote on the amended "
      "anti-trafficking Directive", "meeting", S("alliancevita-2024"), "2024-04-22", "2024-04-22",
      organiser="org.european-parliament",
      description="563 votes for, 7 against, 17 abstentions.", note="Place not in facts.md.")
event("event.eu-anti-trafficking-day", "EU Anti-Trafficking Day (18 October)", "campaign",
      S("termcoord-2016"), organiser="org.eu",
      description="European day against trafficking in human beings, held every 18 October.",
      note="First year not in facts.md; organiser 'EU' is the project's reading.")
event("event.eu-agencies-joint-statement-2018-06-13", "Joint statement of the heads of ten EU "
      "agencies against trafficking in human beings", "meeting",
      S("ec-joint-statement-2018", "govworld-2018"), "2018-06-13", "2018-06-13",
      description="Builds on a first joint statement of 2011.", note="Place not in facts.md.")
for o in ["org.easo", "org.europol", "org.eu-lisa", "org.emcdda", "org.eurojust", "org.eige",
          "org.frontex", "org.fra", "org.cepol", "org.eurofound"]:
    part(o, "event.eu-agencies-joint-statement-2018-06-13", "signatory",
         S("ec-joint-statement-2018"))
event("event.jha-agencies-thb-report-2014", "Joint report of the JHA agencies on joint actions "
      "against trafficking in human beings (Oct 2012 - Oct 2014)", "other",
      S("europol-jha-report"), "2012-10", "2014-10", organiser="org.jhaan",
      description="Report by CEPOL, Europol, Eurojust, FRA, Frontex and EASO (EASO chaired the "
      "network in 2014).", note="Reporting period recorded as start/end; organiser is the "
      "project's reading.")
for o in ["org.cepol", "org.europol", "org.eurojust", "org.fra", "org.frontex", "org.easo"]:
    part(o, "event.jha-agencies-thb-report-2014", "participant", S("europol-jha-report"),
         note="Co-author of the joint report.")
event("event.jhaan-compendium-2021", "JHA agencies' first full overview of actions to detect and "
      "protect victims of trafficking", "other", S("fra-2021"), "2021", "2021",
      organiser="org.jhaan", description="Compendium under the Eurojust presidency of the network.")
part("person.michael-oflaherty", "event.jhaan-compendium-2021", "speaker", S("fra-2021"),
     note="Quoted as FRA Director.")
event("event.empact-jad-thb-2022-10", "EMPACT Joint Action Days against trafficking in human "
      "beings (October 2022)", "other", S("bsr-jad-2022"), "2022-10-24", "2022-10-30",
      organiser="org.europol",
      description="34 countries, co-ordinated by Austria and Spain; Europol co-ordinated the "
                  "information exchange; 910 potential victims identified.",
      checked="inferred", note="Year inferred from the copyright year (2022) of the Europol page "
      "(facts.md). Organiser = Europol as operational co-ordinator (the leading countries are not "
      "organisations).")
event("event.empact-jad-labour-2023-06", "EMPACT Joint Action Days on labour exploitation "
      "(June 2023)", "other", S("civiltoday-2023"), "2023-06-10", "2023-06-17",
      organiser="org.europol",
      description="Led by the Netherlands, 31 countries, with Eurojust, the European Labour "
                  "Authority and Frontex; 261 victims identified, 21 arrests.",
      note="Organiser = Europol (the report is a Europol action); the lead country is the "
           "Netherlands.")
for o in ["org.eurojust", "org.ela", "org.frontex"]:
    part(o, "event.empact-jad-labour-2023-06", "participant", S("civiltoday-2023"))

# ============================================================================================
# Partnerships, mandates held, memberships
# ============================================================================================








partner("org.unodc", "org.unicri", "joint_programme", S("protectionproject-gpat"), "1999-03",
        note="UN Global Programme against Trafficking in Human Beings, designed together and "
        "launched March 1999.")
partner("org.ilo", "org.iom", "cooperation", S("gsi-media"), "2017-09-19", "2017-09-19",
        note="Joint Global Estimates of Modern Slavery (with Walk Free), released 19 Sept 2017.")
partner("org.ilo", "org.alliance-8-7", "cooperation", S("wiltonpark-wp1522", "unsd-32967"),
        note="The ILO holds the Alliance 8.7 Secretariat.")
partner("org.eurojust", "org.europol", "cooperation", S("civiltoday-2023"), "2023-06-10",
        "2023-06-17", note="Joint EMPACT action day on labour exploitation (with ELA, Frontex).")

# mandates held
held("org.unodc", "mandate.untoc", "custodian", S("ipfs-untoc-wiki"))
held("org.unodc", "mandate.palermo-protocol", "custodian", S("ipfs-untoc-wiki"),
     note="Custodian of UNTOC and its protocols.")
held("org.un-sr-tip", "mandate.chr-dec-2004-110", "established_by",
     S("ohchr-trafficking-index", "stopvaw-2004"), "2004-04-19")
for ref, date in [("8-12", "2008-06-18"), ("17-1", "2011-06-16"), ("26-8", "2014-06-26"),
                  ("35-5", "2017-07")]:
    held("org.un-sr-tip", f"mandate.hrc-res-{ref}", "established_by",
         next(m["sources"] for m in MANDATES if m["id"] == f"mandate.hrc-res-{ref}"), date,
         note="Mandate renewal.")
held("org.icat", "mandate.un-ga-res-61-180", "established_by", S("icat-about"), "2007-03")
held("org.unvtf", "mandate.un-gpa-2010", "established_by", S("unvtf-about", "un-pga-2010"),
     "2010-07")
held("org.eu-atc", "mandate.eu-directive-2011-36", "implements", S("ec-atc"),
     note="The ATC's tasks are set in the Directive.")
held("org.eu-atc", "mandate.eu-strategy-2021-2025", "monitors", S("ec-atc"))
held("org.eu-nrem", "mandate.eu-directive-2011-36", "implements", S("ihrec", "teamwork-eu-tools"),
     checked="inferred", note="Article 19 requires national rapporteurs or equivalent "
     "mechanisms; the network links them (inferred from the two sources).")
held("org.ilo", "mandate.ilo-p029", "established_by", S("ijrc-2015", "ilo-normlex-p029"),
     "2014-06-11", checked="inferred",
     note="The ILO adopted the instrument; 'established_by' read as the organisation whose organ "
     "adopted it.")

# memberships
for o in ICAT_FOUNDERS:
    member(o, "org.icat", "member", S("ungift-icat-abouticat", "icat-about"), "2006-09",
           note="Founding participant (Tokyo meeting, Sept 2006).")
for o in ["org.osce", "org.icmpd"]:
    member(o, "org.icat", "member", S("icat-briefing"),
           note="Named as one of the three Vienna-based ICAT members (with UNODC) in 2018; "
           "joining date not in facts.md.")
for o in ["org.ilo", "org.iom", "org.osce", "org.unicef", "org.unodc", "org.ohchr"]:
    member(o, "org.un-gift", "member", S("ungift-committee"),
           note="UN.GIFT Steering Committee member.")
for o in ["org.cepol", "org.easo", "org.eige", "org.eu-lisa", "org.eurojust", "org.europol",
          "org.fra", "org.frontex"]:
    member(o, "org.jhaan", "member", S("fra-2021"),
           note="Member agency named in the 2021 compendium (Eurojust presidency); membership "
           "term not in facts.md.")
for c in ["AUT", "CHE"]:
    member(c, "org.icmpd", "member_state", S("wn-icmpd-2017"), "1993",
           note="Founding member (ICMPD founded 1993 by Austria and Switzerland).")


# ============================================================================================
# Output
# ============================================================================================




def main(argv: list[str] | None = None) -> int:
    return P.write(__doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
