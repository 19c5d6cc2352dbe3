package org.roundtable.board.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.roundtable.access.Caller;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.FamilyMessage;
import org.roundtable.event.FamilyPerspective;
import org.roundtable.event.KeyTheme;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomStages;

/**
 * The overview of the day for the room (projector and tablets): the agenda with the running
 * stage marked, the key themes the review will analyse, and what the family asked the room to
 * hear. Nothing here is facilitator-only: the terms of reference and the people stay on the
 * console.
 */
final class OverviewPanel extends Div implements LivePart {

    private final EventPreparation preparation;
    private final RoomStages stages;
    private final Caller caller;
    private final LearningEvent event;
    private final OrderedList agenda = new OrderedList();
    private final OrderedList themes = new OrderedList();
    private final Div family = new Div();

    OverviewPanel(EventPreparation preparation, RoomStages stages, Caller caller, LearningEvent event) {
        this.preparation = preparation;
        this.stages = stages;
        this.caller = caller;
        this.event = event;
        addClassName("rt-overview");
        agenda.addClassName("rt-overview-agenda");
        themes.addClassName("rt-overview-themes");
        family.addClassName("rt-overview-family");
        add(new Section(new H2(getTranslation("board.overview.the-day")), agenda),
                new Section(new H2(getTranslation("board.overview.key-themes")), themes), family);
    }

    @Override
    public void refresh() {
        String eventId = event.id();
        int running = stages.stateFor(caller, eventId).stageIndex();
        List<AgendaStage> stagesOfTheDay = preparation.agendaFor(caller, eventId);
        agenda.removeAll();
        for (int i = 0; i < stagesOfTheDay.size(); i++) {
            AgendaStage stage = stagesOfTheDay.get(i);
            ListItem item = new ListItem(new Span(stage.title()),
                    new Span(" · " + AgendaStage.duration(getLocale(), stage.minutes())));
            if (i == running) {
                Span now = new Span(getTranslation("board.overview.now"));
                now.addClassName("rt-overview-now-label");
                item.addComponentAsFirst(now);
                item.addClassName("rt-overview-now");
                item.getElement().setAttribute("aria-current", "step");
            }
            agenda.add(item);
        }
        themes.removeAll();
        List<KeyTheme> keyThemes = preparation.keyThemesFor(caller, eventId);
        if (keyThemes.isEmpty()) {
            themes.add(new ListItem(getTranslation("board.overview.no-themes")));
        }
        for (KeyTheme theme : keyThemes) {
            ListItem item = new ListItem(new Span(theme.title()));
            if (theme.description() != null) {
                Paragraph description = new Paragraph(theme.description());
                description.addClassName("rt-overview-theme-description");
                item.add(description);
            }
            themes.add(item);
        }
        family.removeAll();
        FamilyPerspective perspective = preparation.familyPerspectiveFor(caller, eventId);
        if (perspective.declined()) {
            family.add(new H2(getTranslation("board.overview.family")),
                    new Paragraph(getTranslation("board.overview.family-declined")));
        } else if (!perspective.messages().isEmpty()) {
            family.add(new H2(getTranslation("board.overview.family-asked")));
            for (FamilyMessage message : perspective.messages()) {
                Paragraph said = new Paragraph(message.message());
                said.addClassName("rt-family-message");
                Span who = new Span(message.relationship());
                who.addClassName("rt-family-relationship");
                family.add(new Div(who, said));
            }
        }
    }
}
