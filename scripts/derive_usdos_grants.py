#!/usr/bin/env python3
"""Derive programmes, fundings, implementations, organisations and name resolutions from the US State
Department G/TIP anti-trafficking grants 2001-2014 (tip_reports/funding_clean.csv, Kelley/Heiss).

Writes into data/: programmes.usdos.csv, fundings.usdos.csv, implementations.usdos.csv,
organisations.usdos.csv, resolutions.usdos.csv (and sources.derived.csv).

One programme per grant row with a named recipient (rows with recipient NA/N/A are the data set's
"no grant in this country-year" placeholders; "See <other row>" rows are cross-references).
Entity resolution, in this order (the first rule that applies wins):
  1. placeholder: a raw name that names no organisation (NA, TBD, "Individual", "4 local NGOs", ...) -> none
  2. manual alias table MANUAL_ALIASES (reviewable, below) on the normalised name
  3. igo_abbreviations.csv: recipient -> abbreviation (joint = 0 rows only), abbreviation -> ABBREV_TO_ORG
  4. exact match after normalisation (case, accents, punctuation, "&"/"and", leading "The",
     trailing "(ACRONYM)", trailing Inc/Ltd)
  5. bare acronym: a raw name equal to an acronym that appears in parentheses after exactly one
     full name in the data
  6. joint strings ("A; B", "A, B", "A/B", "A & B"; "A and B" only when every part resolves) are
     split and each part resolved by rules 2-5; a part becomes an organisation only if it resolves via
     rules 2/3/5 or equals a name that is used on its own elsewhere in the data; other parts are
     listed in the programme note as unresolved.  Joint strings in igo_abbreviations.csv with joint=1
     also get the IGO the table names as lead.
Anything else becomes one new organisation per normalised name.  A wrong merge is worse than a
missed one: similar names (e.g. "Winrock" vs "Winrock International") are merged only via the alias table.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from derive_common import (
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
DECIDED_ON = "2026-11-28"

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
    "organization of the american states": ("org.oas", "full name (typo 'the')"),
    "organization of american states": ("org.oas", "full name"),
    "acils": ("org.solidarity-center", "ACILS is the legal name of the Solidarity Center (AFL-CIO)"),
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
}
# Deliberate non-merges (documented): "ILO" vs "ILO-IPEC" (IPEC is an ILO programme, kept as org.ilo-ipec);
# "UNIFEM" vs UN Women (predecessor); "ABA Fund for Justice and Education" / "ABA/CEELI" vs ABA (own names kept);
# "Humphrey"/"Fulbright" fellowships (individual awards: placeholders).

PLACEHOLDER_RE = re.compile(
    r"^(na|n a|none|tbd|tba|not listed|unknown|various|others?|individuals?|\d+\s.*|several .*|local ngos?|"
    r"io|see .*|.*fulbright.*|.*humphrey.*|.*fellow.*|and others|embassy police commissioner|ngos?|"
    r"international visitors? .*|international visitor leadership program|and or .*|and|sub ?grantees?|un|public|"
    r"asia|austin|dallas|hawaii|la paz)$")

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


def norm(raw: str) -> tuple[str, str]:
    """(normalised key, acronym in trailing parentheses or '')."""
    s = raw.replace("\ufffd", "").strip().strip(",;").strip()
    acr = ""
    m = re.match(r"^(.*\S)\s*\(([A-Za-z][A-Za-z0-9/&.\- ]{1,15})\)$", s)
    if m and re.fullmatch(r"[A-Z0-9/&.\-]{2,12}", m.group(2).replace(" ", "")):
        s, acr = m.group(1), m.group(2).replace(" ", "")
    s = s.replace("&", " and ")
    k = fold(s)
    k = re.sub(r"^the ", "", k)
    k = re.sub(r" (inc|ltd|llc|co)$", "", k)
    return k, acr


def split_joint(raw: str) -> list[str]:
    """Split on ; , / and ' & ' outside parentheses."""
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
    out = []
    for p in parts:
        out.extend(re.split(r"\s+&\s+", p))
    return [re.sub(r"^\s*(and|as well as)\s+", "", p).strip(" .") for p in out if p.strip(" .")]


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

    def single(self, raw: str):
        """-> (kind, target, rule) with kind in placeholder/org/key; None if nothing known."""
        k, _ = norm(raw)
        if not k or PLACEHOLDER_RE.match(k):
            return ("placeholder", None, "placeholder: names no organisation")
        if k in MANUAL_ALIASES:
            return ("org", MANUAL_ALIASES[k][0], f"manual alias list in the script ({MANUAL_ALIASES[k][1]})")
        ab = self.igo.get(fold(raw))
        if ab and ab in ABBREV_TO_ORG:
            return ("org", ABBREV_TO_ORG[ab], f"abbreviation table igo_abbreviations.csv ({ab})")
        if k in self.acronyms and k.replace(" ", "").isalnum() and len(k) <= 8 and raw.strip().isupper():
            full = self.acronyms[k]
            if full in MANUAL_ALIASES:
                return ("org", MANUAL_ALIASES[full][0], f"acronym {raw.strip()} of '{full}' (manual alias list)")
            return ("key", full, f"acronym {raw.strip()} given in parentheses after exactly one full name in the data")
        return ("key", k, "exact match after normalisation")

    def resolve(self, raw: str) -> list[tuple]:
        """-> list of (kind, target, rule, part) ; several entries for joint strings."""
        kind, tgt, rule = self.single(raw)
        if kind in ("placeholder", "org"):
            return [(kind, tgt, rule, raw)]
        parts = split_joint(raw)
        lead = self.igo_joint.get(fold(raw))
        lead_rule = f"abbreviation table igo_abbreviations.csv, joint grant led by {lead}" if lead else ""
        if len(parts) == 1:
            # 'A and B' is split only when every part is known on its own
            ands = [p.strip() for p in re.split(r"\s+and\s+", raw) if p.strip()]
            if len(ands) > 1:
                res = [self.single(p) for p in ands]
                if all(r[0] == "org" or (r[0] == "key" and r[1] in self.standalone) for r in res):
                    return [(r[0], r[1], "joint string split on 'and'; part: " + r[2], p) for r, p in zip(res, ands, strict=False)]
            if lead:
                return [("org", ABBREV_TO_ORG[lead], lead_rule, raw)]
            return [(kind, tgt, rule, raw)]
        out = []
        for p in parts:
            r = self.single(p)
            if r[0] == "org" or (r[0] == "key" and r[1] in self.standalone):
                out.append((r[0], r[1], "joint string split on ; , / &; part: " + r[2], p))
            else:
                out.append(("placeholder", None, "part of a joint string not known as a name on its own", p))
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
    key_names, key_acr = defaultdict(Counter), defaultdict(Counter)
    for g in rows:
        for col in ("recipient", "subgrantee"):
            raw = g[col].strip()
            if not real(raw):
                continue
            for kind, tgt, _rule, part in resolved[raw]:
                if kind == "key":
                    k, a = norm(part)
                    if k == tgt:
                        key_names[tgt][re.sub(r"\s*\([A-Z0-9/&.\- ]{2,15}\)$", "", part.replace("\ufffd", "'").strip(" ,;"))] += 1
                    if a:
                        key_acr[tgt][a] += 1
    # key -> org id (slug; collision-free)
    key_to_org, used = {}, set(CANONICAL) | set(FIXED_ORGS)
    for k in sorted(key_names):
        base = "org." + slug(k)
        oid, n = base, 2
        while oid in used:
            oid, n = f"{base}-{n}", n + 1
        used.add(oid)
        key_to_org[k] = oid

    def org_of(kind, tgt):
        if kind == "org":
            return tgt
        if kind == "key":
            return key_to_org.get(tgt)
        return None

    programmes, fundings, impls = [], [], []
    org_rows = defaultdict(list)  # org -> list of (grant row, role, raw)
    resolutions = {}
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
        recipient = g["recipient"].strip()
        leads, missing = [], []
        for col, role in (("recipient", "lead"), ("subgrantee", "subgrantee")):
            raw = g[col].strip()
            if not real(raw):
                continue
            for kind, tgt, rule, part in resolved[raw]:
                oid = org_of(kind, tgt)
                if not oid:
                    missing.append(f"{col} '{part}' names no organisation")
                    continue
                if role == "lead":
                    leads.append(oid)
                org_rows[oid].append((g, role, raw, c))
                impls.append(dict(organisation=oid, programme=pid, role=role, start=year, end=year, sources=SRC,
                                  checked="derived", note=f"{col} in funding_clean.csv: '{raw}'"
                                  + (f" (part '{part}')" if part != raw else "")))
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
                        + (f" with subgrantee(s) {g['subgrantee'].strip()}" if real(g['subgrantee']) else "")
                        + f". Pillars flagged in the data: {pillars}."
                        + (f" Recipient type: {g['recipient_type'].strip()}." if g['recipient_type'].strip() else ""),
            status="completed", start=year, end=year, budget=amount, currency="USD" if amount else "",
            countries=c or "", themes=";".join(themes), iati_id="", sources=SRC, checked="derived", note=" ".join(notes)))
        fundings.append(dict(funder=FUNDER, programme=pid, amount=amount, currency="USD" if amount else "", start=year,
                             end=year, sources=SRC, checked="derived",
                             note="Funder is the State Department's Office to Monitor and Combat Trafficking in Persons "
                                  "(G/TIP), which administers these grants."))

    # --- organisations
    orgs = []
    for oid in sorted(org_rows):
        if oid in CANONICAL:
            continue
        uses = org_rows[oid]
        ctry = sorted({c for _, _, _, c in uses if c})
        regional = any(c is None for _, _, _, c in uses)
        glob = any(g["country"].strip() == "Global" for g, _, _, _ in uses)
        scope = "global" if glob else "national" if len(ctry) == 1 and not regional else "regional"
        aliases = sorted({raw for _, _, raw, _ in uses})
        if oid in FIXED_ORGS:
            name, acr, typ, scope = FIXED_ORGS[oid]
            note = "Organisation fixed in FIXED_ORGS of the script."
        else:
            k = next(k for k, v in key_to_org.items() if v == oid)
            name = sorted(key_names[k].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            acr = sorted(key_acr[k].items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if key_acr[k] else ""
            types = Counter(TYPE_MAP.get(g["recipient_type"].strip()) for g, role, _, _ in uses
                            if role == "lead" and len(R.resolve(g["recipient"].strip())) == 1
                            and TYPE_MAP.get(g["recipient_type"].strip()))
            typ = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if types else "other"
            if re.search(r"\b(ministry|government|police|national commission)\b", name, re.I):
                typ = "government"
            note = ("Type from the data's recipient_type" if types else "Type unknown (subgrantee or joint part)") + \
                   "; scope from the countries of its grants."
        aliases = [a for a in aliases if a != name]
        orgs.append(dict(id=oid, name=name, acronym=acr, aliases=";".join(aliases), type=typ, scope=scope,
                         hq_country="", parent="", iati_id="", wikidata="", url="", founded="",
                         description=f"Recipient or subgrantee of {len({g['id'] for g, _, _, _ in uses})} US G/TIP "
                                     f"anti-trafficking grant(s) 2001-2014.",
                         sources=SRC, checked="derived", note=note))

    res_rows = []
    for (raw, oid, col), rule in sorted(resolutions.items()):
        srcs = SRC + (";" + SRC_ABBR if "igo_abbreviations" in rule else "")
        res_rows.append(dict(raw_name=raw, organisation=oid, context=f"funding_clean.csv {col}",
                             decided_by=f"{DECIDED_BY} (rule: {rule})", decided_on=DECIDED_ON,
                             sources=srcs, checked="derived", note=f"rule: {rule}"))

    rel = ["start", "end", "sources", "checked", "note"]
    out = args.out
    write_csv(out / "programmes.usdos.csv", ["id", "title", "kind", "description", "status", "start", "end", "budget", "currency",
                                             "countries", "themes", "iati_id", "sources", "checked", "note"], programmes)
    write_csv(out / "fundings.usdos.csv", ["funder", "programme", "amount", "currency", *rel], fundings)
    impls.sort(key=lambda r: (r["programme"], r["role"], r["organisation"]))
    write_csv(out / "implementations.usdos.csv", ["organisation", "programme", "role", *rel], impls)
    write_csv(out / "organisations.usdos.csv", ["id", "name", "acronym", "aliases", "type", "scope", "hq_country", "parent",
                                                "iati_id", "wikidata", "url", "founded", "description", "sources", "checked",
                                                "note"], orgs)
    write_csv(out / "resolutions.usdos.csv", ["raw_name", "organisation", "context", "decided_by", "decided_on",
                                              "sources", "checked", "note"], res_rows)
    write_sources(out)
    distinct = {r["organisation"] for r in res_rows}
    print(f"  raw names: {len(all_raw)}; resolution rows: {len(res_rows)} -> {len(distinct)} organisations "
          f"({len(distinct & CANONICAL)} canonical, {len(orgs)} new); ambiguous acronyms not merged: {R.ambiguous_acronyms}")


if __name__ == "__main__":
    main()
