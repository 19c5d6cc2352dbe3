package org.roundtable.timeline.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.Agency;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.ComponentTexts;
import org.roundtable.shared.InvalidInput;
import org.roundtable.timeline.ChronologyUpload;
import org.roundtable.timeline.ImportResult;
import org.roundtable.timeline.Timelines;
import org.roundtable.timeline.importing.ChronologyField;
import org.roundtable.timeline.importing.ColumnMapping;
import org.roundtable.timeline.importing.ImportLimits;
import org.roundtable.timeline.importing.ImportPreview;
import org.roundtable.timeline.importing.RowOutcome;

/**
 * Importing one agency's chronology: choose the agency, upload the file as it arrived (CSV or
 * Excel), check which column is which, see every row's outcome, fix or skip the rows that cannot
 * be read, then import the rest as one step.
 */
final class ImportDialog extends Dialog {

    private final Timelines timelines;
    private final Caller caller;
    private final String eventId;
    private final Consumer<ImportResult> imported;

    final Select<Agency> agency = new Select<>();
    private final Div mappingBox = new Div();
    private final Map<ChronologyField, Select<Integer>> columnChoices = new EnumMap<>(ChronologyField.class);
    final Paragraph message = new Paragraph();
    final Paragraph summary = new Paragraph();
    /** Every row of the file with its outcome: ready, needs attention (with the reason), or skipped. */
    final Grid<RowOutcome> rows = new Grid<>();
    final Button importButton = new Button();
    private @Nullable ChronologyUpload upload;
    private List<String> mappingHeaders = List.of();
    private boolean building;

