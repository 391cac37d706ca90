package dev.dyadic.export;

import dev.dyadic.model.Actor;
import dev.dyadic.model.Event;
import dev.dyadic.model.EventMention;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.StoredEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stored events as rows of the GDELT 2.0 Event table (GDELT Event Codebook V2.0): one line per event, exactly 61
 * tab-separated fields, no header, UTF-8, LF line ends; an unknown value is an empty field. Tabs and line breaks inside
 * values are written as spaces and double quotes are dropped (in SOURCEURL written "%22"), so that CSV readers that
 * honour quotes (DuckDB's {@code read_csv}, pandas) split every line into 61 fields. The columns, by 0-based index:
 * <pre>
 *  0  GlobalEventID        the stored event's id
 *  1  Day                  YYYYMMDD of the event's date (see "Dates" below)
 *  2  MonthYear            YYYYMM
 *  3  Year                 YYYY
 *  4  FractionDate         YYYY.FFFF, FFFF = ((month - 1) * 30 + day) / 365 to 4 decimals: the codebook's
 *                          (MONTH * 30 + DAY) / 365 with the month counted from 0, as the published GDELT files
 *                          compute it (1 January 2021 -&gt; 2021.0027)
 *  5-14  Actor1            the first source actor (compound sources: the first one), see "Actors" below:
 *                          Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
 *                          Type1Code, Type2Code, Type3Code
 * 15-24  Actor2            the first target actor, the same 10 fields
 * 25  IsRootEvent          1 when a report of the event is in one of its article's first three sentences (the lead,
 *                          GDELT's proxy for importance), else 0
 * 26  EventCode            the CAMEO code; a two-digit root code is written with three digits as GDELT does
 *                          ("04" -&gt; "040")
 * 27  EventBaseCode        its first three digits ("0841" -&gt; "084")
 * 28  EventRootCode        its first two digits ("08")
 * 29  QuadClass            1-4
 * 30  GoldsteinScale       the CAMEO code's Goldstein weight
 * 31  NumMentions          sentences reporting the event
 * 32  NumSources           distinct publishers
 * 33  NumArticles          articles
 * 34  AvgTone              always 0: Dyadic measures no tone; 0 (neutral) keeps the column numeric for GDELT
 *                          readers, so do not read it as a measured tone
 * 35-42  Actor1Geo_        Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID: Type 0 and the
 *                          rest empty (Dyadic does not locate actors)
 * 43-50  Actor2Geo_        the same, Type 0, rest empty
 * 51-58  ActionGeo_        from the event's place, see "Place" below; Type 0 and the rest empty without one
 * 59  DATEADDED            YYYYMMDDHHMMSS when the event's first report was stored (the store's local time)
 * 60  SOURCEURL            the first report's address; when it has none "article:" + its article id
 * </pre>
 * <b>Dates.</b> GDELT needs a day. A date known to the month or year is written as its first day ("2023-03" -&gt;
 * 20230301, "2023" -&gt; 20230101); an unknown date as the publication date of the first report that has one, else
 * the day the event was stored. The CSV, Parquet and JSON exports keep the real precision.
 * <p>
 * <b>Actors.</b> Code is the actor's CAMEO code. Name is the named person or organisation when known, else the words
 * of the sentence that name the actor, upper case, a leading "THE" dropped ("Chinese Foreign Minister Qin Gang" -&gt;
 * "QIN GANG"). The code is split into three-letter parts following the CAMEO actor codebook as GDELT does, by the table
 * {@code /dyadic/export/cameo-actor-codes.tsv}: the first part is the CountryCode unless it is a type
 * ("IGOUNO": no country); a region part (EUR, WST, AFR, ...) after a non-country first part is the CountryCode
 * ("IGOEUREEC" -&gt; EUR); type parts (GOV, MIL, IGO, NGO, ...) fill Type1Code..Type3Code in order (further ones are
 * dropped); religion parts (MOS, CHR, ...) Religion1Code and Religion2Code; an ethnic part EthnicCode; the last part
 * that is none of these is the KnownGroupCode ("IGOUNO" -&gt; UNO, "IGOWSTNAT" -&gt; NAT, "IGOUNOKID" -&gt; KID).
 * Examples: "CHNGOV" -&gt; CountryCode CHN, Type1Code GOV; "IGOUNO" -&gt; KnownGroupCode UNO, Type1Code IGO. No actor:
 * all 10 fields empty.
 * <p>
 * <b>Place.</b> GDELT geography uses FIPS 10-4 country codes; Dyadic knows a place's ISO3 code, converted with the
 * table {@code /dyadic/export/countries.tsv} (Palestine is written as the West Bank, WE, or as GZ when the place name
 * contains "Gaza"; a country not in the table gets an empty country code). When the place's name is its country's
 * name ("Russia", "the United States") the location is the country: Geo_Type 1, FullName the country's name,
 * CountryCode, ADM1Code and FeatureID the FIPS code, as GDELT writes country-level matches. Otherwise it is a city
 * (Geo_Type 4, world city; 3, US city, in the United States): FullName "Hangzhou, China", CountryCode and ADM1Code the
 * FIPS country code (the province is not known), FeatureID empty. ADM2Code, Lat and Long are always empty: Dyadic does
 * not geocode.
 */
public final class GdeltExport {
    /** The number of columns of the GDELT 2.0 Event table. */
    public static final int COLUMNS = 61;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private GdeltExport() {
    }

