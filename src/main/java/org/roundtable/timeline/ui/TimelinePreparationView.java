package org.roundtable.timeline.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.event.Agency;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.LiveScreen;
import org.roundtable.live.LiveUpdates;
import org.roundtable.shared.FileNames;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.timeline.EntryRevision;
import org.roundtable.timeline.ImportResult;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.roundtable.timeline.summary.RenderedPdf;
import org.roundtable.timeline.summary.SummaryDocument;

/**
 * The facilitator prepares the merged timeline before the day: imports each agency's
 * chronology, adds, corrects and removes entries, flags key events, and reads the whole timeline
 * with filters (agency, key events, period, search) and, on request, the agencies' comments.
 */
@Route("events/:eventId/timeline")
@PageTitle("Merged timeline · Roundtable")
@RolesAllowed("FACILITATOR")
class TimelinePreparationView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final LearningEvents events;
    private final Timelines timelines;
    private final Callers callers;
    private final LiveScreen live;

    final Grid<TimelineEntry> grid = new Grid<>();
    final MultiSelectComboBox<Agency> agencyFilter = new MultiSelectComboBox<>("Agencies");
    final Checkbox keyEventsOnly = new Checkbox("Key events only");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField search = new TextField("Search");
    final Checkbox showComments = new Checkbox("Show agency comments (facilitators only)");
    final Span count = new Span();
    final Span summaryWarning = new Span();
    private final SummaryDocument documents = new SummaryDocument();
    private List<String> checkedKeyEvents = List.of("not checked yet");
    private Grid.Column<TimelineEntry> commentsColumn;
    private MergedTimeline timeline = new MergedTimeline(List.of());
    private Map<String, String> comments = Map.of();

    TimelinePreparationView(LearningEvents events, Timelines timelines, Callers callers, LiveUpdates updates) {
        this.events = events;
        this.timelines = timelines;
        this.callers = callers;
        this.live = new LiveScreen(this, updates);
        addClassNames("rt-page", "rt-timeline-preparation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        Caller caller = callers.account().orElseThrow();
        removeAll();
        LearningEvent event;
        try {
            event = events.runBy(caller, eventId, EventRight.PREPARE);
        } catch (NotAllowed e) {
            add(new H1("Not available"), new Paragraph(e.getMessage()), new Anchor("", "Back to learning events"));
            return;
        }
        build(caller, event);
        live.follow(event.logId(), () -> refresh(caller, eventId));
    }

    private void build(Caller caller, LearningEvent event) {
        String eventId = event.id();
        // Each action refreshes at once for its author; other screens follow through the log.
        Button importButton = new Button("Import a chronology", click -> new ImportDialog(timelines, caller, event,
                result -> {
                    announce(result);
                    refresh(caller, eventId);
                }).open());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addButton = new Button("Add an entry", click -> new EntryDialog(event, null, null, entry -> {
            timelines.add(caller, eventId, entry);
            refresh(caller, eventId);
        }).open());
        Button history = new Button("Changes made by hand", click -> showRevisions(caller, eventId));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Header header = new Header(new Anchor("events/" + eventId, "← Console"), new H1("Merged timeline · "
                + event.pseudonym()), new HorizontalLayout(importButton, addButton, history));
        header.addClassName("rt-console-header");

        String fileName = FileNames.of("key-events", event.pseudonym());
        Anchor docx = new Anchor(DownloadHandler.fromInputStream(download -> bytes(
                timelines.keyEventsSummaryDocx(caller, eventId), fileName + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
                "Key events summary (Word)");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(download -> bytes(
                timelines.keyEventsSummaryPdf(caller, eventId), fileName + ".pdf",
                "application/pdf")), "Key events summary (PDF)");
        summaryWarning.addClassName("rt-warning");
        summaryWarning.getElement().setAttribute("role", "status");
        Div summary = new Div(docx, pdf, summaryWarning);
        summary.addClassName("rt-summary-links");

        agencyFilter.setItems(event.agencies());
        agencyFilter.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        agencyFilter.addValueChangeListener(change -> applyFilters());
        keyEventsOnly.addValueChangeListener(change -> applyFilters());
        from.addValueChangeListener(change -> applyFilters());
        to.addValueChangeListener(change -> applyFilters());
        search.addValueChangeListener(change -> applyFilters());
        showComments.addValueChangeListener(change -> {
            comments = change.getValue() ? timelines.commentsFor(caller, eventId) : Map.of();
            commentsColumn.setVisible(change.getValue());
            grid.getDataProvider().refreshAll();
        });
        HorizontalLayout filters = new HorizontalLayout(agencyFilter, from, to, search, keyEventsOnly, showComments);
        filters.setWrap(true);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        filters.addClassName("rt-filters");

        grid.addColumn(TimelineEntry::when).setHeader("When").setWidth("11rem").setFlexGrow(0)
                .setComparator((a, b) -> a.date().date().compareTo(b.date().date()));
        grid.addComponentColumn(entry -> new AgencyChip(event, entry.agencyCode())).setHeader("Agency").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(TimelinePreparationView::text).setHeader("What happened").setFlexGrow(4);
        commentsColumn = grid.addColumn(entry -> comments.getOrDefault(entry.id(), ""))
                .setHeader("Agency comments").setFlexGrow(2);
        commentsColumn.setVisible(false);
        grid.addComponentColumn(entry -> {
            Checkbox key = new Checkbox(entry.keyEvent());
            key.setAriaLabel("Key event: " + entry.when());
            key.addValueChangeListener(change -> {
                timelines.markKeyEvent(caller, eventId, entry.id(), change.getValue());
                refresh(caller, eventId);
            });
            return key;
        }).setHeader("Key event").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(entry -> actions(caller, event, entry)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("70vh");
        grid.getElement().setAttribute("aria-label", "Merged timeline entries");
        add(header, summary, filters, count, grid);
    }

    private HorizontalLayout actions(Caller caller, LearningEvent event, TimelineEntry entry) {
        Button edit = new Button("Correct", click -> new EntryDialog(event, entry,
                timelines.commentsFor(caller, event.id()).get(entry.id()),
                changed -> {
                    timelines.edit(caller, event.id(), entry.id(), changed);
                    refresh(caller, event.id());
                }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label", "Correct the entry of " + entry.when());
        Button remove = new Button("Remove", click -> {
            ConfirmDialog confirm = new ConfirmDialog("Remove this entry?",
                    entry.when() + ": " + entry.whatHappened(), "Remove",
                    yes -> {
                        timelines.remove(caller, event.id(), entry.id());
                        refresh(caller, event.id());
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", "Remove the entry of " + entry.when());
        return new HorizontalLayout(edit, remove);
    }

    private void refresh(Caller caller, String eventId) {
        timeline = timelines.timelineFor(caller, eventId);
        List<String> keyEvents = timeline.entries().stream().filter(TimelineEntry::keyEvent).map(TimelineEntry::id)
                .toList();
        if (!keyEvents.equals(checkedKeyEvents)) {
            checkedKeyEvents = keyEvents;
            RenderedPdf rendered = documents.pdf(timelines.keyEventsSummary(caller, eventId));
            summaryWarning.setText(keyEvents.size() + (keyEvents.size() == 1 ? " key event · " : " key events · ")
                    + rendered.pageCount() + " A4 page"
                    + (rendered.pageCount() == 1 ? "" : "s") + rendered.warning().map(w -> ". " + w).orElse(""));
        }
        if (showComments.getValue()) {
            comments = timelines.commentsFor(caller, eventId);
        }
        applyFilters();
    }

    private void applyFilters() {
        Set<String> agencies = agencyFilter.getValue().stream().map(Agency::code)
                .collect(java.util.stream.Collectors.toSet());
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        String words = search.getValue().strip().toLowerCase(Locale.UK);
        List<TimelineEntry> shown = timeline.entries().stream()
                .filter(e -> agencies.isEmpty() || agencies.contains(e.agencyCode()))
                .filter(e -> !keyEventsOnly.getValue() || e.keyEvent())
                .filter(e -> start == null || !e.date().lastDay().isBefore(start))
                .filter(e -> end == null || !e.date().date().isAfter(end))
                .filter(e -> words.isEmpty() || matches(e, words))
                .toList();
        grid.setItems(shown);
        count.setText(shown.size() + " of " + timeline.size() + " entries");
    }

    private boolean matches(TimelineEntry entry, String words) {
        String text = String.join(" ", entry.whatHappened(), nonNull(entry.source()), nonNull(entry.practitionerRole()),
                nonNull(entry.reference()), comments.getOrDefault(entry.id(), "")).toLowerCase(Locale.UK);
        return text.contains(words);
    }

    private void announce(ImportResult result) {
        Notification.show("Imported: " + result.added() + " new, " + result.kept() + " kept with their notes, "
                + result.removed() + " removed, " + ImportDialog.rows(result.skipped()) + " not imported.", 6000,
                Notification.Position.BOTTOM_CENTER);
    }

    private void showRevisions(Caller caller, String eventId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Changes made by hand");
        dialog.setWidth("min(56rem, 96vw)");
        Grid<EntryRevision> revisions = new Grid<>();
        revisions.addColumn(r -> AT.format(r.at().atZone(java.time.ZoneId.of("Europe/London")))).setHeader("When")
                .setAutoWidth(true);
        revisions.addColumn(r -> switch (r.kind()) {
            case ADDED -> "Added";
            case EDITED -> "Corrected";
            case REMOVED -> "Removed";
        }).setHeader("Change").setAutoWidth(true);
        revisions.addColumn(r -> r.before() == null ? "" : r.before().when() + ": " + r.before().whatHappened())
                .setHeader("Before").setFlexGrow(2);
        revisions.addColumn(r -> r.after() == null ? "" : r.after().when() + ": " + r.after().whatHappened())
                .setHeader("After").setFlexGrow(2);
        revisions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        revisions.setItems(timelines.revisions(caller, eventId).reversed());
        dialog.add(revisions);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private static DownloadResponse bytes(byte[] content, String fileName, String type) {
        return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
    }

    private static Div text(TimelineEntry entry) {
        Div text = new Div(new Span(entry.whatHappened()));
        text.addClassName("rt-grid-text");
        if (entry.source() != null || entry.practitionerRole() != null) {
            Span source = new Span(String.join(" · ", java.util.stream.Stream.of(entry.practitionerRole(),
                    entry.source(), entry.reference()).filter(java.util.Objects::nonNull).toList()));
            source.addClassName("rt-entry-source");
            text.add(source);
        }
        return text;
    }

    private static String nonNull(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "" : text;
    }
}
