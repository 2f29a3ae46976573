#!/usr/bin/env python3
"""Write the hand-curated OSCE / Alliance / Council of Europe records as ``data/*.osce.csv``.

The records transcribe sections 1 (OSCE structures, field operations, people), 2 (Alliance against
Trafficking in Persons) and 3 (Council of Europe, GRETA) of the shared reference file
``shared/data/reference/facts.md`` plus the founding page ``shared/seed/000_148967f61c365e9b.txt``
(OSCE press release of 23 July 2004).  Only facts marked *seen* or *inferred* there are used;
rows marked "not verified" are left out.  Every record cites ``src.osce-*`` sources.

Stdlib only.  Output rows are written with ``csv.DictWriter`` in the column order of
``docs/data-format.md``; running the script twice gives identical files.

Entity ids already defined by *other* parts of the data folder (e.g. a person the ``.intl``
helper also defines) are skipped with a warning, so ids stay unique across the folder; the
relationships here still reference them.
"""
from __future__ import annotations

import sys

from curated_common import MIRROR, Part

PART = "osce"


THEME_NOTE = "themes are the project's reading of the instrument's subject"
P = Part("osce", source_prefix="src.osce-", person_prefix="person.",
         themes_note=THEME_NOTE)
doc, event, held, mandate, org, part, partner, person, role, src = (
    P.doc, P.event, P.held, P.mandate, P.org, P.part, P.partner, P.person, P.role, P.src)
ORGS = P.tables['organisations']


# ============================================================================================
# Sources: one row per distinct URL (url exactly as in facts.md)
# ============================================================================================




# --- founding page
src("2004-07-23-alliance",
    "OSCE Special Representative calls for creation of an international Alliance Against "
    "Trafficking in Persons", "OSCE", "https://www.osce.org/", "press_release", "2004-07-23",
    "local copy of the page in shared/seed (000_148967f61c365e9b.txt); exact URL not recorded. "
    "Press release, Vienna, 23 July 2004, source: OSCE Secretariat.")
# --- 1a OSR/CTHB and decisions
src("cthb-home", "OSCE Combating Trafficking in Human Beings (OSR/CTHB website, home)", "OSCE",
    "https://cthb.osce.org")
src("what-trafficking", "Combating trafficking in human beings (OSCE field of work page)", "OSCE",
    "http://osce.org/what/trafficking")
src("issuu-action-plan", "OSCE Action Plan to Combat Trafficking in Human Beings (PC.DEC/557), "
    "copy on issuu", "issuu (uploaded by theq2group); original: OSCE Permanent Council",
    "https://issuu.com./theq2group/docs/osce-action-plan-to-combat-trafficking-in-human-be",
    "document", note=MIRROR)
src("azertag-2003", "OSCE adopts action plan to combat human trafficking", "AZERTAC",
    "https://azertag.az/en/xeber/OSCE_ADOPTS_ACTION_PLAN_TO_COMBAT_HUMAN_TRAFFICKING-545109",
    "web_page", "2003-07")
src("cthb-43511", "OSCE anti-trafficking commitments (OSR/CTHB page)", "OSCE",
    "http://www.osce.org/cthb/43511")
src("ebrary-mc-2-03", "OSCE Ministerial Council Decision on Combating Trafficking in Human "
    "Beings (book chapter copy)", "ebrary.net",
    "https://ebrary.net/37759/economics/osce_ministerial_council_decision_combating_trafficking_human_beings",
    "document", note="copy of a book chapter; " + MIRROR)
src("cthb-43466", "OSCE anti-trafficking timeline and the Special Representative's mandate "
    "(OSR/CTHB page)", "OSCE", "http://www.osce.org/cthb/43466")
src("stoptraffic-mc-1-2000", "Text of OSCE Ministerial Council Decision No. 1 (8th MC, Vienna, "
    "28 Nov 2000) posted to the Stop-Traffic list", "Friends & Partners (Stop-Traffic list archive)",
    "http://www.friends-partners.org/partners/stop-traffic/1999/1317.html", "document",
    note="posted by ODIHR staff member Jyothi Kanics; " + MIRROR)
src("jobs-sr-vacancy", "Vacancy notice: Special Representative and Co-ordinator for Combating "
    "Trafficking in Human Beings (VNSECS00854)", "OSCE",
    "https://jobs.osce.org/vacancies/special-representative-and-co-ordinator-combating-trafficking-human-beings-vnsecs00854")
src("lawsdocbox-2009-report", "An Agenda for Change: Implementing the Platform for Action against "
    "Human Trafficking (OSR/CTHB 2009 annual report), copy", "lawsdocbox.com (document host); "
    "original: OSCE",
    "http://lawsdocbox.com/Immigration/104346579-An-agenda-for-change-implementing-the-platform-for-action-against-human-trafficking.html",
    "document", note=MIRROR)
src("cthb-43583", "OSR/CTHB page on the March 2006 Alliance conference on child trafficking",
    "OSCE", "http://www.osce.org/cthb/43583")
src("lawsdocbox-doclist", "Organization for Security and Co-operation in Europe: list of "
    "anti-trafficking documents, copy", "lawsdocbox.com (document host); original: OSCE",
    "https://lawsdocbox.com/amp/109781336-Immigration/Organization-for-security-and-co-operation-in-europe.html",
    "document", note=MIRROR)
src("alliance19", "19th Alliance against Trafficking in Persons conference (event page)", "OSCE",
    "https://osce.org/event/alliance19")
src("legislationline-mc-5-08", "OSCE Ministerial Council Decision No. 5/08 Enhancing Criminal "
    "Justice Responses to Trafficking in Human Beings through a Comprehensive Approach (text)",
    "Legislationline (OSCE/ODIHR)", "https://www.legislationline.org/documents/id/16547",
    "document")
src("aravot-2017", "OSCE Ministerial Council in Vienna adopts decisions (news report)",
    "Aravot", "http://www.aravot-en.am/2017/12/09/204497/", "web_page", "2017-12-09")
src("usmission-2019-11-21", "On the report of the OSCE Special Representative and Co-ordinator "
    "on Combating Trafficking in Human Beings (US statement to the Permanent Council)",
    "U.S. Mission to the OSCE",
    "https://osce.usmission.gov/on-report-of-osce-special-rep-coordinator-on-combating-trafficking-in-human-beings/",
    "web_page", "2019-11-21")
src("usmission-2021-11-25", "Response to the Special Representative and Co-ordinator on "
    "Combatting Trafficking in Human Beings Val Richey (US statement)", "U.S. Mission to the OSCE",
    "https://osce.usmission.gov/response-to-the-special-representative-and-coordinator-on-combatting-trafficking-in-human-beings-val-richey/",
    "web_page", "2021-11-25")
src("123dok-review", "Review of OSCE anti-trafficking commitments (document copy)",
    "123dok (document host)",
    "https://123dok.co/article/review-osce-anti-trafficking-commitments.zkw67xke", "document",
    note=MIRROR)
src("eeas-pc1449", "OSCE Permanent Council No. 1449, Vienna, 9 November 2023: EU statement",
    "European External Action Service, EU Delegation to the International Organisations in Vienna",
    "https://www.eeas.europa.eu/delegations/vienna-international-organisations/osce-permanent-council-no1449-vienna-9-november-2023-0_en",
    "web_page", "2023-11-09")
src("press-releases-p3", "OSCE press releases (listing, page 3, combating trafficking filter)",
    "OSCE",
    "https://www.osce.org/press-releases?page=3&filters=%20im_taxonomy_vid_1%3A%282338%29%20im_taxonomy_vid_3%3A%28111%29")
src("usmission-besafe", "Response to the report by the OSCE Special Representative and "
    "Co-ordinator for Combating Trafficking in Human Beings (US statement)",
    "U.S. Mission to the OSCE",
    "https://osce.usmission.gov/response-to-the-report-by-the-osce-special-representative-and-coordinator-for-combating-trafficking-in-human-beings/")
# --- 1b Special Representatives
src("unodc-2008-02-15", "UNODC press release of 15 February 2008 (Vienna Forum to Fight Human "
    "Trafficking)", "UNODC", "https://www.unodc.org/unodc/en/press/releases/2008-02-15.html",
    "press_release", "2008-02-15")
src("jobs-jarbussynova", "Employee profile: Madina Jarbussynova, Special Representative and "
    "Co-ordinator for Combating Trafficking in Human Beings", "OSCE",
    "https://jobs.osce.org/employee-profiles/madina-jarbussynova-special-representative-and-co-ordinator-combating-traffi")
src("ec-nr-finland", "EU Anti-Trafficking website: National Rapporteurs, Finland",
    "European Commission",
    "http://ec.europa.eu/anti-trafficking/National+Rapporteurs/Finland/?sectionType=LIST_ENTITIES_WITH_ATT&breadCrumbReset=true")
src("usembassy-italy-giammarinaro", "Maria Grazia Giammarinaro named a TIP Report Hero",
    "U.S. Embassy in Italy", "http://italy.usembassy.gov/news-events/giammarinaro.html")
src("w20-giammarinaro", "Speaker biography: Maria Grazia Giammarinaro", "W20 Italy",
    "https://www.w20italialive.it/speakers/maria-grazia-giammarinaro/")
src("shhada-166981", "Interview with OSCE Special Representative Madina Jarbussynova (copy of an "
    "osce.org text)", "shhada.ir (mirror); original: OSCE", "https://shhada.ir/tajikistan/166981",
    note=MIRROR)
src("shhada-376582", "OSCE Special Representative visits Uzbekistan (copy of an osce.org press "
    "release)", "shhada.ir (mirror); original: OSCE", "https://shhada.ir/secretariat/376582",
    note=MIRROR)
src("icat-briefing", "ICAT briefing to Member States (event page)",
    "Inter-Agency Coordination Group against Trafficking in Persons (ICAT)",
    "http://icat.network/events/icat-briefing-member-states")
src("sarajevotimes-workshop", "OSCE organized workshop on identifying victims of human "
    "trafficking", "Sarajevo Times",
    "https://www.sarajevotimes.com/osce-organized-workshop-on-identifying-victims-of-human-trafficking/")
src("newscentralasia-2023", "OSCE Central Asia regional simulation-based training on combating "
    "trafficking in human beings concludes in Astana", "News Central Asia",
    "https://www.newscentralasia.net/2023/07/01/osce-central-asia-regional-simulation-based-training-on-combating-trafficking-in-human-beings-concludes-in-astana/",
    "web_page", "2023-07-01")
src("wiredgov-2025-12", "Report by OSCE Special Representative on combatting trafficking in human "
    "beings: UK statement", "WiredGov (reproducing a UK Government statement)",
    "https://www.wired-gov.net/wg/news.nsf/articles/report+by+osce+special+representative+on+combatting+trafficking+in+human+beings+uk+statement+12122025141000?open",
    "web_page", "2025-12", "statement delivered 11 December 2025")
src("daralmaref-johnstone", "News item on Kari Johnstone (Arabic)", "Dar Al Maaref",
    "https://daralmaref.com/News/1655392.aspx")
# --- 1c other OSCE people and bodies
src("federalnews-schmid", "Veteran German diplomat named to top OSCE post",
    "Federal News Network",
    "https://federalnewsnetwork.com/government-news/2020/12/veteran-german-diplomat-named-to-top-osce-post/",
    "web_page", "2020-12")
src("einpresswire-25th", "A call to end child trafficking: OSCE to hold 25th Alliance against "
    "Trafficking in Persons conference", "EIN Presswire (OSCE press release)",
    "https://www.einpresswire.com/article/795271281/a-call-to-end-child-trafficking-osce-to-hold-25th-alliance-against-trafficking-in-persons-conference",
    "press_release", "2025")
src("einpresswire-24th", "Beyond awareness-raising: reshaping human trafficking prevention, OSCE "
    "to hold 24th Alliance against Trafficking in Persons conference",
    "EIN Presswire (OSCE press release)",
    "https://www.einpresswire.com/article/702575773/beyond-awareness-raising-reshaping-human-trafficking-prevention-osce-to-hold-24th-alliance-against-trafficking-in-persons-conference",
    "press_release", "2024")
src("mia-osmani", "Osmani calls for leadership in combating human trafficking in OSCE region",
    "MIA (Macedonian Information Agency)",
    "https://mia.mk/en/story/osmani-calls-for-leadership-in-combating-human-trafficking-in-osce-region")
src("pc-55513", "OSCE Permanent Council (page with site navigation listing participating States, "
    "structures and field operations)", "OSCE", "https://www.osce.org/pc/55513",
    note="same URL as src.ref.osce-pc-55513 in sources.derived.csv")
src("scribd-nrm-handbook", "National Referral Mechanisms: Joining Efforts to Protect the Rights "
    "of Trafficked Persons, a practical handbook (ODIHR 2004), copy", "Scribd (document host); "
    "original: OSCE/ODIHR", "https://ar.scribd.com/document/261834957/OSCE-en", "document",
    note=MIRROR)
src("stopvaw-nrm-2004", "OSCE/ODIHR releases handbook on National Referral Mechanisms",
    "StopVAW (The Advocates for Human Rights)", "http://stopvaw.org/17aug200422", "web_page",
    "2004-08-17")
src("polis-nrm-handbook", "National Referral Mechanisms: Joining Efforts to Protect the Rights of "
    "Trafficked Persons, a practical handbook (POLIS library entry)", "OSCE POLIS",
    "https://polis.osce.org/national-referral-mechanisms-joining-efforts-protect-rights-trafficked-persons-practical-handbook")
src("docslib-see-2004", "Trafficking in Human Beings in South-Eastern Europe (2004 report), copy",
    "docslib.org (document host); original: UNICEF, OHCHR, OSCE/ODIHR",
    "https://docslib.org/doc/9032500/trafficking-in-human-beings-in-south-eastern-europe",
    "document", note=MIRROR)
src("cthb-418955", "OSCE hosts Ukrainian delegation on combating trafficking and smuggling "
    "(OSR/CTHB page)", "OSCE", "https://osce.org/cthb/418955")
src("oscepa-2022", "Cederfelt appoints new Special Representative on political prisoners and "
    "three new regional Special Representatives, reappoints SRs", "OSCE Parliamentary Assembly",
    "https://oscepa.org/en/news-a-media/press-releases/2022/cederfelt-appoints-new-special-representative-on-political-prisoners-and-three-new-regional-special-representatives-reappoints-srs",
    "press_release", "2022")
# --- 1d field operations
src("press-thb-p14", "OSCE press releases on human trafficking (listing, page 14)", "OSCE",
    "https://www.osce.org/press-releases/human%20trafficking?page=14")
