package org.roundtable.record.export;

import java.util.ArrayList;
import java.util.List;

import org.roundtable.record.RecordExportSection.Block;
import org.roundtable.record.RecordExportSection.Bullets;
import org.roundtable.record.RecordExportSection.Paragraph;
import org.roundtable.record.RecordExportSection.Row;
import org.roundtable.record.RecordExportSection.Section;
import org.roundtable.record.RecordExportSection.Subheading;
import org.roundtable.record.RecordExportSection.Table;
import org.roundtable.shared.CleanText;

/**
 * The record laid out once as titled sections of plain blocks, so Word, PDF and Markdown say
 * the same things in the same order. Text is cleaned of characters a file cannot hold.
 */
public record ExportDocument(String title, List<String> titlePage, List<Section> sections) {

    public static final String INTERNAL_COPY = "Panel's internal copy: includes the agencies' comments column. "
            + "Do not share beyond the review panel.";
    public static final String HIDDEN_INCLUDED = "Includes contributions the facilitator hid (marked).";
    public static final String ANONYMISED = "Anonymised: contributions are shown by agency, never by name.";

    public ExportDocument {
        titlePage = List.copyOf(titlePage);
        sections = List.copyOf(sections);
    }

    public static ExportDocument of(ExportedRecord record) {
        ExportedRecord.Details details = record.details();
        List<String> titlePage = new ArrayList<>();
        if (details.reviewType() != null) {
            titlePage.add("Review: " + details.reviewType());
        }
        titlePage.add("Date: " + String.join(", ", details.dates()));
        if (details.venue() != null) {
            titlePage.add("Venue: " + details.venue());
        }
        if (!details.facilitatorRoles().isEmpty()) {
            titlePage.add("Facilitated by: " + String.join(", ", details.facilitatorRoles()));
        }
        if (details.noteTakerRole() != null) {
            titlePage.add("Notes taken by: " + details.noteTakerRole());
        }
        titlePage.add(ANONYMISED);
        if (details.internalCopy()) {
            titlePage.add(INTERNAL_COPY);
        }
        if (details.includesHidden()) {
            titlePage.add(HIDDEN_INCLUDED);
        }
        List<Section> sections = new ArrayList<>();
        sections.add(attendance(record));
        sections.add(terms(record));
        sections.add(new Section("Key themes", record.keyThemes().isEmpty() ? none("No key themes were set.")
                : List.of(new Bullets(record.keyThemes().stream()
                        .map(t -> t.description() == null ? t.title() : t.title() + ": " + t.description())
                        .toList()))));
        sections.add(new Section("Working principles", record.workingPrinciples().isEmpty()
                ? none("No working principles were recorded.") : List.of(new Bullets(record.workingPrinciples()))));
        sections.add(family(record.family()));
        sections.add(timeline(record));
        sections.add(queries(record));
        sections.add(lived(record));
        sections.add(groups(record));
        sections.add(factors(record));
        sections.add(learning(record));
        sections.add(new Section("Facilitator summaries", record.summaries().isEmpty()
                ? none("The facilitator wrote no summaries.")
                : record.summaries().stream().<Block>map(s -> new Paragraph(s.stage() + ": " + s.text())).toList()));
        sections.addAll(record.extraSections());
        return new ExportDocument(CleanText.oneLine("Learning event record: " + details.pseudonym()),
                titlePage.stream().map(CleanText::oneLine).toList(),
                sections.stream().map(ExportDocument::cleaned).toList());
    }

    private static List<Block> none(String text) {
        return List.of(new Paragraph(text, true));
    }

