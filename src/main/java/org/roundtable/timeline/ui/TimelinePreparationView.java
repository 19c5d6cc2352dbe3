package org.roundtable.timeline.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.roundtable.shared.ComponentTexts;
import org.roundtable.shared.FileNames;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.LanguageChoice;
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
@RolesAllowed("FACILITATOR")
class TimelinePreparationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningEvents events;
    private final Timelines timelines;
    private final Callers callers;
    private final LiveScreen live;

    final Grid<TimelineEntry> grid = new Grid<>();
    final MultiSelectComboBox<Agency> agencyFilter = new MultiSelectComboBox<>();
    final Checkbox keyEventsOnly = new Checkbox();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField search = new TextField();
    final Checkbox showComments = new Checkbox();
    final Span count = new Span();
    final Span summaryWarning = new Span();
    private final SummaryDocument documents = new SummaryDocument();
    private List<String> checkedKeyEvents = List.of("not checked yet"); // not text: a marker no entry id equals
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
            LanguageChoice.useEventDefault(UI.getCurrent(), events.language(caller, eventId));
        } catch (NotAllowed e) {
            add(new H1(getTranslation("timeline.not-available")), new Paragraph(e.getMessage()),
                    new Anchor("", getTranslation("timeline.back-to-events")));
            return;
        }
        build(caller, event);
        live.follow(event.logId(), () -> refresh(caller, eventId));
    }

    private void build(Caller caller, LearningEvent event) {
        String eventId = event.id();
        // Each action refreshes at once for its author; other screens follow through the log.
        Button importButton = new Button(getTranslation("timeline.prepare.import"),
                click -> new ImportDialog(timelines, caller, event, result -> {
                    announce(result);
                    refresh(caller, eventId);
                }).open());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addButton = new Button(getTranslation("timeline.prepare.add"),
                click -> new EntryDialog(event, null, null, entry -> {
                    timelines.add(caller, eventId, entry);
                    refresh(caller, eventId);
                }).open());
        Button history = new Button(getTranslation("timeline.prepare.changes"),
                click -> showRevisions(caller, eventId));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Header header = new Header(new Anchor("events/" + eventId, getTranslation("timeline.prepare.console")),
                new H1(getTranslation("timeline.prepare.title", event.pseudonym())),
                new HorizontalLayout(importButton, addButton, history), new LanguageChoice());
        header.addClassName("rt-console-header");

        String fileName = FileNames.of("key-events", event.pseudonym());
        Anchor docx = new Anchor(DownloadHandler.fromInputStream(download -> bytes(
                timelines.keyEventsSummaryDocx(caller, eventId), fileName + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
                getTranslation("timeline.prepare.summary-word"));
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(download -> bytes(
                timelines.keyEventsSummaryPdf(caller, eventId), fileName + ".pdf",
                "application/pdf")), getTranslation("timeline.prepare.summary-pdf"));
        summaryWarning.addClassName("rt-warning");
        summaryWarning.getElement().setAttribute("role", "status");
        Div summary = new Div(docx, pdf, summaryWarning);
        summary.addClassName("rt-summary-links");

        agencyFilter.setLabel(getTranslation("timeline.prepare.agencies"));
        keyEventsOnly.setLabel(getTranslation("timeline.prepare.key-events-only"));
        from.setLabel(getTranslation("timeline.prepare.from"));
        to.setLabel(getTranslation("timeline.prepare.to"));
        from.setI18n(ComponentTexts.datePicker(getLocale()));
        to.setI18n(ComponentTexts.datePicker(getLocale()));
        search.setLabel(getTranslation("timeline.prepare.search"));
        showComments.setLabel(getTranslation("timeline.prepare.show-comments"));
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

        grid.addColumn(entry -> entry.when(getLocale())).setHeader(getTranslation("timeline.column.when"))
                .setWidth("11rem").setFlexGrow(0)
                .setComparator((a, b) -> a.date().date().compareTo(b.date().date()));
        grid.addComponentColumn(entry -> new AgencyChip(event, entry.agencyCode()))
                .setHeader(getTranslation("timeline.column.agency")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(TimelinePreparationView::text)
                .setHeader(getTranslation("timeline.column.what-happened")).setFlexGrow(4);
        commentsColumn = grid.addColumn(entry -> comments.getOrDefault(entry.id(), ""))
                .setHeader(getTranslation("timeline.column.comments")).setFlexGrow(2);
        commentsColumn.setVisible(false);
        grid.addComponentColumn(entry -> {
            Checkbox key = new Checkbox(entry.keyEvent());
            key.setAriaLabel(getTranslation("timeline.prepare.key-event-of", entry.when(getLocale())));
            key.addValueChangeListener(change -> {
                timelines.markKeyEvent(caller, eventId, entry.id(), change.getValue());
                refresh(caller, eventId);
            });
            return key;
        }).setHeader(getTranslation("timeline.column.key-event")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(entry -> actions(caller, event, entry)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("70vh");
        grid.getElement().setAttribute("aria-label", getTranslation("timeline.prepare.grid"));
        add(header, summary, filters, count, grid);
    }

    private HorizontalLayout actions(Caller caller, LearningEvent event, TimelineEntry entry) {
        Button edit = new Button(getTranslation("timeline.prepare.correct"), click -> new EntryDialog(event, entry,
                timelines.commentsFor(caller, event.id()).get(entry.id()),
                changed -> {
                    timelines.edit(caller, event.id(), entry.id(), changed);
                    refresh(caller, event.id());
                }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.getElement().setAttribute("aria-label",
                getTranslation("timeline.prepare.correct-of", entry.when(getLocale())));
        Button remove = new Button(getTranslation("timeline.prepare.remove"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("timeline.prepare.remove-title"),
                    entry.when(getLocale()) + ": " + entry.whatHappened(), getTranslation("timeline.prepare.remove"),
                    yes -> {
                        timelines.remove(caller, event.id(), entry.id());
                        refresh(caller, event.id());
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("timeline.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label",
                getTranslation("timeline.prepare.remove-of", entry.when(getLocale())));
        return new HorizontalLayout(edit, remove);
    }

    private void refresh(Caller caller, String eventId) {
        timeline = timelines.timelineFor(caller, eventId);
        List<String> keyEvents = timeline.entries().stream().filter(TimelineEntry::keyEvent).map(TimelineEntry::id)
                .toList();
        if (!keyEvents.equals(checkedKeyEvents)) {
            checkedKeyEvents = keyEvents;
            RenderedPdf rendered = documents.pdf(timelines.keyEventsSummary(caller, eventId));
            summaryWarning.setText(getTranslation("timeline.prepare.summary-size", keyEvents.size(),
                    rendered.pageCount()) + rendered.warning(getLocale()).map(w -> ". " + w).orElse(""));
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
        String words = search.getValue().strip().toLowerCase(getLocale());
        List<TimelineEntry> shown = timeline.entries().stream()
                .filter(e -> agencies.isEmpty() || agencies.contains(e.agencyCode()))
                .filter(e -> !keyEventsOnly.getValue() || e.keyEvent())
                .filter(e -> start == null || !e.date().lastDay().isBefore(start))
                .filter(e -> end == null || !e.date().date().isAfter(end))
                .filter(e -> words.isEmpty() || matches(e, words))
                .toList();
        grid.setItems(shown);
        count.setText(getTranslation("timeline.prepare.count", shown.size(), timeline.size()));
    }

    private boolean matches(TimelineEntry entry, String words) {
        String text = String.join(" ", entry.whatHappened(), nonNull(entry.source()), nonNull(entry.practitionerRole()),
                nonNull(entry.reference()), comments.getOrDefault(entry.id(), "")).toLowerCase(getLocale());
        return text.contains(words);
    }

    private void announce(ImportResult result) {
        Notification.show(getTranslation("timeline.prepare.imported", result.added(), result.kept(), result.removed(),
                result.skipped()), 6000, Notification.Position.BOTTOM_CENTER);
    }

    private void showRevisions(Caller caller, String eventId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("timeline.prepare.changes"));
        DateTimeFormatter at = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", getLocale());
        dialog.setWidth("min(56rem, 96vw)");
        Grid<EntryRevision> revisions = new Grid<>();
        revisions.addColumn(r -> at.format(r.at().atZone(java.time.ZoneId.of("Europe/London"))))
                .setHeader(getTranslation("timeline.column.when"))
                .setAutoWidth(true);
        revisions.addColumn(r -> switch (r.kind()) {
            case ADDED -> getTranslation("timeline.revision.added");
            case EDITED -> getTranslation("timeline.revision.corrected");
            case REMOVED -> getTranslation("timeline.revision.removed");
        }).setHeader(getTranslation("timeline.revision.change")).setAutoWidth(true);
        revisions.addColumn(r -> r.before() == null ? ""
                        : r.before().when(getLocale()) + ": " + r.before().whatHappened())
                .setHeader(getTranslation("timeline.revision.before")).setFlexGrow(2);
        revisions.addColumn(r -> r.after() == null ? ""
                        : r.after().when(getLocale()) + ": " + r.after().whatHappened())
                .setHeader(getTranslation("timeline.revision.after")).setFlexGrow(2);
        revisions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        revisions.setItems(timelines.revisions(caller, eventId).reversed());
        dialog.add(revisions);
        dialog.getFooter().add(new Button(getTranslation("timeline.close"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timeline.prepare.page-title");
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
