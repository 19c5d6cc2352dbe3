package org.roundtable.board.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.GroupBoard;
import org.roundtable.board.GroupPoint;
import org.roundtable.board.GroupPrompt;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;

/**
 * One breakout group's board: its theme and the prompts, with the points under each.
 * <ul>
 * <li>{@link Mode#TABLET} (TabletView): the participant's own group; add a point under a prompt,
 * edit or withdraw their own, mark good practice; the scribe orders points and marks key ones.</li>
 * <li>{@link Mode#PROJECTOR} (ProjectorView): the group given by {@link #setGroup}, large, for
 * feedback to the room: key points first, good practice marked.</li>
 * <li>{@link Mode#CONSOLE} (ConsoleView): any group, with the scribe's tools and "Move to the
 * learning wall" on each point.</li>
 * </ul>
 * Authors appear only as agency chips (their byline), never by name. Typed text stays in its
 * field while the board redraws.
 */
final class GroupBoardPanel extends Section implements LivePart {

    enum Mode {
        TABLET, PROJECTOR, CONSOLE
    }

    private final BreakoutGroups breakouts;
    private final Timelines timelines;
    private final Caller caller;
    private final LearningEvent event;
    private final Mode mode;
    private final @Nullable Consumer<GroupPoint> toLearningWall;

    private final Div head = new Div();
    private final Paragraph notFormedYet = new Paragraph();
    private final Map<GroupPrompt, UnorderedList> lists = new EnumMap<>(GroupPrompt.class);
    private final Map<GroupPrompt, Section> sections = new EnumMap<>(GroupPrompt.class);
    final Map<GroupPrompt, TextArea> drafts = new EnumMap<>(GroupPrompt.class);
    private final Map<GroupPrompt, ComboBox<TimelineEntry>> entryChoices = new EnumMap<>(GroupPrompt.class);
    private final Map<GroupPrompt, Div> composers = new EnumMap<>(GroupPrompt.class);
    private @Nullable String groupId;
    private @Nullable GroupBoard shown;
    private List<TimelineEntry> entries = List.of();
    private Map<String, TimelineEntry> entriesById = Map.of();

    /**
     * @param toLearningWall in {@link Mode#CONSOLE}, records a point on the learning wall before
     *                       the board marks it there; null where points are not moved
     */
    GroupBoardPanel(BreakoutGroups breakouts, Timelines timelines, Caller caller, LearningEvent event, Mode mode,
            @Nullable Consumer<GroupPoint> toLearningWall) {
        this.breakouts = breakouts;
        this.timelines = timelines;
        this.caller = caller;
        this.event = event;
        this.mode = mode;
        this.toLearningWall = toLearningWall;
        addClassNames("rt-group-board", "rt-group-board-" + mode.name().toLowerCase(Locale.ROOT));
        FocusAfterRedraw.keepIn(this);
        head.addClassName("rt-group-board-head");
        notFormedYet.addClassName("rt-group-board-empty");
        add(head, notFormedYet);
        for (GroupPrompt prompt : GroupPrompt.values()) {
            add(promptSection(prompt));
        }
        refresh();
    }

    /** The group shown in {@link Mode#PROJECTOR} and {@link Mode#CONSOLE}. */
    void setGroup(@Nullable String groupId) {
        if (!Objects.equals(this.groupId, groupId)) {
            this.groupId = groupId;
            shown = null;
            refresh();
        }
    }

    @Override
    public void refresh() {
        GroupBoard board = null;
        try {
            if (mode == Mode.TABLET) {
                groupId = breakouts.myGroup(caller, event.id()).map(BreakoutGroup::id).orElse(null);
            }
            board = groupId == null ? null : breakouts.boardFor(caller, event.id(), groupId);
            if (board != null) {
                refreshEntries();
            }
        } catch (InvalidInput | NotAllowed refused) {
            board = null;
        }
        if (board != null && board.equals(shown)) {
            return;
        }
        shown = board;
        draw(board);
    }

    private void refreshEntries() {
        List<TimelineEntry> now = timelines.timelineFor(caller, event.id()).entries();
        if (!now.equals(entries)) {
            entries = now;
            entriesById = now.stream().collect(Collectors.toMap(TimelineEntry::id, e -> e, (a, b) -> a));
            entryChoices.values().forEach(choice -> {
                TimelineEntry chosen = choice.getValue();
                choice.setItems(entries);
                choice.setValue(chosen == null ? null : entriesById.get(chosen.id()));
            });
        }
    }

    private Section promptSection(GroupPrompt prompt) {
        Section section = new Section();
        section.addClassName("rt-group-prompt");
        H3 label = new H3(Texts.label(getLocale(), prompt));
        Paragraph question = new Paragraph(question(prompt));
        question.addClassName("rt-group-question");
        UnorderedList list = new UnorderedList();
        list.addClassName("rt-group-points");
        list.getElement().setAttribute("aria-label", getTranslation("board.groups.points-label",
                Texts.label(getLocale(), prompt)));
        section.add(label, question, list);
        lists.put(prompt, list);
        sections.put(prompt, section);
        if (mode == Mode.TABLET) {
            section.add(composer(prompt));
        }
        return section;
    }

