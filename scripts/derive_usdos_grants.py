#!/usr/bin/env python3
"""Derive programmes, fundings, implementations, organisations and name resolutions from the US State
Department G/TIP anti-trafficking grants 2001-2014 (tip_reports/funding_clean.csv, Kelley/Heiss).

Writes into data/: programmes.usdos.csv, fundings.usdos.csv, implementations.usdos.csv,
organisations.usdos.csv, resolutions.usdos.csv (and sources.derived.csv).

One programme (kind grant) per grant row with a named recipient (rows with recipient NA/N/A are the data set's
"no grant in this country-year" placeholders; "See <other row>" rows are cross-references).
Names are normalised first (case, accents, punctuation, "&"/"and", leading "The", trailing "(ACRONYM)",
trailing qualifiers such as ", TX", ", Inc." or "and others TBD", runs of single letters as in "S.O.S.").
Entity resolution, in this order (the first rule that applies wins):
  1. not an organisation (NON_ORG_RULES, HONORIFIC, PERSONS: placeholders such as TBD, Several, Subawards
     pending, Not Listed; unnamed groups such as "4 local NGOs"; individuals; exchange programmes) -> no
     implementer; the decision is logged in resolutions.usdos.csv against org.unknown-recipient
  2. manual alias table MANUAL_ALIASES (reviewable, below) on the normalised name
  3. VARIANTS: misspellings and variants of one organisation found by a fuzzy comparison of the names and
     reviewed by hand (e.g. "Collier Acounty" -> Collier County)
  4. igo_abbreviations.csv: recipient -> abbreviation (joint = 0 rows only), abbreviation -> ABBREV_TO_ORG
  5. exact match after normalisation
  6. bare acronym: a raw name equal to an acronym that appears in parentheses after exactly one
     full name in the data
  7. joint strings ("A; B", "A, B", "A/B"; "A and B" / "A & B" only when every part resolves) are
     split and each part resolved by rules 1-6; a part becomes an organisation only if it resolves via
     rules 2-4/6, equals a name that is used on its own elsewhere in the data, or is the only organisation
     named among placeholders; other parts are listed in the programme note as unresolved.  Joint strings in
     igo_abbreviations.csv with joint=1 also get the IGO the table names as lead.
Anything else becomes one new organisation per normalised name.  A wrong merge is worse than a
missed one: similar names are merged only via the reviewed tables; the script prints the fuzzy matches that
are neither merged nor listed in KEEP_APART, and every name or alias two organisations share.
An organisation's aliases are the names that resolved to it alone (a joint string is no alias).
Local US actors (LOCAL_GOV, US_PLACES, LOCAL_US) get scope local.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from fnmatch import fnmatch

from derive_common import (
    DATA,
    fold,
    input_path,
    iso3_by_name,
    iso_countries,
    parser,
    read_csv,
    slug,
    write_csv,
    write_sources,
)

SRC = "src.ds.scorecard-funding"
SRC_ABBR = "src.ds.scorecard-igo-abbreviations"
FUNDER = "org.usdos-gtip"
DECIDED_BY = "scripts/derive_usdos_grants.py"
DECIDED_ON = "2026-12-01"  # the date the rules below were last revised

CANONICAL = {"org.osce", "org.osce-odihr", "org.coe", "org.unodc", "org.iom", "org.ilo", "org.ilo-ipec", "org.unicef",
             "org.unhcr", "org.ohchr", "org.un-women", "org.undp", "org.unfpa", "org.icmpd", "org.interpol",
             "org.la-strada-international", "org.asia-foundation", "org.usdos", "org.usdos-gtip", "org.europol",
             "org.eu-commission"}

# Abbreviations of igo_abbreviations.csv -> organisation id (canonical ids, or ids created here).
ABBREV_TO_ORG = {"IOM": "org.iom", "ILO": "org.ilo", "UNICEF": "org.unicef", "UNODC": "org.unodc", "OSCE": "org.osce",
                 "ICMPD": "org.icmpd", "OHCHR": "org.ohchr", "UNDP": "org.undp", "OAS": "org.oas",
                 "ECOWAS": "org.ecowas", "UNIAP": "org.uniap", "UNIFEM": "org.unifem", "USAID": "org.usaid",
                 "ICITAP": "org.us-doj-icitap", "UNDPKO": "org.un-dpko", "ILEA": "org.ilea", "ASEAN": "org.asean"}

# New organisations whose id/name is fixed here (others get org.<slug of name>).
FIXED_ORGS = {
    "org.oas": ("Organization of American States", "OAS", "igo", "regional"),
    "org.ecowas": ("Economic Community of West African States", "ECOWAS", "igo", "regional"),
    "org.uniap": ("United Nations Inter-Agency Project on Human Trafficking", "UNIAP", "un_agency", "regional"),
    "org.unifem": ("United Nations Development Fund for Women", "UNIFEM", "un_agency", "global"),
    "org.usaid": ("United States Agency for International Development", "USAID", "government", "global"),
    "org.us-doj-icitap": ("US Department of Justice, International Criminal Investigative Training Assistance Program",
                          "ICITAP", "government", "global"),
    "org.us-doj-opdat": ("US Department of Justice, Office of Overseas Prosecutorial Development, Assistance and Training",
                         "OPDAT", "government", "global"),
    "org.un-dpko": ("United Nations Department of Peacekeeping Operations", "DPKO", "un_agency", "global"),
    "org.ilea": ("International Law Enforcement Academy", "ILEA", "law_enforcement", "global"),
    "org.asean": ("Association of Southeast Asian Nations", "ASEAN", "igo", "regional"),
    "org.solidarity-center": ("Solidarity Center (American Center for International Labor Solidarity)", "ACILS", "ngo", "global"),
    "org.academy-for-educational-development": ("Academy for Educational Development", "AED", "ngo", "global"),
    "org.catholic-relief-services": ("Catholic Relief Services", "CRS", "ngo", "global"),
    "org.international-justice-mission": ("International Justice Mission", "IJM", "ngo", "global"),
    "org.winrock-international": ("Winrock International", "", "ngo", "global"),
    "org.world-hope-international": ("World Hope International", "WHI", "ngo", "global"),
    "org.american-bar-association": ("American Bar Association", "ABA", "ngo", "global"),
    "org.international-rescue-committee": ("International Rescue Committee", "IRC", "ngo", "global"),
    "org.verite": ("Verite", "", "ngo", "global"),
    "org.institute-of-international-education": ("Institute of International Education", "IIE", "ngo", "global"),
    "org.us-doj": ("US Department of Justice", "DOJ", "government", "national"),
    "org.unknown-recipient": ("Unknown or unnamed grant recipient", "", "other", "global"),
}

# Manual alias table: normalised raw name -> organisation id, with the reason.  Reviewable.
MANUAL_ALIASES = {
    "iom": ("org.iom", "IOM acronym"),
    "international organization for migration": ("org.iom", "full name of IOM"),
    "international organisation for migration": ("org.iom", "full name of IOM"),
    "ilo": ("org.ilo", "ILO acronym"),
    "international labour organization": ("org.ilo", "full name of ILO"),
    "international labor organization": ("org.ilo", "full name of ILO"),
    "ilo ipec": ("org.ilo-ipec", "ILO's International Programme on the Elimination of Child Labour"),
    "ipec": ("org.ilo-ipec", "ILO-IPEC"),
    "ilo international program on the elimination of child labor": ("org.ilo-ipec", "ILO-IPEC full name"),
    "taf": ("org.asia-foundation", "TAF = The Asia Foundation"),
    "asia foundation": ("org.asia-foundation", "The Asia Foundation"),
    "unodc": ("org.unodc", "UNODC acronym"),
    "unodccp": ("org.unodc", "UN Office for Drug Control and Crime Prevention, renamed UNODC in 2002"),
    "united nations office on drugs and crime": ("org.unodc", "full name"),
    "unicef": ("org.unicef", "acronym"),
    "united nations children s fund": ("org.unicef", "full name"),
    "osce": ("org.osce", "acronym"),
    "organization for security and co operation in europe": ("org.osce", "full name"),
    "organization for security and cooperation in europe": ("org.osce", "full name"),
    "odihr": ("org.osce-odihr", "OSCE Office for Democratic Institutions and Human Rights"),
    "osce odihr": ("org.osce-odihr", "OSCE ODIHR"),
    "icmpd": ("org.icmpd", "acronym"),
    "international centre for migration policy development": ("org.icmpd", "full name"),
    "international center for migration policy development": ("org.icmpd", "full name (US spelling)"),
    "unhcr": ("org.unhcr", "acronym"),
    "ohchr": ("org.ohchr", "acronym"),
    "u n office of the high commissioner for human rights": ("org.ohchr", "full name"),
    "undp": ("org.undp", "acronym"),
    "unfpa": ("org.unfpa", "acronym"),
    "interpol": ("org.interpol", "acronym"),
    "la strada international": ("org.la-strada-international", "full name"),
    "usaid": ("org.usaid", "acronym"),
    "usaid mission": ("org.usaid", "USAID country mission is part of USAID"),
    "doj opdat": ("org.us-doj-opdat", "DOJ Office of Overseas Prosecutorial Development, Assistance and Training"),
    "opdat": ("org.us-doj-opdat", "OPDAT is a DOJ office"),
    "doj icitap": ("org.us-doj-icitap", "DOJ ICITAP"),
    "icitap": ("org.us-doj-icitap", "DOJ ICITAP"),
    "af ex": ("org.usdos", "State Department Bureau of African Affairs, Executive Office (a State Department unit)"),
    "embassy": ("org.usdos", "a US embassy is part of the State Department; the embassy itself is not named"),
    "embassy pas": ("org.usdos", "US embassy Public Affairs Section, part of the State Department"),
    "nas": ("org.usdos", "Narcotics Affairs Section of a US embassy (State/INL), part of the State Department"),
    "oas": ("org.oas", "acronym"),
    "ecowas": ("org.ecowas", "acronym"),
    "economic community of west african states": ("org.ecowas", "full name"),
    "organization of the american states": ("org.oas", "full name (typo 'the')"),
    "organization of american states": ("org.oas", "full name"),
    "acils": ("org.solidarity-center", "ACILS is the legal name of the Solidarity Center (AFL-CIO)"),
    "solidarity of sri lanka": ("org.solidarity-center", "given with the acronym ACILS: the Solidarity Center's Sri "
                                                         "Lanka programme"),
    "american center for international labor solidarity": ("org.solidarity-center", "legal name of the Solidarity Center"),
    "solidarity center": ("org.solidarity-center", "common name of ACILS"),
    "aed": ("org.academy-for-educational-development", "acronym"),
    "academy for educational development": ("org.academy-for-educational-development", "full name"),
    "crs": ("org.catholic-relief-services", "acronym"),
    "catholic relief services": ("org.catholic-relief-services", "full name"),
    "catholic relief service": ("org.catholic-relief-services", "singular typo"),
    "ijm": ("org.international-justice-mission", "acronym"),
    "international justice mission": ("org.international-justice-mission", "full name"),
    "winrock": ("org.winrock-international", "short form of Winrock International"),
    "winrock international": ("org.winrock-international", "full name"),
    "whi": ("org.world-hope-international", "acronym"),
    "world hope international": ("org.world-hope-international", "full name"),
    "aba": ("org.american-bar-association", "acronym"),
    "american bar association": ("org.american-bar-association", "full name"),
    "irc": ("org.international-rescue-committee", "acronym"),
    "international rescue committee": ("org.international-rescue-committee", "full name"),
    "iie": ("org.institute-of-international-education", "acronym"),
    "institute of international education": ("org.institute-of-international-education", "full name"),
    "ilea": ("org.ilea", "acronym"),
    "unifem": ("org.unifem", "acronym; UNIFEM merged into UN Women in 2011 but is kept separate here (not the same body)"),
    "uniap": ("org.uniap", "acronym"),
    "post": ("org.usdos", "'Post' = the US embassy, part of the State Department"),
    "ictap": ("org.us-doj-icitap", "misspelling of ICITAP"),
    "verite": ("org.verite", "Verite (labour-rights NGO)"),
    "verit": ("org.verite", "Verite with the accent lost in the data"),
    "vierte": ("org.verite", "misspelling of Verite"),
    "international justive mission": ("org.international-justice-mission", "misspelling ('Justive')"),
    "catholic relief services crs": ("org.catholic-relief-services", "full name with an unclosed '(CRS'"),
    "institute for international education": ("org.institute-of-international-education", "'for'/'of' variant of IIE"),
    "world hope": ("org.world-hope-international", "short name of World Hope International"),
    "doj": ("org.us-doj", "acronym of the US Department of Justice"),
    "us department of justice": ("org.us-doj", "full name"),
    "u s department of justice": ("org.us-doj", "full name"),
    "department of justice": ("org.us-doj", "full name without 'US' in US grant data"),
    "dept of justice": ("org.us-doj", "abbreviated name"),
    "us dept of justice": ("org.us-doj", "abbreviated name"),
    "usdoj": ("org.us-doj", "acronym"),
    "interagency agreement with doj": ("org.us-doj", "funds passed to DOJ under an interagency agreement"),
    "interagency agreement iaa inl doj": ("org.us-doj", "funds passed from INL to DOJ under an interagency agreement"),
    "transferred funds to doj cops for training": ("org.us-doj", "funds transferred to DOJ (its COPS office)"),
    "dept of justice opdat": ("org.us-doj-opdat", "OPDAT is a DOJ office"),
    "us embassy": ("org.usdos", "a US embassy is part of the State Department"),
    "us embassies": ("org.usdos", "US embassies are part of the State Department"),
    "us embassy helsinki": ("org.usdos", "a US embassy is part of the State Department"),
    "us embassy panama city": ("org.usdos", "a US embassy is part of the State Department"),
    "us embassy paramaribo": ("org.usdos", "a US embassy is part of the State Department"),
    "us embassy pas": ("org.usdos", "US embassy Public Affairs Section, part of the State Department"),
    "amembassy vilnius": ("org.usdos", "a US embassy is part of the State Department"),
    "embassy nas": ("org.usdos", "Narcotics Affairs Section of a US embassy, part of the State Department"),
    "post astana": ("org.usdos", "'Post' = the US embassy, part of the State Department"),
    "us office pristina": ("org.usdos", "the US Office in Pristina, part of the State Department"),
}
# Deliberate non-merges (documented): "ILO" vs "ILO-IPEC" (IPEC is an ILO programme, kept as org.ilo-ipec);
# "UNIFEM" vs UN Women (predecessor); "ABA Fund for Justice and Education" / "ABA/CEELI" vs ABA (own names kept);
# "Humphrey"/"Fulbright" fellowships (individual awards: not organisations, see NON_ORG_RULES).

# ---------------------------------------------------------------------------------------------
# Names that are not organisations.  Each raw name (or part of a joint string) that one of these rules
# matches gets NO implementer; the decision is logged in resolutions.usdos.csv against the record
# org.unknown-recipient ("Unknown or unnamed grant recipient"), which implements nothing, so that an
# unnamed recipient does not appear to the analytics as one actor working in dozens of countries.
# The rules are tried on the normalised name (see norm()).
# ---------------------------------------------------------------------------------------------
UNKNOWN = "org.unknown-recipient"
NON_ORG_RULES = [
    ("no recipient named", re.compile(
        r"^(na|n a|none|tbd|tba|tdb|not listed|unknown|various|others?|others tbd|and others|several|"
        r"subawards? pending|and|and or .*|see .*|io|un|public|agency|embassy police commissioner)$"),
     "the field holds a placeholder, a label or a bare category (IO = international organisation, UN) instead of a "
     "recipient's name"),
    ("unnamed group", re.compile(
        r"^(\d+\+?\s.*\b(individuals?|individualsproject tit|visitors|ngos?|ngo representatives|sub ?grantees|"
        r"sub ?grants|sub ?contractors|subcontractors|shelters)\b.*|several .*|various .*|individuals?|"
        r"(local |ukrainian |\d+ local )?ngos?( tbd)?|local ngo s? tbd|local ngos? tbd|"
        r"local grassroots organi[sz]ations?a?|ukrainian non governmental organizations ngos)$"),
     "a number or kind of recipients, not a named organisation"),
    ("programme, not a recipient", re.compile(
        r"(fulbright|fullbright|humphrey|\bfellows?\b|\binternational visitors?\b|speaker program|"
        r"personal services contracts|federal employees|congressional earmark|programe? evaluations|"
        r"materials fulfillment contract)"),
     "an exchange or visitor programme, a contract type or a budget line, not an organisation"),
    ("place, not an organisation", re.compile(r"^(asia|la paz|croatia)$"),
     "a place name with no organisation named"),
]
# Personal names (individual awardees, fellows, consultants): individuals are not organisations.
HONORIFIC = re.compile(r"^(international visitor )?(mr|ms|mrs|dr|judge) [a-z]")
PERSONS = [
    "Alexandra Fox", "Alice Augustine", "Amanda Ferradino", "Diya Bose", "Emma Condon", "Eka Gulua", "John Picarelli",
    "Katherine Cioche", "Philip Reichel", "Jessica A. Ginsburg", "Donna Hughes", "Mark Sidel", "Marianne L. arrett",
    "Svetoslav Tanev", "Svetlozar Georgiev", "Emililia Karakasheva", "Evgeni Dikov", "Rosanka Venelinova",
]
TITLES = re.compile(r"^(associate professor|assistant district attorney|phd|resident legal advisor)$")

# Misspellings, truncations and variants of one organisation, found by a fuzzy comparison of the recipient
# names (difflib ratio >= 0.8 or one name containing the other, then read with their countries and years) and
# reviewed one by one: variant -> (canonical name, reason).  The canonical name's normalised form becomes the key
# (and the id); NAMES gives the display name where no raw name spells it exactly.  Logged in resolutions.usdos.csv.
VARIANTS = {
    "Collier Acounty": ("Collier County", "misspelling ('Acounty'); Collier County, Florida, in 2004-2007"),
    "Georgtown University": ("Georgetown University", "misspelling ('Georgtown'); US university grants 2005-2008"),
    "Georgetown": ("Georgetown University", "bare name of a recipient the data types as a university (2007, 2008)"),
    "American Bar Association Fun for Justice": ("American Bar Association Fund for Justice and Education",
                                                 "misspelling and truncation of ABA's Fund for Justice and Education"),
    "American Bar Association Fund for Justice": ("American Bar Association Fund for Justice and Education",
                                                  "truncation of ABA's Fund for Justice and Education"),
    "National District Attorney's Association": ("National District Attorneys Association", "apostrophe variant"),
    "Human Resources Development Foundation": ("Human Resource Development Foundation",
                                               "singular/plural variant; the same Turkish foundation"),
    "Georgia Young Lawyers Association": ("Georgian Young Lawyers' Association", "variant of GYLA (Georgia)"),
    "GYLA Georgian Young Lawyers' Association": ("Georgian Young Lawyers' Association", "acronym prefixed"),
    "Management Systems Internationa": ("Management Systems International", "truncated name"),
    "Texas RioGrande Legal Aid": ("Texas Rio Grande Legal Aid", "spacing variant (TRLA)"),
    "Child Fund International": ("ChildFund International", "spacing variant"),
    "Population Media Ceter": ("Population Media Center", "misspelling ('Ceter')"),
    "Catholic Charities of Archdiocese of San Antonio": ("Catholic Charities Archdiocese of San Antonio",
                                                         "variant with 'of'"),
    "Upper Midwest Community Policing Institute - MN": ("Upper Midwest Community Policing Institute",
                                                        "state suffix"),
    "Upper Midwestern Community": ("Upper Midwest Community Policing Institute", "truncated and misspelt name"),
    "International Association for Women Judges": ("International Association of Women Judges", "'for'/'of' variant"),
    "Cooperazione Internationale": ("Cooperazione Internazionale", "misspelling of COOPI's Italian name"),
    "Women's Centre Trebinje": ("Women's Center Trebinje", "British/US spelling"),
    "Women's Center, Trenenje": ("Women's Center Trebinje", "misspelt town (Trebinje, Bosnia and Herzegovina)"),
    "International Partner for Human Development": ("International Partnership for Human Development",
                                                    "truncated name (IPHD)"),
    "Bachpan Nachao Andolan": ("Bachpan Bachao Andolan", "misspelling ('Nachao'), India"),
    "Kav La Oved": ("Kav LaOved", "spacing variant (Israel)"),
    "Capitol City Partners": ("Capital City Partners", "Capital/Capitol variant of Ketchum's subgrantee (2005, 2006); "
                                                       "which spelling is right is not known"),
    "Girld Child Network": ("Girl Child Network", "misspelling (Zimbabwe)"),
    "Girls Child Network": ("Girl Child Network", "variant (Zimbabwe)"),
    "Molo Songolo": ("Molo Songololo", "misspelling (South Africa)"),
    "International Rescue Committe (Seattle)": ("International Rescue Committee (Seattle)", "misspelling"),
    "IRC-Seattle": ("International Rescue Committee (Seattle)", "acronym form of the same office"),
    "Immigrants Rights Advocacy": ("Immigrants Rights Advocacy Center", "truncated name (Florida)"),
    "Accion los Ninos": ("Accion por los Ninos", "dropped word (Peru)"),
    "The Fair Trade Fun": ("Fair Trade Fund", "truncated name"),
    "U.S. Conference of Catholic": ("United States Conference of Catholic Bishops", "truncated name (USCCB)"),
    "US Conference of Catholic Bishops": ("United States Conference of Catholic Bishops", "abbreviated 'US'"),
    "American Institutes for": ("American Institutes for Research", "truncated name"),
    "Northeastern": ("Northeastern University", "bare name (USA 2008)"),
    "Ketchum PR": ("Ketchum", "the same public-relations firm"),
    "Ketchum Communications": ("Ketchum", "the same public-relations firm"),
    "Casals": ("Casals and Associates", "short name (Mexico 2005, 2006)"),
    "Chemonics": ("Chemonics International", "short name"),
    "Meridian": ("Meridian International Center", "short name (Baltic grants of 2003)"),
    "MiraMed": ("MiraMed Institute", "short name (Russia)"),
    "MTV Exit": ("MTV EXIT Foundation", "short name"),
    "Vital Voices": ("Vital Voices Global Partnership", "short name"),
    "Sage Project": ("SAGE (Standing Against Global Exploitation)", "SAGE = Standing Against Global Exploitation "
                                                                   "(San Francisco)"),
    "SAGE Project": ("SAGE (Standing Against Global Exploitation)", "SAGE = Standing Against Global Exploitation"),
    "Standing Against Global Exploitation, Inc (SAGE)": ("SAGE (Standing Against Global Exploitation)", "full name"),
    "New Life Center": ("New Life Center Foundation", "short name (Thailand)"),
    "Apne Aap": ("Apne Aap Women Worldwide", "short name (India)"),
    "Prajwala Project": ("Prajwala", "the same Hyderabad organisation"),
    "Impulse NGO (Meghalaya)": ("Impulse NGO Network", "the Shillong (Meghalaya) network"),
    "Impulse NGO Network (Shillong, Meghalaya State)": ("Impulse NGO Network", "location suffix"),
    "Daywalka Foundation (Kathmandu)": ("Daywalka Foundation", "office location suffix"),
    "Heartland Alliance": ("Heartland Alliance for Human Needs and Human Rights", "short name (USA 2005)"),
    "Save the Children USA": ("Save the Children Federation", "Save the Children Federation, Inc. is Save the "
                                                              "Children in the US"),
    "Save the Children Federation, USA": ("Save the Children Federation", "country suffix"),
    "Fundacion Rahab": ("Rahab Foundation", "Spanish name (Costa Rica)"),
    "RAHAB": ("Rahab Foundation", "short name (Costa Rica)"),
    "Capital Humana y Social": ("Capital Humano y Social Alternativo", "misspelt, truncated name (Peru, CHS)"),
    "Human and Social Capital": ("Capital Humano y Social Alternativo", "English translation (Peru 2004)"),
    "Foundation for Institutionality and Justice": ("Fundacion Institucionalidad y Justicia",
                                                    "English translation (FINJUS, Dominican Republic)"),
    "John Hopkins University - The Protection Project": ("The Protection Project", "The Protection Project of "
                                                         "Johns Hopkins University (SAIS), misspelt 'John'"),
    "Center for Studies and Research in Social Development and Assistance (CEIDAS)": (
        "Centro de Estudios e Investigacion en Desarrollo y Asistencia Social", "English name of CEIDAS (Mexico)"),
    "Mexican Center for Study and Research in Development and Social Assistance (CEIDAS)": (
        "Centro de Estudios e Investigacion en Desarrollo y Asistencia Social", "English name of CEIDAS (Mexico)"),
    "CEIDAS": ("Centro de Estudios e Investigacion en Desarrollo y Asistencia Social", "acronym (Mexico)"),
    "Research and Action Group for the Grass Roots Development of Burkinabe Women (GRADE-FRB)": (
        "Group de Recherche - Action pour un Developpement Endogene de la Femme Rurale du Burkina (GRADE-FRB)",
        "English name of GRADE-FRB (Burkina Faso)"),
    "Catholic Migration Commission": ("International Catholic Migration Commission", "'International' dropped"),
    "World Relief Corportation": ("World Relief Corporation of National Association of Evangelicals",
                                  "misspelt short name"),
    "Chatholic Charities Diocese of Venice": ("Catholic Charities Diocese of Venice", "misspelling ('Chatholic')"),
    "American Prosecuters Research Institute": ("American Prosecutors Research Institute", "misspelling"),
    "Partners of the America": ("Partners of the Americas", "truncated name"),
    "Blue Dragon Childrens Foundation": ("Blue Dragon Children's Foundation", "apostrophe variant"),
    "Girls Educational & Mentoring Services": ("Girls Educational and Mentoring Services", "GEMS (New York)"),
    "Girls Education and Mentoring Services": ("Girls Educational and Mentoring Services", "GEMS (New York)"),
    "ECPACT-USA": ("ECPAT-USA", "misspelling"),
    "ECPAT/USA": ("ECPAT-USA", "the US member of ECPAT"),
    "End Child Prostitution, Pornography and Trafficking (ECPAT)-USA": ("ECPAT-USA", "full name"),
    "CATW": ("Coalition Against Trafficking in Women", "acronym"),
    "International Research & Exchanges Board (Washington, DC)": ("International Research and Exchanges Board",
                                                                  "location suffix (IREX)"),
    "Seattle, Washington, Seattle Police Department": ("Seattle Police Department", "location prefix"),
    "Washington D.C., Metropolitan Police Department": ("Metropolitan Police Department, DC", "location prefix"),
    "D.C. Metropolitcan Police Department": ("Metropolitan Police Department, DC", "misspelling, location prefix"),
    "Trenton, New Jersey, Department of Law and Public Safety": ("New Jersey Department of Law and Public Safety",
                                                                 "location prefix"),
    "Department of Law and Public Safety, NJ": ("New Jersey Department of Law and Public Safety", "state suffix"),
    "Alexandria, Virginia, International Association of Chiefs of Police": (
        "International Association of Chiefs of Police", "location prefix (IACP, Alexandria VA)"),
    "State of Hawaii, Department of the Attorney General": ("Hawaii Department of the Attorney General",
                                                            "word order"),
    "Hawaii Attorney General": ("Hawaii Department of the Attorney General", "short name"),
    "Erie County Sheriff's Department": ("Erie County Sheriff's Office", "Department/Office variant"),
    "County of Suffolk": ("Suffolk County", "word order (New York)"),
    "County of San Diego": ("San Diego County", "word order"),
    "County Government, Cobb County, Georgia": ("Cobb County", "'County Government' prefix"),
    "Clearwater": ("City of Clearwater", "bare city name of a US local-government grantee that the data also "
                                         "names 'City of Clearwater'"),
    "Fort Worth": ("City of Fort Worth", "bare city name; also named 'City of Fort Worth'"),
    "Los Angeles": ("City of Los Angeles", "bare city name; also named 'City of Los Angeles'"),
    "Oakland": ("City of Oakland", "bare city name; also named 'City of Oakland'"),
    "Austin": ("City of Austin", "bare city name; also named 'City of Austin'"),
    "Boston": ("City of Boston", "bare city name; also named 'City of Boston'"),
    "Milwaukee": ("City of Milwaukee", "bare city name; also named 'City of Milwaukee'"),
    "St. Paul": ("City of St. Paul", "bare city name; also named 'City of St. Paul'"),
    "Homestead": ("City of Homestead", "bare city name; also named 'City of Homestead'"),
    "Botson, MA": ("City of Boston", "misspelt bare city name (Boston, MA); also named 'City of Boston'"),
    "Pheonix, AZ": ("City of Phoenix, Arizona", "misspelt bare city name (Phoenix, AZ); also named 'City of Phoenix'"),
    "Saint Paul, MN": ("City of St. Paul", "bare city name; also named 'City of St. Paul'"),
    "San Jose, CA": ("City of San Jose", "bare city name; also named 'City of San Jose'"),
    "Prajwala (Hyderabad, Andhra Pradesh)": ("Prajwala", "location suffix"),
    "Indionapolis": ("City of Indianapolis", "misspelt bare city name; also named 'City of Indianapolis'"),
    "The Salvation Army, Hawaiin and Pacific Islands Division": ("Salvation Army Hawaiian Pacific Island Division",
                                                                 "word order, misspelling"),
    "The Salvation Army, Las Vegas": ("The Salvation Army (Las Vegas)", "a Salvation Army unit named by its city "
                                                                        "(not the city of Las Vegas)"),
    "Catholic Charities of Camden, Ocean, and Cape May NJ": ("Catholic Charities of Camden, Ocean, and Cape May NJ",
                                                             "one organisation whose name holds commas"),
    "Catholic Charities of Camden, Ocean, and Cape May NJ, and local grassroots organizations": (
        "Catholic Charities of Camden, Ocean, and Cape May NJ", "with unnamed local grassroots organisations"),
    "Civil Society Local grassroots organizations": ("Civil Society", "the Minnesota NGO Civil Society with unnamed "
                                                                      "local grassroots organisations"),
}
# Display names of canonical names that no raw name spells exactly.
NAMES = {
    "Georgetown University": "Georgetown University", "Girl Child Network": "Girl Child Network",
    "Catholic Charities Diocese of Venice": "Catholic Charities Diocese of Venice",
    "American Prosecutors Research Institute": "American Prosecutors Research Institute",
    "International Rescue Committee (Seattle)": "International Rescue Committee (Seattle)",
    "Metropolitan Police Department, DC": "Metropolitan Police Department (Washington, DC)",
    "The Salvation Army (Las Vegas)": "The Salvation Army (Las Vegas)",
    "SAGE (Standing Against Global Exploitation)": "SAGE (Standing Against Global Exploitation)",
    "Kav LaOved": "Kav LaOved", "Girls Educational and Mentoring Services": "Girls Educational and Mentoring Services",
    "Capital Humano y Social Alternativo": "Capital Humano y Social Alternativo",
    "Rahab Foundation": "Rahab Foundation",
}
# Acronyms taken from "(ACRONYM)" that belong to another organisation: key -> acronym to use.
ACRONYM_FIX = {
    "American Bar Association Fund for Justice and Education": "",  # "(ABA)" is the ABA's own acronym
    "IRIS and Georgian Young Lawyers Association": "",  # "(GYLA)" belongs to one of the two
    "Prajwala": "",  # "(AP)" is Andhra Pradesh
    "International Research and Exchanges Board": "IREX",  # the data also writes "(IREB)"
    "Coalition Against Trafficking in Women": "CATW",  # the data also writes "(CAT-W)"
    "United States Conference of Catholic Bishops": "USCCB",  # the data writes "(CRS/USCCB)"
}
# Types the name rule ("police" -> government) gets wrong.
TYPE_FIX = {"International Association of Chiefs of Police": "ngo"}
# Pairs the fuzzy comparison finds that are different organisations (or different offices kept apart on purpose).
KEEP_APART = [
    ("Northeastern University", "Northwestern University", "two universities"),
    ("Erie County Sheriff's Office", "Lee County Sheriff's Office", "two counties"),
    ("Save the Children*", "Save the Children*", "national members of Save the Children are separate organisations"),
    ("International Rescue Committee", "International Rescue Committee (*)", "US offices of the IRC kept as offices"),
    ("Southeastern Network of Youth Services", "Southeastern Network of Youth Services - *", "state branches"),
    ("Women Support Center", "Women's Support Center", "Kazakhstan vs Brazil (CHAME)"),
    ("International Institute of *", "International Institute of *", "different US cities"),
    ("Government of *", "Government of *", "different countries"),
    ("* Police Department", "* Police Department", "different cities"),
]

# ---------------------------------------------------------------------------------------------
# Local US actors (scope local): local and state governments, their police, sheriffs and prosecutors, and NGOs
# serving one US city or state.  Only organisations whose grants are all in the USA qualify.
# ---------------------------------------------------------------------------------------------
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}
# A trailing ", <state>", ", Inc." ... qualifies the name before it (it is not a second recipient).
QUALIFIER = re.compile(
    r"(inc\.?|inc\.? \([a-z]+\)|inc\.? - [a-z .-]+|llc|ltd\.?|a\.c\.?|d\.c\.?|"
    + "|".join(sorted({*map(str.lower, US_STATES), *map(str.lower, US_STATES.values())}, key=len, reverse=True))
    + ")", re.I)
LOCAL_GOV = re.compile(
    r"\b(county|city of|municipality of|police|sheriff|district attorney|state attorney|attorney general|"
    r"department of law and public safety|dept\.? of|division of criminal justice|commission on law enforcement|"
    r"criminal justice information authority|employment and training agency|economic opportunities commission|"
    r"criminal justice coordinator)\b", re.I)
NOT_LOCAL = re.compile(r"\b(national|international|united states|u\.s\.|us|federal|america|american|"
                       r"executive office)\b", re.I)
US_PLACES = {  # bare place names of US local or state governments in the data
    "Seattle", "Dallas", "Las Vegas", "St. Louis", "Salt Lake City", "Washington, DC", "New Jersey", "Hawaii",
    "American Somoa", "Northern Marianas", "New York City", "Westminster",
}
# NGOs and other non-government bodies that serve one US city, county or state (the place is in the name or, where
# noted, in the grant data).
LOCAL_US = {
    "Asian Pacific Islander Legal Outreach",  # San Francisco
    "Catholic Charities Archdiocese of San Antonio", "Catholic Charities of Louisville", "Catholic Charities of St. Paul",
    "Catholic Charities of the Archdiocese of Milwaukee", "Catholic Charities of the Diocese of Rockville Centre",
    "Catholic Charities - Oregon", "Catholic Charities Diocese of Venice",
    "Catholic Social Services Archdiocese of Philadelphia", "Catholic Social Services of Central and Northern Arizona",
    "Catholic Social Services of Maricopa County",
    "Civil Society",  # St Paul, Minnesota: its subgrantees in the data are Minnesota organisations
    "Coalition to Abolish Slavery and Trafficking",  # Los Angeles
    "Colorado Legal Services", "Colorado Organization for Victim Assistance", "Florida Coalition Against Domestic Violence",
    "Florida Immigrant Advocacy Center", "Fulton County Juvenile Justice Fund", "Georgia Legal Services Program",
    "Good Shepherd Corporation of Atlanta", "Houston Rescue and Restore Coalition", "Immigrants Rights Advocacy Center",
    "International Institute of Boston", "International Institute of Buffalo",
    "International Institute of Metropolitan St. Louis", "International Institute of New Jersey",
    "International Institute of Connecticit", "International Rescue Committee (Arizona)",
    "International Rescue Committee (Florida)", "International Rescue Committee (Miami)",
    "International Rescue Committee (Washington)", "International Rescue Committee (Seattle)",
    "Legal Aid Foundation of Los Angeles", "Legal Aid of North Carolina", "Mosaic Family Services",
    "Mosaic Family Services (formerly East Dallas Counseling Center)", "New York Association for New Americans",
    "North Carolina Coalition Against Sexual Assault", "Pacific Gateway Center", "Refugee Services Texas",
    "Refugee Women's Alliance", "SAGE (Standing Against Global Exploitation)", "Safe Horizon",
    "Salvation Army Alaska", "Salvation Army - Chicago Social Services", "Salvation Army Hawaiian Pacific Island Division",
    "Salvation Army Metropolitan Division", "Salvation Army of Clark County", "Salvation Army Orange County",
    "The Salvation Army (Las Vegas)", "Southeastern Network of Youth Services - Alabama",
    "Southeastern Network of Youth Services - Florida", "Tapestri", "Texas Rio Grande Legal Aid",
    "The Julian Center", "YMCA of the Greater Houston Area", "Girls Educational and Mentoring Services",
    "Farmworker Legal Services of New York", "Catholic Charities of Camden, Ocean, and Cape May NJ",
    "West Cre Nevada",  # West Care Nevada
    "San Diego Youth & Community Services",
}

TYPE_MAP = {"IGO": "igo", "NGO": "ngo", "NPO": "ngo", "Government": "government", "University": "research",
            "Think Tank": "research", "Private Firm": "private_sector", "Neither": "other", "Academic Fellowship": "other",
            "Individual": "other"}

COUNTRY_FIX = {
    "Antigua&Barbuda": "ATG", "BosniaandHerz": "BIH", "BurkinaFaso": "BFA", "Burma": "MMR", "CapeVerde": "CPV",
    "CentralAfRep": "CAF", "Congo (Brazzaville; Rep)": "COG", "Congo, DemRep": "COD", "Congo, DemRep (Zaire)": "COD",
    "CostaRica": "CRI", "Cote D\ufffdIvoire": "CIV", "CzechRep": "CZE", "DomRep": "DOM", "East Timor": "TLS",
    "ElSalvador": "SLV", "EqGuinea": "GNQ", "Iran": "IRN", "Kosovo": "XKX", "KyrgyzRep": "KGZ", "Laos": "LAO",
    "Macedonia": "MKD", "Madagasgar": "MDG", "MarshallIs": "MHL", "Micronesia": "FSM", "Moldova": "MDA",
    "NewZealand": "NZL", "PapuaNG": "PNG", "Russia": "RUS", "SaoT&P": "STP", "SaudiArabia": "SAU", "SierraLeone": "SLE",
    "SlovakRep": "SVK", "SolomonIs": "SLB", "South Korea": "KOR", "SouthAfrica": "ZAF", "SriLanka": "LKA",
    "St.Kitts&Nevis": "KNA", "St.Lucia": "LCA", "St.Vincent": "VCT", "Surinam": "SUR", "Swaziland": "SWZ",
    "Syria": "SYR", "Taiwan": "TWN", "Tanzania": "TZA", "Trin&Tobago": "TTO", "Turkey": "TUR", "UArabEmir": "ARE",
    "UK": "GBR", "USA": "USA", "Vatican": "VAT", "Venezuela": "VEN", "VietNam": "VNM", "YemenAR": "YEM",
    "Bolivia": "BOL", "Brunei": "BRN", "Cuba": "CUB",
}
REGIONAL = {"Africa", "East Asia and Pacific Islands", "Europe", "Global", "Near East Asia", "South and Central Asia",
            "Western Hemisphere", "Yugoslavia"}
PILLARS = [("prevention", "theme.prevention"), ("protection", "theme.protection"),
           ("prosecution", "theme.prosecution"), ("research", "theme.data-research")]


def display(raw: str) -> str:
    """A raw name as shown: the data's U+FFFD stands for a dash between spaces, else for an apostrophe or accent."""
    return raw.replace(" \ufffd ", " - ").replace("\ufffd", "'").strip()


