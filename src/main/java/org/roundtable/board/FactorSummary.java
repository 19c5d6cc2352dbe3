package org.roundtable.board;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How often each factor and each intervention mode was recorded in the room's analysis, by the
 * agency of the analysed entry, across the whole timeline. Counts only, never who analysed.
 *
 * @param agencies one row per agency, in the event's order (agencies with nothing analysed too)
 */
public record FactorSummary(List<AgencyCounts> agencies) {

    public FactorSummary {
        agencies = List.copyOf(agencies);
    }

    /** One analysed entry, as the summary counts it. */
    public record Analysed(String agencyCode, Set<Factor> factors, @Nullable InterventionMode mode) {
    }

    /**
     * One agency's row.
     *
     * @param analysed how many of its entries have an analysis
     */
    public record AgencyCounts(String agencyCode, int analysed, Map<Factor, Integer> factors,
            Map<InterventionMode, Integer> modes) {

        public AgencyCounts {
            factors = Map.copyOf(factors);
            modes = Map.copyOf(modes);
        }

        public int count(Factor factor) {
            return factors.getOrDefault(factor, 0);
        }

        public int count(InterventionMode mode) {
            return modes.getOrDefault(mode, 0);
        }
    }

    /** Counts {@code analysed} by agency; rows follow {@code agencyOrder}, then any other agency in order met. */
    public static FactorSummary of(List<String> agencyOrder, List<Analysed> analysed) {
        Map<String, Counter> rows = new LinkedHashMap<>();
        agencyOrder.forEach(code -> rows.put(code, new Counter()));
        for (Analysed entry : analysed) {
            Counter row = rows.computeIfAbsent(entry.agencyCode(), code -> new Counter());
            if (entry.factors().isEmpty() && entry.mode() == null) {
                continue;
            }
            row.analysed++;
            entry.factors().forEach(factor -> row.factors.merge(factor, 1, Integer::sum));
            if (entry.mode() != null) {
                row.modes.merge(entry.mode(), 1, Integer::sum);
            }
        }
        List<AgencyCounts> counts = new ArrayList<>();
        rows.forEach((code, row) -> counts.add(new AgencyCounts(code, row.analysed, row.factors, row.modes)));
        return new FactorSummary(counts);
    }

    /** The count of {@code factor} over all agencies. */
    public int total(Factor factor) {
        return agencies.stream().mapToInt(row -> row.count(factor)).sum();
    }

    public int total(InterventionMode mode) {
        return agencies.stream().mapToInt(row -> row.count(mode)).sum();
    }

    public boolean isEmpty() {
        return agencies.stream().allMatch(row -> row.analysed() == 0);
    }

    private static final class Counter {
        int analysed;
        final Map<Factor, Integer> factors = new EnumMap<>(Factor.class);
        final Map<InterventionMode, Integer> modes = new EnumMap<>(InterventionMode.class);
    }
}
