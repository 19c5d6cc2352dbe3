package org.roundtable.board.ui;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.AccessProperties;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.LearningWall;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Notes;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventRight;
import org.roundtable.event.EventSecrets;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.PrincipleProposals;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.event.RoomView;
import org.roundtable.live.LiveScreen;
import org.roundtable.live.LiveUpdates;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.SkipLink;
import org.roundtable.shared.TabStrips;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.Timelines;

/**
 * The facilitator's console for the day: the agenda with the stage controls (timer, bring
 * everyone here, pause and summarise, what the projector shows) on the left; the work of the
 * day in the middle (timeline, triage, the room, the child's lived experience, groups, the
 * learning wall, the analysis summary, the evaluation), which turns to what the running stage is about; the
 * join code, the projector's link, the note-taker's record, the export and closing on the right.
 * <p>
 * It speaks the event's language unless the facilitator chose one. Single keys move the day on
 * (N, P, T) and triage the queue (J, K, A, R, H); they are listened for on the console and on the
 * page around it (where they land when nothing has the focus), not in dialogs, and not while the
 * facilitator types in a field.
 */
@Route("events/:eventId")
@RolesAllowed("FACILITATOR")
class ConsoleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Runs with `this` as the console: a key typed into a field (or a choice that picks by typing)
     * stops before the console, so a single-key shortcut never fires while the facilitator writes.
     * Keys with Ctrl, Alt or Meta pass.
     */
    private static final String TYPING_GUARD = """
            const fields = ['INPUT', 'TEXTAREA', 'SELECT', 'VAADIN-SELECT', 'VAADIN-COMBO-BOX'];
            const typing = e => e.composedPath().some(el => el instanceof HTMLElement
                && (el.isContentEditable || fields.includes(el.tagName)));
            for (const part of this.children) {
              if (!part.rtTypingGuard) {
                part.rtTypingGuard = true;
                part.addEventListener('keydown', e => {
                  if (typing(e) && !e.ctrlKey && !e.altKey && !e.metaKey) { e.stopPropagation(); }
                });
              }
            }
            // Dialogs (an answer, an accepted note) are opened beside the console, on the page, where the
            // keys are also listened for: a letter typed there must stay a letter, not press N, T, H or A.
            // Only printable keys stop, so Escape and Enter still reach the dialog.
            const guardDialogs = () => {
              for (const el of document.body.children) {
                if (!el.rtDialogTypingGuard && /dialog/.test(el.localName)) {
                  el.rtDialogTypingGuard = true;
                  el.addEventListener('keydown', e => {
                    if (typing(e) && e.key.length === 1 && !e.ctrlKey && !e.altKey && !e.metaKey) { e.stopPropagation(); }
                  });
                }
              }
            };
            guardDialogs();
            if (!document.body.rtDialogTypingObserver) {
              document.body.rtDialogTypingObserver = new MutationObserver(guardDialogs);
              document.body.rtDialogTypingObserver.observe(document.body, {childList: true});
            }
            """;

    /** The console's work areas, in the order of the day. */
    enum Area {
        TIMELINE, TRIAGE, ROOM, LIVED_EXPERIENCE, GROUPS, LEARNING_WALL, ANALYSIS, EVALUATION;

        String key() {
            return "board.console.area." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The area a stage's view is worked on from, if any. */
        static @Nullable Area of(RoomView view) {
            return switch (view) {
                case ROOM_LIST, PRINCIPLES -> ROOM;
                case EVALUATION -> Area.EVALUATION;
                case FACTOR_SUMMARY -> ANALYSIS;
                case TIMELINE, OVERVIEW -> TIMELINE;
                case LIVED_EXPERIENCE -> LIVED_EXPERIENCE;
                case GROUPS, GROUP_FEEDBACK -> GROUPS;
                case LEARNING_WALL -> LEARNING_WALL;
                case BREAK -> null;
            };
        }
    }

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final EntryAnalyses analyses;
    private final NoteTriage triage;
    private final Callers callers;
    private final EventPreparation preparation;
    private final RoomStages stages;
    private final Contributors contributors;
    private final PrincipleProposals proposals;
    private final BreakoutGroups groups;
    private final LearningWall wall;
    private final LivedExperience livedExperience;
    private final Evaluations evaluations;
    private final LiveScreen live;
    private final AccessProperties access;

    ConsoleView(LearningEvents events, Timelines timelines, Notes notes, EntryAnalyses analyses, NoteTriage triage,
            Callers callers,
            EventPreparation preparation, RoomStages stages, Contributors contributors,
            PrincipleProposals proposals, BreakoutGroups groups, LearningWall wall, LivedExperience livedExperience,
            Evaluations evaluations, LiveUpdates updates, AccessProperties access) {
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.analyses = analyses;
        this.triage = triage;
        this.callers = callers;
        this.preparation = preparation;
        this.stages = stages;
        this.contributors = contributors;
        this.proposals = proposals;
        this.groups = groups;
        this.wall = wall;
        this.livedExperience = livedExperience;
        this.evaluations = evaluations;
        this.live = new LiveScreen(this, updates);
        this.access = access;
        addClassNames("rt-console");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.console.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        Caller caller = callers.account().orElseThrow();
        LearningEvent event;
        @Nullable EventSecrets secrets;
        try {
            LanguageChoice.useEventDefault(enter.getUI(), events.language(caller, eventId));
            event = events.facilitatedBy(caller, eventId);
            // Co-facilitators who do not run the room (panel members) get no join code or projector link.
            secrets = events.mayDo(caller, eventId, EventRight.RUN_ROOM) ? events.secretsFor(caller, eventId) : null;
        } catch (NotAllowed e) {
            removeAll();
            add(new H1(getTranslation("board.console.not-available")), new Paragraph(Texts.reason(e, getLocale())),
                    new Anchor("", getTranslation("board.console.back-to-events")));
            return;
        }
        build(enter.getUI(), caller, event, secrets);
    }

    private void build(UI ui, Caller caller, LearningEvent event, @Nullable EventSecrets secrets) {
        removeAll();
        String eventId = event.id();
        Set<EventRight> rights = events.rightsOf(caller, eventId);
        getElement().setAttribute("aria-label", getTranslation("board.console.label"));
        Span status = new Span();
        status.addClassName("rt-status");
        Span joined = new Span();
        joined.addClassName("rt-joined");
        StageBar stageBar = new StageBar(stages, preparation, caller, event, StageBar.Size.CONSOLE);
        String date = DateTimeFormatter.ofPattern("EEE d MMM yyyy", getLocale()).format(event.date());
        Span when = new Span(event.venue() == null ? date
                : getTranslation("board.console.date-and-venue", date, event.venue()));
        when.addClassName("rt-console-when");
        LanguageChoice language = new LanguageChoice();
        Div title = new Div(new Anchor("", getTranslation("board.console.back")), new H1(event.pseudonym()), when);
        title.addClassName("rt-console-title");
        Div state = new Div(status, joined, language);
        state.addClassName("rt-console-state");
        Header header = new Header(title, stageBar, state);
        header.addClassName("rt-console-header");

        StageControls controls = new StageControls(stages, preparation, caller, event);
        controls.setVisible(rights.contains(EventRight.RUN_ROOM));
        controls.shortcutsOn(this, ui);

        Map<Tab, Area> areas = new LinkedHashMap<>();
        for (Area area : Area.values()) {
            Tab tab = new Tab(getTranslation(area.key()));
            tab.setId("rt-area-" + area.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            areas.put(tab, area);
        }
        Tabs tabs = TabStrips.withWholeTablist(new Tabs(areas.keySet().toArray(Tab[]::new)));
        tabs.addClassName("rt-console-areas");
        LiveSlot work = new LiveSlot("rt-console-work");
        Div middle = new Div(tabs, work);
        middle.addClassName("rt-console-middle");
        middle.setId("rt-console-main");

        Button close = new Button(getTranslation("board.console.close-event"), click -> confirmClose(caller, eventId));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setVisible(rights.contains(EventRight.RUN_ROOM));
        Aside side = side(eventId, secrets, close, rights);
        Div body = new Div(controls, middle, side);
        body.addClassName("rt-console-body");
        // First on the page: from the top, one Tab and Enter reach the work areas instead of some fifteen Tabs.
        add(SkipLink.to(middle, getTranslation("board.skip-to-main")), header, body);
        getElement().executeJs(TYPING_GUARD);

        Runnable redraw = () -> {
            Area area = areas.getOrDefault(tabs.getSelectedTab(), Area.TIMELINE);
            work.show(area, () -> partFor(ui, area, caller, event));
        };
        // Also when the screen itself turns to the room's activity: the slot only refreshes if it already shows it.
        tabs.addSelectedChangeListener(change -> redraw.run());
        int[] shownStage = {Integer.MIN_VALUE};
        RoomView[] shownView = {null};
        live.follow(event.logId(), () -> {
            LearningEvent current = events.facilitatedBy(caller, eventId);
            RoomState now = stages.stateFor(caller, eventId);
            status.setText(getTranslation(current.isOpen() ? "board.console.open" : "board.console.closed"));
            joined.setText(getTranslation("board.console.joined", current.joined()));
            close.setEnabled(current.isOpen());
            stageBar.refresh();
            controls.refresh();
            // The console turns to what the running stage is about, once per change of stage or view.
            boolean movedOn = shownStage[0] != Integer.MIN_VALUE
                    && (shownStage[0] != now.stageIndex() || shownView[0] != now.view());
            shownStage[0] = now.stageIndex();
            shownView[0] = now.view();
            Area area = now.started() ? Area.of(now.view()) : null;
            if (movedOn && area != null) {
                areas.forEach((tab, a) -> {
                    if (a == area) {
                        tabs.setSelectedTab(tab);
                    }
                });
            }
            redraw.run();
        });
    }

    /**
     * The part for a work area. Without the right to run the room (a panel member, or a
     * co-facilitator granted other rights) the room's areas are shown as the projector shows
     * them, read-only, instead of offering controls the services would refuse.
     */
    private LivePart partFor(UI ui, Area area, Caller caller, LearningEvent event) {
        boolean runs = events.mayDo(caller, event.id(), EventRight.RUN_ROOM);
        return switch (area) {
            case TIMELINE -> new ConsoleTimeline(events, timelines, notes, analyses, caller, event);
            case TRIAGE -> events.mayDo(caller, event.id(), EventRight.MODERATE)
                    ? new TriageQueue(triage, notes, timelines, caller, event).withShortcutsOn(this, ui)
                    : new TriageQueue(triage, notes, timelines, caller, event).withoutActions();
            case ROOM -> runs
                    ? new Column("rt-console-room", new RoomListPanel(contributors, events, caller, event),
                            new PrinciplesPanel(preparation, proposals, caller, event, PrinciplesPanel.Mode.CONSOLE))
                    : new Column("rt-console-room",
                            new RoomListPanel(contributors, caller, event, RoomListPanel.Mode.PROJECTOR),
                            new PrinciplesPanel(preparation, proposals, caller, event, PrinciplesPanel.Mode.PROJECTOR));
            case LIVED_EXPERIENCE -> new LivedExperienceLane(livedExperience, caller, event,
                    runs ? LivedExperienceLane.Mode.CONSOLE : LivedExperienceLane.Mode.PROJECTOR);
            case GROUPS -> runs
                    ? new GroupsConsoleArea(groups, wall, timelines, stages, caller, event)
                    : new GroupsOverview(groups, caller, event);
            case LEARNING_WALL -> new LearningWallPanel(wall, timelines, caller, event,
                    runs ? LearningWallPanel.Mode.CONSOLE : LearningWallPanel.Mode.PROJECTOR);
            case EVALUATION -> new EvaluationResultsPanel(evaluations, caller, event);
            case ANALYSIS -> new FactorSummaryPanel(analyses, caller, event, FactorSummaryPanel.Mode.CONSOLE);
        };
    }

    private Aside side(String eventId, @Nullable EventSecrets secrets, Button close, Set<EventRight> rights) {
        Aside side = new Aside();
        side.addClassName("rt-console-side");
        if (secrets != null) {
            joinAndProjector(side, secrets);
        }
        if (rights.contains(EventRight.PREPARE)) {
            Anchor prepareEvent = new Anchor("events/" + eventId + "/prepare", getTranslation("board.console.prepare-event"));
            prepareEvent.addClassName("rt-prepare-link");
            Anchor prepareTimeline = new Anchor("events/" + eventId + "/timeline",
                    getTranslation("board.console.prepare-timeline"));
            prepareTimeline.addClassName("rt-prepare-link");
            side.add(prepareEvent, prepareTimeline);
        }
        Anchor record = new Anchor("events/" + eventId + "/record", getTranslation("board.console.record"));
        record.addClassName("rt-prepare-link");
        side.add(record);
        if (rights.contains(EventRight.EXPORT)) {
            Anchor export = new Anchor("events/" + eventId + "/export", getTranslation("board.console.export"));
            export.addClassName("rt-prepare-link");
            side.add(export);
        }
        side.add(close, shortcutsHelp(rights));
        return side;
    }

    /** The keys the console listens for, in words: folded, so it takes one line until opened. */
    private Details shortcutsHelp(Set<EventRight> rights) {
        DescriptionList keys = new DescriptionList();
        keys.addClassName("rt-console-shortcuts-list");
        if (rights.contains(EventRight.RUN_ROOM)) {
            shortcut(keys, StageControls.NEXT_KEY, "board.console.shortcuts.next");
            shortcut(keys, StageControls.PREVIOUS_KEY, "board.console.shortcuts.previous");
            shortcut(keys, StageControls.TIMER_KEY, "board.console.shortcuts.timer");
        }
        if (rights.contains(EventRight.MODERATE)) {
            shortcut(keys, TriageQueue.NEXT_NOTE_KEY + " / " + TriageQueue.PREVIOUS_NOTE_KEY, // not text: key names
                    "board.console.shortcuts.move");
            shortcut(keys, TriageQueue.ACCEPT_KEY, "board.console.shortcuts.accept");
            shortcut(keys, TriageQueue.ANSWER_KEY, "board.console.shortcuts.answer");
            shortcut(keys, TriageQueue.HIDE_KEY, "board.console.shortcuts.hide");
        }
        Div content = new Div(keys, new Paragraph(getTranslation("board.console.shortcuts.not-while-typing")));
        Details help = new Details(getTranslation("board.console.shortcuts.title"), content);
        help.addClassName("rt-console-shortcuts");
        help.setVisible(keys.getChildren().findAny().isPresent());
        return help;
    }

    private void shortcut(DescriptionList keys, String key, String whatKey) {
        Span keyName = new Span(key);
        keyName.addClassName("rt-key");
        keys.add(new DescriptionList.Term(keyName), new DescriptionList.Description(getTranslation(whatKey)));
    }

    private void joinAndProjector(Aside side, EventSecrets secrets) {
        String joinLink = JoinLink.forCode(access, secrets.displayJoinCode());
        Span code = new Span(secrets.displayJoinCode());
        code.addClassName("rt-join-code");
        Anchor projector = new Anchor(JoinLink.baseUrl(access) + "/projector/" + secrets.projectorToken(),
                getTranslation("board.console.open-projector"), AnchorTarget.BLANK);
        projector.addClassName("rt-projector-link");
        Anchor link = new Anchor(joinLink);
        link.add(new Text(JoinLink.baseUrl(access) + "/join/"), new Span(secrets.displayJoinCode()));
        link.addClassName("rt-join-link");
        Div joinPanel = new Div(new H2(getTranslation("board.console.join")), code, JoinQrCode.of(joinLink), link);
        joinPanel.addClassName("rt-join-panel");
        side.add(joinPanel, projector);
    }

    private void confirmClose(Caller caller, String eventId) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("board.console.close-confirm.title"),
                getTranslation("board.console.close-confirm.text"),
                getTranslation("board.console.close-event"), yes -> events.close(caller, eventId));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("board.console.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