src("serbia-43415", "OSCE field operations overview (osce.org page 43415)", "OSCE",
    "http://www.osce.org/serbia/43415")
src("byteseu-525111", "News item: OSCE Mission to Bosnia and Herzegovina and human trafficking",
    "byteseu.com (news aggregator)", "https://byteseu.com/525111", note=MIRROR)
src("trt-holtzapple", "Richard Holtzapple new Head of the OSCE Mission to BiH (Bosnian)",
    "TRT Balkan", "https://trt.global/balkan-bhsc/article/d671be561b84", "web_page", "2025-08")
src("kosovo-45861", "OSCE Mission in Kosovo: combating trafficking in human beings", "OSCE",
    "http://www.osce.org/kosovo/45861")
src("usip-p5", "OSCE field missions (REACT reference pages, p5)",
    "United States Institute of Peace (REACT)", "http://react.usip.org/pub/m2/p5.html")
src("polis-3481", "Regional meeting of national anti-trafficking co-ordinators, Montenegro 2010 "
    "(POLIS entry)", "OSCE POLIS", "https://polis.osce.org/node/3481")
src("serbia-51457", "OSCE Mission to Serbia: combating trafficking in human beings (2009)",
    "OSCE", "https://www.osce.org/serbia/51457")
src("skopje-277531", "OSCE Mission to Skopje regional conference on trafficking along Western "
    "Balkan routes", "OSCE", "https://osce.org/skopje/277531")
src("stopvaw-skopje-sops", "OSCE Mission to Skopje supports co-ordination mechanism to help "
    "trafficking victims", "StopVAW (The Advocates for Human Rights)",
    "https://www.stopvaw.org/OSCE_Mission_to_Skopje_Supports_Co-ordination_Mechanism_to_Help_Trafficking_Victims")
src("ashgabat-660449", "OSCE Centre in Ashgabat (about page)", "OSCE",
    "https://ashgabat.osce.org/tk/node/660449")
src("usip-p4", "OSCE field missions (REACT reference pages, p4)",
    "United States Institute of Peace (REACT)", "http://react.usip.org/pub/m2/p4.html")
src("bishkek-106154", "OSCE Programme Office in Bishkek: combating trafficking in human beings",
    "OSCE", "https://www.osce.org/programme-office-in-bishkek/106154")
src("miragenews-issykkul", "Central Asia strengthens anti-trafficking", "Mirage News",
    "https://www.miragenews.com/central-asia-strengthens-anti-trafficking-1477787")
src("topix-dushanbe", "OSCE Office in Tajikistan transformed into OSCE Programme Office in "
    "Dushanbe", "Topix (news aggregator)",
    "http://www.topix.com/world/tajikistan/2017/06/09-35-osce-office-in-tajikistan-transformed-into-osce-programme-office-in-dushanbe?fromrss=1",
    "web_page", "2017-06-09", MIRROR)
src("einpresswire-dushanbe", "OSCE organizes training sessions on National Referral Mechanism "
    "for human trafficking victims and supports consultations on the new anti-trafficking "
    "(programme)", "EIN Presswire (OSCE press release)",
    "https://www.einpresswire.com/article/749599440/osce-organizes-training-sessions-on-national-referral-mechanism-for-human-trafficking-victims-and-supports-consultations-on-the-new-anti-trafficking",
    "press_release", "2024")
src("sanasezim-794", "Simulation-based training on combating trafficking in human beings, "
    "Kazakhstan (news item)", "Sana Sezim", "http://sanasezim.org/eng/node/794")
src("docslib-ar-2013", "OSCE Annual Report 2013, copy", "docslib.org (document host); "
    "original: OSCE", "https://docslib.org/doc/11353591/osce-annual-report-2013-012",
    "document", note=MIRROR)
src("uzbekistan-43303", "OSCE Project Co-ordinator in Uzbekistan (history page)", "OSCE",
    "http://www.osce.org/uzbekistan/43303")
src("einpresswire-pcuz", "OSCE promotes protection of vulnerable groups through anti-trafficking "
    "workshop", "EIN Presswire (OSCE press release)",
    "https://www.einpresswire.com/article/823288514/osce-promotes-protection-of-vulnerable-groups-through-anti-trafficking-workshop",
    "press_release", "2025-06")
# --- 2 Alliance
src("womenin-21st", "21st Alliance against Trafficking in Persons conference: Confronting "
    "Demand, Tackling a Root Cause of Trafficking in Human Beings (news item)", "womenin.org",
    "http://womenin.org/index.php/ru/novosti/novosti/21st-alliance-against-trafficking-in-persons-conference-confronting-demand-tackling-a-root-cause-of-trafficking-in-human-beings",
    "web_page", "2021-06")
src("wikisum-giammarinaro", "Maria Grazia Giammarinaro (wiki summary)",
    "wikisum.wiki (Wikipedia mirror)", "https://wikisum.wiki/wiki/Maria_Grazia_Giammarinaro",
    note=MIRROR)
src("secretariat-232541", "Alliance against Trafficking in Persons conference on trafficking for "
    "forced criminality opens in Vienna", "OSCE", "https://osce.org/secretariat/232541",
    "press_release", "2016-04-11")
src("shhada-alliance20", "20th Alliance against Trafficking in Persons conference (copy of the "
    "osce.org event page)", "shhada.ir (mirror); original: OSCE",
    "https://shhada.ir/event/alliance20", note=MIRROR)
src("respect-21st", "21st Conference of the Alliance against Trafficking in Persons: Confronting "
    "Demand, Tackling a Root Cause of Trafficking in Human Beings (event listing)",
    "RESPECT International",
    "https://respect.international/event/21st-conference-of-the-alliance-against-trafficking-in-persons-confronting-demand-tackling-a-root-cause-of-trafficking-in-human-beings")
src("pam-23rd", "PAM attends the 23rd Alliance conference against trafficking in persons, OSCE",
    "Parliamentary Assembly of the Mediterranean (PAM)",
    "https://pam.int/pam-attends-the-23rd-alliance-conference-against-trafficking-in-persons-osce/",
    "web_page", "2023-04")
src("ordermalta-24th", "OSCE 24th Conference of the Alliance against Trafficking in Persons, "
    "Vienna, April 15th and 16th 2024", "Sovereign Order of Malta",
    "https://nohumantrafficking.orderofmalta.int/en/news/osce-24th-conference-of-the-alliance-against-trafficking-in-persons-vienna-april-15th-and-16th-2024/",
    "web_page", "2024-04")
# --- 3 Council of Europe
src("coe-cets197-page", "Council of Europe Convention on Action against Trafficking in Human "
    "Beings", "Council of Europe",
    "https://www.coe.int/en/web/anti-human-trafficking/anti-trafficking-convention",
    note="same URL as src.ref.coe-cets197-page in sources.derived.csv")
src("coe-fsconv", "Council of Europe Convention on Action against Trafficking in Human Beings: "
    "fact sheet", "Council of Europe",
    "http://www.coe.int/t/dghl/monitoring/trafficking/Docs/Convntn/FSConv_en.asp",
    note="same URL as src.ref.coe-fsconv in sources.derived.csv")
src("dailystar-2007", "Law and rights information page (Cyprus the 10th ratification of the CoE "
    "anti-trafficking convention)", "The Daily Star (Bangladesh)",
    "https://images.thedailystar.net/law/2007/11/01/info.htm", "web_page", "2007-11-01")
src("stopvaw-cets197", "The Council of Europe Convention on Action against Trafficking in Human "
    "Beings", "StopVAW (The Advocates for Human Rights)",
    "http://stopvaw.org/the_council_of_europe_convention_on_action_against_trafficking_in_human_beings")
src("coe-gender-matters", "The Convention on Action against Trafficking in Human Beings "
    "(Gender Matters)", "Council of Europe",
    "https://www.coe.int/en/web/gender-matters/the-convention-on-action-against-trafficking")
src("armenianclub-greta-2008", "Monitoring body for anti-trafficking convention starts work in "
    "2009", "armenianclub.com (reposted news item)",
    "https://armenianclub.com/2008/12/08/monitoring-body-for-anti-trafficking-convention-starts-work-in-2009/amp",
    "web_page", "2008-12-08", "reposts a Council of Europe news item; " + MIRROR)
src("ilo-cop-2010", "ILO statement to the 4th meeting of the Committee of the Parties to the "
    "Council of Europe Convention on Action against Trafficking in Human Beings",
    "International Labour Organization",
    "http://ilo.ch/global/topics/forced-labour/news/WCMS_144758/lang--en/index.htm", "web_page",
    "2010-09-13")
src("twiki-cets197", "Council of Europe Convention on Action against Trafficking in Human Beings "
    "(encyclopedia article)", "twiki.owiki.org (Wikipedia mirror)",
    "http://twiki.owiki.org/wiki/Council_of_Europe_Convention_on_Action_against_Trafficking_in_Human_Beings",
    note=MIRROR)
src("algemeiner-2021", "Israel joins Council of Europe convention to combat 'horrific phenomenon' "
    "of human trafficking", "The Algemeiner",
    "https://www.algemeiner.com/2021/04/26/israel-joins-council-of-europe-convention-to-combat-horrific-phenomenon-of-human-trafficking/",
    "web_page", "2021-04-26")
src("algemeiner-2022", "Israel joins pan-European group against human trafficking",
    "The Algemeiner",
    "https://www.algemeiner.com/2022/06/15/israel-joins-pan-european-group-against-human-trafficking/",
    "web_page", "2022-06-15", "same URL as src.ref.algemeiner-israel-2022 in sources.derived.csv")
src("coe-israel-accedes", "Israel accedes to Council of Europe's anti-human trafficking "
    "convention", "Council of Europe",
    "https://coe.int/es/web/portal/-/israel-accedes-to-council-of-europe-s-anti-human-trafficking-convention?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D15",
    "press_release", "2022")
src("radiofiji-israel", "Israel joins the European Convention against Trafficking in Human "
    "Beings (EFE wire)", "Radio Fiji",
    "https://radiofiji.com.fj/israel-joins-the-european-convention-against-trafficking-in-human-beings/14819/")
src("coe-greta-engb", "GRETA: Group of Experts on Action against Trafficking in Human Beings "
    "(en-GB page)", "Council of Europe", "https://www.coe.int/en-GB/web/anti-human-trafficking/greta")
src("stopvaw-greta-2007", "Press release: new independent body to be created to monitor "
    "trafficking in human beings in Europe", "StopVAW (The Advocates for Human Rights)",
    "https://www.stopvaw.org/Press_Release_New_Independent_Body_to_be_Created_to_Monitor_Trafficking_in_Human_Beings_in_Europe",
    "press_release", "2007-11-09")
src("coe-greta", "GRETA: Group of Experts on Action against Trafficking in Human Beings",
    "Council of Europe", "https://www.coe.int/en/web/anti-human-trafficking/greta")
src("coe-news-2014", "Action against trafficking in human beings: news (2014)",
    "Council of Europe", "http://www.coe.int/t/dghl/monitoring/trafficking/docs/news/default_EN.asp")
src("ksaplayers-mullally", "Biography of Siobhán Mullally (reposted OHCHR text)",
    "ksaplayers.com (repost); original: OHCHR",
    "https://ksaplayers.com/Ksahome/NewsDetial/?nid=30184300", note=MIRROR)
src("unipd-greta", "The Group of Experts on Action against Trafficking in Human Beings (GRETA)",
    "University of Padova Human Rights Centre",
    "https://unipd-centrodirittiumani.it/en/pages/the-group-of-experts-on-action-against-trafficking-in-human-beings-greta")
src("wikipedia-greta", "GRETA (Wikipedia article, revision 1130472032)", "Wikipedia",
    "https://en.wikipedia.org/wiki/GRETA?oldid=1130472032")
src("lawsdocbox-greta-2nd", "Second General Report on GRETA's activities (GRETA(2012)13), copy",
    "lawsdocbox.com (document host); original: Council of Europe",
    "http://lawsdocbox.com/Immigration/68797386-Second-general-report-on-greta-s-activities.html",
    "document", note=MIRROR)
src("overheid-bwbv0004138", "Verdrag van de Raad van Europa inzake bestrijding van mensenhandel / "
    "Council of Europe Convention on Action against Trafficking in Human Beings (treaty text)",
    "Overheid.nl (Dutch government treaty database)", "https://wetten.overheid.nl/BWBV0004138",
    "treaty_text", note="read from the local copy shared/data/legal_instruments/BWBV0004138/README.md")

# ============================================================================================
# Short names for source ids
# ============================================================================================
def S(*keys: str) -> str:
    return ";".join("src.osce-" + k for k in keys)


SEED = S("2004-07-23-alliance")
MENU = S("2004-07-23-alliance", "pc-55513")  # osce.org navigation menus

# ============================================================================================
# Organisations
# ============================================================================================




org("org.osce", "Organization for Security and Co-operation in Europe", "igo", "regional",
    S("2004-07-23-alliance", "pc-55513", "cthb-43511"), acronym="OSCE", hq="AUT",
    url="https://www.osce.org",
    description="Regional security organisation of 57 participating States (2025 site list). "
    "Anti-trafficking commitments since MC Decision 1/2000; Action Plan to Combat Trafficking "
    "in Human Beings (2003) with its 3 Ps, a fourth P (partnerships) added in 2013.",
    note="HQ Vienna: the Secretariat and the OSR/CTHB office are in Vienna (seed page; 2009 "
    "annual report imprint, Wallnerstrasse 6).")
org("org.osce-secretariat", "OSCE Secretariat", "igo_unit", "regional", MENU, hq="AUT",
    parent="org.osce", description="Secretariat of the OSCE in Vienna, headed by the Secretary "
    "General; the OSR/CTHB and the Transnational Threats Department are part of it.",
    note="Seed page names 'OSCE Secretariat' as source of the 23 July 2004 press release "
    "(Vienna); the osce.org menu lists the Secretariat units.")
org("org.osce-office-sg", "Office of the Secretary General (OSCE)", "igo_unit", "regional", MENU,
    parent="org.osce-secretariat", hq="AUT",
    description="Listed under the Secretariat in the osce.org structure menu.",
    checked="inferred", note="hq inferred: part of the Vienna Secretariat.")