    /** The event as one GDELT line, without the line break. */
    public static String line(StoredEvent e) {
        return String.join("\t", fields(e));
    }

    /** The 61 fields of the event's GDELT row, in GDELT's order; "" for unknown values. */
    public static List<String> fields(StoredEvent e) {
        Event ev = e.event();
        List<String> f = new ArrayList<>(COLUMNS);
        f.add(Long.toString(e.id()));
        Reports.Day day = Reports.Day.of(e);
        if (day == null) {
            f.add("");
            f.add("");
            f.add("");
            f.add("");
        } else {
            LocalDate d = day.day();
            f.add(d.format(DAY));
            f.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
            f.add(String.format(Locale.ROOT, "%04d", d.getYear()));
            f.add(fractionDate(d));
        }
        actor(f, ev.source().isEmpty() ? null : ev.source().get(0));
        actor(f, ev.target().isEmpty() ? null : ev.target().get(0));
        f.add(isRoot(e) ? "1" : "0");
        String code = eventCode(ev.cameo());
        f.add(code);
        f.add(code.length() >= 3 ? code.substring(0, 3) : code);
        f.add(code.length() >= 2 ? code.substring(0, 2) : code);
        f.add(ev.quadClass() == 0 ? "" : Integer.toString(ev.quadClass()));
        f.add(EventTable.number(ev.goldstein()));
        f.add(Integer.toString(e.numMentions()));
        f.add(Integer.toString(e.numSources()));
        f.add(Integer.toString(e.numArticles()));
        f.add("0");
        noGeo(f);
        noGeo(f);
        actionGeo(f, ev.place());
        f.add(e.added() == null ? "" : e.added().format(ADDED));
        f.add(sourceUrl(e));
        for (int i = 0; i < f.size(); i++) {
            f.set(i, clean(f.get(i), i == COLUMNS - 1));
        }
        return f;
    }

    /** GDELT's FractionDate: year + ((month - 1) * 30 + day) / 365, four decimals. */
    static String fractionDate(LocalDate d) {
        double fraction = ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
        return String.format(Locale.ROOT, "%.4f", d.getYear() + fraction);
    }

    /** The CAMEO code as GDELT writes it: root codes with three digits ("04" -&gt; "040"). */
    static String eventCode(String cameo) {
        if (cameo == null) {
            return "";
        }
        String c = cameo.trim();
        return c.length() == 2 ? c + "0" : c;
    }

    private static void actor(List<String> f, Actor a) {
        if (a == null) {
            for (int i = 0; i < 10; i++) {
                f.add("");
            }
            return;
        }
        ActorCodes parts = ActorCodes.of(a);
        f.add(a.code() == null ? "" : a.code());
        f.add(actorName(a));
        f.add(parts.country());
        f.add(parts.knownGroup());
        f.add(parts.ethnic());
        f.add(nth(parts.religions(), 0));
        f.add(nth(parts.religions(), 1));
        f.add(nth(parts.types(), 0));
        f.add(nth(parts.types(), 1));
        f.add(nth(parts.types(), 2));
    }

    /** The actor's name as GDELT writes it: upper case, the named person first, else the words naming the actor. */
    static String actorName(Actor a) {
        String name = a.name() != null && !a.name().isBlank() ? a.name() : a.text();
        if (name == null) {
            return "";
        }
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.startsWith("THE ")) {
            n = n.substring(4).trim();
        }
        return n;
    }

    private static boolean isRoot(StoredEvent e) {
        Evidence first = e.event().evidence();
        if (first != null && first.sentence() < 3) {
            return true;
        }
        for (EventMention m : e.mentions()) {
            if (m.evidence() != null && m.evidence().sentence() < 3) {
                return true;
            }
        }
        return false;
    }

    private static void noGeo(List<String> f) {
        f.add("0");
        for (int i = 0; i < 7; i++) {
            f.add("");
        }
    }

    private static void actionGeo(List<String> f, Place place) {
        if (place == null || (place.name() == null || place.name().isBlank()) && place.country() == null) {
            noGeo(f);
            return;
        }
        Countries.Country country = Countries.byIso3(place.country());
        String fips = country == null ? "" : country.fips();
        if ("PSE".equals(place.country()) && place.name() != null && place.name().contains("Gaza")) {
            fips = "GZ";
        }
        boolean isCountry = country != null && (place.name() == null || place.name().isBlank() || country.named(place.name()));
        if (isCountry) {
            f.add("1");
            f.add(country.name());
            f.add(fips);
            f.add(fips);
            f.add("");
            f.add("");
            f.add("");
            f.add(fips);
            return;
        }
        f.add("USA".equals(place.country()) ? "3" : "4");
        String name = place.name() == null ? "" : place.name().trim();
        f.add(country == null ? name : name + ", " + country.name());
        f.add(fips);
        f.add(fips);
        f.add("");
        f.add("");
        f.add("");
        f.add("");
    }

    private static String sourceUrl(StoredEvent e) {
        String url = Reports.url(e);
        if (url != null && !url.isBlank()) {
            return url;
        }
        String article = Reports.articleId(e);
        return article == null ? "" : "article:" + article;
    }

    private static String nth(List<String> list, int i) {
        return i < list.size() ? list.get(i) : "";
    }

    /** A field without tabs and line breaks (made spaces) and double quotes (dropped; "%22" in the URL). */
    private static String clean(String s, boolean url) {
        if (s == null) {
            return "";
        }
        String c = s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        return url ? c.replace("\"", "%22") : c.replace("\"", "");
    }
}
