package org.roundtable.record.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.roundtable.record.RecordExportSection.Block;
import org.roundtable.record.RecordExportSection.Bullets;
import org.roundtable.record.RecordExportSection.Paragraph;
import org.roundtable.record.RecordExportSection.Row;
import org.roundtable.record.RecordExportSection.Section;
import org.roundtable.record.RecordExportSection.Subheading;
import org.roundtable.record.RecordExportSection.Table;
import org.roundtable.shared.CleanText;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.EntryOrigin;

/**
 * The record laid out once as titled sections of plain blocks, so Word, PDF and Markdown say
 * the same things in the same order. Text is cleaned of characters a file cannot hold.
 */
public record ExportDocument(String title, List<String> titlePage, List<Section> sections) {

    public ExportDocument {
        titlePage = List.copyOf(titlePage);
        sections = List.copyOf(sections);
    }

    /** The record's document in English. */
    public static ExportDocument of(ExportedRecord record) {
        return of(record, Texts.ENGLISH);
    }

    /** The record's document with its fixed headings and labels in {@code language}. */
    public static ExportDocument of(ExportedRecord record, Locale language) {
        Words w = new Words(language);
        ExportedRecord.Details details = record.details();
        List<String> titlePage = new ArrayList<>();
        if (details.reviewType() != null) {
            titlePage.add(w.t("record.document.review", details.reviewType()));
        }
        titlePage.add(w.t("record.document.date", String.join(", ", details.dates())));
        if (details.venue() != null) {
            titlePage.add(w.t("record.document.venue", details.venue()));
        }
        if (!details.facilitatorRoles().isEmpty()) {
            titlePage.add(w.t("record.document.facilitated-by", String.join(", ", details.facilitatorRoles())));
        }
        if (details.noteTakerRole() != null) {
            titlePage.add(w.t("record.document.notes-by", details.noteTakerRole()));
        }
        titlePage.add(w.t("record.document.anonymised"));
        if (details.internalCopy()) {
            titlePage.add(w.t("record.document.internal-copy"));
        }
        if (details.includesHidden()) {
            titlePage.add(w.t("record.document.hidden-included"));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(attendance(record, w));
        sections.add(terms(record, w));
        sections.add(new Section(w.t("record.document.key-themes"), record.keyThemes().isEmpty()
                ? none(w.t("record.document.no-key-themes"))
                : List.of(new Bullets(record.keyThemes().stream()
                        .map(t -> t.description() == null ? t.title() : t.title() + ": " + t.description())
                        .toList()))));
        sections.add(new Section(w.t("record.document.principles"), record.workingPrinciples().isEmpty()
                ? none(w.t("record.document.no-principles")) : List.of(new Bullets(record.workingPrinciples()))));
        sections.add(family(record.family(), w));
        sections.add(timeline(record, w));
        sections.add(queries(record, w));
        sections.add(lived(record, w));
        sections.add(groups(record, w));
        sections.add(factors(record, w));
        sections.add(learning(record, w));
        sections.add(new Section(w.t("record.document.summaries"), record.summaries().isEmpty()
                ? none(w.t("record.document.no-summaries"))
                : record.summaries().stream().<Block>map(s -> new Paragraph(s.stage() + ": " + s.text())).toList()));
        sections.addAll(record.extraSections());
        return new ExportDocument(CleanText.oneLine(w.t("record.document.title", details.pseudonym())),
                titlePage.stream().map(CleanText::oneLine).toList(),
                sections.stream().map(ExportDocument::cleaned).toList());
    }

    private static List<Block> none(String text) {
        return List.of(new Paragraph(text, true));
    }

    private static Section attendance(ExportedRecord record, Words w) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Subheading(w.t("record.document.agencies")));
        blocks.add(new Table(List.of(w.t("record.document.code"), w.t("record.document.agency")),
                record.agencies().stream()
                .map(a -> new Row(List.of(a.code(), a.name()), a.colour())).toList()));
        blocks.add(new Subheading(w.t("record.document.who-took-part")));
        if (record.attendance().isEmpty()) {
            blocks.add(new Paragraph(w.t("record.document.nobody-joined"), true));
        } else {
            blocks.add(new Table(List.of(w.t("record.document.agency"), w.t("record.document.role")),
                    record.attendance().stream()
                    .map(a -> new Row(a.agency(), a.role())).toList()));
        }
        return new Section(w.t("record.document.attendance"), blocks);
    }

    private static Section terms(ExportedRecord record, Words w) {
        ExportedRecord.Terms terms = record.termsOfReference();
        if (terms == null) {
            return new Section(w.t("record.document.terms"), none(w.t("record.document.no-terms")));
        }
        return new Section(w.t("record.document.terms"), List.of(
                new Paragraph(w.t("record.document.terms-version", terms.version()), true),
                new Paragraph(terms.text())));
    }

    private static Section family(ExportedRecord.Family family, Words w) {
        List<Block> blocks = new ArrayList<>();
        if (family.declined()) {
            blocks.add(new Paragraph(family.declinedReason() == null ? w.t("record.document.family-declined")
                    : w.t("record.document.family-declined-because", family.declinedReason())));
        }
        family.messages().forEach(m -> blocks.add(new Paragraph(m.relationship() + ": " + m.message())));
        return new Section(w.t("record.document.family"), blocks.isEmpty() ? none(w.t("record.document.no-family"))
                : blocks);
    }

    private static Section timeline(ExportedRecord record, Words w) {
        List<Block> blocks = new ArrayList<>();
        if (record.timeline().isEmpty()) {
            blocks.add(new Paragraph(w.t("record.document.timeline-empty"), true));
        } else {
            blocks.add(new Paragraph(w.t("record.document.timeline-intro"), true));
            boolean comments = record.details().internalCopy();
            List<String> headings = new ArrayList<>(List.of(w.t("record.document.agency"), w.t("record.document.when"),
                    w.t("record.document.what-happened"), w.t("record.document.marked")));
            if (comments) {
                headings.add(w.t("record.document.comments"));
            }
            List<Row> rows = new ArrayList<>();
            for (ExportedRecord.TimelineRow row : record.timeline()) {
                List<String> marks = new ArrayList<>();
                if (!row.origin().equals(Texts.label(w.language(), EntryOrigin.PREPARED))) {
                    marks.add(row.origin());
                }
                if (row.keyEvent()) {
                    marks.add(w.t("record.document.key-event"));
                }
                if (row.original() != null) {
                    marks.add(w.t("record.document.before", row.original()));
                }
                String what = row.whatHappened()
                        + (row.practitionerRole() == null ? ""
                                : "\n" + w.t("record.document.by", row.practitionerRole()))
                        + (row.source() == null ? "" : "\n" + w.t("record.document.source", row.source()));
                List<String> cells = new ArrayList<>(List.of(row.agencyCode(), row.when(), what,
                        String.join("\n", marks)));
                if (comments) {
                    cells.add(row.comments() == null ? "" : row.comments());
                }
                rows.add(new Row(cells, row.colour()));
            }
            blocks.add(new Table(headings, rows));
        }
        blocks.add(new Subheading(w.t("record.document.notes")));
        List<Row> notes = new ArrayList<>();
        for (ExportedRecord.TimelineRow row : record.timeline()) {
            for (ExportedRecord.NoteRow note : row.notes()) {
                notes.add(noteRow(row.when() + " " + row.agencyCode(), note));
            }
        }
        record.notesOffTimeline().forEach(note -> notes.add(noteRow(w.t("record.document.before-first-entry"), note)));
        if (notes.isEmpty()) {
            blocks.add(new Paragraph(w.t("record.document.no-notes"), true));
        } else {
            blocks.add(new Table(List.of(w.t("record.document.entry"), w.t("record.document.note"),
                    w.t("record.document.by-column"), w.t("record.document.kind"), w.t("record.document.outcome")),
                    notes));
        }
        return new Section(w.t("record.document.timeline"), blocks);
    }

    private static Row noteRow(String entry, ExportedRecord.NoteRow note) {
        return new Row(entry + "\n" + note.place(), note.text(), note.by(),
                note.kind() + "\n" + note.perspective(), note.status());
    }

    private static Section queries(ExportedRecord record, Words w) {
        if (record.queries().isEmpty()) {
            return new Section(w.t("record.document.queries"), none(w.t("record.document.no-queries")));
        }
        return new Section(w.t("record.document.queries"), List.of(new Table(List.of(w.t("record.document.query"),
                w.t("record.document.raised-by"), w.t("record.document.answer")),
                record.queries().stream().map(q -> new Row(q.question(), q.by(),
                        q.answer() == null ? w.t("record.document.not-answered") : q.answer())).toList())));
    }

    private static Section lived(ExportedRecord record, Words w) {
        List<Block> blocks = new ArrayList<>();
        for (ExportedRecord.LivedRow period : record.lived()) {
            blocks.add(new Subheading(period.period()));
            blocks.add(period.entries().isEmpty() ? new Paragraph(w.t("record.document.nothing-written"), true)
                    : new Bullets(period.entries().stream().map(c -> contribution(c, w)).toList()));
        }
        return new Section(w.t("record.document.lived"), blocks.isEmpty()
                ? none(w.t("record.document.no-lived")) : blocks);
    }

    private static String contribution(ExportedRecord.Contribution c, Words w) {
        return c.text() + " (" + c.by() + (c.hidden() ? "; " + w.t("record.document.hidden-by-facilitator") : "") + ")";
    }

    private static Section groups(ExportedRecord record, Words w) {
        List<Block> blocks = new ArrayList<>();
        for (ExportedRecord.GroupRow group : record.groups()) {
            blocks.add(new Subheading(w.t("record.document.group", group.theme())
                    + (group.themeWeMissed() ? " " + w.t("record.document.theme-we-missed") : "")
                    + (group.removed() ? " " + w.t("record.document.group-removed") : "")));
            if (!group.memberAgencies().isEmpty()) {
                blocks.add(new Paragraph(w.t("record.document.group-agencies",
                        String.join(", ", group.memberAgencies())), true));
            }
            if (group.prompts().isEmpty()) {
                blocks.add(new Paragraph(w.t("record.document.no-points"), true));
            }
            for (ExportedRecord.PromptRow prompt : group.prompts()) {
                blocks.add(new Paragraph(prompt.prompt()));
                blocks.add(new Bullets(prompt.points().stream().map(p -> groupPoint(p, w)).toList()));
            }
        }
        return new Section(w.t("record.document.groups"), blocks.isEmpty() ? none(w.t("record.document.no-groups"))
                : blocks);
    }

    private static String groupPoint(ExportedRecord.GroupPointRow p, Words w) {
        List<String> marks = new ArrayList<>();
        if (p.keyPoint()) {
            marks.add(w.t("record.document.key-point"));
        }
        if (p.goodPractice()) {
            marks.add(w.t("record.document.good-practice"));
        }
        if (p.onLearningWall()) {
            marks.add(w.t("record.document.on-wall"));
        }
        marks.add(p.by());
        return p.text() + " (" + String.join("; ", marks) + ")";
    }

    private static Section factors(ExportedRecord record, Words w) {
        if (record.factors().isEmpty()) {
            return new Section(w.t("record.document.factors"), none(w.t("record.document.no-factors")));
        }
        List<String> headings = new ArrayList<>(List.of(w.t("record.document.agency"),
                w.t("record.document.analysed")));
        headings.addAll(record.factorHeadings());
        List<Row> rows = record.factors().stream().map(f -> {
            List<String> cells = new ArrayList<>(List.of(f.agencyCode(), Integer.toString(f.analysed())));
            f.counts().forEach(c -> cells.add(Integer.toString(c)));
            return new Row(cells, null);
        }).toList();
        return new Section(w.t("record.document.factors"), List.of(
                new Paragraph(w.t("record.document.factors-intro"), true),
                new Table(headings, rows)));
    }

    private static Section learning(ExportedRecord record, Words w) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Subheading(w.t("record.document.learning-themes")));
        if (record.learningThemes().isEmpty()) {
            blocks.add(new Paragraph(w.t("record.document.no-learning-themes"), true));
        } else {
            blocks.add(new Table(List.of(w.t("record.document.theme"), w.t("record.document.agreed"),
                    w.t("record.document.votes"), w.t("record.document.points")), record.learningThemes().stream()
                    .map(t -> new Row(t.title(),
                            t.agreed() ? w.t("record.document.agreed") : w.t("record.document.not-agreed"),
                            t.votes() == null ? "" : t.votes().toString(), Integer.toString(t.points())))
                    .toList()));
        }
        blocks.add(new Subheading(w.t("record.document.learning-points")));
        if (record.learningPoints().isEmpty()) {
            blocks.add(new Paragraph(w.t("record.document.no-learning-points"), true));
        } else {
            blocks.add(new Table(List.of(w.t("record.document.learning-point"), w.t("record.document.kind"),
                    w.t("record.document.by-column"), w.t("record.document.theme")), record.learningPoints().stream()
                    .map(p -> new Row(p.text()
                            + (p.source() == null ? "" : "\n" + w.t("record.document.from", p.source()))
                            + (p.hidden() ? "\n" + w.t("record.document.hidden-by-facilitator-line") : ""),
                            p.kind(), p.by(),
                            p.theme() == null ? "" : p.theme()))
                    .toList()));
        }
        return new Section(w.t("record.document.learning"), blocks);
    }

    /** The document's fixed words in one language. */
    private record Words(Locale language) {
        String t(String key, Object... args) {
            return Texts.get(language, key, args);
        }
    }

    private static Section cleaned(Section section) {
        return new Section(CleanText.oneLine(section.title()), section.blocks().stream().map(ExportDocument::cleaned)
                .toList());
    }

    private static Block cleaned(Block block) {
        return switch (block) {
            case Subheading s -> new Subheading(CleanText.oneLine(s.text()));
            case Paragraph p -> new Paragraph(CleanText.of(p.text()), p.note());
            case Bullets b -> new Bullets(b.items().stream().map(CleanText::of).toList());
            case Table t -> new Table(t.headings().stream().map(CleanText::oneLine).toList(), t.rows().stream()
                    .map(r -> new Row(r.cells().stream().map(CleanText::of).toList(), r.colour())).toList());
        };
    }
}
