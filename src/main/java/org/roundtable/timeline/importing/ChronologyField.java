package org.roundtable.timeline.importing;

import java.util.List;
import java.util.Locale;

import org.roundtable.shared.Texts;

/**
 * The things a chronology's columns can hold. A file must have a column for the date and for
 * what happened; the rest are optional.
 */
public enum ChronologyField {

    // English headings first, then Welsh ones, as Welsh councils and health boards write them.
    DATE(true, List.of("date", "dates", "date of contact", "contact date", "event date", "date of event",
            "incident date", "date of incident", "date time", "date and time", "when", "entry date", "date of entry",
            "start date", "from", "date from", "day",
            "dyddiad", "dyddiadau", "dyddiad cyswllt", "dyddiad y cyswllt", "dyddiad digwyddiad",
            "dyddiad y digwyddiad", "dyddiad ac amser", "dyddiad amser", "pryd", "dyddiad y cofnod",
            "dyddiad cofnod", "dyddiad dechrau", "dyddiad cychwyn", "o", "diwrnod")),
    TIME(false, List.of("time", "time of contact", "contact time", "event time", "time of event",
            "start time",
            "amser", "amser cyswllt", "amser y cyswllt", "amser digwyddiad", "amser y digwyddiad",
            "amser dechrau")),
    END_DATE(false, List.of("end date", "to", "date to", "to date", "end", "until", "finish date",
            "date ended",
            "dyddiad gorffen", "dyddiad diwedd", "dyddiad terfyn", "dyddiad dod i ben", "hyd at", "tan",
            "diwedd", "i")),
    WHAT_HAPPENED(true, List.of("what happened", "event", "events", "event details",
            "details of event", "details", "detail", "description", "event description", "description of event",
            "summary", "summary of contact", "contact summary", "summary of event", "details of contact", "narrative",
            "information", "incident", "incident details", "entry", "chronology entry", "key event", "key events",
            "beth ddigwyddodd", "beth a ddigwyddodd", "digwyddiad", "digwyddiadau", "manylion",
            "manylion y digwyddiad", "manylion y cyswllt", "disgrifiad", "disgrifiad or digwyddiad", "crynodeb",
            "crynodeb or cyswllt", "crynodeb or digwyddiad", "naratif", "gwybodaeth", "cofnod", "cofnod cronoleg",
            "digwyddiad allweddol", "digwyddiadau allweddol")),
    SOURCE(false, List.of("source", "sources", "source document", "source of information",
            "information source", "record", "records", "record type", "document", "where recorded", "recorded in",
            "system",
            "ffynhonnell", "ffynonellau", "dogfen ffynhonnell", "ffynhonnell y wybodaeth", "cofnodion",
            "math o gofnod", "dogfen", "lle cofnodwyd", "cofnodwyd yn")),
    PRACTITIONER_ROLE(false, List.of("practitioner", "practitioner role", "role", "worker role",
            "role of worker", "worker", "professional", "professional role", "job title", "designation", "staff",
            "staff member", "practitioner involved", "involved practitioner", "by whom", "who", "author",
            "officer",
            "ymarferydd", "rôl", "rol", "rôl yr ymarferydd", "rol yr ymarferydd", "rôl y gweithiwr",
            "rol y gweithiwr", "gweithiwr", "swydd", "teitl swydd", "teitl y swydd", "aelod o staff", "gan bwy",
            "pwy", "awdur", "swyddog")),
    COMMENTS(false, List.of("comments", "comment", "analysis", "analysis comments", "agency comment",
            "agency comments", "agency analysis", "commentary", "reflection", "reflections", "analysis of practice",
            "significance",
            "sylwadau", "sylw", "dadansoddiad", "sylwadau dadansoddiad", "sylwadaur asiantaeth",
            "sylwadau asiantaeth", "dadansoddiad yr asiantaeth", "myfyrdod", "myfyrdodau", "dadansoddiad o ymarfer",
            "arwyddocâd", "arwyddocad")),
    REFERENCE(false, List.of("ref", "reference", "id", "ref no", "reference number", "reference no",
            "record id", "record number", "record no", "entry id", "entry no", "entry number", "case ref",
            "case reference", "agency ref", "agency reference", "no", "number", "item", "crn", "urn",
            "cyfeirnod", "cyf", "rhif cyfeirnod", "rhif", "rhif y cofnod", "rhif cofnod", "cyfeirnod yr achos",
            "cyfeirnod achos", "cyfeirnod yr asiantaeth", "cyfeirnod asiantaeth", "eitem"));

    private final boolean required;
    private final List<String> headings;

    ChronologyField(boolean required, List<String> headings) {
        this.required = required;
        this.headings = headings;
    }

    /** Whether every file must have a column for it. */
    public boolean isRequired() {
        return required;
    }

    /** The field as a sentence names it ("the date", "what happened"), a text in the reader's language. */
    public Texts.Ref inSentence() {
        return new Texts.Ref("timeline.chronology-field.in-sentence."
                + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The field's name as a column choice shows it ("Date", "What happened"): {@link Texts#label}. */
    public String label(Locale locale) {
        return Texts.label(locale, this);
    }

    /** Headings agencies use for this field, in {@link Headings#normalise} form. */
    List<String> headings() {
        return headings;
    }
}
