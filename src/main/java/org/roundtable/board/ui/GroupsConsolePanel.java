package org.roundtable.board.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.GroupMember;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.KeyTheme;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomMember;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * The facilitator's breakout groups, for the console (ConsoleView) during the analysis stage:
 * create groups from the key themes (or a theme the preparation missed), balance the room across
 * agencies, move people by menu or by drag, assign newcomers, choose scribes, rename and remove
 * groups. Names appear only where the event lets facilitators see them.
 */
final class GroupsConsolePanel extends Section implements LivePart {

    private final BreakoutGroups breakouts;
    private final Caller caller;
    private final LearningEvent event;

    final CheckboxGroup<String> themes = new CheckboxGroup<>();
    final TextField missedTheme = new TextField();
    final Button create = new Button();
    final Button balance = new Button();
    final Button assignNewcomers = new Button();
    private final Span newcomerList = new Span();
    private final Div columns = new Div();
    private @Nullable List<BreakoutGroup> shownGroups;
    private List<String> offered = List.of();

    GroupsConsolePanel(BreakoutGroups breakouts, Caller caller, LearningEvent event) {
        this.breakouts = breakouts;
        this.caller = caller;
        this.event = event;
        addClassName("rt-groups-console");
        getElement().setAttribute("aria-label", getTranslation("board.groups.title"));
        themes.setLabel(getTranslation("board.groups.key-themes"));
        missedTheme.setLabel(getTranslation("board.groups.missed-theme"));
        create.setText(getTranslation("board.groups.create"));
        balance.setText(getTranslation("board.groups.balance"));

        themes.addClassName("rt-groups-themes");
        missedTheme.setMaxLength(BreakoutGroups.MAX_THEME_LENGTH);
        missedTheme.setClearButtonVisible(true);
        missedTheme.setHelperText(getTranslation("board.groups.missed-theme-help"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createGroups());
        Div creating = new Div(themes, missedTheme, create);
        creating.addClassName("rt-groups-create");

        balance.addClickListener(click -> balanceAsked());
        assignNewcomers.addClickListener(click -> act(() -> {
            int placed = breakouts.assignNewcomers(caller, event.id());
            Notification.show(getTranslation("board.groups.newcomers-placed", placed), 2000,
                    Notification.Position.BOTTOM_CENTER);
        }));
        newcomerList.addClassName("rt-groups-newcomers");
        Div actions = new Div(balance, assignNewcomers, newcomerList);
        actions.addClassName("rt-groups-actions");

        columns.addClassName("rt-groups-columns");
        add(new H2(getTranslation("board.groups.title")), creating, actions, columns);
        refresh();
    }

    @Override
    public void refresh() {
        List<String> nowOffered = breakouts.offeredThemes(caller, event.id()).stream().map(KeyTheme::title).toList();
        if (!nowOffered.equals(offered)) {
            var chosen = themes.getValue();
            offered = nowOffered;
            themes.setItems(offered);
            themes.setValue(chosen.stream().filter(offered::contains).collect(Collectors.toSet()));
        }
        List<BreakoutGroup> groups = breakouts.groupsFor(caller, event.id());
        List<RoomMember> newcomers = breakouts.newcomersFor(caller, event.id());
        balance.setEnabled(!groups.isEmpty() && event.isOpen());
        assignNewcomers.setEnabled(!groups.isEmpty() && !newcomers.isEmpty() && event.isOpen());
        assignNewcomers.setText(getTranslation("board.groups.assign-newcomers", newcomers.size()));
        newcomerList.removeAll();
        newcomers.forEach(m -> newcomerList.add(new AgencyChip(event, m.agencyCode())));
        if (!groups.equals(shownGroups)) {
            shownGroups = groups;
            drawColumns(groups);
        }
    }

    private void createGroups() {
        List<String> chosen = new ArrayList<>(offered.stream().filter(themes.getValue()::contains).toList());
        if (!missedTheme.getValue().isBlank()) {
            chosen.add(missedTheme.getValue());
        }
        try {
            breakouts.createGroups(caller, event.id(), chosen);
            themes.clear();
            missedTheme.clear();
            missedTheme.setInvalid(false);
            refresh();
        } catch (InvalidInput | NotAllowed refused) {
            missedTheme.setErrorMessage(Refusals.reason(refused, getLocale()));
            missedTheme.setInvalid(true);
        }
    }

    private void balanceAsked() {
        int moving;
        try {
            moving = breakouts.balancingWouldMove(caller, event.id());
        } catch (InvalidInput | NotAllowed refused) {
            Notification.show(Refusals.reason(refused, getLocale()), 4000, Notification.Position.MIDDLE);
            return;
        }
        if (moving == 0) {
            act(() -> breakouts.balanceAcrossAgencies(caller, event.id()));
            return;
        }
        confirm(getTranslation("board.groups.balance-again"), getTranslation("board.groups.balance-again-text", moving),
                getTranslation("board.groups.balance-yes"), () -> breakouts.balanceAcrossAgencies(caller, event.id()));
    }

    private void drawColumns(List<BreakoutGroup> groups) {
        columns.removeAll();
        if (groups.isEmpty()) {
            columns.add(new Paragraph(getTranslation("board.groups.none-yet")));
        }
        for (BreakoutGroup group : groups) {
            columns.add(column(group, groups));
        }
    }

    private Div column(BreakoutGroup group, List<BreakoutGroup> groups) {
        Div column = new Div();
        column.addClassName("rt-group-column");
        column.getElement().setAttribute("data-group-id", group.id());
        H3 theme = new H3(group.theme());
        theme.addClassName("rt-group-theme");
        Div head = new Div(theme, groupMenu(group));
        head.addClassName("rt-group-head");
        column.add(head);
        if (group.themeWeMissed()) {
            Span missed = new Span(getTranslation("board.groups.missed-theme"));
            missed.addClassName("rt-group-missed");
            column.add(missed);
        }
        column.add(scribeChoice(group));

        Div members = new Div();
        members.addClassName("rt-group-members");
        if (group.members().isEmpty()) {
            members.add(new Span(getTranslation("board.groups.nobody-yet")));
        }
        group.members().forEach(member -> members.add(memberCard(member, group, groups)));
        column.add(members);

        DropTarget<Div> drop = DropTarget.create(column);
        drop.addDropListener(dropped -> dropped.getDragData()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(participantId -> !group.hasMember(participantId))
                .ifPresent(participantId -> act(() -> breakouts.moveToGroup(caller, event.id(), participantId,
                        group.id()))));
        return column;
    }

    private Div memberCard(GroupMember member, BreakoutGroup group, List<BreakoutGroup> groups) {
        Span role = new Span(member.name() == null ? member.role() : member.role() + " · " + member.name());
        role.addClassName("rt-group-member-role");
        Div card = new Div(new AgencyChip(event, member.agencyCode()), role);
        card.addClassName("rt-group-member");
        if (member.participantId().equals(group.scribeId())) {
            Span scribe = new Span(getTranslation("board.groups.scribe"));
            scribe.addClassName("rt-group-scribe");
            card.add(scribe);
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem move = menu.addItem(getTranslation("board.groups.move"));
        move.getElement().setAttribute("aria-label", getTranslation("board.groups.move-label", member.role()));
        groups.stream().filter(other -> !other.id().equals(group.id())).forEach(other -> move.getSubMenu()
                .addItem(other.theme(), click -> act(() -> breakouts.moveToGroup(caller, event.id(),
                        member.participantId(), other.id()))));
        card.add(menu);
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(member.participantId());
        return card;
    }

    private Select<GroupMember> scribeChoice(BreakoutGroup group) {
        Select<GroupMember> scribe = new Select<>();
        scribe.setLabel(getTranslation("board.groups.scribe"));
        scribe.addClassName("rt-group-scribe-choice");
        scribe.setEmptySelectionAllowed(true);
        scribe.setEmptySelectionCaption(getTranslation("board.groups.no-scribe"));
        scribe.setItems(group.members());
        scribe.setItemLabelGenerator(m -> m == null ? getTranslation("board.groups.no-scribe")
                : m.agencyCode() + " · " + (m.name() == null ? m.role() : m.role() + " · " + m.name()));
        scribe.setValue(group.scribe().orElse(null));
        scribe.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                GroupMember chosen = change.getValue();
                act(() -> breakouts.chooseScribe(caller, event.id(), group.id(),
                        chosen == null ? null : chosen.participantId()));
            }
        });
        return scribe;
    }

    private MenuBar groupMenu(BreakoutGroup group) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem more = menu.addItem("…");
        more.getElement().setAttribute("aria-label", getTranslation("board.groups.more-label", group.theme()));
        more.getSubMenu().addItem(getTranslation("board.groups.rename"), click -> rename(group));
        more.getSubMenu().addItem(getTranslation("board.groups.remove"), click -> confirm(
                getTranslation("board.groups.remove-confirm", group.theme()),
                getTranslation("board.groups.remove-confirm-text"),
                getTranslation("board.groups.remove-yes"), () -> breakouts.removeGroup(caller, event.id(), group.id())));
        return menu;
    }

    private void rename(BreakoutGroup group) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("board.groups.rename-title"));
        TextField theme = new TextField(getTranslation("board.groups.theme"));
        theme.setValue(group.theme());
        theme.setMaxLength(BreakoutGroups.MAX_THEME_LENGTH);
        theme.setWidthFull();
        dialog.add(theme);
        Button save = new Button(getTranslation("board.groups.save"), click -> {
            try {
                breakouts.renameGroup(caller, event.id(), group.id(), theme.getValue());
                dialog.close();
                refresh();
            } catch (InvalidInput | NotAllowed refused) {
                theme.setErrorMessage(Refusals.reason(refused, getLocale()));
                theme.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("board.groups.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirm(String title, String text, String yes, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.addClassName("rt-groups-confirm");
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        Button confirm = new Button(yes, click -> {
            dialog.close();
            act(action);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("board.groups.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs a service call; a refusal is shown, and the panel shows what now stands. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput | NotAllowed refused) {
            Notification.show(Refusals.reason(refused, getLocale()), 4000,
                    Notification.Position.MIDDLE);
        }
        refresh();
    }
}