org("org.osce-osr-cthb", "Office of the Special Representative and Co-ordinator for Combating "
    "Trafficking in Human Beings", "igo_unit", "regional",
    S("cthb-home", "what-trafficking", "2004-07-23-alliance", "lawsdocbox-2009-report",
      "jobs-sr-vacancy", "cthb-43466"),
    acronym="OSR/CTHB", aliases="Office of the OSCE Special Representative on Combating "
    "Trafficking in Human Beings;OSCE Office of the Special Representative and Co-ordinator for "
    "Combating Trafficking in Human Beings;CTHB", hq="AUT", parent="org.osce-secretariat",
    url="https://cthb.osce.org", founded="2003",
    description="OSCE office and post set up in 2003 to help participating States develop and "
    "implement anti-trafficking policy (victim-centred, human-rights-based). The Special "
    "Representative heads the office under the direct supervision of the Secretary General, "
    "assists States in implementing the Action Plan, co-ordinates across the three OSCE "
    "dimensions and co-operates with national rapporteurs. Convenes the Alliance against "
    "Trafficking in Persons. Address: Wallnerstrasse 6, 1010 Vienna (2009).",
    note="Parent = Secretariat: the SR works under SG supervision (vacancy notice) and the "
    "osce.org menu lists the Office under the Secretariat.")
org("org.osce-tntd", "Transnational Threats Department (OSCE Secretariat)", "igo_unit",
    "regional", S("2004-07-23-alliance", "pc-55513", "cthb-418955"), acronym="TNTD",
    parent="org.osce-secretariat", hq="AUT",
    description="Secretariat department; its Strategic Police Matters Unit works on trafficking "
    "and smuggling capacity building.", checked="inferred",
    note="Listed under the Secretariat in the osce.org menu; hq inferred from the Vienna "
    "Secretariat.")
org("org.osce-tntd-spmu", "Strategic Police Matters Unit (OSCE TNTD)", "igo_unit", "regional",
    S("cthb-418955"), acronym="TNTD/SPMU", parent="org.osce-tntd",
    description="Runs a capacity-building project on trafficking in human beings and migrant "
    "smuggling; hosted a Ukrainian delegation with the OSR/CTHB and INTERPOL, 7-8 May 2019.")
org("org.osce-cpc", "Conflict Prevention Centre (OSCE)", "igo_unit", "regional", MENU,
    acronym="CPC", parent="org.osce-secretariat",
    description="Secretariat unit listed in the osce.org structure menu; supports the field "
    "operations.", note="Description beyond the menu entry is the project's reading.",
    checked="inferred")
org("org.osce-oceea", "Office of the Co-ordinator of OSCE Economic and Environmental Activities",
    "igo_unit", "regional", MENU, acronym="OCEEA", parent="org.osce-secretariat",
    description="Secretariat unit listed in the osce.org structure menu.")
org("org.osce-gender", "Gender Issues Programme (OSCE Secretariat)", "igo_unit", "regional", MENU,
    parent="org.osce-secretariat",
    description="Secretariat unit listed in the osce.org structure menu.")
org("org.osce-odihr", "Office for Democratic Institutions and Human Rights", "igo_unit",
    "regional", S("scribd-nrm-handbook", "stopvaw-nrm-2004", "polis-nrm-handbook",
                   "docslib-see-2004", "stoptraffic-mc-1-2000"),
    acronym="ODIHR", aliases="OSCE/ODIHR", hq="POL", parent="org.osce",
    description="OSCE human-rights institution; published the 2004 practical handbook on "
    "National Referral Mechanisms and co-published the 2004 report on trafficking in "
    "South-Eastern Europe; ran an Anti-Trafficking Project Fund.",
    checked="inferred", note="hq POL inferred from the handbook imprint 'ODIHR, Warsaw, 2004'.")
org("org.osce-odihr-atpf", "ODIHR Anti-Trafficking Project Fund", "donor", "regional",
    S("scribd-nrm-handbook"), parent="org.osce-odihr",
    description="ODIHR fund that co-funded the 2004 NRM handbook (with the German Foreign "
    "Office).")
org("org.osce-pa", "OSCE Parliamentary Assembly", "igo_unit", "regional",
    S("oscepa-2022", "pc-55513"), acronym="OSCE PA", parent="org.osce", url="https://oscepa.org",
    description="Parliamentary dimension of the OSCE; its President appoints PA special "
    "representatives (2022).",
    note="A THB-specific PA special representative is not verified in facts.md.")
org("org.osce-pc", "OSCE Permanent Council", "igo_unit", "regional",
    S("issuu-action-plan", "azertag-2003", "eeas-pc1449", "pc-55513"), acronym="PC",
    parent="org.osce", hq="AUT",
    description="Regular decision-making body of the OSCE in Vienna; adopted the Action Plan to "
    "Combat Trafficking in Human Beings (PC.DEC/557, 24 July 2003) and appointed Special "
    "Representative Kari Johnstone (PC 1449, 9 Nov 2023).",
    checked="inferred", note="Vienna seat inferred from the plenaries held there (PC 1449 in "
    "Vienna).")
org("org.osce-mc", "OSCE Ministerial Council", "igo_unit", "regional",
    S("cthb-43511", "stoptraffic-mc-1-2000", "legislationline-mc-5-08", "aravot-2017"),
    acronym="MC", parent="org.osce",
    description="Annual meeting of OSCE foreign ministers; adopted the anti-trafficking "
    "decisions 1/2000 (Vienna), 2/03 (Maastricht), 5/08 (Helsinki), 7/13 (Kyiv) and 6/17 "
    "(Vienna), among others.")
org("org.osce-chairpersonship", "OSCE Chairpersonship (Chairperson-in-Office)", "igo_unit",
    "regional", S("mia-osmani", "einpresswire-24th", "pc-55513", "jobs-sr-vacancy"),
    acronym="CiO", parent="org.osce",
    description="Rotating annual chair of the OSCE: North Macedonia 2023, Malta 2024, Finland "
    "2025. The CiO confers the title of Special Representative.")
# --- field operations (facts 1d)
FO_NOTE = ("Listed among the 12 current field operations (osce.org menu 2025, seed page); "
           "facts.md: no single official 2025 list seen, current status inferred from 2023-2025 "
           "activity.")


def fo(slug, name, country, sources, aliases="", founded="", description="", note="",
       checked="seen"):
    org("org.osce-fo-" + slug, name, "field_operation", "national", sources, checked=checked,
        aliases=aliases, hq=country, parent="org.osce", founded=founded,
        description=description, note=note)


fo("albania", "OSCE Presence in Albania", "ALB", S("press-thb-p14", "2004-07-23-alliance"),
   description="Works on trafficking in human beings, e.g. a training of trainers on "
   "mock-trial methodology for trafficking cases with the School of Magistrates (27 Sep 2023).",
   note=FO_NOTE)
fo("ashgabat", "OSCE Centre in Ashgabat", "TKM", S("ashgabat-660449", "2004-07-23-alliance"),
   founded="1998-07-23",
   description="Set up by Permanent Council Decision No. 244 of 23 July 1998, operating from "
   "January 1999; its mandate includes the fight against human trafficking. Head: Amb. William "
   "Leaf (Aug 2025); 27 staff.", note=FO_NOTE)
fo("astana", "OSCE Programme Office in Astana", "KAZ",
   S("sanasezim-794", "docslib-ar-2013", "2004-07-23-alliance"), aliases="OSCE Centre in Astana",
   description="Has organised annual simulation-based anti-trafficking trainings in Kazakhstan "
   "since 2018 with the OSR/CTHB, at the Law Enforcement Academy under the General "
   "Prosecutor's Office.", checked="inferred",
   note="Called 'Centre in Astana' in the 2013 OSCE annual report and 'Programme Office' by "
   "2023; the date of the renaming is not verified. " + FO_NOTE)
fo("bishkek", "OSCE Programme Office in Bishkek", "KGZ",
   S("usip-p4", "bishkek-106154", "miragenews-issykkul", "2004-07-23-alliance"),
   founded="1998-07-23",
   description="Established by PC.DEC/245 of 23 July 1998, operational January 1999 (its Osh "
   "office closed in 2017). Anti-trafficking work with the police and the State Migration "
   "Service; supports the national referral mechanism; Issyk-Kul regional simulation with the "
   "OSR/CTHB.", note=FO_NOTE)
fo("bih", "OSCE Mission to Bosnia and Herzegovina", "BIH",
   S("serbia-43415", "byteseu-525111", "trt-holtzapple", "2004-07-23-alliance"),
   description="Mandate established under the Dayton General Framework Agreement for Peace; "
   "working with local partners on trafficking in human beings since 2003. Head of Mission "
   "Amb. Richard Holtzapple from August 2025 (succeeding Brian Aggeler).", note=FO_NOTE)
fo("dushanbe", "OSCE Programme Office in Dushanbe", "TJK",
   S("topix-dushanbe", "einpresswire-dushanbe", "2004-07-23-alliance"),
   founded="2017-07-01", aliases="OSCE Office in Tajikistan",
   description="The OSCE Office in Tajikistan was transformed into the Programme Office in "
   "Dushanbe from 1 July 2017 (PC decision of 1 June 2017; five field offices closed). In "
   "Sept-Oct 2024 it ran five NRM trainings for Tajikistan's Inter-ministerial Commission on "
   "Combatting THB.", note="'OSCE Office in Tajikistan' (predecessor) kept as an alias. " + FO_NOTE)
fo("kosovo", "OSCE Mission in Kosovo", "XKX",
   S("kosovo-45861", "serbia-43415", "2004-07-23-alliance"),
   description="Largest OSCE field presence (older page: ceiling 350 international / 1,150 "
   "local staff). Monitors and advises local anti-trafficking actors incl. the Kosovo "
   "anti-trafficking co-ordinator; Kosovo Strategy and Action Plan against THB 2008-2011.",
   note=FO_NOTE)
fo("moldova", "OSCE Mission to Moldova", "MDA",
   S("usip-p5", "press-thb-p14", "2004-07-23-alliance"), founded="1993-02-04",
   description="Established by CSO decision of 4 February 1993; working in Chisinau from 25 "
   "April 1993. Supported the first national trafficking simulation exercise in Moldova (80 "
   "practitioners, Sept 2023).", note=FO_NOTE)
fo("montenegro", "OSCE Mission to Montenegro", "MNE",
   S("serbia-43415", "press-thb-p14", "polis-3481", "2004-07-23-alliance"), founded="2006-06-29",
   description="Opened 29 June 2006. Organised a regional workshop on interviewing child "
   "victims (Budva, 9 Oct 2023); hosted a 2010 regional meeting of national anti-trafficking "
   "co-ordinators.", note=FO_NOTE)
fo("serbia", "OSCE Mission to Serbia", "SRB", S("serbia-51457", "2004-07-23-alliance"),
   description="Combating trafficking in human beings was a priority of the Mission's mandate "
   "(2009, Head of Mission Amb. Dimitrios Kypreos); supports the national anti-trafficking "
   "strategy.", note=FO_NOTE)
fo("skopje", "OSCE Mission to Skopje", "MKD",
   S("serbia-43415", "skopje-277531", "stopvaw-skopje-sops", "2004-07-23-alliance"),
   founded="1992-09", aliases="OSCE Spillover Monitor Mission to Skopje",
   description="Longest-serving OSCE field mission, established Sept 1992 as the Spillover "
   "Monitor Mission. Supported 2008 standard operating procedures for trafficking victims and "
   "organised a regional conference on trafficking along Western Balkan routes (27 Oct 2016).",
   note=FO_NOTE)
fo("uzbekistan", "OSCE Project Co-ordinator in Uzbekistan", "UZB",
   S("uzbekistan-43303", "einpresswire-pcuz", "2004-07-23-alliance"), founded="2006-07-01",
   aliases="OSCE Centre in Tashkent;OSCE Liaison Office in Central Asia",
   description="Established by the Permanent Council on 1 July 2006; predecessors: the Liaison "
   "Office in Central Asia (1995), renamed Centre in Tashkent (14 Dec 2000). Held an "
   "anti-trafficking workshop with the OSR/CTHB and the National Commission on Combating TIP "
   "and Decent Work (16-17 June 2025). Head: Amb. Antti Karttunen.",
   note="Predecessor names kept as aliases. " + FO_NOTE)
fo("ukraine-pcu", "OSCE Project Co-ordinator in Ukraine", "UKR", S("usip-p5", "jobs-jarbussynova"),
   founded="1999-06-01",
   description="Former field operation (not current in 2025) established by PC.DEC/295 of 1 "
   "June 1999; Madina Jarbussynova was Project Co-ordinator from 2012.",
   note="Closure date not verified.")
fo("ukraine-smm", "OSCE Special Monitoring Mission to Ukraine", "UKR", S("usip-p5"),
   founded="2014-03-21", aliases="SMM",
   description="Former field operation (not current in 2025) established by PC Decision 1117 of "
   "21 March 2014.", note="Closure date not verified.")
# --- Alliance
org("org.alliance-atip", "Alliance against Trafficking in Persons", "network", "regional",
    S("womenin-21st", "usembassy-italy-giammarinaro", "2004-07-23-alliance", "ordermalta-24th"),
    aliases="Alliance Against Trafficking in Persons;OSCE Alliance", founded="2004",
    description="Informal platform for advocacy and co-operation of international "
    "organisations, UN agencies, social partners and international NGOs, convened by the OSCE "
    "(organised by its Special Representative); launched in 2004 (founding meeting in Vienna, 23 July 2004); holds "
    "an annual conference in Vienna.",
    note="The Alliance Expert Co-ordination Team (AECT) membership is not verified and left out.")
# --- Council of Europe
org("org.coe", "Council of Europe", "igo", "regional",
    S("2004-07-23-alliance", "coe-cets197-page", "press-releases-p3"), acronym="CoE",
    hq="FRA", url="https://www.coe.int",
    description="European human-rights organisation of 46 member states; adopted the Convention "
    "on Action against Trafficking in Human Beings (CETS No. 197, 2005), monitored by GRETA and "
    "the Committee of the Parties.",
    checked="inferred", note="HQ FRA: facts.md places the Council of Europe HQ in Strasbourg "
    "(6 June 2023 meeting) and GRETA meets in Strasbourg.")
org("org.coe-cm", "Committee of Ministers of the Council of Europe", "igo_unit", "regional",
    S("coe-cets197-page", "coe-fsconv", "overheid-bwbv0004138"), parent="org.coe",
    description="Decision-making body of the Council of Europe; adopted CETS No. 197 on 3 May "
    "2005 and earlier recommendations such as R(2000)11.")
org("org.coe-pace", "Parliamentary Assembly of the Council of Europe", "igo_unit", "regional",
    S("overheid-bwbv0004138"), acronym="PACE", parent="org.coe",
    description="Adopted recommendations on trafficking recalled in the preamble of CETS No. 197 "
    "(e.g. 1325 (1997), 1545 (2002), 1610 (2003), 1611 (2003), 1663 (2004)).")
