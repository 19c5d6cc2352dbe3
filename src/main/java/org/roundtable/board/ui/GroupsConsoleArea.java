package org.roundtable.board.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.GroupPoint;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LearningWall;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.event.RoomView;
import org.roundtable.timeline.Timelines;

/**
 * The console's groups: forming and balancing them, and then feedback, where the facilitator
 * reads any group's board, puts it on the projector for the room, and moves a point to the
 * learning wall.
 */
final class GroupsConsoleArea extends Div implements LivePart {

    private final BreakoutGroups groups;
    private final RoomStages stages;
    private final Caller caller;
    private final String eventId;
    private final GroupsConsolePanel forming;
    private final GroupBoardPanel board;
    private final Select<BreakoutGroup> chosen = new Select<>();
    private List<BreakoutGroup> offered = List.of();

    GroupsConsoleArea(BreakoutGroups groups, LearningWall wall, Timelines timelines, RoomStages stages,
            Caller caller, LearningEvent event) {
        this.groups = groups;
        this.stages = stages;
        this.caller = caller;
        this.eventId = event.id();
        this.forming = new GroupsConsolePanel(groups, caller, event);
        this.board = new GroupBoardPanel(groups, timelines, caller, event, GroupBoardPanel.Mode.CONSOLE,
                point -> wall.addFromGroup(caller, eventId,
                        point.goodPractice() ? LearningPointKind.GOOD_PRACTICE : LearningPointKind.INTER_AGENCY,
                        point.text(), point.timelineEntryId() == null ? List.of() : List.of(point.timelineEntryId()),
                        point.id(), themeOf(point)));
        addClassName("rt-groups-console-area");
        chosen.setLabel(getTranslation("board.groups.board-choice"));
        chosen.setItemLabelGenerator(BreakoutGroup::theme);
        chosen.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                board.setGroup(change.getValue() == null ? null : change.getValue().id());
            }
        });
        Button project = new Button(getTranslation("board.groups.show-on-projector"), click -> {
            BreakoutGroup group = chosen.getValue();
            if (group != null) {
                stages.show(caller, eventId, RoomView.GROUP_FEEDBACK, group.id());
            }
        });
        project.addClassName("rt-show-group");
        // Feedback goes round the groups one by one: the next group in one press.
        Button next = new Button(getTranslation("board.groups.show-next"), click -> {
            if (offered.isEmpty()) {
                return;
            }
            RoomState state = stages.stateFor(caller, eventId);
            int at = -1;
            for (int i = 0; i < offered.size(); i++) {
                if (offered.get(i).id().equals(state.focusId())) {
                    at = i;
                }
            }
            BreakoutGroup following = offered.get((at + 1) % offered.size());
            chosen.setValue(following);
            stages.show(caller, eventId, RoomView.GROUP_FEEDBACK, following.id());
        });
        next.addClassName("rt-show-next-group");
        Div choosing = new Div(chosen, project, next);
        choosing.addClassName("rt-groups-feedback-choice");
        Section feedback = new Section(new H2(getTranslation("board.groups.feedback")), choosing, board);
        feedback.addClassName("rt-groups-feedback");
        add(forming, feedback);
    }

    private @Nullable String themeOf(GroupPoint point) {
        return offered.stream().filter(g -> g.id().equals(point.groupId())).findFirst()
                .map(g -> getTranslation("board.groups.wall-theme", g.theme())).orElse(null);
    }

    @Override
    public void refresh() {
        forming.refresh();
        List<BreakoutGroup> now = groups.groupsFor(caller, eventId);
        if (!now.equals(offered)) {
            offered = now;
            String selected = chosen.getValue() == null ? null : chosen.getValue().id();
            chosen.setItems(now);
            now.stream().filter(g -> g.id().equals(selected)).findFirst().ifPresent(chosen::setValue);
        }
        // During feedback the console follows the group on the projector.
        RoomState state = stages.stateFor(caller, eventId);
        if (state.view() == RoomView.GROUP_FEEDBACK && state.focusId() != null) {
            now.stream().filter(g -> g.id().equals(state.focusId())).findFirst().ifPresent(group -> {
                if (!Objects.equals(chosen.getValue(), group)) {
                    chosen.setValue(group);
                }
            });
        }
        if (chosen.getValue() == null && !now.isEmpty()) {
            chosen.setValue(now.getFirst());
        }
        board.setGroup(chosen.getValue() == null ? null : chosen.getValue().id());
        board.refresh();
    }
}
