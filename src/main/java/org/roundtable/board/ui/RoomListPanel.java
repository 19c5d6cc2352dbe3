package org.roundtable.board.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.Agency;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.Contributors;
import org.roundtable.event.InvitationCheck;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomMember;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * Who is here, for the introductions: each person's role and agency (a name only where the event
 * allows the viewer to see it) and how many came from each agency. On the projector and tablets
 * that is all; on the console the facilitator also sees the room checked against the invitation
 * list: who invited is here, who is not yet, and who came without being on the list, and can
 * remove someone from the room.
 */
final class RoomListPanel extends Section implements LivePart {

    /** Which screen it is on. */
    enum Mode {
        PROJECTOR, TABLET, CONSOLE
    }

    private final Contributors contributors;
    private final @Nullable LearningEvents events;
    private final Caller caller;
    private final LearningEvent event;
    private final Mode mode;
    private final Paragraph total = new Paragraph();
    private final Div counts = new Div();
    private final UnorderedList people = new UnorderedList();
    private final Div check = new Div();
    private @Nullable List<RoomMember> shownRoom;
    private @Nullable InvitationCheck shownCheck;

    RoomListPanel(Contributors contributors, Caller caller, LearningEvent event, Mode mode) {
        this(contributors, null, caller, event, mode);
    }

    /** On the console, where the facilitator can also remove someone from the room. */
    RoomListPanel(Contributors contributors, LearningEvents events, Caller caller, LearningEvent event) {
        this(contributors, events, caller, event, Mode.CONSOLE);
    }

    private RoomListPanel(Contributors contributors, @Nullable LearningEvents events, Caller caller,
            LearningEvent event, Mode mode) {
        this.contributors = contributors;
        this.events = events;
        this.caller = caller;
        this.event = event;
        this.mode = mode;
        addClassNames("rt-room-list", "rt-room-list-" + mode.name().toLowerCase(Locale.ROOT));
        total.addClassName("rt-room-total");
        counts.addClassName("rt-room-counts");
        people.addClassName("rt-room-people");
        check.addClassName("rt-room-check");
        add(new H2(getTranslation("board.room.who-is-here")), total, counts, people);
        if (mode == Mode.CONSOLE) {
            add(check);
        }
        refresh();
    }

    @Override
    public void refresh() {
        List<RoomMember> room = contributors.roomFor(caller, event.id());
        if (!room.equals(shownRoom)) {
            shownRoom = room;
            drawRoom(room);
        }
        if (mode == Mode.CONSOLE) {
            InvitationCheck current = contributors.invitationCheckFor(caller, event.id());
            if (!current.equals(shownCheck)) {
                shownCheck = current;
                drawCheck(current);
            }
        }
    }

    private void drawRoom(List<RoomMember> room) {
        total.setText(getTranslation("board.room.total", room.size()));
        counts.removeAll();
        Map<String, Integer> byAgency = new LinkedHashMap<>();
        event.agencies().forEach(agency -> byAgency.put(agency.code(), 0));
        room.forEach(member -> byAgency.merge(member.agencyCode(), 1, Integer::sum));
        byAgency.forEach((code, count) -> {
            if (count > 0) {
                Span number = new Span(String.valueOf(count));
                number.addClassName("rt-room-count-number");
                Span chip = new Span(new AgencyChip(event, code), number);
                chip.addClassName("rt-room-count");
                chip.getElement().setAttribute("aria-label", getTranslation("board.room.from-agency", count,
                        agencyName(code)));
                counts.add(chip);
            }
        });
        people.removeAll();
        room.forEach(member -> {
            ListItem item = personItem(member.role(), member.agencyCode(), member.name());
            if (mode == Mode.CONSOLE && events != null) {
                item.add(removeButton(events, member));
            }
            people.add(item);
        });
    }

    /** The facilitator takes someone out of the room, after saying what that does. */
    private Button removeButton(LearningEvents events, RoomMember member) {
        String who = getTranslation("board.room.who", member.role(), agencyName(member.agencyCode()));
        Button remove = new Button(getTranslation("board.room.remove"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("board.room.remove-confirm", who),
                    getTranslation("board.room.remove-confirm-text"),
                    getTranslation("board.room.remove"), yes -> {
                        try {
                            events.removeParticipant(caller, event.id(), member.participantId());
                        } catch (NotAllowed | InvalidInput refused) {
                            Notification.show(Refusals.reason(refused, getLocale()), 5_000, Notification.Position.MIDDLE);
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("board.room.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClassName("rt-room-remove");
        remove.getElement().setAttribute("aria-label", getTranslation("board.room.remove-label", who));
        return remove;
    }

    private void drawCheck(InvitationCheck current) {
        check.removeAll();
        check.add(new H3(getTranslation("board.room.check-title")));
        Paragraph note = new Paragraph(getTranslation("board.room.check-note"));
        note.addClassName("rt-room-check-note");
        check.add(note);
        UnorderedList here = list(getTranslation("board.room.invited-here", current.here().size()));
        current.here().forEach(arrived -> here.add(personItem(arrived.invitee().role(),
                arrived.invitee().agencyCode(), arrived.invitee().name(),
                getTranslation("board.room.here-as", arrived.member().role()))));
        UnorderedList missing = list(getTranslation("board.room.invited-not-here", current.notYetHere().size()));
        current.notYetHere().forEach(invitee -> missing.add(personItem(invitee.role(), invitee.agencyCode(),
                invitee.name())));
        UnorderedList extra = list(getTranslation("board.room.not-invited", current.notInvited().size()));
        current.notInvited().forEach(member -> extra.add(personItem(member.role(), member.agencyCode(),
                member.name())));
    }

    /** A titled list in the check, added to it; the caller fills it. */
    private UnorderedList list(String heading) {
        UnorderedList list = new UnorderedList();
        list.addClassName("rt-room-check-list");
        H4 title = new H4(heading);
        title.addClassName("rt-room-check-heading");
        check.add(new Div(title, list));
        return list;
    }

    private ListItem personItem(String role, String agencyCode, @Nullable String name, String... more) {
        Span roleText = new Span(role);
        roleText.addClassName("rt-room-role");
        ListItem item = new ListItem(new AgencyChip(event, agencyCode), roleText);
        if (name != null) {
            Span nameText = new Span(name);
            nameText.addClassName("rt-room-name");
            item.add(nameText);
        }
        for (String text : more) {
            Span extra = new Span(text);
            extra.addClassName("rt-room-more");
            item.add(extra);
        }
        item.addClassName("rt-room-person");
        return item;
    }

    private String agencyName(String code) {
        return event.agency(code).map(Agency::name).orElse(code);
    }
}