def strip_others(s: str) -> str:
    """Drop a trailing "and others TBD" / "and subgrantees": unnamed co-recipients (logged as unknown)."""
    return re.sub(r"\s+(and|&)\s+(others|subgrantees)(\s+tbd)?$", "", s, flags=re.I)


def norm(raw: str) -> tuple[str, str]:
    """(normalised key, acronym in trailing parentheses or '')."""
    s = raw.replace("\ufffd", "").strip().strip(",;").strip()
    acr = ""
    m = re.match(r"^(.*\S)\s*\(([A-Za-z][A-Za-z0-9/&.\- ]{1,15})\)$", s)
    if m and re.fullmatch(r"[A-Z0-9/&.\-]{2,12}", m.group(2).replace(" ", "")):
        s, acr = m.group(1), m.group(2).replace(" ", "")
    while True:  # trailing qualifiers: "Harris County, TX", "Chemonics International, Inc"
        m = re.match(r"^(.*\S)\s*,\s*(\S.*)$", s)
        if not (m and QUALIFIER.fullmatch(m.group(2).strip(" ."))):
            break
        s = m.group(1)
    s = strip_others(s)
    s = s.replace("&", " and ")
    k = fold(s)
    k = re.sub(r"\b(?:[a-z] )+[a-z]\b", lambda mm: mm.group(0).replace(" ", ""), k)  # "s o s" -> "sos", "u s" -> "us"
    k = re.sub(r"^the ", "", k)
    k = re.sub(r" (inc|ltd|llc|co)$", "", k)
    return k, acr


