package org.roundtable.timeline;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.timeline.importing.ChronologyField;
import org.springframework.stereotype.Component;

/**
 * The column headings each agency's chronologies used last time, by agency name, across events:
 * agencies send the same spreadsheet layout review after review.
 */
@Component
class ChronologyMappings implements Projection {

    static final String LOG_ID = "chronology-mappings";

    private final Map<String, Map<ChronologyField, String>> byAgencyName = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (logged.change() instanceof TimelineChange.MappingRemembered remembered) {
            byAgencyName.put(key(remembered.agencyName()), Map.copyOf(remembered.headings()));
        }
    }

    Optional<Map<ChronologyField, String>> forAgency(String agencyName) {
        return Optional.ofNullable(byAgencyName.get(key(agencyName)));
    }

    static String key(String agencyName) {
        return agencyName.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