org("org.greta", "Group of Experts on Action against Trafficking in Human Beings", "igo_unit",
    "regional", S("coe-greta-engb", "coe-greta", "stopvaw-greta-2007", "armenianclub-greta-2008",
                  "overheid-bwbv0004138"),
    acronym="GRETA", parent="org.coe", hq="FRA", founded="2008-12",
    url="https://www.coe.int/en/web/anti-human-trafficking/greta",
    description="Independent monitoring body set up under Article 36 of CETS No. 197: 10-15 "
    "members elected by the Committee of the Parties for 4 years, renewable once. First 13 "
    "members elected 5 and 8 Dec 2008 (term from 1 Jan 2009); first meeting 24-27 Feb 2009 in "
    "Strasbourg. Evaluates Parties by rounds (2nd round launched 15 May 2014), 3 plenaries a "
    "year, country visits and reports, general reports.",
    note="founded = election of the first members (Dec 2008); creation announced 9 Nov 2007. "
    "hq FRA inferred: GRETA meets in Strasbourg (1st meeting 24-27 Feb 2009).")
org("org.coe-committee-parties", "Committee of the Parties to the Council of Europe Convention on "
    "Action against Trafficking in Human Beings", "igo_unit", "regional",
    S("unipd-greta", "armenianclub-greta-2008", "ilo-cop-2010", "overheid-bwbv0004138"),
    parent="org.coe",
    description="Second monitoring pillar of CETS No. 197 (Article 37): representatives of the "
    "Parties on the Committee of Ministers and of non-member Parties; elects GRETA's members and "
    "may adopt recommendations on the basis of GRETA reports.")
org("org.coe-dg-hr-rol", "Directorate General of Human Rights and Rule of Law (Council of "
    "Europe)", "igo_unit", "regional", S("lawsdocbox-greta-2nd"), parent="org.coe",
    description="Council of Europe directorate hosting the Secretariat of the anti-trafficking "
    "Convention (imprint of GRETA(2012)13).")
org("org.coe-thb-secretariat", "Secretariat of the Council of Europe Convention on Action "
    "against Trafficking in Human Beings", "igo_unit", "regional", S("lawsdocbox-greta-2nd"),
    parent="org.coe-dg-hr-rol",
    description="Serves GRETA and the Committee of the Parties.")
# --- other organisations named in sections 1-3
org("org.thomson-reuters", "Thomson Reuters", "private_sector", "global", S("usmission-besafe"),
    description="Partner of the OSCE in the 'Be Safe' campaign for refugees from Ukraine.")
org("org.alb-school-of-magistrates", "School of Magistrates (Albania)", "judicial", "national",
    S("press-thb-p14"), hq="ALB",
    description="Albanian judicial training school; with the OSCE Presence in Albania ran a "
    "training of trainers on mock trials in trafficking cases (27 Sep 2023).")
org("org.deu-federal-foreign-office", "Federal Foreign Office (Germany)", "government",
    "national", S("scribd-nrm-handbook"), hq="DEU",
    aliases="German Ministry of Foreign Affairs",
    description="Co-funded ODIHR's 2004 handbook on National Referral Mechanisms.")
org("org.stability-pact-tf-thb", "Stability Pact for South Eastern Europe Task Force on "
    "Trafficking in Human Beings", "network", "regional", S("docslib-see-2004"),
    parent="org.stability-pact",
    description="Framework under which UNICEF, OHCHR and OSCE/ODIHR published the 2004 report "
    "on trafficking in South-Eastern Europe.",
    note="Parent org.stability-pact is the record derived from the US grants data.")
org("org.un-srsg-svc", "Special Representative of the UN Secretary-General on Sexual Violence in "
    "Conflict", "un_mechanism", "global", S("press-releases-p3"),
    description="Issued a joint statement with the OSCE Special Representative on trafficking "
    "for sexual exploitation in the war against Ukraine (Stockholm, 29 March 2023).")

# --- national partners of the field operations named in section 1d (and 1b)
NAT_NOTE = ("Named in facts.md section 1 as a partner of an OSCE field operation; the same "
            "body may also appear in section 9 (national co-ordinators).")
org("org.kaz-law-enforcement-academy", "Law Enforcement Academy under the General Prosecutor's "
    "Office of Kazakhstan", "law_enforcement", "national", S("sanasezim-794"), hq="KAZ",
    description="Anti-trafficking training centre; venue of the annual OSCE simulation-based "
    "trainings in Kazakhstan since 2018.", note=NAT_NOTE)
org("org.kgz-state-migration-service", "State Migration Service (Kyrgyzstan)",
    "national_authority", "national", S("bishkek-106154"), hq="KGZ",
    description="Anti-trafficking partner of the OSCE Programme Office in Bishkek.", note=NAT_NOTE)
org("org.tjk-imc-thb", "Inter-ministerial Commission on Combatting Trafficking in Human Beings "
    "(Tajikistan)", "national_coordinator", "national", S("einpresswire-dushanbe"), hq="TJK",
    description="Tajikistan's national anti-trafficking commission; trained by the OSCE "
    "Programme Office in Dushanbe on the NRM (Sept-Oct 2024); NAP 2022-2024.", note=NAT_NOTE)
org("org.uzb-national-commission-tip", "National Commission on Combating Trafficking in Persons "
    "and Decent Work (Uzbekistan)", "national_coordinator", "national", S("einpresswire-pcuz"),
    hq="UZB", description="Partner of the OSCE Project Co-ordinator in Uzbekistan and the "
    "OSR/CTHB in a June 2025 workshop.", note=NAT_NOTE)
org("org.uzb-interagency-commission-thb", "Interagency Anti-Trafficking Commission "
    "(Uzbekistan)", "national_coordinator", "national", S("shhada-376582"), hq="UZB",
    description="Earlier Uzbek anti-trafficking commission, chaired by the Deputy Interior "
    "Minister (2018); met the OSCE Special Representative in March 2018.",
    note="facts.md section 9 row (source of section 1b); relation to the later National "
    "Commission not stated.")
org("org.xkx-national-coordinator-thb", "Kosovo National Anti-Trafficking Co-ordinator",
    "national_coordinator", "national", S("kosovo-45861"), hq="XKX",
    description="Partner of the OSCE Mission in Kosovo, with an inter-ministerial working group.",
    note=NAT_NOTE)
org("org.mne-national-coordinator-office", "Office of the National Anti-Trafficking Coordinator "
    "(Montenegro)", "national_coordinator", "national", S("polis-3481"), hq="MNE",
    acronym="NCO", description="Hosted a 2010 regional meeting of national anti-trafficking "
    "co-ordinators.", note=NAT_NOTE)
# --- organisations of people named in sections 1-3
org("org.lie-mfa", "Ministry of Foreign Affairs of Liechtenstein", "government", "national",
    S("einpresswire-24th"), hq="LIE", checked="inferred",
    description="Its minister Dominique Hasler spoke at the 24th Alliance conference (2024).",
    note="The source names the Foreign Minister; the ministry is inferred from the title.")
org("org.fin-ministry-of-justice", "Ministry of Justice of Finland", "government", "national",
    S("einpresswire-25th"), hq="FIN", checked="inferred",
    description="Its minister Leena Meri spoke at the 25th Alliance conference (2025), under "
    "Finland's 2025 OSCE Chairpersonship.",
    note="The source names the Minister of Justice; the ministry is inferred from the title.")
org("org.kaz-mfa", "Ministry of Foreign Affairs of Kazakhstan", "government", "national",
    S("jobs-jarbussynova"), hq="KAZ", checked="inferred",
    description="Madina Jarbussynova was Vice Minister before becoming OSCE Special "
    "Representative.", note="Inferred from her title 'Vice Minister of Foreign Affairs'.")
org("org.isr-mfa", "Ministry of Foreign Affairs of Israel", "government", "national",
    S("algemeiner-2021"), hq="ISR", checked="inferred",
    description="Foreign Minister Gabi Ashkenazi signed CETS No. 197 for Israel (April 2021).",
    note="Inferred from the minister's title.")
org("org.ita-criminal-court-rome", "Criminal Court of Rome", "judicial", "local",
    S("w20-giammarinaro"), hq="ITA", aliases="Tribunale di Roma",
    description="Maria Grazia Giammarinaro served as a judge here from 1991.",
    note="Italian alias is the project's rendering.")
org("org.pam", "Parliamentary Assembly of the Mediterranean", "igo", "regional", S("pam-23rd"),
    acronym="PAM", url="https://pam.int",
    description="Attended the 23rd Alliance against Trafficking in Persons conference (2023).")

# ============================================================================================
# Mandates
# ============================================================================================




P3 = "theme.prevention;theme.protection;theme.prosecution"
mandate("mandate.osce-moscow-document-1991", "Document of the Moscow Meeting of the Conference "
        "on the Human Dimension of the CSCE", "declaration", S("stoptraffic-mc-1-2000"),
        short="Moscow Document", adopted="1991", body="org.osce",
        themes="theme.protection",
        description="Earlier CSCE/OSCE commitment on trafficking recalled in MC Decision 1/2000.",
        note="Issuing body: the CSCE, predecessor of the OSCE")
mandate("mandate.osce-charter-european-security-1999", "Charter for European Security",
        "declaration", S("stoptraffic-mc-1-2000"), adopted="1999", body="org.osce",
        themes="theme.prevention;theme.protection",
        description="OSCE Charter (1999) recalled as an earlier anti-trafficking commitment in "
        "MC Decision 1/2000.")
mandate("mandate.osce-mc-dec-1-2000", "Ministerial Council Decision No. 1 on Trafficking in "
        "Human Beings", "decision", S("stoptraffic-mc-1-2000", "issuu-action-plan"),
        short="MC Decision 1/2000", ref="MC(8).DEC/1", adopted="2000-11-28", body="org.osce-mc",
        themes=P3 + ";theme.legislation",
        description="First OSCE Ministerial Council decision on trafficking, 8th Ministerial "
        "Council, Vienna, 28 Nov 2000.",
        note="Reference written as on the posted text 'MC(8) Decision No. 1'")
mandate("mandate.osce-mc-dec-6-2001", "Bucharest Ministerial Council Decision No. 6", "decision",
        S("issuu-action-plan"), short="MC Decision 6/2001", adopted="2001", body="org.osce-mc",
        themes=P3,
        description="Bucharest Ministerial Council decision (2001) recalled in the preamble of "
        "the 2003 Action Plan.",
        note="Only number and year seen; subject inferred from the Action Plan preamble (which "
        "recalls it among anti-trafficking commitments)", checked="inferred")
mandate("mandate.osce-mc-decl-porto-2002", "Porto Ministerial Declaration on Trafficking in Human "
        "Beings", "declaration", S("issuu-action-plan"), short="Porto MC Declaration",
        adopted="2002", body="org.osce-mc", themes=P3,
        description="Porto Ministerial Council declaration (2002) recalled in the preamble of the "
        "2003 Action Plan.", checked="inferred",
        note="facts.md names it 'Porto MC Declaration (2002)'; the full title is the project's "
        "reading of its subject from the Action Plan preamble")
mandate("mandate.osce-action-plan-2003", "OSCE Action Plan to Combat Trafficking in Human Beings",
        "action_plan", S("issuu-action-plan", "azertag-2003", "cthb-43511", "cthb-43466",
                         "what-trafficking", "eeas-pc1449"),
        short="OSCE Action Plan", ref="PC.DEC/557", adopted="2003-07-24", body="org.osce-pc",
        themes=P3 + ";theme.victim-identification;theme.coordination;theme.legislation",
        description="Adopted by the Permanent Council at its 462nd plenary (24 July 2003, PC "
        "Journal 462, agenda item 6), approved by the then 55 participating States; endorsed by "
        "MC Decision 2/03 (Maastricht, Dec 2003) as the framework for the whole Organization. "
        "Built on the 3 Ps (prevention, protection, prosecution); a fourth P, partnerships, was "
        "added in 2013. 20 years marked in 2023.",
        note="PC.DEC/557/Rev.1 not verified and not recorded")
mandate("mandate.osce-mc-dec-2-2003", "Ministerial Council Decision No. 2/03 Combating "
        "Trafficking in Human Beings", "decision", S("cthb-43511", "ebrary-mc-2-03", "cthb-43466"),
        short="MC Decision 2/03", ref="MC.DEC/2/03", adopted="2003-12", body="org.osce-mc",
        themes=P3 + ";theme.coordination",
        description="Maastricht Ministerial Council decision endorsing the Action Plan as the "
        "framework for the whole Organization; uses the UN Protocol definition; recommends "
        "national rapporteurs and anti-trafficking commissions.",
        note="Reference written in the usual MC.DEC/n/yy form from 'Decision No. 2 (2003)'")
mandate("mandate.osce-action-plan-addendum-2005", "Addendum to the OSCE Action Plan to Combat "
        "Trafficking in Human Beings: Addressing the Special Needs of Child Victims of Trafficking "
        "for Protection and Assistance", "action_plan", S("cthb-43583"),
        short="2005 Addendum on child victims", body="org.osce-pc",
        themes="theme.child-trafficking;theme.protection;theme.assistance",
        description="Addendum on the special needs of child victims; promoted by the OSR/CTHB at "
        "the March 2006 Alliance conference.",
        note="Title as summarised in facts.md ('Addendum on Special Needs of Child Victims'); "
        "decision number (PC.DEC/685) and date not verified, so reference and adopted are left "
        "empty; issuing body PC inferred from its being an addendum to a PC decision")
mandate("mandate.osce-mc-dec-3-2006", "Ministerial Council Decision No. 3/06 Combating "
        "Trafficking in Human Beings", "decision", S("jobs-sr-vacancy"), short="MC Decision 3/06",
        ref="MC.DEC/3/06", adopted="2006-06-21", body="org.osce-mc",
        themes="theme.coordination;theme.partnership",
        description="Asks the Secretary General and the Chairperson-in-Office to consult on "
        "appointing a prominent personality as Special Representative heading the anti-trafficking "
        "office.", checked="inferred",
        note="Number and date (21 June 2006) seen in the vacancy notice; the title is the "
        "project's reading of its subject")
mandate("mandate.osce-mc-dec-5-2008", "Ministerial Council Decision No. 5/08 Enhancing Criminal "
        "Justice Responses to Trafficking in Human Beings through a Comprehensive Approach",
        "decision", S("legislationline-mc-5-08"), short="MC Decision 5/08", ref="MC.DEC/5/08",
        adopted="2008", body="org.osce-mc",
        themes="theme.prosecution;theme.criminal-justice;theme.protection",
        description="Helsinki Ministerial Council decision (2008).")
