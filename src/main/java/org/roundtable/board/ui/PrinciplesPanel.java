package org.roundtable.board.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.PrincipleProposals;
import org.roundtable.event.ProposedPrinciple;
import org.roundtable.event.SetupDefaults;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * The working principles the room agrees at the start, numbered, with the group's own additions.
 * On the projector they are large, and an accepted proposal appears at once; on a tablet a
 * person can propose an addition and sees what became of theirs; on the console the facilitator
 * accepts or declines what is proposed.
 */
final class PrinciplesPanel extends Section implements LivePart {

    /** Which screen it is on. */
    enum Mode {
        PROJECTOR, TABLET, CONSOLE
    }

    private final EventPreparation preparation;
    private final PrincipleProposals proposals;
    private final Caller caller;
    private final LearningEvent event;
    private final Mode mode;
    private final OrderedList principles = new OrderedList();
    private final UnorderedList proposalList = new UnorderedList();
    private final Div proposalArea = new Div();
    private final TextArea proposal = new TextArea(Texts.get(getLocale(), "board.principles.propose-label"));
    private @Nullable List<String> shownPrinciples;
    private @Nullable List<ProposedPrinciple> shownProposals;

    PrinciplesPanel(EventPreparation preparation, PrincipleProposals proposals, Caller caller, LearningEvent event,
            Mode mode) {
        this.preparation = preparation;
        this.proposals = proposals;
        this.caller = caller;
        this.event = event;
        this.mode = mode;
        addClassNames("rt-principles", "rt-principles-" + mode.name().toLowerCase(Locale.ROOT));
        principles.addClassName("rt-principles-list");
        proposalList.addClassName("rt-proposals");
        add(new H2(Texts.get(getLocale(), "board.principles.title")), principles);
        switch (mode) {
            case PROJECTOR -> {
                Paragraph ask = new Paragraph(SetupDefaults.ASK_THE_GROUP);
                ask.addClassName("rt-principles-ask");
                add(ask);
            }
            case TABLET -> buildProposing();
            case CONSOLE -> {
                proposalArea.add(new H3(Texts.get(getLocale(), "board.principles.proposed-by-room")), proposalList);
                add(proposalArea);
            }
        }
        refresh();
    }

    private void buildProposing() {
        proposal.setWidthFull();
        proposal.setMaxLength(PrincipleProposals.MAX_LENGTH);
        proposal.setValueChangeMode(ValueChangeMode.LAZY);
        proposal.setHelperText(SetupDefaults.ASK_THE_GROUP);
        Button send = new Button(Texts.get(getLocale(), "board.principles.propose"), click -> {
            try {
                proposals.propose(caller, event.id(), proposal.getValue());
                proposal.clear();
                proposal.setInvalid(false);
                Notification.show(Texts.get(getLocale(), "board.principles.proposed"), 2500,
                        Notification.Position.BOTTOM_CENTER);
                refresh();
            } catch (InvalidInput | NotAllowed refused) {
                proposal.setErrorMessage(Refusals.reason(refused, getLocale()));
                proposal.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("rt-propose");
        H3 yours = new H3(Texts.get(getLocale(), "board.principles.yours"));
        proposalArea.add(proposal, send, yours, proposalList);
        add(proposalArea);
    }

    @Override
    public void refresh() {
        List<String> current = preparation.workingPrinciplesFor(caller, event.id());
        if (!current.equals(shownPrinciples)) {
            shownPrinciples = current;
            principles.removeAll();
            current.forEach(text -> principles.add(new ListItem(text)));
        }
        if (mode == Mode.PROJECTOR) {
            return;
        }
        List<ProposedPrinciple> visible = mode == Mode.CONSOLE ? proposals.pendingFor(caller, event.id())
                : proposals.proposalsFor(caller, event.id());
        if (!visible.equals(shownProposals)) {
            shownProposals = visible;
            proposalList.removeAll();
            visible.forEach(p -> proposalList.add(mode == Mode.CONSOLE ? pendingItem(p) : ownItem(p)));
            if (visible.isEmpty()) {
                proposalList.add(new ListItem(Texts.get(getLocale(), mode == Mode.CONSOLE ? "board.principles.nothing-waiting"
                        : "board.principles.none-yet")));
            }
        }
    }

    private ListItem ownItem(ProposedPrinciple p) {
        Span status = new Span(Texts.label(getLocale(), p.status()));
        status.addClassNames("rt-proposal-status", "rt-proposal-" + p.status().name().toLowerCase(Locale.ROOT));
        ListItem item = new ListItem(new Span(p.text()), status);
        item.addClassName("rt-proposal");
        return item;
    }

    private ListItem pendingItem(ProposedPrinciple p) {
        Paragraph error = new Paragraph();
        error.addClassName("rt-error");
        error.getElement().setAttribute("role", "alert");
        Button accept = new Button(Texts.get(getLocale(), "board.principles.accept"), click -> decide(() -> proposals.accept(caller, event.id(), p.id()), error));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        accept.getElement().setAttribute("aria-label", Texts.get(getLocale(), "board.principles.accept-label", p.text()));
        Button decline = new Button(Texts.get(getLocale(), "board.principles.decline"), click -> decide(() -> proposals.decline(caller, event.id(), p.id()),
                error));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decline.getElement().setAttribute("aria-label", Texts.get(getLocale(), "board.principles.decline-label", p.text()));
        Span text = new Span(p.text());
        text.addClassName("rt-proposal-text");
        Div buttons = new Div(accept, decline);
        buttons.addClassName("rt-proposal-buttons");
        ListItem item = new ListItem(AgencyChip.of(event, p.by()), text, buttons, error);
        item.addClassName("rt-proposal");
        return item;
    }

    private void decide(Runnable decision, Paragraph error) {
        try {
            decision.run();
            refresh();
        } catch (InvalidInput | NotAllowed refused) {
            error.setText(Refusals.reason(refused, getLocale()));
        }
    }
}
