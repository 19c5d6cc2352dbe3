package org.roundtable.board.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Aside;
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
import com.vaadin.flow.router.PageTitle;
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
import org.roundtable.shared.NotAllowed;
import org.roundtable.timeline.Timelines;

/**
 * The facilitator's console for the day: the agenda with the stage controls (timer, bring
 * everyone here, pause and summarise, what the projector shows) on the left; the work of the
 * day in the middle (timeline, triage, the room, the child's lived experience, groups, the
 * learning wall, the analysis summary, the evaluation), which turns to what the running stage is about; the
 * join code, the projector's link, the note-taker's record, the export and closing on the right.
 */
@Route("events/:eventId")
@PageTitle("Console · Roundtable")
@RolesAllowed("FACILITATOR")
class ConsoleView extends Main implements BeforeEnterObserver {

    /** The console's work areas, in the order of the day. */
    enum Area {
        TIMELINE("Timeline"), TRIAGE("Triage"), ROOM("Room"), LIVED_EXPERIENCE("Lived experience"),
        GROUPS("Groups"), LEARNING_WALL("Learning wall"), ANALYSIS("Analysis"), EVALUATION("Evaluation");

        final String label;

        Area(String label) {
            this.label = label;
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
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        Caller caller = callers.account().orElseThrow();
        LearningEvent event;
        @Nullable EventSecrets secrets;
        try {
            event = events.facilitatedBy(caller, eventId);
            // Co-facilitators who do not run the room (panel members) get no join code or projector link.
            secrets = events.mayDo(caller, eventId, EventRight.RUN_ROOM) ? events.secretsFor(caller, eventId) : null;
        } catch (NotAllowed e) {
            removeAll();
            add(new H1("Not available"), new Paragraph(e.getMessage()), new Anchor("", "Back to learning events"));
            return;
        }
        build(caller, event, secrets);
    }

    private void build(Caller caller, LearningEvent event, @Nullable EventSecrets secrets) {
        removeAll();
        String eventId = event.id();
        Set<EventRight> rights = events.rightsOf(caller, eventId);
        Span status = new Span();
        status.addClassName("rt-status");
        Span joined = new Span();
        joined.addClassName("rt-joined");
        StageBar stageBar = new StageBar(stages, preparation, caller, event, StageBar.Size.CONSOLE);
        Header header = new Header(new Anchor("", "← Learning events"), new H1(event.pseudonym()),
                new Span(TimelineBoard.DATE.format(event.date())
                        + (event.venue() == null ? "" : " · " + event.venue())),
                stageBar, status, joined);
        header.addClassName("rt-console-header");

        StageControls controls = new StageControls(stages, preparation, caller, event);
        controls.setVisible(rights.contains(EventRight.RUN_ROOM));

        Map<Tab, Area> areas = new LinkedHashMap<>();
        for (Area area : Area.values()) {
            Tab tab = new Tab(area.label);
            tab.setId("rt-area-" + area.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            areas.put(tab, area);
        }
        Tabs tabs = new Tabs(areas.keySet().toArray(Tab[]::new));
        tabs.addClassName("rt-console-areas");
        LiveSlot work = new LiveSlot("rt-console-work");
        Div middle = new Div(tabs, work);
        middle.addClassName("rt-console-middle");

        Button close = new Button("Close the event", click -> confirmClose(caller, eventId));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setVisible(rights.contains(EventRight.RUN_ROOM));
        Aside side = side(eventId, secrets, close, rights);
        Div body = new Div(controls, middle, side);
        body.addClassName("rt-console-body");
        add(header, body);

        Runnable redraw = () -> {
            Area area = areas.getOrDefault(tabs.getSelectedTab(), Area.TIMELINE);
            work.show(area, () -> partFor(area, caller, event));
        };
        // Also when the screen itself turns to the room's activity: the slot only refreshes if it already shows it.
        tabs.addSelectedChangeListener(change -> redraw.run());
        int[] shownStage = {Integer.MIN_VALUE};
        RoomView[] shownView = {null};
        live.follow(event.logId(), () -> {
            LearningEvent current = events.facilitatedBy(caller, eventId);
            RoomState state = stages.stateFor(caller, eventId);
            status.setText(current.isOpen() ? "Open" : "Closed: the join code no longer works");
            joined.setText(current.joined() + " joined");
            close.setEnabled(current.isOpen());
            stageBar.refresh();
            controls.refresh();
            // The console turns to what the running stage is about, once per change of stage or view.
            boolean movedOn = shownStage[0] != Integer.MIN_VALUE
                    && (shownStage[0] != state.stageIndex() || shownView[0] != state.view());
            shownStage[0] = state.stageIndex();
            shownView[0] = state.view();
            Area area = state.started() ? Area.of(state.view()) : null;
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
    private LivePart partFor(Area area, Caller caller, LearningEvent event) {
        boolean runs = events.mayDo(caller, event.id(), EventRight.RUN_ROOM);
        return switch (area) {
            case TIMELINE -> new ConsoleTimeline(events, timelines, notes, analyses, caller, event);
            case TRIAGE -> events.mayDo(caller, event.id(), EventRight.MODERATE)
                    ? new TriageQueue(triage, notes, timelines, caller, event)
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
            Anchor prepareEvent = new Anchor("events/" + eventId + "/prepare", "Prepare the event");
            prepareEvent.addClassName("rt-prepare-link");
            Anchor prepareTimeline = new Anchor("events/" + eventId + "/timeline", "Prepare the merged timeline");
            prepareTimeline.addClassName("rt-prepare-link");
            side.add(prepareEvent, prepareTimeline);
        }
        Anchor record = new Anchor("events/" + eventId + "/record", "The note-taker's record");
        record.addClassName("rt-prepare-link");
        side.add(record);
        if (rights.contains(EventRight.EXPORT)) {
            Anchor export = new Anchor("events/" + eventId + "/export", "Export the record");
            export.addClassName("rt-prepare-link");
            side.add(export);
        }
        side.add(close);
        return side;
    }

    private void joinAndProjector(Aside side, EventSecrets secrets) {
        String joinLink = JoinLink.forCode(access, secrets.displayJoinCode());
        Span code = new Span(secrets.displayJoinCode());
        code.addClassName("rt-join-code");
        Anchor projector = new Anchor(JoinLink.baseUrl(access) + "/projector/" + secrets.projectorToken(),
                "Open the projector view", AnchorTarget.BLANK);
        projector.addClassName("rt-projector-link");
        Anchor link = new Anchor(joinLink);
        link.add(new Text(JoinLink.baseUrl(access) + "/join/"), new Span(secrets.displayJoinCode()));
        link.addClassName("rt-join-link");
        Div joinPanel = new Div(new H2("Join"), code, JoinQrCode.of(joinLink), link);
        joinPanel.addClassName("rt-join-panel");
        side.add(joinPanel, projector);
    }

    private void confirmClose(Caller caller, String eventId) {
        ConfirmDialog confirm = new ConfirmDialog("Close the learning event?",
                "The join code stops working and no more notes can be added. Everything recorded stays.",
                "Close the event", yes -> events.close(caller, eventId));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