mandate("mandate.osce-mc-decl-vilnius-2011", "Vilnius Ministerial Declaration on Combating All "
        "Forms of Human Trafficking", "declaration", S("usembassy-italy-giammarinaro"),
        short="Vilnius 2011 Ministerial Declaration on THB", adopted="2011", body="org.osce-mc",
        themes=P3, checked="inferred",
        description="Ministerial declaration on trafficking adopted at Vilnius in 2011, "
        "shepherded by Special Representative Giammarinaro.",
        note="facts.md: 'Vilnius 2011 Ministerial Declaration on THB'; the exact title is the "
        "project's reading")
mandate("mandate.osce-mc-dec-7-2013", "Ministerial Council Decision No. 7/13 on Combating "
        "Trafficking in Human Beings", "decision", S("alliance19"), short="MC Decision 7/13",
        ref="MC.DEC/7/13", adopted="2013", body="org.osce-mc", themes=P3,
        description="Kyiv Ministerial Council decision (2013), cited for its concern about the "
        "growth of trafficking.", checked="inferred",
        note="Number seen; Kyiv 2013 per facts.md row label; title is the project's reading")
mandate("mandate.osce-action-plan-addendum-2013", "Addendum to the OSCE Action Plan to Combat "
        "Trafficking in Human Beings: One Decade Later", "action_plan",
        S("lawsdocbox-doclist", "alliance19", "what-trafficking"), short="2013 Addendum",
        body="org.osce-pc",
        themes="theme.partnership;theme.technology;theme.labour-exploitation;theme.prevention",
        description="Update of the Action Plan; asks participating States to build capacity "
        "against ICT-facilitated trafficking and addresses the role of the private sector.",
        note="Title seen in a document list; decision number (PC.DEC/1107) and date not "
        "verified, so reference and adopted are left empty; issuing body PC inferred")
mandate("mandate.osce-mc-dec-6-2017", "Ministerial Council Decision No. 6/17 Strengthening "
        "Efforts to Prevent Trafficking in Human Beings", "decision",
        S("lawsdocbox-doclist", "aravot-2017"), short="MC Decision 6/17", ref="MC.DEC/6/17",
        adopted="2017-12", body="org.osce-mc",
        themes="theme.prevention;theme.demand;theme.labour-exploitation",
        description="Adopted at the 24th Ministerial Council, Vienna, December 2017.",
        note="adopted month from the 9 Dec 2017 report of the Vienna MC")
mandate("mandate.osce-mc-2017-child-trafficking", "Ministerial Council decision on combating all "
        "forms of child trafficking, including for sexual exploitation", "decision",
        S("aravot-2017"), adopted="2017-12", body="org.osce-mc",
        themes="theme.child-trafficking;theme.sexual-exploitation;theme.protection",
        description="Second trafficking decision of the 24th Ministerial Council, Vienna, "
        "December 2017.",
        note="The number MC.DEC/7/17 is inferred in facts.md, not seen, so reference is left "
        "empty; name paraphrases the report")
# field-operation founding decisions (facts 1d)
mandate("mandate.cso-1993-02-04-moldova", "CSO decision establishing the CSCE Mission to Moldova",
        "decision", S("usip-p5"), adopted="1993-02-04", body="org.osce",
        description="Committee of Senior Officials decision of 4 Feb 1993; the Mission worked "
        "in Chisinau from 25 April 1993.", note="Issuing body: the CSCE (predecessor of the "
        "OSCE), Committee of Senior Officials")
mandate("mandate.osce-pc-dec-244", "Permanent Council Decision No. 244 establishing the OSCE "
        "Centre in Ashgabat", "decision", S("ashgabat-660449"), ref="PC.DEC/244",
        adopted="1998-07-23", body="org.osce-pc",
        description="Set up the Centre in Ashgabat, operating from January 1999.")
mandate("mandate.osce-pc-dec-245", "Permanent Council Decision No. 245 establishing the OSCE "
        "Centre in Bishkek", "decision", S("usip-p4"), ref="PC.DEC/245", adopted="1998-07-23",
        body="org.osce-pc",
        description="Basis of the OSCE presence in Bishkek (today Programme Office), operational "
        "January 1999.")
mandate("mandate.osce-pc-dec-295", "Permanent Council Decision No. 295 establishing the OSCE "
        "Project Co-ordinator in Ukraine", "decision", S("usip-p5"), ref="PC.DEC/295",
        adopted="1999-06-01", body="org.osce-pc")
mandate("mandate.osce-pc-dec-1117", "Permanent Council Decision No. 1117 deploying the OSCE "
        "Special Monitoring Mission to Ukraine", "decision", S("usip-p5"), ref="PC.DEC/1117",
        adopted="2014-03-21", body="org.osce-pc")
mandate("mandate.osce-pc-2006-pcuz", "Permanent Council decision establishing the OSCE Project "
        "Co-ordinator in Uzbekistan", "decision", S("uzbekistan-43303"), adopted="2006-07-01",
        body="org.osce-pc", note="Decision number not in facts.md; 1 July 2006 is the "
        "establishment date given")
mandate("mandate.osce-pc-2017-06-01-dushanbe", "Permanent Council decision on the OSCE Programme "
        "Office in Dushanbe", "decision", S("topix-dushanbe"), adopted="2017-06-01",
        body="org.osce-pc",
        description="Transformed the Office in Tajikistan into the Programme Office in Dushanbe "
        "from 1 July 2017.", note="Decision number not in facts.md")
mandate("mandate.dayton-gfap", "General Framework Agreement for Peace in Bosnia and Herzegovina",
        "treaty", S("serbia-43415"), short="Dayton Agreement",
        description="Basis of the mandate of the OSCE Mission to Bosnia and Herzegovina.",
        note="Dates and parties not in facts.md")
# national instruments named in 1d
mandate("mandate.xkx-thb-strategy-2008-2011", "Kosovo Strategy and Action Plan against "
        "Trafficking in Human Beings 2008-2011", "strategy", S("kosovo-45861"),
        themes=P3 + ";theme.coordination", description="Supported by the OSCE Mission in Kosovo.",
        note="Issuing authority not named in facts.md")
mandate("mandate.tjk-nap-2022-2024", "National Action Plan on Combating Trafficking in Human "
        "Beings 2022-2024 (Tajikistan)", "action_plan", S("einpresswire-dushanbe"),
        themes=P3 + ";theme.coordination",
        description="Tajikistan's anti-trafficking action plan referred to in the OSCE Programme "
        "Office in Dushanbe's 2024 NRM trainings.", note="Exact title and issuing authority not "
        "in facts.md")
mandate("mandate.mkd-sops-victims-2008", "Standard operating procedures for the treatment of "
        "victims of trafficking (North Macedonia, 2008)", "other", S("stopvaw-skopje-sops"),
        adopted="2008", themes="theme.victim-identification;theme.protection;theme.coordination",
        description="Co-ordination mechanism for assisting trafficking victims supported by the "
        "OSCE Mission to Skopje.", checked="inferred",
        note="facts.md: '2008 SOPs for victims'; the name is descriptive, not the official title")
# Council of Europe
mandate("mandate.cets-197", "Council of Europe Convention on Action against Trafficking in Human "
        "Beings", "convention",
        S("coe-cets197-page", "coe-fsconv", "dailystar-2007", "stopvaw-cets197",
          "coe-gender-matters", "overheid-bwbv0004138", "123dok-review", "coe-israel-accedes",
          "algemeiner-2021", "algemeiner-2022", "twiki-cets197", "radiofiji-israel"),
        short="CoE Anti-Trafficking Convention", ref="CETS No. 197", adopted="2005-05-03",
        in_force="2008-02-01", body="org.coe-cm",
        themes=P3 + ";theme.victim-identification;theme.assistance;theme.return-reintegration;"
        "theme.child-trafficking;theme.demand;theme.coordination",
        url="https://wetten.overheid.nl/BWBV0004138",
        description="Adopted by the Committee of Ministers on 3 May 2005, opened for signature in "
        "Warsaw on 16 May 2005 at the 3rd Summit of Heads of State and Government; in force 1 Feb "
        "2008 after the 10th ratification (Cyprus, 24 Oct 2007). Victims' rights: recovery and "
        "reflection period of at least 30 days, residence permit, non-punishment, compensation. "
        "Monitored by GRETA (Art. 36) and the Committee of the Parties (Art. 37). 48 Parties: "
        "all 46 CoE member states plus Belarus (Nov 2013) and Israel (48th, 2022).",
        note="Party counts differ by snapshot date (19 in Dec 2008 ... 48 from 2022): the "
        "current CoE page is used. An EFE wire (Radio Fiji) also lists the Czech Republic as a "
        "non-party - DISAGREE; the CoE source ('all member states') is preferred")
mandate("mandate.coe-rec-r-2000-11", "Recommendation No. R (2000) 11 of the Committee of "
        "Ministers to member states on action against trafficking in human beings for the "
        "purpose of sexual exploitation", "recommendation",
        S("coe-fsconv", "overheid-bwbv0004138"), short="Rec. R(2000)11", ref="R (2000) 11",
        adopted="2000", body="org.coe-cm",
        themes="theme.sexual-exploitation;theme.prevention;theme.protection;theme.prosecution",
        description="Precursor of CETS No. 197.")
mandate("mandate.coe-rec-r-91-11", "Recommendation No. R (91) 11 on sexual exploitation, "
        "pornography and prostitution of, and trafficking in, children and young adults",
        "recommendation", S("overheid-bwbv0004138"), ref="R (91) 11", adopted="1991",
        body="org.coe-cm", themes="theme.child-trafficking;theme.sexual-exploitation",
        description="Committee of Ministers recommendation recalled in the preamble of CETS No. "
        "197.")
mandate("mandate.coe-rec-r-97-13", "Recommendation No. R (97) 13 concerning intimidation of "
        "witnesses and the rights of the defence", "recommendation", S("overheid-bwbv0004138"),
        ref="R (97) 13", adopted="1997", body="org.coe-cm",
        themes="theme.criminal-justice;theme.protection",
        description="Committee of Ministers recommendation recalled in the preamble of CETS No. "
        "197.")
mandate("mandate.coe-rec-2001-16", "Recommendation Rec (2001) 16 on the protection of children "
        "against sexual exploitation", "recommendation", S("overheid-bwbv0004138"),
        ref="Rec (2001) 16", adopted="2001", body="org.coe-cm",
        themes="theme.child-trafficking;theme.sexual-exploitation;theme.protection",
        description="Committee of Ministers recommendation recalled in the preamble of CETS No. "
        "197.")
mandate("mandate.coe-rec-2002-5", "Recommendation Rec (2002) 5 on the protection of women "
        "against violence", "recommendation", S("overheid-bwbv0004138"), ref="Rec (2002) 5",
        adopted="2002", body="org.coe-cm", themes="theme.protection",
        description="Committee of Ministers recommendation recalled in the preamble of CETS No. "
        "197.")
for num, year, title, themes in (
        ("1325", "1997", "Traffic in women and forced prostitution in Council of Europe member "
         "states", "theme.sexual-exploitation;theme.prevention"),
        ("1545", "2002", "Campaign against trafficking in women",
         "theme.awareness;theme.prevention"),
        ("1610", "2003", "Migration connected with trafficking in women and prostitution",
         "theme.migration;theme.sexual-exploitation"),
        ("1611", "2003", "Trafficking in organs in Europe", "theme.prevention;theme.prosecution"),
        ("1663", "2004", "Domestic slavery: servitude, au pairs and mail-order brides",
         "theme.labour-exploitation;theme.protection")):
    mandate(f"mandate.pace-rec-{num}-{year}", f"PACE Recommendation {num} ({year}) {title}",
            "recommendation", S("overheid-bwbv0004138"), ref=f"Recommendation {num} ({year})",
            adopted=year, body="org.coe-pace", themes=themes,
            description="Parliamentary Assembly recommendation recalled in the preamble of CETS "
            "No. 197.")

# ============================================================================================
# People
# ============================================================================================




# founding page speakers
person("helga-konrad", "Helga Konrad", S("2004-07-23-alliance", "cthb-43466", "unodc-2008-02-15"),
       "OSCE Special Representative on Combating Trafficking in Human Beings May 2004 - May 2006; "
       "organiser of the 23 July 2004 Alliance meeting; former Austrian Minister for Women's "
       "Issues.")
person("maud-de-boer-buquicchio", "Maud de Boer Buquicchio", SEED,
       "Deputy Secretary General of the Council of Europe; speaker at the 23 July 2004 Vienna "
       "meeting.")
person("marco-gramegna", "Marco Gramegna", SEED,
       "Director of the International Organization for Migration's Counter-Trafficking Services; "
       "speaker at the 23 July 2004 Vienna meeting.")
# Special Representatives
person("eva-biaudet", "Eva Biaudet", S("cthb-43466", "jobs-jarbussynova", "ec-nr-finland"),
       "OSCE Special Representative Oct 2006 - Dec 2009; later Finland's Ombudsman for "
       "Minorities, acting as National Rapporteur on Trafficking in Human Beings.")
person("maria-grazia-giammarinaro", "Maria Grazia Giammarinaro",
       S("cthb-43466", "usembassy-italy-giammarinaro", "w20-giammarinaro", "wikisum-giammarinaro"),
       "Italian judge (Criminal Court of Rome since 1991); as a seconded expert at the European "
       "Commission (2006-2010) drafted the first version of Directive 2011/36/EU; OSCE Special "
       "Representative 2010-2014 (appointed Dec 2009); US TIP Report Hero (19 June 2012); "
       "shepherded the Vilnius 2011 Ministerial Declaration on THB.")
person("madina-jarbussynova", "Madina Jarbussynova",
       S("shhada-166981", "jobs-jarbussynova", "shhada-376582", "icat-briefing"),
       "OSCE Special Representative from Sept 2014 (first from Central Asia; Kazakhstan), in "
       "office in 2018; earlier Vice Minister of Foreign Affairs of Kazakhstan and OSCE Project "
       "Co-ordinator in Ukraine (from 2012).")
person("valiant-richey", "Valiant Richey",
       S("usmission-2019-11-21", "sarajevotimes-workshop", "eeas-pc1449", "usmission-2021-11-25"),
       "OSCE Acting Co-ordinator for Combating THB, then Special Representative (first annual "
       "report to the Permanent Council 21 Nov 2019); former SR by Nov 2023.",
       aliases="Val Richey", note="Appointment date not verified.")