def key(name: str) -> str:
    return norm(name)[0]


def split_joint(raw: str) -> list[str]:
    """Split on ; , / outside parentheses; drop qualifier parts ("TX", "Inc.")."""
    parts, depth, cur = [], 0, ""
    for ch in raw:
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and ch in ";,/":
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    out = [re.sub(r"^\s*(and|as well as)\s+", "", p).strip(" .") for p in parts if p.strip(" .")]
    kept = [p for p in out if not QUALIFIER.fullmatch(p)]
    return kept or out


MANUAL = {key(k): v for k, v in MANUAL_ALIASES.items()}
VARIANT = {key(k): (key(c), c, why) for k, (c, why) in VARIANTS.items()}
NAME_OF = {key(k): v for k, v in NAMES.items()}
PERSON_KEYS = {key(p) for p in PERSONS}


def non_org(k: str) -> tuple[str, str] | None:
    """(category, reason) if the normalised name `k` names no organisation."""
    if HONORIFIC.match(k) or k in PERSON_KEYS or TITLES.match(k):
        return ("individual", "a personal name or title: individuals are not organisations")
    for category, rx, why in NON_ORG_RULES:
        if rx.search(k):
            return (category, why)
    return None


class Resolver:
    def __init__(self, igo_rows, all_raw):
        self.igo = {fold(r["recipient"]): r["recipient_clean"].strip() for r in igo_rows if r["joint"].strip() == "0"}
        acr = defaultdict(set)
        for raw in all_raw:
            k, a = norm(raw)
            if a:
                acr[fold(a)].add(k)
        self.acronyms = {a: next(iter(ks)) for a, ks in acr.items() if len(ks) == 1}
        self.ambiguous_acronyms = sorted(a for a, ks in acr.items() if len(ks) > 1)
        self.igo_joint = {fold(r["recipient"]): r["recipient_clean"].strip() for r in igo_rows
                          if r["joint"].strip() == "1" and r["recipient_clean"].strip() in ABBREV_TO_ORG}
        # names used on their own somewhere (no list separators): a part of a joint string may match them
        self.standalone = {norm(r)[0] for r in all_raw if len(split_joint(r)) == 1}
        self.standalone |= {VARIANT[k][0] for k in self.standalone if k in VARIANT}

    def single(self, raw: str):
        """-> (kind, target, rule) with kind in placeholder/org/key."""
        k, _ = norm(raw)
        if not k:
            return ("placeholder", None, "empty name")
        no = non_org(k)
        if no:
            return ("placeholder", None, f"not an organisation ({no[0]}: {no[1]})")
        if k in MANUAL:
            return ("org", MANUAL[k][0], f"manual alias list in the script ({MANUAL[k][1]})")
        if k in VARIANT:
            ck, cname, why = VARIANT[k]
            if ck in MANUAL:
                return ("org", MANUAL[ck][0], f"variant of '{cname}' ({why}; reviewed fuzzy match), manual alias list")
            return ("key", ck, f"variant of '{cname}' ({why}; reviewed fuzzy match)")
        ab = self.igo.get(fold(raw))
        if ab and ab in ABBREV_TO_ORG:
            return ("org", ABBREV_TO_ORG[ab], f"abbreviation table igo_abbreviations.csv ({ab})")
        if k in self.acronyms and k.replace(" ", "").isalnum() and len(k) <= 8 and raw.strip().isupper():
            full = self.acronyms[k]
            if full in VARIANT:
                full = VARIANT[full][0]
            if full in MANUAL:
                return ("org", MANUAL[full][0], f"acronym {raw.strip()} of '{full}' (manual alias list)")
            return ("key", full, f"acronym {raw.strip()} given in parentheses after exactly one full name in the data")
        return ("key", k, "exact match after normalisation")

    def known(self, r) -> bool:
        return r[0] == "org" or (r[0] == "key" and r[1] in self.standalone)

    def part(self, p: str, how: str) -> list[tuple]:
        """Resolve one part of a joint string: a known name, 'A and B' / 'A & B' of known names, a non-organisation,
        or unresolved."""
        r = self.single(p)
        if r[0] == "placeholder" or self.known(r):
            return [(r[0], r[1], f"{how}; part: {r[2]}", p)]
        ands = [a.strip() for a in re.split(r"\s+(?:and|&)\s+", p) if a.strip()]
        if len(ands) > 1:
            res = [self.single(a) for a in ands]
            if all(self.known(x) for x in res):
                return [(x[0], x[1], f"{how} and on 'and'/'&'; part: {x[2]}", a) for x, a in zip(res, ands, strict=True)]
        return [("unresolved", r[1], "part of a joint string not known as a name on its own", p)]

    def resolve(self, raw: str) -> list[tuple]:
        out = self._resolve(raw)
        if strip_others(raw.strip()) != raw.strip() and all(x[0] != "unresolved" or x[3] != raw for x in out):
            out.append(("placeholder", None, "not an organisation (unnamed group: 'and others TBD' / 'and "
                                             "subgrantees' names no co-recipient)", raw.strip()[len(strip_others(raw.strip())):].strip()))
        return out

    def _resolve(self, raw: str) -> list[tuple]:
        """-> list of (kind, target, rule, part); several entries for joint strings.  kind is org (a fixed or
        canonical organisation), key (an organisation made from its normalised name), placeholder (names no
        organisation) or unresolved (a part of a joint string that is left in the programme note)."""
        if re.search(r"\band/or\b", raw, re.I):
            return [("unresolved", None, "'A and/or B' does not say which of them received the grant", raw)]
        kind, tgt, rule = self.single(raw)
        parts = split_joint(raw)
        if kind == "placeholder" and "(individual" in rule and len(parts) > 1:
            kind = "key"  # "Ms. A. Name; ABA": a person and an organisation, split below
        if kind in ("placeholder", "org") or key(raw) in VARIANT or (len(parts) > 1 and tgt in self.standalone):
            return [(kind, tgt, rule, raw)]  # a whole name: resolved, or used on its own elsewhere in the data
        lead = self.igo_joint.get(fold(raw))
        lead_rule = f"abbreviation table igo_abbreviations.csv, joint grant led by {lead}" if lead else ""
        if len(parts) == 1:
            # 'A and B' / 'A & B' is split only when every part is known on its own
            ands = [a.strip() for a in re.split(r"\s+(?:and|&)\s+", parts[0]) if a.strip()]
            if len(ands) > 1:
                res = [self.single(a) for a in ands]
                if all(self.known(x) for x in res):
                    return [(x[0], x[1], "joint string split on 'and'/'&'; part: " + x[2], a)
                            for x, a in zip(res, ands, strict=True)]
            if lead:
                return [("org", ABBREV_TO_ORG[lead], lead_rule, raw)]
            r = self.single(parts[0])
            return [(r[0], r[1], r[2] + ("; qualifier dropped" if parts[0] != raw.strip() else ""), raw)]
        out = [x for p in parts for x in self.part(p, "joint string split on ; , /")]
        named = [x for x in out if x[0] != "placeholder"]
        if len(named) == 1 and named[0][0] == "unresolved" and not lead:
            # one named organisation among placeholders ("X, and others", "Name, Title, Office of Y")
            i = out.index(named[0])
            out[i] = ("key", named[0][1], "the only organisation named in a joint string whose other parts name "
                                          "none; part: exact match after normalisation", named[0][3])
        if lead and ABBREV_TO_ORG[lead] not in {o[1] for o in out}:
            out.append(("org", ABBREV_TO_ORG[lead], lead_rule, raw))
        return out


