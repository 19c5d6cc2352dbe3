package org.roundtable.timeline.importing;

import java.util.List;

/**
 * The things a chronology's columns can hold. A file must have a column for the date and for
 * what happened; the rest are optional.
 */
public enum ChronologyField {

    DATE("date", true, List.of("date", "dates", "date of contact", "contact date", "event date", "date of event",
            "incident date", "date of incident", "date time", "date and time", "when", "entry date", "date of entry",
            "start date", "from", "date from", "day", "dyddiad")),
    TIME("time", false, List.of("time", "time of contact", "contact time", "event time", "time of event",
            "start time", "amser")),
    END_DATE("end date", false, List.of("end date", "to", "date to", "to date", "end", "until", "finish date",
            "date ended")),
    WHAT_HAPPENED("what happened", true, List.of("what happened", "event", "events", "event details",
            "details of event", "details", "detail", "description", "event description", "description of event",
            "summary", "summary of contact", "contact summary", "summary of event", "details of contact", "narrative",
            "information", "incident", "incident details", "entry", "chronology entry", "key event", "key events",
            "digwyddiad")),
    SOURCE("source", false, List.of("source", "sources", "source document", "source of information",
            "information source", "record", "records", "record type", "document", "where recorded", "recorded in",
            "system", "ffynhonnell")),
    PRACTITIONER_ROLE("practitioner role", false, List.of("practitioner", "practitioner role", "role", "worker role",
            "role of worker", "worker", "professional", "professional role", "job title", "designation", "staff",
            "staff member", "practitioner involved", "involved practitioner", "by whom", "who", "author",
            "officer")),
    COMMENTS("comments", false, List.of("comments", "comment", "analysis", "analysis comments", "agency comment",
            "agency comments", "agency analysis", "commentary", "reflection", "reflections", "analysis of practice",
            "significance", "sylwadau")),
    REFERENCE("reference", false, List.of("ref", "reference", "id", "ref no", "reference number", "reference no",
            "record id", "record number", "record no", "entry id", "entry no", "entry number", "case ref",
            "case reference", "agency ref", "agency reference", "no", "number", "item", "crn", "urn", "cyfeirnod"));

    private final String label;
    private final boolean required;
    private final List<String> headings;

    ChronologyField(String label, boolean required, List<String> headings) {
        this.label = label;
        this.required = required;
        this.headings = headings;
    }

    /** The field's name as a facilitator reads it in a message: "what happened", "end date". */
    public String label() {
        return label;
    }

    /** Whether every file must have a column for it. */
    public boolean isRequired() {
        return required;
    }

    /** The field as a sentence names it: "the date", "what happened". */
    String inSentence() {
        return this == WHAT_HAPPENED ? label : "the " + label;
    }

    /** Headings agencies use for this field, in {@link Headings#normalise} form. */
    List<String> headings() {
        return headings;
    }
}
