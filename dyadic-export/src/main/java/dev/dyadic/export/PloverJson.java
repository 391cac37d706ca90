package dev.dyadic.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyadic.model.Actor;
import dev.dyadic.model.Event;
import dev.dyadic.model.Evidence;
import dev.dyadic.model.Place;
import dev.dyadic.model.PloverCode;
import dev.dyadic.model.StoredEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stored events as PLOVER event records: one JSON object per line (JSONL, as the manual suggests), with the field names
 * of the PLOVER 2.0 manual (Open Event Data Alliance, draft of 4 February 2024), chapter 6 "Data Fields", tables 6.1
 * (event record), 6.2 (entity), 6.3 (text info), 6.5 (citation) and 6.6 (location). Null and empty values are left
 * out, except the required {@code id}, {@code date}, {@code actor} and {@code event}.
 * <p>
 * <b>Event record (table 6.1)</b>, in this order:
 * <ul>
 * <li>{@code id} (required): the stored event's id, as a string ("42"), unique within the database.</li>
 * <li>{@code date} (required): YYYY-MM-DD. A date known to the month or year is written as its first day and an
 * unknown date as the publication date of the first report that has one (else the day the event was stored);
 * {@code date_precision} says which.</li>
 * <li>{@code enddate}: the last day of a date range ("2023-03" -&gt; 2023-03-31).</li>
 * <li>{@code actor} (required): the source actors, a list of entity objects (several for compound actors; empty
 * when the source is not known).</li>
 * <li>{@code recipient}: the target actors, a list of entity objects; left out when there are none.</li>
 * <li>{@code event} (required): a list holding the PLOVER event type ("AGREE", "CONSULT"), translated from the CAMEO
 * code; empty when the CAMEO code has no translation.</li>
 * <li>{@code event_loc}: the event's place as a location object (table 6.6): {@code extracted_place} (the name as in
 * the text), {@code country} (English name), {@code country_code} (ISO3, as for the actors); a place that is its
 * country ("Russia") also has {@code resolved_place} (the country's name) and {@code resolution} 1 (country). No
 * geonameid, lat, lon, city, district, province or feature codes: Dyadic does not geocode.</li>
 * <li>{@code event_text}: the words the coding pattern matched, a list of one ("signed").</li>
 * <li>{@code quad_code}: GDELT quad class 1-4. {@code event_scale}: the Goldstein weight of the CAMEO code.</li>
 * <li>{@code mode}, {@code context}: lists of the PLOVER mode and contexts (a ";"-separated context is split).</li>
 * <li>{@code text}: the sentence of the first report, the text the record was coded from.</li>
 * <li>{@code text_info} (table 6.3): {@code sequence} (sentence index in the article), {@code start}, {@code end}
 * (character offsets in the article's text) of that sentence.</li>
 * <li>{@code cite_info} (table 6.5): {@code citation} (the article's id), {@code url}, {@code publication} (the
 * publisher), {@code codebook} ("plover-2.0": PLOVER 2.0 codes translated from CAMEO) of the first report.</li>
 * <li>{@code coder}: "Dyadic". {@code coded_date} and {@code coded_time}: when the first report was stored
 * (YYYY-MM-DD, HH:MM:SS).</li>
 * </ul>
 * Not written: {@code has_event}, {@code time}, {@code endtime} (no times of day are coded), {@code link},
 * {@code comment}, and in {@code cite_info} {@code corpus}, {@code title}, {@code language}, {@code license},
 * {@code copyright}, {@code version}. The manual lets providers add fields; these are added after the manual's ones:
 * {@code cameo} (the CAMEO event code), {@code confidence} (0-1), {@code num_mentions}, {@code num_sources},
 * {@code num_articles}, {@code date_source} ("sentence", "scene", "article" or "unknown": where the date came from) and
 * {@code date_precision} ("month", "year", or "unknown" when {@code date} is a publication date; left out for a day).
 * <p>
 * <b>Entity objects (table 6.2)</b>: {@code code}, the top-level entity: the actor's ISO3 country (Kosovo "KOS" as the
 * manual asks, for Dyadic's XKX), or for an international actor the manual's table 5.1 code: "UNO" for the UN and its
 * agencies (CAMEO IGOUNO...), "EUR" for the European Union (IGOEUREEC), "IGO" for other intergovernmental
 * organisations, "NGO", "IMG", "MNC", and "ISM" for CAMEO's NGM; {@code sector}: the CAMEO type parts of the code
 * (after the country, or the organisation parts' types for an international actor) joined ("GOV", "GOVMIL"), in PLOVER
 * terms: CAMEO MED (media) is JRN, HLH (health) is MED, INS and SEP are REB, others kept; {@code entity_text}: the
 * words of the sentence that name the actor; {@code identifier_text}: the named person or organisation
 * (no Wikidata {@code identifier_id} is known); {@code office}: the office held. Added: {@code cameo}, the actor's full
 * CAMEO code. Not written: religion, ethnicity, gender, age.
 */
public final class PloverJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** CAMEO type codes whose PLOVER sector has another code (manual chapter 5, sector code notes 3 and 4). */
    private static final Map<String, String> SECTORS = Map.of("MED", "JRN", "HLH", "MED", "INS", "REB", "SEP", "REB");

    private PloverJson() {
    }

    /** The event as a PLOVER record. */
    public static ObjectNode toNode(StoredEvent e) {
        Event ev = e.event();
        ObjectNode n = JSON.createObjectNode();
        n.put("id", Long.toString(e.id()));
        Reports.Day day = Reports.Day.of(e);
        if (day == null) {
            n.putNull("date");
        } else {
            n.put("date", day.day().toString());
        }
        LocalDate end = Reports.Day.end(e);
        if (end != null) {
            n.put("enddate", end.toString());
        }
        ArrayNode actors = n.putArray("actor");
        ev.source().forEach(a -> actors.add(entity(a)));
        if (!ev.target().isEmpty()) {
            ArrayNode recipients = n.putArray("recipient");
            ev.target().forEach(a -> recipients.add(entity(a)));
        }
        PloverCode plover = ev.plover() == null ? new PloverCode("", "", "") : ev.plover();
        ArrayNode event = n.putArray("event");
        if (!blank(plover.type())) {
            event.add(plover.type());
        }
        if (ev.place() != null) {
            ObjectNode loc = location(ev.place());
            if (!loc.isEmpty()) {
                n.set("event_loc", loc);
            }
        }
        if (!blank(ev.trigger())) {
            n.putArray("event_text").add(ev.trigger());
        }
        if (ev.quadClass() > 0) {
            n.put("quad_code", ev.quadClass());
        }
        n.put("event_scale", ev.goldstein());
        if (!blank(plover.mode())) {
            n.putArray("mode").add(plover.mode());
        }
        if (!blank(plover.context())) {
            ArrayNode context = n.putArray("context");
            for (String c : plover.context().split(";")) {
                if (!c.isBlank()) {
                    context.add(c.trim());
                }
            }
        }
        Evidence evidence = Reports.evidence(e);
        if (evidence != null) {
            StoredEventJson.putText(n, "text", evidence.text());
            n.putObject("text_info").put("sequence", evidence.sentence()).put("start", evidence.begin())
                    .put("end", evidence.end());
        }
        ObjectNode cite = JSON.createObjectNode();
        StoredEventJson.putText(cite, "citation", Reports.articleId(e));
        StoredEventJson.putText(cite, "url", Reports.url(e));
        StoredEventJson.putText(cite, "publication", Reports.publisher(e));
        cite.put("codebook", "plover-2.0");
        n.set("cite_info", cite);
        n.put("coder", "Dyadic");
        if (e.added() != null) {
            n.put("coded_date", e.added().toLocalDate().toString());
            n.put("coded_time", e.added().toLocalTime().format(TIME));
        }
        // Dyadic's additions
        StoredEventJson.putText(n, "cameo", ev.cameo());
        n.put("confidence", ev.confidence());
        n.put("num_mentions", e.numMentions());
        n.put("num_sources", e.numSources());
        n.put("num_articles", e.numArticles());
        if (ev.date() != null) {
            StoredEventJson.putText(n, "date_source", ev.date().origin());
        }
        if (day != null && !Reports.Day.DAY.equals(day.precision())) {
            n.put("date_precision", day.precision());
        }
        return n;
    }

    /** The event as one line of PLOVER JSON (no line break). */
    public static String toJson(StoredEvent e) {
        return toNode(e).toString();
    }

    /** An actor as a PLOVER entity object. */
    static ObjectNode entity(Actor a) {
        ObjectNode o = JSON.createObjectNode();
        ActorCodes parts = ActorCodes.of(a);
        String top = topCode(a, parts);
        StoredEventJson.putText(o, "code", top);
        Set<String> sectors = new LinkedHashSet<>();
        for (String t : parts.types()) {
            if (!t.equals(top) && !isInternationalPrefix(t)) {
                sectors.add(SECTORS.getOrDefault(t, t));
            }
        }
        StoredEventJson.putText(o, "sector", String.join("", sectors));
        StoredEventJson.putText(o, "entity_text", a.text());
        StoredEventJson.putText(o, "identifier_text", a.name());
        StoredEventJson.putText(o, "office", a.role());
        StoredEventJson.putText(o, "cameo", a.code());
        return o;
    }

    /** The top-level entity code: the country, or the manual's table 5.1 code for an international actor. */
    private static String topCode(Actor a, ActorCodes parts) {
        String code = a.code() == null ? "" : a.code();
        String country = a.country() == null || a.country().isEmpty() ? parts.country() : a.country();
        if (code.startsWith("IGOUNO")) {
            return "UNO";
        }
        if (code.startsWith("IGOEUREEC")) {
            return "EUR";
        }
        return switch (country) {
            case "IGO", "NGO", "IMG", "MNC" -> country;
            case "NGM" -> "ISM";
            case "XKX" -> "KOS";
            default -> country;
        };
    }

    private static boolean isInternationalPrefix(String t) {
        return t.equals("IGO") || t.equals("NGO") || t.equals("IMG") || t.equals("MNC") || t.equals("NGM");
    }

    private static ObjectNode location(Place p) {
        ObjectNode loc = JSON.createObjectNode();
        StoredEventJson.putText(loc, "extracted_place", p.name());
        Countries.Country country = Countries.byIso3(p.country());
        if (country != null && (blank(p.name()) || country.named(p.name()))) {
            loc.put("resolved_place", country.name());
        }
        if (country != null) {
            loc.put("country", country.name());
        }
        StoredEventJson.putText(loc, "country_code", p.country());
        if (loc.has("resolved_place")) {
            loc.put("resolution", 1);
        }
        return loc;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