def money(s: str) -> str:
    s = s.strip()
    if s in ("", "NA"):
        return ""
    v = float(s)
    if v <= 1:  # 0 = not reported; 1.0 appears as a flag value
        return ""
    return str(int(v)) if v == int(v) else str(v)


def other_org_names() -> dict[str, set[str]]:
    """fold(name, acronym or alias) -> ids, over the organisation files this script does not write."""
    out = defaultdict(set)
    for path in sorted(DATA.glob("organisations*.csv")):
        if path.name == "organisations.usdos.csv":
            continue
        for r in read_csv(path):
            for n in [r["name"], r["acronym"], *r["aliases"].split(";")]:
                if n.strip():
                    out[fold(n)].add(r["id"])
    return out


def apart(a: str, b: str) -> bool:
    return any((fnmatch(a, x) and fnmatch(b, y)) or (fnmatch(a, y) and fnmatch(b, x)) for x, y, _ in KEEP_APART)


def main(argv=None):
    args = parser(__doc__.split("\n")[0]).parse_args(argv)
    iso = iso_countries(args.shared)
    by_name = iso3_by_name(args.shared)
    grants = read_csv(input_path(args.shared, "tip_reports/funding_clean.csv"))
    igo = read_csv(input_path(args.shared, "tip_reports/igo_abbreviations.csv"))

    def country(name):
        if name in REGIONAL:
            return None
        c = COUNTRY_FIX.get(name) or by_name.get(fold(name))
        if not c:
            raise SystemExit(f"unresolved country name {name!r}: add it to COUNTRY_FIX")
        return c

    def real(raw):
        return raw.strip() not in ("", "NA", "N/A") and not raw.strip().startswith("See ")

    rows = [g for g in grants if real(g["recipient"])]
    all_raw = sorted({g["recipient"].strip() for g in rows} | {g["subgrantee"].strip() for g in rows if real(g["subgrantee"])})
    R = Resolver(igo, all_raw)

    # --- resolve every raw string once
    resolved = {raw: R.resolve(raw) for raw in all_raw}
    # key -> display name (most frequent raw variant, ties alphabetical), acronym
    key_names, key_acr, keys = defaultdict(Counter), defaultdict(Counter), set()
    for g in rows:
        for col in ("recipient", "subgrantee"):
            raw = g[col].strip()
            if not real(raw):
                continue
            for kind, tgt, _rule, part in resolved[raw]:
                if kind == "key":
                    keys.add(tgt)
                    k, a = norm(part)
                    if k == tgt:
                        key_names[tgt][re.sub(r"\s*\([A-Z0-9/&.\- ]{2,15}\)$", "",
                                              strip_others(display(part)).strip(" ,;"))] += 1
                        if a:
                            key_acr[tgt][a] += 1
    # key -> org id (slug; collision-free)
    key_to_org, used = {}, set(CANONICAL) | set(FIXED_ORGS)
    for k in sorted(keys):
        base = "org." + slug(k)
        oid, n = base, 2
        while oid in used:
            oid, n = f"{base}-{n}", n + 1
        used.add(oid)
        key_to_org[k] = oid
    org_to_key = {v: k for k, v in key_to_org.items()}

    def org_of(kind, tgt):
        if kind == "org":
            return tgt
        if kind == "key":
            return key_to_org.get(tgt)
        return None

    def name_of(k):
        if k in NAME_OF:
            return NAME_OF[k]
        if key_names[k]:
            return sorted(key_names[k].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return next(c for ck, c, _ in VARIANT.values() if ck == k)

    programmes, fundings, impls = [], [], []
    org_rows = defaultdict(list)  # org -> list of (grant row, role, raw, part, country)
    resolutions = {}
    unknown_parts = defaultdict(list)  # (raw, col) -> [(part, rule)]
    for g in sorted(rows, key=lambda g: int(g["id"])):
        gid = int(g["id"])
        year = g["grant_year"].strip()
        pid = f"prog.usdos-{year}-{gid:04d}"
        c = country(g["country"].strip())
        amount = money(g["amount"])
        themes = [t for col, t in PILLARS if g[col].strip() == "1.0"]
        notes = [f"funding_clean.csv row id {gid}."]
        if not c:
            region = g["region1"].strip() if g["region1"].strip() != "NA" else ""
            notes.append(f"Regional/global grant ('{g['country'].strip()}'{', ' + region if region else ''}): no country "
                         "targeted in the data, so countries is empty.")
        if g["grant"].strip() != "1.0":
            notes.append(f"The source's grant flag is {g['grant'].strip()} although a recipient is named.")
        if not amount:
            notes.append("Amount not reported (NA or 0) in the source.")
        recipient = display(g["recipient"])
        missing = []
        for col, role in (("recipient", "lead"), ("subgrantee", "subgrantee")):
            raw = g[col].strip()
            if not real(raw):
                continue
            for kind, tgt, rule, part in resolved[raw]:
                oid = org_of(kind, tgt)
                if kind == "placeholder":
                    missing.append(f"{col} '{display(part)}' names no organisation (no implementer recorded)")
                    if (part, rule) not in unknown_parts[(raw, col)]:
                        unknown_parts[(raw, col)].append((part, rule))
                    continue
                if not oid:
                    missing.append(f"{col} '{display(part)}' is not resolved to an organisation (a part of a joint "
                                   "string not known as a name on its own)")
                    continue
                org_rows[oid].append((g, role, raw, part, c))
                impls.append(dict(organisation=oid, programme=pid, role=role, start=year, end=year, sources=SRC,
                                  checked="derived", note=f"{col} in funding_clean.csv: '{display(raw)}'"
                                  + (f" (part '{display(part)}')" if part != raw else "")))
                resolutions[(raw, oid, col)] = rule
        if missing:
            notes.append("; ".join(missing) + ".")
        where = g["country"].strip() if c is None else iso[c]["name"] if c in iso else g["country"].strip()
        title = f"US State Department anti-trafficking grant to {recipient} in {where} ({year})"
        if c is None:
            title = f"US State Department anti-trafficking grant to {recipient} ({where}, {year})"
        pillars = ", ".join(t.split(".")[1] for t in themes) or "none flagged"
        programmes.append(dict(
            id=pid, title=title, kind="grant",
            description=f"Generated title. G/TIP grant of {year} to {recipient}"
                        + (f" with subgrantee(s) {display(g['subgrantee'])}" if real(g['subgrantee']) else "")
                        + f". Pillars flagged in the data: {pillars}."
                        + (f" Recipient type: {g['recipient_type'].strip()}." if g['recipient_type'].strip() else ""),
            status="completed", start=year, end=year, budget=amount, currency="USD" if amount else "",
            countries=c or "", themes=";".join(themes), iati_id="", sources=SRC, checked="derived", note=" ".join(notes)))
        fundings.append(dict(funder=FUNDER, programme=pid, amount=amount, currency="USD" if amount else "", start=year,
                             end=year, sources=SRC, checked="derived",
                             note="Funder is the State Department's Office to Monitor and Combat Trafficking in Persons "
                                  "(G/TIP), which administers these grants."))

    # --- organisations
    local_us = {key(n) for n in LOCAL_US}
    us_places = {key(n) for n in US_PLACES}
    orgs, report = [], []
    for oid in sorted(org_rows):
        if oid in CANONICAL:
            continue
        uses = org_rows[oid]
        ctry = sorted({c for *_, c in uses if c})
        regional = any(c is None for *_, c in uses)
        glob = any(g["country"].strip() == "Global" for g, *_ in uses)
        scope = "global" if glob else "national" if len(ctry) == 1 and not regional else "regional"
        if oid in FIXED_ORGS:
            name, acr, typ, scope = FIXED_ORGS[oid]
            note = "Organisation fixed in FIXED_ORGS of the script."
        else:
            k = org_to_key[oid]
            name = name_of(k)
            acr = sorted(key_acr[k].items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if key_acr[k] else ""
            acr = ACRONYM_FIX.get(name, acr)
            types = Counter(TYPE_MAP.get(g["recipient_type"].strip()) for g, role, raw, _, _ in uses
                            if role == "lead" and len(resolved[raw]) == 1 and TYPE_MAP.get(g["recipient_type"].strip()))
            typ = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if types else "other"
            if re.search(r"\b(ministry|government|police|national commission)\b", name, re.I):
                typ = "government"
            typ = TYPE_FIX.get(name, typ)
            note = ("Type from the data's recipient_type" if types else "Type unknown (subgrantee or joint part)") + \
                   "; scope from the countries of its grants."
            if ctry == ["USA"] and not regional and (
                    k in local_us or k in us_places or (LOCAL_GOV.search(name) and not NOT_LOCAL.search(name))):
                scope = "local"
                note = note.replace("scope from the countries of its grants",
                                    "scope local: a US local or state body, or an organisation serving one US city or "
                                    "state (rule and list in the script), with grants in the USA only")
        # Aliases: only the names (whole raw names or parts of joint strings) that resolved to this organisation
        # alone; a joint string naming several organisations is kept in resolutions.usdos.csv, not as an alias.
        aliases = sorted({strip_others(display(part)).strip(" ,;") for _, _, _, part, _ in uses
                          if not R.igo_joint.get(fold(part))} - {name})
        aliases = [a for a in aliases if ";" not in a and fold(a) != fold(name)]
        orgs.append(dict(id=oid, name=name, acronym=acr, aliases=";".join(aliases), type=typ, scope=scope,
                         hq_country="", parent="", iati_id="", wikidata="", url="", founded="",
                         description=f"Recipient or subgrantee of {len({g['id'] for g, *_ in uses})} US G/TIP "
                                     f"anti-trafficking grant(s) 2001-2014.",
                         sources=SRC, checked="derived", note=note))
    if unknown_parts:
        name, acr, typ, scope = FIXED_ORGS[UNKNOWN]
        orgs.append(dict(id=UNKNOWN, name=name, acronym=acr, aliases="", type=typ, scope=scope, hq_country="",
                         parent="", iati_id="", wikidata="", url="", founded="",
                         description="Stands for the recipient names of the US G/TIP grant data that name no "
                                     "organisation (placeholders such as 'TBD', 'Several', 'Subawards pending', groups "
                                     "such as '4 local NGOs', individuals, exchange programmes).",
                         sources=SRC, checked="derived",
                         note="Target of the name resolutions only: it implements no programme, so that unnamed "
                              "recipients do not look like one actor working in many countries. Each decision and its "
                              "rule is in resolutions.usdos.csv; the programme notes say which recipient is unnamed."))
    orgs.sort(key=lambda r: r["id"])

    res_rows = []
    for (raw, oid, col), rule in sorted(resolutions.items()):
        srcs = SRC + (";" + SRC_ABBR if "igo_abbreviations" in rule else "")
        res_rows.append(dict(raw_name=raw, organisation=oid, context=f"funding_clean.csv {col}",
                             decided_by=f"{DECIDED_BY} (rule: {rule})", decided_on=DECIDED_ON,
                             sources=srcs, checked="derived", note=f"rule: {rule}"))
    for (raw, col), parts in sorted(unknown_parts.items()):
        rule = "; ".join((f"'{display(p)}': " if p != raw else "") + r for p, r in parts) + "; no implementer recorded"
        res_rows.append(dict(raw_name=raw, organisation=UNKNOWN, context=f"funding_clean.csv {col}",
                             decided_by=f"{DECIDED_BY} (rule: {rule})", decided_on=DECIDED_ON,
                             sources=SRC, checked="derived", note=f"rule: {rule}"))
    res_rows.sort(key=lambda r: (r["raw_name"], r["organisation"], r["context"]))

    rel = ["start", "end", "sources", "checked", "note"]
    out = args.out
    write_csv(out / "programmes.usdos.csv", ["id", "title", "kind", "description", "status", "start", "end", "budget",
                                             "currency", "countries", "themes", "iati_id", "sources", "checked", "note"],
              programmes)
    write_csv(out / "fundings.usdos.csv", ["funder", "programme", "amount", "currency", *rel], fundings)
    # Two parts of one recipient string may resolve to the same organisation ("DOJ/ICITAP,
    # DOJ/OPDAT" -> DOJ twice): one implementation, with both parts in its note.
    merged: dict[tuple, dict] = {}
    for r in impls:
        same = (r["organisation"], r["programme"], r["role"], r["start"], r["end"])
        if same in merged:
            if r["note"] not in merged[same]["note"]:
                merged[same]["note"] += "; " + r["note"]
        else:
            merged[same] = dict(r)
    impls = list(merged.values())
    impls.sort(key=lambda r: (r["programme"], r["role"], r["organisation"]))
    write_csv(out / "implementations.usdos.csv", ["organisation", "programme", "role", *rel], impls)
    write_csv(out / "organisations.usdos.csv", ["id", "name", "acronym", "aliases", "type", "scope", "hq_country", "parent",
                                                "iati_id", "wikidata", "url", "founded", "description", "sources", "checked",
                                                "note"], orgs)
    write_csv(out / "resolutions.usdos.csv", ["raw_name", "organisation", "context", "decided_by", "decided_on",
                                              "sources", "checked", "note"], res_rows)
    write_sources(out)

    # --- checks for the reviewer
    others = other_org_names()
    alias_to = defaultdict(set)
    for o in orgs:
        for a in [o["name"], o["acronym"], *o["aliases"].split(";")]:
            if a.strip():
                alias_to[fold(a)].add(o["id"])
    for a, ids in sorted(alias_to.items()):
        clash = ids | others.get(a, set())
        if len(clash) > 1:
            report.append(f"shared name/alias {a!r}: {sorted(clash)}")
    names = sorted((key(o["name"]), o["name"]) for o in orgs if o["id"] not in FIXED_ORGS)
    for i, (ka, a) in enumerate(names):
        for kb, b in names[i + 1:]:
            if abs(len(ka) - len(kb)) <= 6 and SequenceMatcher(None, ka, kb).ratio() >= 0.9 and not apart(a, b):
                report.append(f"fuzzy match to review: {a!r} ~ {b!r}")
    distinct = {r["organisation"] for r in res_rows}
    n_unknown = sum(1 for r in res_rows if r["organisation"] == UNKNOWN)
    print(f"  raw names: {len(all_raw)}; resolution rows: {len(res_rows)} -> {len(distinct)} organisations "
          f"({len(distinct & CANONICAL)} canonical, {len(orgs)} written); {n_unknown} non-organisation names logged "
          f"against {UNKNOWN}; {sum(1 for o in orgs if o['scope'] == 'local')} local; "
          f"ambiguous acronyms not merged: {R.ambiguous_acronyms}")
    for line in report:
        print("  " + line)


if __name__ == "__main__":
    main()
