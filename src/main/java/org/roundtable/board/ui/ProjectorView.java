package org.roundtable.board.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.AccessProperties;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.LearningWall;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.Notes;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.PrincipleProposals;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.live.LiveScreen;
import org.roundtable.live.LiveUpdates;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.Timelines;

/**
 * The room's screen, opened through the event's read-only link. It shows what the running stage
 * is about (the room list, the working principles, the timeline, the child's lived experience
 * beside it, the groups, one group's board for feedback, the learning wall, the evaluation) and
 * follows the facilitator from stage to stage; the stage and its timer are always at the top, and
 * a pause to summarise covers everything. Before the first stage it shows the timeline and the
 * join code. Never the agencies' comments, never a name.
 */
@Route("projector/:token")
@AnonymousAllowed
@StyleSheet("themes/projector.css")
@PageTitle("Roundtable") // not text: the brand name, the same in both languages
class ProjectorView extends Main implements BeforeEnterObserver {

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final EntryAnalyses analyses;
    private final EventPreparation preparation;
    private final RoomStages stages;
    private final Contributors contributors;
    private final PrincipleProposals proposals;
    private final BreakoutGroups groups;
    private final LearningWall wall;
    private final LivedExperience livedExperience;
    private final LiveScreen live;
    private final AccessProperties access;

    ProjectorView(LearningEvents events, Timelines timelines, Notes notes, EntryAnalyses analyses,
            EventPreparation preparation, RoomStages stages, Contributors contributors, PrincipleProposals proposals,
            BreakoutGroups groups,
            LearningWall wall, LivedExperience livedExperience, LiveUpdates updates, AccessProperties access) {
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.analyses = analyses;
        this.preparation = preparation;
        this.stages = stages;
        this.contributors = contributors;
        this.proposals = proposals;
        this.groups = groups;
        this.wall = wall;
        this.livedExperience = livedExperience;
        this.live = new LiveScreen(this, updates);
        this.access = access;
        addClassName("rt-projector");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String token = enter.getRouteParameters().get("token").orElse("");
        Caller.Projector projector = events.projectorFor(token).orElse(null);
        removeAll();
        if (projector == null) {
            add(new H1(Texts.get(getLocale(), "board.projector.link-not-valid")));
            return;
        }
        // The projector speaks the event's language: the room reads one screen together.
        LanguageChoice.useEventDefault(enter.getUI(), events.language(projector, projector.eventId()));
        LearningEvent event = events.readableBy(projector, projector.eventId());
        String baseUrl = JoinLink.baseUrl(access);
        StageBar stageBar = new StageBar(stages, preparation, projector, event, StageBar.Size.PROJECTOR);
        PauseNotice pause = new PauseNotice(stages, projector, event, PauseNotice.Mode.PROJECTOR);
        Span status = new Span();
        status.addClassName("rt-status");
        Header header = new Header(new H1(event.pseudonym()), stageBar, status);
        header.addClassName("rt-projector-header");
        LiveSlot content = new LiveSlot("rt-projector-content");
        add(header, pause, content);

        live.follow(event.logId(), () -> {
            LearningEvent current = events.readableBy(projector, projector.eventId());
            RoomState state = stages.stateFor(projector, projector.eventId());
            Redraw.text(status, current.isOpen() ? "" : Texts.get(getLocale(), "board.projector.closed"));
            stageBar.refresh();
            pause.refresh();
            content.show(List.of(state.view(), String.valueOf(state.focusId())),
                    () -> contentFor(projector, current, state, baseUrl));
        });
    }

    private LivePart contentFor(Caller.Projector projector, LearningEvent event, RoomState state, String baseUrl) {
        return switch (state.view()) {
            case ROOM_LIST -> new RoomListPanel(contributors, projector, event, RoomListPanel.Mode.PROJECTOR);
            case PRINCIPLES -> new PrinciplesPanel(preparation, proposals, projector, event,
                    PrinciplesPanel.Mode.PROJECTOR);
            case OVERVIEW -> new OverviewPanel(preparation, stages, projector, event);
            case TIMELINE -> timeline(projector, event, baseUrl, true);
            case LIVED_EXPERIENCE -> new SideBySide("rt-lived-beside-timeline",
                    timeline(projector, event, baseUrl, false),
                    new LivedExperienceLane(livedExperience, projector, event,
                            LivedExperienceLane.Mode.PROJECTOR));
            case GROUPS -> new GroupsOverview(groups, projector, event);
            case GROUP_FEEDBACK -> feedback(projector, event, state);
            case LEARNING_WALL -> new LearningWallPanel(wall, timelines, projector, event,
                    LearningWallPanel.Mode.PROJECTOR);
            case FACTOR_SUMMARY -> new FactorSummaryPanel(analyses, projector, event,
                    FactorSummaryPanel.Mode.PROJECTOR);
            case EVALUATION -> ClosingPanel.evaluation(baseUrl + "/room/" + event.id(),
                    events.joinCodeShownTo(projector, event.id()).orElse(""));
            case BREAK -> ClosingPanel.breakTime();
        };
    }

    private ProjectorTimeline timeline(Caller.Projector projector, LearningEvent event, String baseUrl,
            boolean withSide) {
        return new ProjectorTimeline(events, timelines, notes, analyses, preparation, projector, event, baseUrl,
                withSide);
    }

    /** One group's board for the room; the first group until the facilitator chooses one. */
    private LivePart feedback(Caller.Projector projector, LearningEvent event, RoomState state) {
        GroupBoardPanel board = new GroupBoardPanel(groups, timelines, projector, event,
                GroupBoardPanel.Mode.PROJECTOR, null);
        board.setGroup(state.focusId());
        return board;
    }
}