person("andrea-salvoni", "Andrea Salvoni", S("newscentralasia-2023", "eeas-pc1449"),
       "OSCE Acting Co-ordinator for Combating Trafficking in Human Beings in 2023, between "
       "Richey and Johnstone.")
person("kari-johnstone", "Kari Johnstone",
       S("eeas-pc1449", "wiredgov-2025-12", "daralmaref-johnstone", "einpresswire-24th",
         "einpresswire-25th"),
       "OSCE Special Representative and Co-ordinator for Combating THB, appointed by PC 1449 (9 "
       "Nov 2023), in office Dec 2025; previously a senior US State Department official "
       "(2014-2023).", aliases="Dr Kari Johnstone")
# other OSCE people
person("helga-maria-schmid", "Helga Maria Schmid",
       S("federalnews-schmid", "womenin-21st", "einpresswire-24th"),
       "German diplomat named OSCE Secretary General on 4 Dec 2020 (3-year renewable term); "
       "speaker at the 21st and 24th Alliance conferences.", aliases="Helga Schmid")
person("feridun-h-sinirlioglu", "Feridun H. Sinirlioğlu", S("einpresswire-25th"),
       "OSCE Secretary General (2025).", aliases="Feridun Sinirlioglu")
person("matteo-mecacci", "Matteo Mecacci", S("einpresswire-24th", "womenin-21st"),
       "Director of ODIHR (2021, 2024).")
person("maria-telalian", "Maria Telalian", S("einpresswire-25th"), "Director of ODIHR (2025).")
person("bujar-osmani", "Bujar Osmani", S("mia-osmani"),
       "OSCE Chairperson-in-Office 2023 (North Macedonia).")
person("ian-borg", "Ian Borg", S("einpresswire-24th"), "OSCE Chairperson-in-Office 2024 (Malta).")
person("margareta-cederfelt", "Margareta Cederfelt", S("oscepa-2022"),
       "President of the OSCE Parliamentary Assembly (Sweden), 2022.")
person("lamberto-zannier", "Lamberto Zannier", S("secretariat-232541"),
       "OSCE Secretary General; spoke at the April 2016 Alliance conference.", checked="inferred",
       note="facts.md gives only 'SG Zannier'; the first name is added from general knowledge - "
       "re-check against the source.")
person("richard-holtzapple", "Richard Holtzapple", S("trt-holtzapple"),
       "Head of the OSCE Mission to Bosnia and Herzegovina from August 2025.")
person("brian-aggeler", "Brian Aggeler", S("trt-holtzapple"),
       "Head of the OSCE Mission to Bosnia and Herzegovina until August 2025.")
person("dimitrios-kypreos", "Dimitrios Kypreos", S("serbia-51457"),
       "Head of the OSCE Mission to Serbia (2009).")
person("william-leaf", "William Leaf", S("ashgabat-660449"),
       "Head of the OSCE Centre in Ashgabat (Aug 2025).")
person("antti-karttunen", "Antti Karttunen", S("einpresswire-pcuz"),
       "Head of the OSCE Project Co-ordinator in Uzbekistan (2025).")
person("jyothi-kanics", "Jyothi Kanics", S("stoptraffic-mc-1-2000"),
       "ODIHR staff member who posted the text of MC Decision 1/2000 to the Stop-Traffic list.")
person("barbara-limanowska", "Barbara Limanowska", S("docslib-see-2004"),
       "Author of the 2004 report 'Trafficking in Human Beings in South-Eastern Europe' for "
       "UNICEF, OHCHR and OSCE/ODIHR.")
# Alliance speakers (section 2)
person("siobhan-mullally", "Siobhán Mullally",
       S("ksaplayers-mullally", "womenin-21st", "einpresswire-25th"),
       "GRETA first Vice-President 2014-2018 and President 2016-2018; later UN Special "
       "Rapporteur on trafficking in persons (speaker at the 21st and 25th Alliance "
       "conferences).", aliases="Siobhan Mullally")
person("ylva-johansson", "Ylva Johansson", S("womenin-21st"),
       "European Commissioner; opening speaker at the 21st Alliance conference (2021).")
person("theresa-may", "Theresa May", S("pam-23rd"),
       "Speaker at the 23rd Alliance conference (April 2023).")
person("pramila-patten", "Pramila Patten", S("pam-23rd"),
       "Speaker at the 23rd Alliance conference (April 2023).")
person("dominique-hasler", "Dominique Hasler", S("einpresswire-24th"),
       "Minister of Foreign Affairs of Liechtenstein; speaker at the 24th Alliance conference "
       "(2024).")
person("ugochi-daniels", "Ugochi Daniels", S("einpresswire-24th"),
       "IOM Deputy Director General; speaker at the 24th Alliance conference (2024).")
person("leena-meri", "Leena Meri", S("einpresswire-25th"),
       "Minister of Justice of Finland; speaker at the 25th Alliance conference (2025).")
person("stephen-kavanagh", "Stephen Kavanagh", S("einpresswire-25th"),
       "Secretary General of ICMEC (2025); speaker at the 25th Alliance conference.")
person("angela-me", "Angela Me", S("einpresswire-25th"),
       "UNODC; speaker at the 25th Alliance conference (2025).")
person("gabi-ashkenazi", "Gabi Ashkenazi", S("algemeiner-2021"),
       "Foreign Minister of Israel; signed CETS No. 197 for Israel on 25 April 2021.",
       note="Day inferred in facts.md from 'Sunday' in a 26 April 2021 report.")
# GRETA
GRETA_FIRST = [("vessela-banova", "Vessela Banova", "Bulgaria"),
               ("louise-calleja", "Louise Calleja", "Malta"),
               ("josie-christodoulou", "Josie Christodoulou", "Cyprus"),
               ("davor-derencinovic", "Davor Derenčinović", "Croatia"),
               ("vladimir-gilca", "Vladimir Gilca", "Moldova"),
               ("hanne-sophie-greve", "Hanne Sophie Greve", "Norway"),
               ("nicolas-le-coz", "Nicolas Le Coz", "France"),
               ("alexandra-malangone", "Alexandra Malangone", "Slovakia"),
               ("nell-rasmussen", "Nell Rasmussen", "Denmark"),
               ("leonor-rodrigues", "Leonor Rodrigues", "Portugal"),
               ("gulnara-shahinian", "Gulnara Shahinian", "Armenia"),
               ("robert-stratoberdha", "Robert Stratoberdha", "Albania"),
               ("diana-florentina-tudorache", "Diana-Florentina Tudorache", "Romania")]
for pid, name, nat in GRETA_FIRST:
    extra = "; GRETA President (2014)" if pid == "nicolas-le-coz" else ""
    person(pid, name, S("armenianclub-greta-2008") + (";" + S("coe-news-2014") if extra else ""),
           f"One of the 13 first members of GRETA (elected Dec 2008, term from 1 Jan 2009), "
           f"from {nat}{extra}.",
           aliases="Davor Derencinovic" if pid == "davor-derencinovic" else "")
person("helga-gayer", "Helga Gayer", S("coe-greta-engb"),
       "President of GRETA, re-elected at the 47th meeting (27-31 March 2023).")
person("antoaneta-vassileva", "Antoaneta Vassileva", S("coe-greta-engb"),
       "First Vice-President of GRETA (elected March 2023).")
person("sergey-ghazinyan", "Sergey Ghazinyan", S("coe-greta-engb"),
       "Second Vice-President of GRETA (elected March 2023).")

# ============================================================================================
# Roles
# ============================================================================================




SR = "Special Representative and Co-ordinator for Combating Trafficking in Human Beings"
OSR = "org.osce-osr-cthb"
role("helga-konrad", OSR, "Special Representative on Combating Trafficking in Human Beings",
     S("2004-07-23-alliance", "cthb-43466"), "2004-05", "2006-05",
     note="Title as the 23 July 2004 press release states ('the OSCE's new Special "
     "Representative'); term from the OSCE timeline.")
role("maud-de-boer-buquicchio", "org.coe", "Deputy Secretary General", SEED,
     note="In office on 23 July 2004 (seed page); term dates not in facts.md.")
role("marco-gramegna", "org.iom", "Director, Counter-Trafficking Services", SEED,
     note="In office on 23 July 2004 (seed page); term dates not in facts.md.")
role("eva-biaudet", OSR, SR, S("cthb-43466", "jobs-jarbussynova"), "2006-10", "2009-12")
role("maria-grazia-giammarinaro", OSR, SR,
     S("cthb-43466", "usembassy-italy-giammarinaro", "w20-giammarinaro"), "2009-12", "2014",
     note="DISAGREE on start: OSCE timeline 'appointed Dec 2009' vs US Embassy 'serving since "
     "Jan 2010'. The OSCE (the appointing organisation) is preferred; the January 2010 date "
     "probably marks taking office. End 2014 from her own biography (2010-2014).")
role("maria-grazia-giammarinaro", "org.eu-commission", "Seconded national expert",
     S("w20-giammarinaro"), "2006", "2010",
     note="Drafted the first version of Directive 2011/36/EU in this role.")
role("madina-jarbussynova", OSR, SR, S("shhada-166981", "shhada-376582", "icat-briefing"),
     "2014-09", note="Still in office 29 March 2018 and June 2018; end not verified.")
role("madina-jarbussynova", "org.osce-fo-ukraine-pcu", "OSCE Project Co-ordinator in Ukraine",
     S("jobs-jarbussynova"), "2012", note="End not stated; she became SR in Sept 2014.")
role("valiant-richey", OSR, "Acting Co-ordinator for Combating Trafficking in Human Beings",
     S("sarajevotimes-workshop"), note="Undated source (Sarajevo workshop).")
role("valiant-richey", OSR, SR, S("usmission-2019-11-21", "eeas-pc1449"),
     note="In office by 21 Nov 2019 (first annual report to the PC) and former SR by 9 Nov 2023; "
     "exact appointment and departure dates not verified, so start and end are left empty.")
role("andrea-salvoni", OSR, "Acting Co-ordinator for Combating Trafficking in Human Beings",
     S("newscentralasia-2023", "eeas-pc1449"),
     note="Acting Co-ordinator in June 2023 and in the interim before 9 Nov 2023; exact dates "
     "not verified.")
role("kari-johnstone", OSR, SR, S("eeas-pc1449", "wiredgov-2025-12"), "2023-11-09",
     note="Newly appointed by PC 1449 (9 Nov 2023); still SR on 11 Dec 2025.")
role("kari-johnstone", "org.usdos", "Senior official", S("daralmaref-johnstone"), "2014", "2023",
     note="Arabic source: senior State Department official for nine years, 2014-2023.")
role("helga-maria-schmid", "org.osce-secretariat", "Secretary General",
     S("federalnews-schmid", "womenin-21st", "einpresswire-24th"),
     note="Named SG on 4 Dec 2020 for a 3-year renewable term (facts.md labels her term "
     "2021-2024); seen in office June 2021 and April 2024. Start left empty because the "
     "source gives the naming date, not the day she took office; end not verified (Sinirlioğlu "
     "SG by 2025).")
role("feridun-h-sinirlioglu", "org.osce-secretariat", "Secretary General", S("einpresswire-25th"),
     note="In office in 2025 (25th Alliance conference); start not in facts.md.")
role("lamberto-zannier", "org.osce-secretariat", "Secretary General", S("secretariat-232541"),
     checked="inferred", note="In office in April 2016; dates not in facts.md.")
role("matteo-mecacci", "org.osce-odihr", "Director", S("womenin-21st", "einpresswire-24th"),
     note="Seen as Director in 2021 and 2024; term dates not in facts.md.")
role("maria-telalian", "org.osce-odihr", "Director", S("einpresswire-25th"),
     note="Seen as Director in 2025.")
role("bujar-osmani", "org.osce-chairpersonship", "Chairperson-in-Office", S("mia-osmani"),
     "2023", "2023", note="North Macedonia's 2023 Chairpersonship.")
role("ian-borg", "org.osce-chairpersonship", "Chairperson-in-Office", S("einpresswire-24th"),
     "2024", "2024", note="Malta's 2024 Chairpersonship.")
role("margareta-cederfelt", "org.osce-pa", "President", S("oscepa-2022"),
     note="Seen as President in 2022.")
role("richard-holtzapple", "org.osce-fo-bih", "Head of Mission", S("trt-holtzapple"), "2025-08")
role("brian-aggeler", "org.osce-fo-bih", "Head of Mission", S("trt-holtzapple"), end="2025-08",
     note="Replaced by Holtzapple in August 2025; start not in facts.md.")
role("dimitrios-kypreos", "org.osce-fo-serbia", "Head of Mission", S("serbia-51457"),
     note="Seen in 2009.")
role("william-leaf", "org.osce-fo-ashgabat", "Head of Centre", S("ashgabat-660449"),
     note="Seen as Head in August 2025.")
role("antti-karttunen", "org.osce-fo-uzbekistan", "Head of Office (Project Co-ordinator)",
     S("einpresswire-pcuz"), note="Seen as Head in June 2025.")
role("jyothi-kanics", "org.osce-odihr", "Staff member", S("stoptraffic-mc-1-2000"),
     note="Dates not in facts.md (posting of the Nov 2000 decision text).")
role("dominique-hasler", "org.lie-mfa", "Minister of Foreign Affairs", S("einpresswire-24th"),
     note="Seen in office in April 2024.")
role("leena-meri", "org.fin-ministry-of-justice", "Minister of Justice", S("einpresswire-25th"),
     note="Seen in office in March 2025.")
role("madina-jarbussynova", "org.kaz-mfa", "Vice Minister of Foreign Affairs",
     S("jobs-jarbussynova"), note="Dates not in facts.md; before her OSCE posts.")
role("maria-grazia-giammarinaro", "org.ita-criminal-court-rome", "Judge", S("w20-giammarinaro"),
     "1991", note="Judge of the Criminal Court of Rome since 1991 (her biography).")
role("gabi-ashkenazi", "org.isr-mfa", "Minister of Foreign Affairs", S("algemeiner-2021"),
     note="In office in April 2021.")
# GRETA
for pid, _, _ in GRETA_FIRST:
    role(pid, "org.greta", "Member", S("armenianclub-greta-2008"), "2009-01-01",
         note="Elected by the Committee of the Parties 5 and 8 Dec 2008 as one of the first 13 "
         "members; end of term not in facts.md.")
role("nicolas-le-coz", "org.greta", "President", S("coe-news-2014"),
     note="Seen as President in 2014; dates not in facts.md.")
role("siobhan-mullally", "org.greta", "First Vice-President", S("ksaplayers-mullally"), "2014",
     "2018")
