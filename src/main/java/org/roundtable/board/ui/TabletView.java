package org.roundtable.board.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.LearningWall;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.ParticipantCapabilities;
import org.roundtable.event.PrincipleProposals;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.live.LiveScreen;
import org.roundtable.live.LiveUpdates;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.TabStrips;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;

/**
 * A participant's tablet or phone. "Now" is the activity of the running stage (the room list,
 * proposing working principles, the timeline, the child's lived experience, their group's board,
 * the learning wall, the evaluation form at the close) and the tablet switches to it whenever the facilitator moves the room on or
 * brings everyone to the current view; the timeline and the learning wall stay one tap away all
 * day. Only for a browser that joined this event (in this session, or earlier: its capability
 * cookie lets it back in); a participant the facilitator removed is sent to the join page.
 */
@Route("room/:eventId")
@AnonymousAllowed
@StyleSheet("themes/tablet.css")
class TabletView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where the participant is looking. */
    enum Place {
        NOW, TIMELINE, LEARNING_WALL
    }

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final EntryAnalyses analyses;
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
    private final ParticipantCapabilities capabilities;

    TabletView(LearningEvents events, Timelines timelines, Notes notes, EntryAnalyses analyses, Callers callers,
            EventPreparation preparation, RoomStages stages, Contributors contributors,
            PrincipleProposals proposals, BreakoutGroups groups, LearningWall wall, LivedExperience livedExperience,
            Evaluations evaluations, LiveUpdates updates, ParticipantCapabilities capabilities) {
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.analyses = analyses;
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
        this.capabilities = capabilities;
        addClassName("rt-tablet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        Caller.Participant participant = callers.participantIn(eventId).or(() -> restored(eventId)).orElse(null);
        removeAll();
        if (participant == null) {
            add(new H1(Texts.get(getLocale(), "board.tablet.join-first")),
                    new Paragraph(Texts.get(getLocale(), "board.tablet.not-joined")),
                    new Anchor("join", Texts.get(getLocale(), "board.tablet.join-with-code")));
            return;
        }
        LearningEvent event;
        try {
            event = events.readableBy(participant, eventId);
            // The event's language unless this device chose one, before any text is drawn.
            LanguageChoice.useEventDefault(enter.getUI(), events.language(participant, eventId));
        } catch (NotAllowed e) {
            if (LearningEvents.REMOVED.equals(e.getMessage())) {
                // Removed by the facilitator: this device forgets the event and starts again at the join page.
                callers.forgetParticipant(eventId);
                Notification.show(Texts.reason(e, getLocale()), 10_000, Notification.Position.MIDDLE).addClassName("rt-refused");
                enter.forwardTo("join");
                return;
            }
            add(new H1(Texts.get(getLocale(), "board.tablet.not-available")), new Paragraph(Texts.reason(e, getLocale())));
            return;
        }
        String agencyName = event.agency(participant.agencyCode()).map(a -> a.name()).orElse(participant.agencyCode());
        Span you = new Span(participant.role() + " · " + agencyName);
        you.addClassName("rt-you");
        Span status = new Span();
        status.addClassName("rt-status");
        status.getElement().setAttribute("role", "status");
        StageBar stageBar = new StageBar(stages, preparation, participant, event, StageBar.Size.TABLET);
        Header header = new Header(new H1(event.pseudonym()), you, stageBar, status, new ConnectionIndicator(),
                new LanguageChoice());
        header.addClassName("rt-tablet-header");
        PauseNotice pause = new PauseNotice(stages, participant, event, PauseNotice.Mode.TABLET);

        Tab now = new Tab(Texts.get(getLocale(), "board.tablet.now"));
        Tab timeline = new Tab(Texts.get(getLocale(), "board.tablet.timeline"));
        Tab learningWall = new Tab(Texts.get(getLocale(), "board.tablet.learning-wall"));
        Tabs places = TabStrips.withWholeTablist(new Tabs(now, timeline, learningWall));
        places.addClassName("rt-tablet-places");
        LiveSlot content = new LiveSlot("rt-tablet-content");
        add(header, pause, places, content, quickNote(participant, eventId));

        // Notes sent before the connection or the session was lost go now, once each.
        TabletOutbox.resendAll(enter.getUI(), notes, participant, eventId);

        Follow follow = new Follow();
        Runnable redraw = () -> {
            // By index (the tabs' order above): reading the selected tab walks the tabs, on every update.
            int selected = places.getSelectedIndex();
            Place place = selected == 1 ? Place.TIMELINE : selected == 2 ? Place.LEARNING_WALL : Place.NOW;
            RoomState state = stages.stateFor(participant, eventId);
            LearningEvent current = events.readableBy(participant, eventId);
            content.show(keyFor(place, state), () -> partFor(place, participant, current, state));
        };
        // Also when the screen itself turns to the room's activity: the slot only refreshes if it already shows it.
        places.addSelectedChangeListener(change -> redraw.run());
        live.follow(event.logId(), () -> {
            LearningEvent current = events.readableBy(participant, eventId);
            RoomState state = stages.stateFor(participant, eventId);
            Redraw.text(status, current.isOpen() ? "" : Texts.get(getLocale(), "board.tablet.closed"));
            stageBar.refresh();
            pause.refresh();
            // A new stage, a new view or "bring everyone here" takes the tablet to the room's activity.
            if (follow.movedOn(state)) {
                places.setSelectedTab(now);
            }
            redraw.run();
        });
    }

    @Override
    public String getPageTitle() {
        return Texts.get(getLocale(), "board.tablet.page-title");
    }

    /**
     * The participant this device's capability cookie stands for (it joined before this session
     * began: a reconnect, or a node restart), remembered in the session from now on.
     */
    private Optional<Caller.Participant> restored(String eventId) {
        Optional<String> capability = callers.capabilityFor(eventId);
        Optional<Caller.Participant> participant = capability.flatMap(capabilities::restore)
                .filter(p -> p.eventId().equals(eventId));
        if (participant.isPresent()) {
            callers.rememberParticipant(participant.get());
        } else if (capability.isPresent()) {
            // Forged, expired, removed or closed: the cookie is of no use, so it goes.
            callers.forgetParticipant(eventId);
        }
        return participant;
    }

    /**
     * The note form one tap away on every tab: a general note, placed at the end of the timeline
     * (the facilitator moves or answers it in triage). Its draft is kept in the tab like any other.
     */
    private Button quickNote(Caller.Participant participant, String eventId) {
        Button button = new Button(Texts.get(getLocale(), "board.tablet.quick-note"), VaadinIcon.PLUS.create(), click -> {
            List<TimelineEntry> entries = timelines.timelineFor(participant, eventId).entries();
            NotePlace place = NotePlace.gapAfter(entries.isEmpty() ? null : entries.getLast().id());
            new NoteDialog(notes, participant, eventId, place, Texts.get(getLocale(), "board.tablet.quick-note-where"), true)
                    .open();
        });
        button.addClassName("rt-quick-note");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.getElement().setAttribute("aria-haspopup", "dialog");
        return button;
    }

    /** Remembers what the room last showed, to notice when the facilitator moves everyone on. */
    private static final class Follow {
        private @Nullable List<Object> last;

        boolean movedOn(RoomState state) {
            List<Object> next = List.of(state.stageIndex(), state.view(), String.valueOf(state.focusId()),
                    state.summons());
            boolean moved = last != null && !last.equals(next);
            last = next;
            return moved;
        }
    }

    private static Object keyFor(Place place, RoomState state) {
        return place == Place.NOW ? List.of(place, state.view(), String.valueOf(state.focusId()))
                : place;
    }

    private LivePart partFor(Place place, Caller.Participant participant, LearningEvent event, RoomState state) {
        return switch (place) {
            case TIMELINE -> new TabletTimeline(events, timelines, notes, analyses, participant, event);
            case LEARNING_WALL -> wall(participant, event);
            case NOW -> now(participant, event, state);
        };
    }

    private LivePart now(Caller.Participant participant, LearningEvent event, RoomState state) {
        return switch (state.view()) {
            case ROOM_LIST -> new RoomListPanel(contributors, participant, event, RoomListPanel.Mode.TABLET);
            case PRINCIPLES -> new PrinciplesPanel(preparation, proposals, participant, event,
                    PrinciplesPanel.Mode.TABLET);
            case OVERVIEW -> new OverviewPanel(preparation, stages, participant, event);
            case TIMELINE -> new TabletTimeline(events, timelines, notes, analyses, participant, event);
            case LIVED_EXPERIENCE -> new LivedExperienceLane(livedExperience, participant, event,
                    LivedExperienceLane.Mode.TABLET);
            case GROUPS -> new GroupBoardPanel(groups, timelines, participant, event, GroupBoardPanel.Mode.TABLET,
                    null);
            case GROUP_FEEDBACK -> {
                GroupBoardPanel board = new GroupBoardPanel(groups, timelines, participant, event,
                        GroupBoardPanel.Mode.PROJECTOR, null);
                board.setGroup(state.focusId());
                yield board;
            }
            case LEARNING_WALL -> wall(participant, event);
            case FACTOR_SUMMARY -> new FactorSummaryPanel(analyses, participant, event,
                    FactorSummaryPanel.Mode.PROJECTOR);
            case EVALUATION -> new EvaluationFormPanel(evaluations, participant, event);
            case BREAK -> ClosingPanel.breakTime();
        };
    }

    private LivePart wall(Caller.Participant participant, LearningEvent event) {
        return new LearningWallPanel(wall, timelines, participant, event, LearningWallPanel.Mode.TABLET);
    }
}
