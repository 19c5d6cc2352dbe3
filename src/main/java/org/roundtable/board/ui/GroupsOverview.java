package org.roundtable.board.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;

/**
 * Every breakout group on one screen, for the projector (ProjectorView) during the analysis
 * stage: each group's theme and its members as agency chips, so people find their group across
 * the room. No names, ever.
 */
final class GroupsOverview extends Section implements LivePart {

    private final BreakoutGroups breakouts;
    private final Caller caller;
    private final LearningEvent event;
    private final Div cards = new Div();
    private @Nullable List<BreakoutGroup> shown;

    GroupsOverview(BreakoutGroups breakouts, Caller caller, LearningEvent event) {
        this.breakouts = breakouts;
        this.caller = caller;
        this.event = event;
        addClassName("rt-groups-overview");
        cards.addClassName("rt-groups-overview-cards");
        add(new H2(getTranslation("board.groups.title")), cards);
        refresh();
    }

    @Override
    public void refresh() {
        List<BreakoutGroup> groups = breakouts.groupsFor(caller, event.id());
        if (groups.equals(shown)) {
            return;
        }
        shown = groups;
        cards.removeAll();
        if (groups.isEmpty()) {
            cards.add(new Paragraph(getTranslation("board.groups.being-formed")));
        }
        int number = 1;
        for (BreakoutGroup group : groups) {
            cards.add(card(number++, group));
        }
    }

    private Div card(int number, BreakoutGroup group) {
        Span label = new Span(getTranslation("board.groups.number", number));
        label.addClassName("rt-groups-overview-number");
        H3 theme = new H3(group.theme());
        Div members = new Div();
        members.addClassName("rt-groups-overview-members");
        group.members().forEach(member -> members.add(new AgencyChip(event, member.agencyCode())));
        Span count = new Span(getTranslation("board.groups.people", group.members().size()));
        count.addClassName("rt-groups-overview-count");
        Div card = new Div(label, theme, members, count);
        card.addClassName("rt-groups-overview-card");
        card.getElement().setAttribute("data-group-id", group.id());
        return card;
    }
}