role("siobhan-mullally", "org.greta", "President", S("ksaplayers-mullally"), "2016", "2018")
role("helga-gayer", "org.greta", "President", S("coe-greta-engb"),
     note="Re-elected at the 47th meeting, 27-31 March 2023; first election date not in "
     "facts.md.")
role("antoaneta-vassileva", "org.greta", "First Vice-President", S("coe-greta-engb"), "2023-03",
     note="Elected at the 47th meeting, 27-31 March 2023.")
role("sergey-ghazinyan", "org.greta", "Second Vice-President", S("coe-greta-engb"), "2023-03",
     note="Elected at the 47th meeting, 27-31 March 2023.")

# ============================================================================================
# Events
# ============================================================================================




event("event.vienna-2004-07-23", "OSCE meeting on creating an Alliance against Trafficking in "
      "Persons", "meeting", SEED, "2004-07-23", "2004-07-23", "Vienna", "AUT", "org.osce",
      "One-day meeting aimed at creating a broad Alliance against Trafficking in Persons of "
      "international, intergovernmental and non-governmental organisations, organised by the "
      "new Special Representative Helga Konrad; founding event of the Alliance.")
A = "Conference of the Alliance against Trafficking in Persons"
event("event.alliance-2006-03", "Alliance against Trafficking in Persons high-level conference "
      "on child trafficking", "conference", S("cthb-43583"), "2006-03", "2006-03", "Vienna", "AUT",
      OSR, "Alliance conference on investigating child trafficking, held with the Austrian EU "
      "Presidency and IOM; the Office promoted the Addendum on child victims.")
event("event.alliance-16-2016", "16th " + A + ": trafficking for forced criminality",
      "conference", S("secretariat-232541"), "2016-04-11", "", "Vienna", "AUT", OSR,
      "Alliance conference on trafficking in human beings for forced criminality; SG Zannier "
      "spoke.", checked="inferred",
      note="Ordinal 16th inferred by count in facts.md; organiser OSR/CTHB inferred (it convenes "
      "the Alliance).")
event("event.alliance-19", "19th " + A + ": harnessing technology", "conference",
      S("alliance19"), "2019", "2019", "Vienna", "AUT", OSR,
      "Conference on technology and trafficking in human beings.", checked="inferred",
      note="Year inferred in facts.md (the page cites '2018' data); organiser inferred.")
event("event.alliance-20", "20th " + A, "conference", S("shhada-alliance20"), "2020-07", "2020-07",
      organiser=OSR, description="Held mostly online for the first time (COVID-19); on "
      "prosecution and justice.", checked="inferred",
      note="Place left empty (mostly online); organiser inferred.")
event("event.alliance-21", "21st " + A + ": Confronting Demand, Tackling a Root Cause of "
      "Trafficking in Human Beings", "conference", S("respect-21st", "womenin-21st"),
      "2021-06-14", "2021-06-16", "Vienna", "AUT", OSR,
      "Held at the Hofburg and on Zoom.", checked="inferred", note="Organiser OSR/CTHB inferred.")
event("event.alliance-23", "23rd " + A, "conference", S("pam-23rd"), "2023-04-18", "2023-04-19",
      "Vienna", "AUT", OSR, "Held at the Hofburg, marking the 20th anniversary of the Action "
      "Plan; on national leadership and political will; 57 participating States and 11 Partners "
      "for Co-operation took part.", checked="inferred", note="Organiser OSR/CTHB inferred.")
event("event.alliance-24", "24th " + A + ": Beyond Awareness-Raising: Reshaping Human "
      "Trafficking Prevention", "conference", S("ordermalta-24th", "einpresswire-24th"),
      "2024-04-15", "2024-04-16", "Vienna", "AUT", "org.osce", "Held at the Hofburg; annual "
      "gathering of anti-trafficking stakeholders.")
event("event.alliance-25", "25th " + A + ": Protecting Childhoods, Shaping Futures: A Call to End "
      "Child Trafficking", "conference", S("einpresswire-25th"), "2025-03-31", "2025-04-01",
      "Vienna", "AUT", "org.osce", "Held at the Hofburg.")
# OSCE meetings and activities
event("event.osce-pc-462", "OSCE Permanent Council, 462nd plenary meeting", "meeting",
      S("issuu-action-plan", "azertag-2003"), "2003-07-24", "2003-07-24", "Vienna", "AUT",
      "org.osce-pc", "Adopted the Action Plan to Combat Trafficking in Human Beings "
      "(PC.DEC/557).", checked="inferred", note="Place inferred: PC plenaries meet in Vienna.")
event("event.osce-mc-8-vienna-2000", "8th OSCE Ministerial Council, Vienna", "ministerial_council",
      S("stoptraffic-mc-1-2000"), "2000-11-28", "2000-11-28", "Vienna", "AUT", "org.osce-mc",
      "Adopted MC Decision No. 1 on Trafficking in Human Beings.",
      note="Only the decision date (28 Nov 2000) is sourced; the meeting may have lasted longer.")
event("event.osce-mc-maastricht-2003", "OSCE Ministerial Council, Maastricht",
      "ministerial_council", S("cthb-43511", "cthb-43466"), "2003-12", "2003-12", "Maastricht",
      "NLD", "org.osce-mc", "Adopted MC Decision 2/03 endorsing the Action Plan.")
event("event.osce-mc-helsinki-2008", "OSCE Ministerial Council, Helsinki", "ministerial_council",
      S("legislationline-mc-5-08"), "2008", "2008", "Helsinki", "FIN", "org.osce-mc",
      "Adopted MC Decision 5/08 on criminal justice responses to trafficking.")
event("event.osce-mc-24-vienna-2017", "24th OSCE Ministerial Council, Vienna",
      "ministerial_council", S("aravot-2017"), "2017-12", "2017-12", "Vienna", "AUT",
      "org.osce-mc", "Adopted decisions on preventing trafficking (6/17) and on combating all "
      "forms of child trafficking.")
event("event.osce-pc-1449", "OSCE Permanent Council, 1449th plenary meeting", "meeting",
      S("eeas-pc1449"), "2023-11-09", "2023-11-09", "Vienna", "AUT", "org.osce-pc",
      "Appointment of Kari Johnstone as Special Representative welcomed by the EU.")
event("event.osce-pc-2019-11-21", "OSCE Permanent Council meeting: first annual report of SR "
      "Valiant Richey", "meeting", S("usmission-2019-11-21"), "2019-11-21", "2019-11-21",
      "Vienna", "AUT", "org.osce-pc", "US welcomed the Special Representative's first annual "
      "report.", checked="inferred", note="Place inferred: PC meets in Vienna.")
event("event.nc-nr-meeting-2023-06-06", "Annual meeting of national anti-trafficking "
      "co-ordinators and rapporteurs", "meeting", S("press-releases-p3"), "2023-06-06",
      "2023-06-06", "Strasbourg", "FRA", "",
      "Largest annual meeting of national anti-trafficking co-ordinators and rapporteurs, held "
      "at the Council of Europe headquarters, on national leadership structures.",
      note="Announced in an OSCE press release; organiser not stated in the excerpt.")
event("event.be-safe-campaign", "'Be Safe' campaign for refugees from Ukraine", "campaign",
      S("usmission-besafe"), organiser="org.osce",
      description="OSCE-Thomson Reuters awareness campaign on trafficking risks for people "
      "fleeing the war in Ukraine.", note="Dates not in facts.md.")
event("event.osce-ukraine-delegation-2019-05", "Study visit of a Ukrainian delegation on "
      "trafficking and smuggling", "meeting", S("cthb-418955"), "2019-05-07", "2019-05-08",
      "Vienna", "AUT", "org.osce-tntd-spmu",
      "Organised by the Strategic Police Matters Unit with the OSR/CTHB and INTERPOL.",
      checked="inferred", note="Place inferred from the Secretariat seat.")
event("event.sr-visit-uzbekistan-2018-03-29", "Visit of the OSCE Special Representative to "
      "Uzbekistan", "meeting", S("shhada-376582"), "2018-03-29", "2018-03-29", "", "UZB", OSR,
      "Madina Jarbussynova's visit; meeting with the Interagency Anti-Trafficking Commission.")
event("event.icat-briefing-2018-06", "ICAT briefing to Member States", "meeting",
      S("icat-briefing"), "2018-06", "2018-06", organiser="org.icat",
      description="Briefing at which SR Jarbussynova spoke as ICAT member.",
      note="Place not in facts.md.")
event("event.astana-simulation-2023-06", "OSCE Central Asia regional simulation-based training "
      "on combating trafficking in human beings", "training", S("newscentralasia-2023"),
      "2023-06", "2023-06", "Astana", "KAZ", "org.osce-fo-astana",
      "Concluded in Astana (reported 1 July 2023); Acting Co-ordinator Salvoni spoke.",
      checked="inferred", note="Organiser PO Astana inferred: it runs the annual simulations "
      "in Kazakhstan since 2018 (sanasezim).")
event("event.moldova-simulation-2023-09", "First national simulation exercise on trafficking in "
      "Moldova", "training", S("press-thb-p14"), "2023-09", "2023-09", "", "MDA",
      "org.osce-fo-moldova", "80 practitioners.", checked="inferred",
      note="facts.md: 'OSCE supported'; Mission to Moldova as organiser inferred.")
event("event.albania-mock-trial-tot-2023-09-27", "Training of trainers on mock-trial methodology "
      "for trafficking cases", "training", S("press-thb-p14"), "2023-09-27", "2023-09-27", "",
      "ALB", "org.osce-fo-albania", "With the School of Magistrates of Albania.")
event("event.budva-workshop-2023-10-09", "Regional workshop on interviewing child victims of "
      "trafficking", "training", S("press-thb-p14"), "2023-10-09", "2023-10-09", "Budva", "MNE",
      "org.osce-fo-montenegro", "Organised by the OSCE Mission to Montenegro.")
event("event.montenegro-nc-meeting-2010", "Regional meeting of national anti-trafficking "
      "co-ordinators", "meeting", S("polis-3481"), "2010", "2010", "", "MNE", "",
      "Hosted by Montenegro's National Anti-Trafficking Coordinator's Office with the OSCE "
      "Mission to Montenegro.", note="Organiser left empty: the Montenegrin office is not "
      "defined in this part.")
event("event.skopje-conference-2016-10-27", "Regional conference on trafficking in human beings "
      "along Western Balkan routes", "conference", S("skopje-277531"), "2016-10-27",
      "2016-10-27", "Skopje", "MKD", "org.osce-fo-skopje", "",
      checked="inferred", note="Place Skopje inferred from the organiser.")
event("event.dushanbe-nrm-trainings-2024", "NRM trainings for the Inter-ministerial Commission "
      "on Combatting THB (Tajikistan)", "training", S("einpresswire-dushanbe"), "2024-09",
      "2024-10", "", "TJK", "org.osce-fo-dushanbe",
      "Five trainings on the national referral mechanism, 104 participants.")
event("event.pcuz-workshop-2025-06", "Anti-trafficking workshop on the protection of vulnerable "
      "groups (Uzbekistan)", "training", S("einpresswire-pcuz"), "2025-06-16", "2025-06-17", "",
      "UZB", "org.osce-fo-uzbekistan",
      "With the OSR/CTHB and the National Commission on Combating TIP and Decent Work.")
event("event.sarajevo-victim-id-workshop", "Workshop on identifying victims of human trafficking "
      "(Sarajevo)", "training", S("sarajevotimes-workshop"), place="Sarajevo", country="BIH",
      organiser="org.osce", description="Valiant Richey spoke as Acting Co-ordinator.",
      note="Undated.")
# Council of Europe events
event("event.coe-summit-3-warsaw-2005", "Third Summit of Heads of State and Government of the "
      "Council of Europe", "meeting", S("coe-fsconv"), "2005-05-16", "", "Warsaw", "POL",
      "org.coe", "CETS No. 197 opened for signature on 16 May 2005.",
      note="Only the opening-for-signature day is sourced; end left empty.")
event("event.coe-cop-2008-12", "Committee of the Parties (CETS 197): election of the first GRETA "
      "members", "meeting", S("armenianclub-greta-2008"), "2008-12-05", "2008-12-08", "", "",
      "org.coe-committee-parties", "Elected the first 13 members of GRETA on 5 and 8 Dec 2008.")
event("event.greta-1-2009", "1st meeting of GRETA", "meeting", S("coe-greta-engb"), "2009-02-24",
      "2009-02-27", "Strasbourg", "FRA", "org.greta", "Adopted GRETA's internal rules.")
event("event.coe-cop-4-2010", "4th meeting of the Committee of the Parties (CETS 197)", "meeting",
      S("ilo-cop-2010"), "2010-09-13", "2010-09-13", "", "", "org.coe-committee-parties",
      "The ILO and sister UN agencies addressed the meeting.")
event("event.greta-round-2-launch-2014", "Launch of GRETA's second evaluation round", "other",
      S("coe-news-2014"), "2014-05-15", "2014-05-15", organiser="org.greta",
      description="First countries: Austria, Cyprus, Slovakia.")
event("event.coe-cets197-10th-anniversary-2018", "Conference for the 10th anniversary of the "
      "Council of Europe anti-trafficking convention", "conference", S("wikipedia-greta"),
      "2018-05-22", "2018-05-22", "Strasbourg", "FRA", "org.coe", "Held at the Palais de "
      "l'Europe.")
event("event.greta-47-2023", "47th meeting of GRETA", "meeting", S("coe-greta-engb"),
      "2023-03-27", "2023-03-31", organiser="org.greta",
      description="Elected the Bureau: President Helga Gayer (re-elected), 1st VP Antoaneta "
      "Vassileva, 2nd VP Sergey Ghazinyan.")

# ============================================================================================
# Participations
# ============================================================================================




V = "event.vienna-2004-07-23"
part("helga-konrad", V, "speaker", SEED, note="Also organiser of the meeting (page).")
part("helga-konrad", V, "organiser", SEED)
part("maud-de-boer-buquicchio", V, "speaker", SEED)
part("marco-gramegna", V, "speaker", SEED)
part(OSR, V, "organiser", SEED, checked="inferred",
     note="Organised by the Special Representative, head of this office.")
part("org.coe", V, "participant", SEED, note="Represented by Deputy SG de Boer Buquicchio.")
part("org.iom", V, "participant", SEED, note="Represented by Marco Gramegna.")
part("org.iom", "event.alliance-2006-03", "organiser", S("cthb-43583"),
     note="Co-host with the Austrian EU Presidency.")
