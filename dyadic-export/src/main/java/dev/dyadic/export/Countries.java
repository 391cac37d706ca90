package dev.dyadic.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries by ISO 3166-1 alpha-3 code, with their FIPS 10-4 code and names, from
 * {@code /dyadic/export/countries.tsv}.
 */
final class Countries {
    /** A country: ISO3 code, FIPS 10-4 code, English short name and the other names a place may give it. */
    record Country(String iso3, String fips, String name, List<String> names) {
        /** Whether a place named {@code place} is this country itself ("Russia", "the United States"). */
        boolean named(String place) {
            if (place == null) {
                return false;
            }
            String p = place.trim();
            if (p.regionMatches(true, 0, "the ", 0, 4)) {
                p = p.substring(4).trim();
            }
            if (p.equalsIgnoreCase(iso3)) {
                return true;
            }
            for (String n : names) {
                if (n.equalsIgnoreCase(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Map<String, Country> BY_ISO3 = load();

    private Countries() {
    }

    /** The country with this ISO3 code, or {@code null}. */
    static Country byIso3(String iso3) {
        return iso3 == null ? null : BY_ISO3.get(iso3.trim().toUpperCase(Locale.ROOT));
    }

    private static Map<String, Country> load() {
        Map<String, Country> map = new HashMap<>();
        for (String[] row : ActorCodes.Tsv.read("/dyadic/export/countries.tsv")) {
            if (row.length >= 3) {
                List<String> names = List.of(row[2].split("\\|"));
                map.put(row[0].trim(), new Country(row[0].trim(), row[1].trim(), names.get(0).trim(),
                        names.stream().map(String::trim).toList()));
            }
        }
        return Map.copyOf(map);
    }
}