    private Div composer(GroupPrompt prompt) {
        TextArea text = new TextArea(getTranslation("board.groups.add-point"));
        text.setWidthFull();
        text.setMinHeight("5em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText("0 / " + BreakoutGroups.MAX_POINT_LENGTH);
        text.addValueChangeListener(change -> text.setHelperText(
                change.getValue().codePointCount(0, change.getValue().length()) + " / "
                        + BreakoutGroups.MAX_POINT_LENGTH));
        text.getElement().setAttribute("aria-label", getTranslation("board.groups.add-point-label",
                Texts.label(getLocale(), prompt)));
        ComboBox<TimelineEntry> entry = new ComboBox<>(getTranslation("board.groups.about-entry-optional"));
        entry.setClearButtonVisible(true);
        entry.setItemLabelGenerator(item -> TimelineBoard.describe(item, getLocale()));
        entry.setWidthFull();
        Button add = new Button(getTranslation("board.groups.add-point-button"), click -> addPoint(prompt));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("rt-group-add");
        drafts.put(prompt, text);
        entryChoices.put(prompt, entry);
        Div composer = new Div(text, entry, add);
        composer.addClassName("rt-group-composer");
        composers.put(prompt, composer);
        return composer;
    }

    private void addPoint(GroupPrompt prompt) {
        TextArea text = drafts.get(prompt);
        ComboBox<TimelineEntry> entry = entryChoices.get(prompt);
        if (groupId == null) {
            return;
        }
        try {
            breakouts.addPoint(caller, event.id(), groupId, prompt, text.getValue(),
                    entry.getValue() == null ? null : entry.getValue().id());
            text.clear();
            entry.clear();
            text.setInvalid(false);
            refresh();
        } catch (InvalidInput | NotAllowed refused) {
            text.setErrorMessage(Refusals.reason(refused, getLocale()));
            text.setInvalid(true);
        }
    }

    private void draw(@Nullable GroupBoard board) {
        head.removeAll();
        lists.values().forEach(UnorderedList::removeAll);
        notFormedYet.setVisible(board == null);
        sections.values().forEach(section -> section.setVisible(board != null));
        if (board == null) {
            notFormedYet.setText(getTranslation(mode == Mode.TABLET ? "board.groups.not-formed"
                    : "board.groups.choose-group"));
            return;
        }
        drawHead(board);
        for (GroupPrompt prompt : GroupPrompt.values()) {
            List<GroupPoint> points = mode == Mode.PROJECTOR ? board.keyPointsFirst(prompt) : board.under(prompt);
            UnorderedList list = lists.get(prompt);
            for (int i = 0; i < points.size(); i++) {
                list.add(pointItem(board, points.get(i), i, points.size()));
            }
            if (mode == Mode.PROJECTOR) {
                // The room sees the prompts the group answered; empty ones would only fill the screen.
                sections.get(prompt).setVisible(!points.isEmpty());
            }
            Div composer = composers.get(prompt);
            if (composer != null) {
                composer.setVisible(board.yoursToWrite());
            }
        }
    }

    private void drawHead(GroupBoard board) {
        BreakoutGroup group = board.group();
        H2 theme = new H2(group.theme());
        theme.addClassName("rt-group-board-theme");
        head.add(theme);
        if (group.themeWeMissed()) {
            head.add(tag(getTranslation("board.groups.missed-theme"), "rt-group-missed"));
        }
        if (group.removed()) {
            head.add(tag(getTranslation("board.groups.removed"), "rt-group-removed"));
        }
        Div members = new Div();
        members.addClassName("rt-group-board-members");
        group.members().forEach(m -> members.add(new AgencyChip(event, m.agencyCode())));
        head.add(members);
        if (mode == Mode.TABLET && caller instanceof Caller.Participant me && !group.removed()) {
            boolean scribe = me.participantId().equals(group.scribeId());
            if (scribe) {
                head.add(tag(getTranslation("board.groups.you-are-scribe"), "rt-group-scribe"),
                        new Button(getTranslation("board.groups.stop-scribe"), click -> act(() -> breakouts.stepDownAsScribe(caller,
                                event.id(), group.id()))));
            } else if (group.scribeId() == null && event.isOpen()) {
                head.add(new Button(getTranslation("board.groups.be-scribe"), click -> act(() -> breakouts.volunteerAsScribe(caller,
                        event.id(), group.id()))));
            } else if (group.scribeId() != null) {
                group.scribe().ifPresent(s -> head.add(tag(getTranslation("board.groups.scribe-is", s.agencyCode()),
                        "rt-group-scribe")));
            }
        }
    }

    private ListItem pointItem(GroupBoard board, GroupPoint point, int index, int count) {
        Div meta = new Div(AgencyChip.of(event, point.by()));
        meta.addClassName("rt-group-point-meta");
        if (point.by().yours()) {
            meta.add(tag(getTranslation("board.groups.yours"), "rt-group-point-yours"));
        }
        if (point.keyPoint()) {
            meta.add(tag(getTranslation("board.groups.key-point"), "rt-group-point-key-tag"));
        }
        if (point.goodPractice()) {
            meta.add(tag(getTranslation("board.groups.good-practice"), "rt-group-point-good-tag"));
        }
        if (point.onLearningWall()) {
            meta.add(tag(getTranslation("board.groups.on-wall"), "rt-group-point-wall-tag"));
        }
        if (point.edited()) {
            meta.add(tag(getTranslation("board.groups.edited"), "rt-group-point-edited"));
        }
        Paragraph text = new Paragraph(point.text());
        text.addClassName("rt-group-point-text");
        ListItem item = new ListItem(meta, text);
        item.addClassName("rt-group-point");
        item.getElement().setAttribute("data-point-id", point.id());
        if (point.keyPoint()) {
            item.addClassName("rt-group-point-key");
        }
        if (point.goodPractice()) {
            item.addClassName("rt-group-point-good");
        }
        if (point.timelineEntryId() != null) {
            TimelineEntry entry = entriesById.get(point.timelineEntryId());
            Span about = new Span(entry == null ? getTranslation("board.groups.about-an-entry")
                    : getTranslation("board.groups.about", TimelineBoard.describe(entry, getLocale())));
            about.addClassName("rt-group-point-entry");
            item.add(about);
        }
        if (mode != Mode.PROJECTOR) {
            Div actions = actions(board, point, index, count);
            if (actions.getComponentCount() > 0) {
                item.add(actions);
            }
        }
        return item;
    }

    private Div actions(GroupBoard board, GroupPoint point, int index, int count) {
        Div actions = new Div();
        actions.addClassName("rt-group-point-actions");
        String groupId = board.group().id();
        if (mode == Mode.TABLET && point.by().yours() && board.yoursToWrite()) {
            actions.add(small("board.groups.edit", () -> edit(point)),
                    small("board.groups.withdraw", () -> confirmWithdraw(point)));
        }
        if (board.yoursToWrite()) {
            actions.add(small(point.goodPractice() ? "board.groups.not-good-practice" : "board.groups.good-practice",
                    () -> breakouts.markGoodPractice(caller, event.id(), groupId, point.id(), !point.goodPractice())));
        }
        if (board.yoursToArrange()) {
            Button up = small("board.groups.move-up",
                    () -> breakouts.movePoint(caller, event.id(), groupId, point.id(), index - 1));
            up.setEnabled(index > 0);
            Button down = small("board.groups.move-down",
                    () -> breakouts.movePoint(caller, event.id(), groupId, point.id(), index + 1));
            down.setEnabled(index < count - 1);
            actions.add(up, down, small(point.keyPoint() ? "board.groups.not-key-point" : "board.groups.key-point",
                    () -> breakouts.markKeyPoint(caller, event.id(), groupId, point.id(), !point.keyPoint())));
        }
        if (mode == Mode.CONSOLE && toLearningWall != null && !point.onLearningWall() && event.isOpen()) {
            Button wall = small("board.groups.to-wall", () -> {
                toLearningWall.accept(point);
                breakouts.markOnLearningWall(caller, event.id(), groupId, point.id());
            });
            wall.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(wall);
        }
        // A redraw makes these buttons again: the one pressed (by its place) takes the focus back.
        int[] place = {0};
        actions.getChildren().forEach(button -> FocusAfterRedraw.mark(button, "point:" + point.id() + ":" + place[0]++));
        return actions;
    }

    private void edit(GroupPoint point) {
        Dialog dialog = new Dialog();
        dialog.addClassName("rt-group-point-dialog");
        dialog.setHeaderTitle(getTranslation("board.groups.edit-title"));
        TextArea text = new TextArea(Texts.label(getLocale(), point.prompt()));
        text.setValue(point.text());
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setAutofocus(true);
        dialog.add(text);
        Button save = new Button(getTranslation("board.groups.save"), click -> {
            try {
                breakouts.editPoint(caller, event.id(), point.groupId(), point.id(), text.getValue(),
                        point.timelineEntryId());
                dialog.close();
                refresh();
            } catch (InvalidInput | NotAllowed refused) {
                text.setErrorMessage(Refusals.reason(refused, getLocale()));
                text.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("board.groups.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmWithdraw(GroupPoint point) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("board.groups.withdraw-title"));
        dialog.add(new Paragraph(point.text()));
        Button withdraw = new Button(getTranslation("board.groups.withdraw"), click -> {
            dialog.close();
            act(() -> breakouts.withdrawPoint(caller, event.id(), point.groupId(), point.id()));
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("board.groups.keep-it"), click -> dialog.close()), withdraw);
        dialog.open();
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("rt-group-point-action");
        return button;
    }

    /** Runs a service call; a refusal is shown, and the board shows what now stands. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput | NotAllowed refused) {
            Notification.show(Refusals.reason(refused, getLocale()), 4000,
                    Notification.Position.MIDDLE);
        }
        refresh();
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassNames("rt-group-tag", className);
        return tag;
    }

    /** The prompt's question in the screen's language. */
    private String question(GroupPrompt prompt) {
        return getTranslation(prompt.questionKey());
    }
}
