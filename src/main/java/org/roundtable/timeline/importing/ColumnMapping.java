package org.roundtable.timeline.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.roundtable.shared.InvalidInput;

/**
 * Which column of an agency's file holds which {@link ChronologyField}, by 0-based column index.
 * A column is used for one field at most; {@link #isComplete()} tells whether the date and what
 * happened both have a column, which an import needs.
 *
 * @param columns the column index of each mapped field
 */
public record ColumnMapping(Map<ChronologyField, Integer> columns) {

    public ColumnMapping {
        EnumMap<ChronologyField, Integer> copy = new EnumMap<>(ChronologyField.class);
        copy.putAll(columns);
        Map<Integer, ChronologyField> byColumn = new HashMap<>();
        copy.forEach((field, column) -> {
            if (column < 0) {
                throw new IllegalArgumentException("Column index " + column + " for " + field + " is negative");
            }
            ChronologyField other = byColumn.putIfAbsent(column, field);
            if (other != null) {
                throw InvalidInput.because("timeline.mapping.column-twice", column + 1, other.inSentence(),
                        field.inSentence());
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    /** No columns chosen yet. */
    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    /**
     * Our best guess from the file's headings ("Date of contact", "Summary of contact", "Worker role",
     * "Analysis/comments", "Ref"…), ignoring case, spacing and punctuation. Fields with no likely
     * heading are left out, so the result may be incomplete.
     */
    public static ColumnMapping guess(List<String> headers) {
        return guessInto(new EnumMap<>(ChronologyField.class), headers);
    }

    /**
     * A mapping remembered for this agency ({@link #headingsIn}) applied to a new file: each field
     * goes to the column with the same heading; fields whose heading is gone are guessed afresh.
     */
    public static ColumnMapping recall(Map<ChronologyField, String> rememberedHeadings, List<String> headers) {
        EnumMap<ChronologyField, Integer> chosen = new EnumMap<>(ChronologyField.class);
        Set<Integer> used = new HashSet<>();
        rememberedHeadings.forEach((field, heading) -> {
            String wanted = Headings.normalise(heading);
            for (int column = 0; column < headers.size(); column++) {
                if (!used.contains(column) && Headings.normalise(headers.get(column)).equals(wanted)) {
                    chosen.put(field, column);
                    used.add(column);
                    return;
                }
            }
        });
        return guessInto(chosen, headers);
    }

    private static ColumnMapping guessInto(EnumMap<ChronologyField, Integer> chosen, List<String> headers) {
        record Candidate(int column, ChronologyField field, int strength) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            for (ChronologyField field : ChronologyField.values()) {
                int strength = Headings.strength(headers.get(column), field);
                if (strength > 0) {
                    candidates.add(new Candidate(column, field, strength));
                }
            }
        }
        // Strongest claims first, so "End date" goes to the end date before "date" can take it.
        candidates.sort(Comparator.comparingInt(Candidate::strength).reversed()
                .thenComparingInt(Candidate::column));
        Set<Integer> used = new HashSet<>(chosen.values());
        for (Candidate candidate : candidates) {
            if (!chosen.containsKey(candidate.field()) && !used.contains(candidate.column())) {
                chosen.put(candidate.field(), candidate.column());
                used.add(candidate.column());
            }
        }
        return new ColumnMapping(chosen);
    }

    /** The column chosen for {@code field}, if any. */
    public OptionalInt columnOf(ChronologyField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** This mapping with {@code field} in {@code column}; a field that had that column loses it. */
    public ColumnMapping with(ChronologyField field, int column) {
        EnumMap<ChronologyField, Integer> changed = new EnumMap<>(ChronologyField.class);
        columns.forEach((f, c) -> {
            if (c != column) {
                changed.put(f, c);
            }
        });
        changed.put(field, column);
        return new ColumnMapping(changed);
    }

    /** This mapping with no column for {@code field}. */
    public ColumnMapping without(ChronologyField field) {
        EnumMap<ChronologyField, Integer> changed = new EnumMap<>(ChronologyField.class);
        changed.putAll(columns);
        changed.remove(field);
        return new ColumnMapping(changed);
    }

    /** Required fields that have no column yet. */
    public List<ChronologyField> missingRequired() {
        return Arrays.stream(ChronologyField.values())
                .filter(ChronologyField::isRequired)
                .filter(field -> !columns.containsKey(field))
                .toList();
    }

    public boolean isComplete() {
        return missingRequired().isEmpty();
    }

    /** Throws a facilitator-readable {@link InvalidInput} unless the date and what happened have columns. */
    public void requireComplete() {
        List<ChronologyField> missing = missingRequired();
        if (!missing.isEmpty()) {
            throw missing.size() == 1
                    ? InvalidInput.because("timeline.mapping.choose-one", missing.getFirst().inSentence())
                    : InvalidInput.because("timeline.mapping.choose-two", missing.get(0).inSentence(),
                            missing.get(1).inSentence());
        }
    }

    /** Each mapped field's heading in {@code headers}, to remember this agency's mapping by name. */
    public Map<ChronologyField, String> headingsIn(List<String> headers) {
        EnumMap<ChronologyField, String> headings = new EnumMap<>(ChronologyField.class);
        columns.forEach((field, column) -> {
            if (column < headers.size()) {
                headings.put(field, headers.get(column));
            }
        });
        return headings;
    }
}