    ImportDialog(Timelines timelines, Caller caller, LearningEvent event, Consumer<ImportResult> imported) {
        this.timelines = timelines;
        this.caller = caller;
        this.eventId = event.id();
        this.imported = imported;
        setHeaderTitle(getTranslation("timeline.import-dialog.title"));
        importButton.setText(getTranslation("timeline.import-dialog.import"));
        addClassName("rt-import-dialog");
        setWidth("min(64rem, 96vw)");

        agency.setLabel(getTranslation("timeline.column.agency"));
        agency.setWidth("min(24rem, 100%)");
        agency.setItems(event.agencies());
        agency.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        agency.setRequiredIndicatorVisible(true);

        UI ui = UI.getCurrent();
        Upload file = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> read(metadata.fileName(), bytes))));
        file.setAcceptedFileTypes(".csv", ".txt", ".xlsx", ".xls", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        file.setMaxFiles(1);
        file.setMaxFileSize((int) ImportLimits.DEFAULTS.maxBytes());
        file.setI18n(ComponentTexts.upload(getLocale()));
        file.addFileRejectedListener(rejected -> message.setText(rejected.getErrorMessage() + " "
                + getTranslation("timeline.import-dialog.limit", ImportLimits.DEFAULTS.maxBytes() / (1024 * 1024))));
        file.getElement().setAttribute("aria-label", getTranslation("timeline.import-dialog.file"));

        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        summary.addClassName("rt-import-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        rows.addColumn(RowOutcome::rowNumber).setHeader(getTranslation("timeline.import-dialog.row"))
                .setWidth("5rem").setFlexGrow(0);
        rows.addColumn(this::outcome).setHeader(getTranslation("timeline.import-dialog.outcome"))
                .setWidth("10rem").setFlexGrow(0);
        rows.addColumn(this::detail).setHeader(getTranslation("timeline.import-dialog.detail")).setFlexGrow(3);
        rows.addComponentColumn(this::rowActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        rows.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        rows.setHeight("18rem");
        rows.setVisible(false);
        rows.getElement().setAttribute("aria-label", getTranslation("timeline.import-dialog.rows"));

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> commit());
        Button cancel = new Button(getTranslation("timeline.cancel"), click -> close());
        getFooter().add(cancel, importButton);

        add(new Paragraph(getTranslation("timeline.import-dialog.intro")),
                agency, file, message, mappingBox, summary, rows);
    }

    /** Reads an uploaded file (the upload calls it; tests hand it bytes directly). */
    void read(String fileName, byte[] bytes) {
        message.setText("");
        if (agency.getValue() == null) {
            message.setText(getTranslation("timeline.import-dialog.agency-first"));
            return;
        }
        try {
            show(timelines.readChronology(caller, eventId, agency.getValue().code(), fileName, bytes));
        } catch (InvalidInput e) {
            upload = null;
            mappingBox.removeAll();
            summary.setText("");
            rows.setVisible(false);
            importButton.setEnabled(false);
            message.setText(e.messageIn(getLocale()));
        }
    }

    private void show(ChronologyUpload current) {
        this.upload = current;
        if (columnChoices.isEmpty() || !current.table().headers().equals(mappingHeaders)) {
            buildMapping(current);
        }
        ImportPreview preview = current.preview();
        if (preview == null) {
            summary.setText(current.problem() == null ? "" : missingColumns(current.mapping()));
            rows.setVisible(false);
            importButton.setEnabled(false);
            return;
        }
        summary.setText(getTranslation("timeline.import-dialog.summary", preview.acceptedCount(),
                preview.rejectedCount(), preview.skippedCount()));
        // Rows needing attention first, then the rest in file order.
        List<RowOutcome> all = new ArrayList<>(preview.outcomes());
        all.sort(java.util.Comparator.comparing((RowOutcome o) -> !(o instanceof RowOutcome.Rejected))
                .thenComparing(RowOutcome::rowNumber));
        rows.setItems(all);
        rows.setVisible(!all.isEmpty());
        importButton.setText(getTranslation("timeline.import-dialog.import-count", preview.acceptedCount()));
        importButton.setEnabled(preview.acceptedCount() > 0);
    }

    private void buildMapping(ChronologyUpload current) {
        building = true;
        mappingBox.removeAll();
        columnChoices.clear();
        mappingHeaders = current.table().headers();
        List<Integer> options = new ArrayList<>();
        options.add(-1);
        for (int i = 0; i < mappingHeaders.size(); i++) {
            options.add(i);
        }
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        for (ChronologyField field : ChronologyField.values()) {
            Select<Integer> choice = new Select<>();
            choice.setLabel(field.label(getLocale()));
            choice.setWidth("15rem");
            choice.setRequiredIndicatorVisible(field.isRequired());
            choice.setItems(options);
            choice.setItemLabelGenerator(i -> i < 0 ? getTranslation("timeline.import-dialog.no-column")
                    : getTranslation("timeline.import-dialog.column", i + 1, mappingHeaders.get(i)));
            choice.setValue(current.mapping().columnOf(field).orElse(-1));
            choice.addValueChangeListener(change -> {
                if (!building) {
                    remap();
                }
            });
            columnChoices.put(field, choice);
            row.add(choice);
        }
        mappingBox.addClassName("rt-mapping");
        mappingBox.add(new H3(getTranslation("timeline.import-dialog.mapping")), row);
        building = false;
    }

    private void remap() {
        if (upload == null) {
            return;
        }
        Map<ChronologyField, Integer> columns = new EnumMap<>(ChronologyField.class);
        columnChoices.forEach((field, choice) -> {
            if (choice.getValue() != null && choice.getValue() >= 0) {
                columns.put(field, choice.getValue());
            }
        });
        try {
            message.setText("");
            show(timelines.remap(caller, eventId, upload, new ColumnMapping(columns)));
        } catch (InvalidInput e) {
            message.setText(e.messageIn(getLocale()));
        }
    }

    private HorizontalLayout rowActions(RowOutcome outcome) {
        if (!(outcome instanceof RowOutcome.Rejected)) {
            return new HorizontalLayout();
        }
        Button fix = new Button(getTranslation("timeline.import-dialog.fix"), click -> fix(outcome));
        fix.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fix.getElement().setAttribute("aria-label",
                getTranslation("timeline.import-dialog.fix-row", outcome.rowNumber()));
        Button skip = new Button(getTranslation("timeline.import-dialog.skip"), click -> skip(outcome.rowNumber()));
        skip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        skip.getElement().setAttribute("aria-label", getTranslation("timeline.import-dialog.skip-row",
                outcome.rowNumber()));
        return new HorizontalLayout(fix, skip);
    }

    /** The rows the facilitator still has to fix or skip. */
    List<RowOutcome> rowsNeedingAttention() {
        return upload == null || upload.preview() == null ? List.of() : List.copyOf(upload.preview().rejectedRows());
    }

    void skip(int rowNumber) {
        changePreview(p -> p.withRowSkipped(rowNumber));
    }

    void fix(RowOutcome outcome) {
        Dialog editor = new Dialog();
        editor.setHeaderTitle(getTranslation("timeline.import-dialog.fix-row", outcome.rowNumber()));
        List<TextField> cells = new ArrayList<>();
        for (int i = 0; i < mappingHeaders.size(); i++) {
            TextField cell = new TextField(mappingHeaders.get(i).isBlank()
                    ? getTranslation("timeline.import-dialog.column-number", i + 1) : mappingHeaders.get(i));
            cell.setValue(i < outcome.cells().size() ? outcome.cells().get(i) : "");
            cell.setWidthFull();
            cells.add(cell);
            editor.add(cell);
        }
        Paragraph why = new Paragraph(reason(outcome));
        why.addClassName("rt-error");
        editor.addComponentAsFirst(why);
        Button save = new Button(getTranslation("timeline.import-dialog.check-again"), click -> {
            changePreview(p -> p.withRowFixed(outcome.rowNumber(), cells.stream().map(TextField::getValue).toList()));
            editor.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.getFooter().add(new Button(getTranslation("timeline.cancel"), click -> editor.close()), save);
        editor.open();
    }

    private void changePreview(java.util.function.UnaryOperator<ImportPreview> change) {
        if (upload == null || upload.preview() == null) {
            return;
        }
        show(new ChronologyUpload(upload.agencyCode(), upload.fileName(), upload.table(), upload.mapping(),
                change.apply(upload.preview()), null));
    }

    private void commit() {
        if (upload == null) {
            return;
        }
        try {
            ImportResult result = timelines.importChronology(caller, eventId, upload);
            imported.accept(result);
            close();
        } catch (InvalidInput e) {
            message.setText(e.messageIn(getLocale()));
        }
    }

    /** Which required columns are still to be chosen, in the facilitator's language. */
    private String missingColumns(ColumnMapping mapping) {
        List<ChronologyField> missing = mapping.missingRequired();
        if (missing.isEmpty()) {
            return "";
        }
        return missing.size() == 1
                ? getTranslation("timeline.mapping.choose-one", missing.getFirst().inSentence())
                : getTranslation("timeline.mapping.choose-two", missing.get(0).inSentence(),
                        missing.get(1).inSentence());
    }

    private String outcome(RowOutcome outcome) {
        return switch (outcome) {
            case RowOutcome.Accepted accepted -> getTranslation("timeline.import-dialog.ready");
            case RowOutcome.Rejected rejected -> getTranslation("timeline.import-dialog.needs-attention");
            case RowOutcome.Skipped skipped -> getTranslation("timeline.import-dialog.skipped");
        };
    }

    private String detail(RowOutcome outcome) {
        return switch (outcome) {
            case RowOutcome.Accepted accepted -> accepted.entry().date().display(getLocale())
                    + (accepted.entry().time() == null ? "" : ", " + accepted.entry().time()) + ": "
                    + shortened(accepted.entry().whatHappened());
            case RowOutcome.Rejected rejected -> rejected.reasonIn(getLocale());
            case RowOutcome.Skipped skipped -> skipped.reasonIn(getLocale());
        };
    }

    private static String shortened(String text) {
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }

    private String reason(RowOutcome outcome) {
        return outcome instanceof RowOutcome.Rejected rejected ? rejected.reasonIn(getLocale()) : "";
    }
}