part("lamberto-zannier", "event.alliance-16-2016", "speaker", S("secretariat-232541"))
for p in ("siobhan-mullally", "helga-maria-schmid", "valiant-richey", "matteo-mecacci",
          "ylva-johansson"):
    part(p, "event.alliance-21", "speaker", S("womenin-21st"))
for p in ("theresa-may", "pramila-patten"):
    part(p, "event.alliance-23", "speaker", S("pam-23rd"))
for p in ("ian-borg", "helga-maria-schmid", "kari-johnstone", "matteo-mecacci",
          "dominique-hasler", "ugochi-daniels"):
    part(p, "event.alliance-24", "speaker", S("einpresswire-24th"))
for p in ("kari-johnstone", "feridun-h-sinirlioglu", "leena-meri", "maria-telalian",
          "siobhan-mullally", "stephen-kavanagh", "angela-me"):
    part(p, "event.alliance-25", "speaker", S("einpresswire-25th"))
part("org.osce-osr-cthb", "event.osce-ukraine-delegation-2019-05", "organiser", S("cthb-418955"))
part("org.interpol", "event.osce-ukraine-delegation-2019-05", "participant", S("cthb-418955"))
part("madina-jarbussynova", "event.sr-visit-uzbekistan-2018-03-29", "participant",
     S("shhada-376582"))
part("madina-jarbussynova", "event.icat-briefing-2018-06", "speaker", S("icat-briefing"),
     checked="inferred", note="facts.md: acting as SR at the June 2018 ICAT briefing.")
part("andrea-salvoni", "event.astana-simulation-2023-06", "speaker", S("newscentralasia-2023"))
part("org.alb-school-of-magistrates", "event.albania-mock-trial-tot-2023-09-27", "organiser",
     S("press-thb-p14"))
part("org.osce-osr-cthb", "event.pcuz-workshop-2025-06", "organiser", S("einpresswire-pcuz"))
part("valiant-richey", "event.sarajevo-victim-id-workshop", "speaker",
     S("sarajevotimes-workshop"))
part("org.osce-fo-montenegro", "event.montenegro-nc-meeting-2010", "organiser", S("polis-3481"),
     checked="inferred", note="facts.md lists the meeting under the Mission's THB work.")
part("org.pam", "event.alliance-23", "participant", S("pam-23rd"))
part("org.uzb-interagency-commission-thb", "event.sr-visit-uzbekistan-2018-03-29", "participant",
     S("shhada-376582"))
part("org.uzb-national-commission-tip", "event.pcuz-workshop-2025-06", "participant",
     S("einpresswire-pcuz"))
part("org.tjk-imc-thb", "event.dushanbe-nrm-trainings-2024", "participant",
     S("einpresswire-dushanbe"))
part("org.mne-national-coordinator-office", "event.montenegro-nc-meeting-2010", "organiser",
     S("polis-3481"), note="Hosted the meeting.")
part("org.kaz-law-enforcement-academy", "event.astana-simulation-2023-06", "participant",
     S("sanasezim-794", "newscentralasia-2023"), checked="inferred",
     note="The Academy is the venue of the annual simulations in Kazakhstan since 2018.")
part("org.ilo", "event.coe-cop-4-2010", "speaker", S("ilo-cop-2010"))
part("org.thomson-reuters", "event.be-safe-campaign", "organiser", S("usmission-besafe"))
part("kari-johnstone", "event.osce-pc-1449", "participant", S("eeas-pc1449"), checked="inferred",
     note="Appointed at this meeting; attendance not stated.")
part("valiant-richey", "event.osce-pc-2019-11-21", "speaker", S("usmission-2019-11-21"),
     checked="inferred", note="Presented his first annual report to the PC.")
part("helga-gayer", "event.greta-47-2023", "participant", S("coe-greta-engb"),
     checked="inferred", note="Re-elected President at this meeting.")

# ============================================================================================
# Partnerships
# ============================================================================================




for p in ("org.coe", "org.unodc", "org.ilo", "org.iom", "org.eu"):
    partner("org.alliance-atip", p, "alliance_partner", S("wikisum-giammarinaro"),
            note="Named as a partner the Special Representative worked with through the Alliance "
            "(wiki mirror; re-check).")
partner("org.alliance-atip", OSR, "alliance_partner",
        S("womenin-21st", "usembassy-italy-giammarinaro", "2004-07-23-alliance"),
        checked="inferred", start="2004",
        note="The OSCE convenes the Alliance through its Special Representative (launched "
        "2004); modelled as an alliance_partner link.")
partner("org.osce", "org.thomson-reuters", "joint_programme", S("usmission-besafe"),
        note="'Be Safe' campaign for refugees from Ukraine.")
partner(OSR, "org.un-srsg-svc", "joint_statement", S("press-releases-p3"), "2023-03-29",
        "2023-03-29", note="Joint statement on trafficking for sexual exploitation in the war "
        "against Ukraine, Stockholm.")
partner("org.osce-odihr", "org.unicef", "cooperation", S("docslib-see-2004"), "2004", "2005",
        note="Joint 2004 report on trafficking in South-Eastern Europe (printed March 2005).")
partner("org.osce-odihr", "org.ohchr", "cooperation", S("docslib-see-2004"), "2004", "2005",
        note="Joint 2004 report on trafficking in South-Eastern Europe (printed March 2005).")
partner("org.osce-odihr", "org.deu-federal-foreign-office", "cooperation",
        S("scribd-nrm-handbook"), "2004", "2004", note="Funding of the 2004 NRM handbook.")
partner("org.osce-fo-albania", "org.alb-school-of-magistrates", "cooperation",
        S("press-thb-p14"), "2023-09-27", "2023-09-27", note="Mock-trial training of trainers.")
partner("org.osce-fo-astana", "org.kaz-law-enforcement-academy", "cooperation",
        S("sanasezim-794"), "2018", note="Annual simulation-based trainings since 2018.")
partner("org.osce-fo-bishkek", "org.kgz-state-migration-service", "cooperation",
        S("bishkek-106154"))
partner("org.osce-fo-dushanbe", "org.tjk-imc-thb", "cooperation", S("einpresswire-dushanbe"),
        "2024-09", "2024-10", note="Five NRM trainings.")
partner("org.osce-fo-uzbekistan", "org.uzb-national-commission-tip", "cooperation",
        S("einpresswire-pcuz"), "2025-06-16", "2025-06-17", note="Joint workshop with the "
        "OSR/CTHB.")
partner("org.osce-fo-kosovo", "org.xkx-national-coordinator-thb", "cooperation",
        S("kosovo-45861"))
partner("org.osce-fo-montenegro", "org.mne-national-coordinator-office", "cooperation",
        S("polis-3481"), "2010", "2010", note="2010 regional meeting of national co-ordinators.")
partner("org.osce-tntd-spmu", "org.interpol", "cooperation", S("cthb-418955"), "2019-05-07",
        "2019-05-08", note="Ukrainian delegation visit with the OSR/CTHB and INTERPOL.")

# ============================================================================================
# Mandates held
# ============================================================================================




AP = "mandate.osce-action-plan-2003"
held("org.osce", AP, "implements", S("cthb-43511"),
     note="MC Decision 2/03 endorsed the Action Plan as the framework for the whole "
     "Organization.")
held(OSR, AP, "implements", S("cthb-43466"),
     note="SR mandate: assist participating States in implementing the Action Plan.")
held(OSR, AP, "established_by", S("cthb-home", "what-trafficking", "issuu-action-plan"), "2003",
     checked="inferred",
     note="Office and post created in 2003, the year the Action Plan (PC.DEC/557) was adopted; "
     "the Action Plan is the instrument that defines the SR's tasks. Not stated in so many words.")
held(OSR, "mandate.osce-mc-dec-3-2006", "bound_by", S("jobs-sr-vacancy"),
     note="MC 3/06 is cited as the basis for the SR post being held by a prominent personality.")
held("org.osce-odihr", AP, "implements", S("cthb-43511"), checked="inferred",
     note="The Action Plan is the framework for the whole Organization (MC 2/03), ODIHR included.")
held("org.osce-fo-ashgabat", "mandate.osce-pc-dec-244", "established_by", S("ashgabat-660449"),
     "1998-07-23")
held("org.osce-fo-bishkek", "mandate.osce-pc-dec-245", "established_by", S("usip-p4"),
     "1998-07-23")
held("org.osce-fo-ukraine-pcu", "mandate.osce-pc-dec-295", "established_by", S("usip-p5"),
     "1999-06-01")
held("org.osce-fo-ukraine-smm", "mandate.osce-pc-dec-1117", "established_by", S("usip-p5"),
     "2014-03-21")
held("org.osce-fo-moldova", "mandate.cso-1993-02-04-moldova", "established_by", S("usip-p5"),
     "1993-02-04")
held("org.osce-fo-uzbekistan", "mandate.osce-pc-2006-pcuz", "established_by",
     S("uzbekistan-43303"), "2006-07-01")
held("org.osce-fo-dushanbe", "mandate.osce-pc-2017-06-01-dushanbe", "established_by",
     S("topix-dushanbe"), "2017-07-01")
held("org.osce-fo-bih", "mandate.dayton-gfap", "established_by", S("serbia-43415"),
     note="Mission mandate established under the Dayton GFAP.")
held("org.osce-fo-kosovo", "mandate.xkx-thb-strategy-2008-2011", "implements", S("kosovo-45861"),
     checked="inferred", note="The Mission monitors and advises the local actors implementing "
     "the strategy; supporting role.")
held("org.osce-fo-dushanbe", "mandate.tjk-nap-2022-2024", "implements",
     S("einpresswire-dushanbe"), checked="inferred",
     note="Supports the national action plan through NRM trainings; supporting role.")
held("org.tjk-imc-thb", "mandate.tjk-nap-2022-2024", "implements", S("einpresswire-dushanbe"),
     checked="inferred", note="The national commission co-ordinates the national action plan.")
held("org.xkx-national-coordinator-thb", "mandate.xkx-thb-strategy-2008-2011", "implements",
     S("kosovo-45861"), checked="inferred",
     note="The Kosovo co-ordinator is the local actor for the strategy the Mission advises on.")
held("org.greta", "mandate.cets-197", "monitors", S("coe-greta", "overheid-bwbv0004138"))
held("org.greta", "mandate.cets-197", "established_by", S("coe-greta-engb", "overheid-bwbv0004138"),
     note="Article 36 of CETS No. 197.")
held("org.coe-committee-parties", "mandate.cets-197", "monitors",
     S("unipd-greta", "overheid-bwbv0004138"))
held("org.coe-committee-parties", "mandate.cets-197", "established_by",
     S("overheid-bwbv0004138"), note="Article 37 of CETS No. 197.")
held("org.coe-thb-secretariat", "mandate.cets-197", "custodian", S("lawsdocbox-greta-2nd"),
     checked="inferred", note="Secretariat of the Convention (serving GRETA and the Committee "
     "of the Parties); custodian role inferred.")

# ============================================================================================
# Presences (field operations in host countries)
# ============================================================================================
for o in ORGS:
    if o["type"] == "field_operation":
        P.presence(o["id"], o["hq_country"], o["sources"], kind="field_office",
                   start=o["founded"], checked=o["checked"],
                   note=("start = establishment date. " if o["founded"] else
                         "Establishment date not in facts.md. ") + o["note"])

# ============================================================================================
# Documents
# ============================================================================================




doc("doc.osce-2004-07-23-alliance", "OSCE Special Representative calls for creation of an "
    "international Alliance Against Trafficking in Persons", "OSCE", "2004-07-23",
    "https://www.osce.org/", "press_release", SEED,
    note="Local copy in shared/seed; exact URL not recorded. Speakers: Helga Konrad, Maud de "
    "Boer Buquicchio, Marco Gramegna.")
doc("doc.odihr-nrm-handbook-2004", "National Referral Mechanisms: Joining Efforts to Protect the "
    "Rights of Trafficked Persons. A Practical Handbook", "OSCE/ODIHR", "2004",
    "https://polis.osce.org/national-referral-mechanisms-joining-efforts-protect-rights-trafficked-persons-practical-handbook",
    "handbook", S("scribd-nrm-handbook", "stopvaw-nrm-2004", "polis-nrm-handbook"),
    note="Released 17 Aug 2004; authors Kröger, Malkoc, Uhl (surnames only in facts.md); funded "
    "by the German Foreign Office and the ODIHR Anti-Trafficking Project Fund.")
doc("doc.see-trafficking-report-2004", "Trafficking in Human Beings in South-Eastern Europe",
    "UNICEF, OHCHR, OSCE/ODIHR", "2004",
    "https://docslib.org/doc/9032500/trafficking-in-human-beings-in-south-eastern-europe",
    "report", S("docslib-see-2004"),
    note="By Barbara Limanowska under the Stability Pact Task Force on THB; printed March 2005. "
    "URL is a mirror copy.")
doc("doc.osce-osr-annual-report-2009", "An Agenda for Change: Implementing the Platform for "
    "Action against Human Trafficking", "OSCE OSR/CTHB", "2009",
    "http://lawsdocbox.com/Immigration/104346579-An-agenda-for-change-implementing-the-platform-for-action-against-human-trafficking.html",
    "report", S("lawsdocbox-2009-report"), note="2009 annual report; URL is a mirror copy.")
doc("doc.osce-annual-report-2013", "OSCE Annual Report 2013", "OSCE", "2013",
    "https://docslib.org/doc/11353591/osce-annual-report-2013-012", "report",
    S("docslib-ar-2013"), note="URL is a mirror copy.")
doc("doc.greta-general-report-2", "Second General Report on GRETA's activities (GRETA(2012)13)",
    "Council of Europe", "2012",
    "http://lawsdocbox.com/Immigration/68797386-Second-general-report-on-greta-s-activities.html",
    "report", S("lawsdocbox-greta-2nd"), note="URL is a mirror copy.")
doc("doc.osce-sr-annual-report-2019", "Annual report of the OSCE Special Representative and "
    "Co-ordinator for Combating Trafficking in Human Beings (first report of Valiant Richey)",
    "OSCE OSR/CTHB", "2019-11", "", "report", S("usmission-2019-11-21"),
    checked="inferred", note="Known from the US statement of 21 Nov 2019; exact title not seen.")
doc("doc.osce-un-joint-statement-2023-03-29", "Joint statement of the OSCE Special "
    "Representative and the UN SRSG on Sexual Violence in Conflict on trafficking for sexual "
    "exploitation in the war against Ukraine", "OSCE", "2023-03-29", "", "joint_statement",
    S("press-releases-p3"), note="Issued in Stockholm; title descriptive.")






def main(argv: list[str] | None = None) -> int:
    return P.write(__doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