    private static Section attendance(ExportedRecord record) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Subheading("Agencies"));
        blocks.add(new Table(List.of("Code", "Agency"), record.agencies().stream()
                .map(a -> new Row(List.of(a.code(), a.name()), a.colour())).toList()));
        blocks.add(new Subheading("Who took part, by role and agency"));
        if (record.attendance().isEmpty()) {
            blocks.add(new Paragraph("Nobody joined from a tablet.", true));
        } else {
            blocks.add(new Table(List.of("Agency", "Role"), record.attendance().stream()
                    .map(a -> new Row(a.agency(), a.role())).toList()));
        }
        return new Section("Attendance", blocks);
    }

    private static Section terms(ExportedRecord record) {
        ExportedRecord.Terms terms = record.termsOfReference();
        if (terms == null) {
            return new Section("Terms of reference", none("No terms of reference were recorded."));
        }
        return new Section("Terms of reference", List.of(
                new Paragraph("Version " + terms.version() + ", in force on the day.", true),
                new Paragraph(terms.text())));
    }

    private static Section family(ExportedRecord.Family family) {
        List<Block> blocks = new ArrayList<>();
        if (family.declined()) {
            blocks.add(new Paragraph("The family chose not to take part"
                    + (family.declinedReason() == null ? "." : ": " + family.declinedReason())));
        }
        family.messages().forEach(m -> blocks.add(new Paragraph(m.relationship() + ": " + m.message())));
        return new Section("Family perspective", blocks.isEmpty() ? none("No family perspective was gathered.")
                : blocks);
    }

    private static Section timeline(ExportedRecord record) {
        List<Block> blocks = new ArrayList<>();
        if (record.timeline().isEmpty()) {
            blocks.add(new Paragraph("The timeline is empty.", true));
        } else {
            blocks.add(new Paragraph("Entries added or corrected at the learning event are marked; a corrected "
                    + "entry shows what it said before. Each agency keeps its colour.", true));
            boolean comments = record.details().internalCopy();
            List<String> headings = new ArrayList<>(List.of("Agency", "When", "What happened", "Marked"));
            if (comments) {
                headings.add("Comments");
            }
            List<Row> rows = new ArrayList<>();
            for (ExportedRecord.TimelineRow row : record.timeline()) {
                List<String> marks = new ArrayList<>();
                if (!row.origin().equals("Prepared")) {
                    marks.add(row.origin());
                }
                if (row.keyEvent()) {
                    marks.add("Key event");
                }
                if (row.original() != null) {
                    marks.add("Before: " + row.original());
                }
                String what = row.whatHappened()
                        + (row.practitionerRole() == null ? "" : "\nBy: " + row.practitionerRole())
                        + (row.source() == null ? "" : "\nSource: " + row.source());
                List<String> cells = new ArrayList<>(List.of(row.agencyCode(), row.when(), what,
                        String.join("\n", marks)));
                if (comments) {
                    cells.add(row.comments() == null ? "" : row.comments());
                }
                rows.add(new Row(cells, row.colour()));
            }
            blocks.add(new Table(headings, rows));
        }
        blocks.add(new Subheading("Notes on the timeline"));
        List<Row> notes = new ArrayList<>();
        for (ExportedRecord.TimelineRow row : record.timeline()) {
            for (ExportedRecord.NoteRow note : row.notes()) {
                notes.add(noteRow(row.when() + " " + row.agencyCode(), note));
            }
        }
        record.notesOffTimeline().forEach(note -> notes.add(noteRow("Before the first entry", note)));
        if (notes.isEmpty()) {
            blocks.add(new Paragraph("No notes were added.", true));
        } else {
            blocks.add(new Table(List.of("Entry", "Note", "By", "Kind", "Outcome"), notes));
        }
        return new Section("The timeline as agreed on the day", blocks);
    }

    private static Row noteRow(String entry, ExportedRecord.NoteRow note) {
        return new Row(entry + "\n" + note.place(), note.text(), note.by(),
                note.kind() + "\n" + note.perspective(), note.status());
    }

    private static Section queries(ExportedRecord record) {
        if (record.queries().isEmpty()) {
            return new Section("Queries and their answers", none("No queries were raised."));
        }
        return new Section("Queries and their answers", List.of(new Table(List.of("Query", "Raised by", "Answer"),
                record.queries().stream().map(q -> new Row(q.question(), q.by(),
                        q.answer() == null ? "Not answered" : q.answer())).toList())));
    }

    private static Section lived(ExportedRecord record) {
        List<Block> blocks = new ArrayList<>();
        for (ExportedRecord.LivedRow period : record.lived()) {
            blocks.add(new Subheading(period.period()));
            blocks.add(period.entries().isEmpty() ? new Paragraph("Nothing written.", true)
                    : new Bullets(period.entries().stream().map(ExportDocument::contribution).toList()));
        }
        return new Section("The child's lived experience", blocks.isEmpty()
                ? none("No periods of the child's life were set out.") : blocks);
    }

    private static String contribution(ExportedRecord.Contribution c) {
        return c.text() + " (" + c.by() + (c.hidden() ? "; hidden by the facilitator" : "") + ")";
    }

    private static Section groups(ExportedRecord record) {
        List<Block> blocks = new ArrayList<>();
        for (ExportedRecord.GroupRow group : record.groups()) {
            blocks.add(new Subheading("Group: " + group.theme() + (group.themeWeMissed() ? " (a theme we missed)" : "")
                    + (group.removed() ? " (group removed)" : "")));
            if (!group.memberAgencies().isEmpty()) {
                blocks.add(new Paragraph("Agencies in the group: " + String.join(", ", group.memberAgencies()), true));
            }
            if (group.prompts().isEmpty()) {
                blocks.add(new Paragraph("No points.", true));
            }
            for (ExportedRecord.PromptRow prompt : group.prompts()) {
                blocks.add(new Paragraph(prompt.prompt()));
                blocks.add(new Bullets(prompt.points().stream().map(ExportDocument::groupPoint).toList()));
            }
        }
        return new Section("Breakout groups' output by theme", blocks.isEmpty() ? none("No breakout groups.")
                : blocks);
    }

    private static String groupPoint(ExportedRecord.GroupPointRow p) {
        List<String> marks = new ArrayList<>();
        if (p.keyPoint()) {
            marks.add("key point");
        }
        if (p.goodPractice()) {
            marks.add("good practice");
        }
        if (p.onLearningWall()) {
            marks.add("on the learning wall");
        }
        marks.add(p.by());
        return p.text() + " (" + String.join("; ", marks) + ")";
    }

    private static Section factors(ExportedRecord record) {
        if (record.factors().isEmpty()) {
            return new Section("Factors and intervention modes", none("No entries were analysed."));
        }
        List<String> headings = new ArrayList<>(List.of("Agency", "Entries analysed"));
        headings.addAll(record.factorHeadings());
        List<Row> rows = record.factors().stream().map(f -> {
            List<String> cells = new ArrayList<>(List.of(f.agencyCode(), Integer.toString(f.analysed())));
            f.counts().forEach(c -> cells.add(Integer.toString(c)));
            return new Row(cells, null);
        }).toList();
        return new Section("Factors and intervention modes", List.of(
                new Paragraph("How often each factor and mode was recorded, by the agency of the entry.", true),
                new Table(headings, rows)));
    }

    private static Section learning(ExportedRecord record) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Subheading("Learning themes"));
        if (record.learningThemes().isEmpty()) {
            blocks.add(new Paragraph("No learning themes were drawn together.", true));
        } else {
            blocks.add(new Table(List.of("Theme", "Agreed", "Votes", "Points"), record.learningThemes().stream()
                    .map(t -> new Row(t.title(), t.agreed() ? "Agreed" : "Not agreed",
                            t.votes() == null ? "" : t.votes().toString(), Integer.toString(t.points())))
                    .toList()));
        }
        blocks.add(new Subheading("Learning points"));
        if (record.learningPoints().isEmpty()) {
            blocks.add(new Paragraph("No learning points were written.", true));
        } else {
            blocks.add(new Table(List.of("Learning point", "Kind", "By", "Theme"), record.learningPoints().stream()
                    .map(p -> new Row(p.text() + (p.source() == null ? "" : "\nFrom " + p.source())
                            + (p.hidden() ? "\nHidden by the facilitator" : ""), p.kind(), p.by(),
                            p.theme() == null ? "" : p.theme()))
                    .toList()));
        }
        return new Section("Learning points and themes", blocks);
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
