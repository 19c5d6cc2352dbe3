package org.roundtable.board.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.Ballot;
import org.roundtable.board.LearningPoint;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LearningTheme;
import org.roundtable.board.LearningWall;
import org.roundtable.board.VotingStatus;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.Timelines;

/**
 * The learning wall, for all three screens of the room (see {@link Mode}): learning points
 * grouped by kind or by learning theme, and at the close the dot vote on themes and the agreed
 * themes. Redraws only when what it shows changed, so open dialogs and scrolling stay put; every
 * action goes through {@link LearningWall}, which checks the caller's rights again.
 */
final class LearningWallPanel extends Section implements LivePart {

    /** Which screen the wall sits on. */
    enum Mode {
        /** A participant's tablet: add points, edit or withdraw one's own, vote. */
        TABLET,
        /** The facilitator's console: everything, plus clustering, voting controls, agreeing and hiding. */
        CONSOLE,
        /** The room's screen: the wall large, the vote, then the totals and agreed themes. */
        PROJECTOR
    }

    private enum Grouping {
        BY_KIND("board.wall.by-kind"), BY_THEME("board.wall.by-theme");

        /** The key of the grouping's name. */
        final String key;

        Grouping(String key) {
            this.key = key;
        }
    }

    /** What the wall showed last; a refresh with the same redraws nothing. */
    private record Shown(List<LearningPoint> points, List<LearningTheme> themes, VotingStatus voting, Ballot ballot,
            Grouping grouping, MergedTimeline timeline) {
    }

    private final LearningWall wall;
    private final Timelines timelines;
    private final Caller caller;
    private final LearningEvent event;
    private final Mode mode;
    private final Span status = new Span();
    private final Div body = new Div();
    private final RadioButtonGroup<Grouping> grouping = new RadioButtonGroup<>();
    private final IntegerField votesPerPerson = new IntegerField(Texts.get(getLocale(), "board.wall.votes-each"));
    private final Checkbox liveTotals = new Checkbox(Texts.get(getLocale(), "board.wall.live-totals"));
    private final Button votingButton = new Button();
    private @Nullable Shown shown;

    LearningWallPanel(LearningWall wall, Timelines timelines, Caller caller, LearningEvent event, Mode mode) {
        this.wall = wall;
        this.timelines = timelines;
        this.caller = caller;
        this.event = event;
        this.mode = mode;
        addClassNames("rt-wall", "rt-wall-" + mode.name().toLowerCase(Locale.ROOT));
        FocusAfterRedraw.keepIn(this);
        getElement().setAttribute("aria-label", Texts.get(getLocale(), "board.wall.title"));
        status.addClassName("rt-wall-status");
        status.getElement().setAttribute("role", "status");
        Header header = new Header(new H2(Texts.get(getLocale(), "board.wall.title")), status);
        header.addClassName("rt-wall-header");
        add(header);
        if (mode != Mode.PROJECTOR) {
            add(actions());
        }
        body.addClassName("rt-wall-body");
        add(body);
        refresh();
    }

    private Div actions() {
        Div actions = new Div();
        actions.addClassName("rt-wall-actions");
        Button add = new Button(Texts.get(getLocale(), "board.wall.add-point"), click -> new LearningPointDialog(wall, caller, event.id(),
                timelines.timelineFor(caller, event.id()), null).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("rt-wall-add");
        grouping.setItems(Grouping.values());
        grouping.setItemLabelGenerator(g -> Texts.get(getLocale(), g.key));
        grouping.setValue(Grouping.BY_KIND);
        grouping.setAriaLabel(Texts.get(getLocale(), "board.wall.group-the-wall"));
        grouping.addValueChangeListener(change -> refresh());
        actions.add(add, grouping);
        if (mode == Mode.CONSOLE) {
            Button newTheme = new Button(Texts.get(getLocale(), "board.wall.new-theme"), click -> WallDialogs.askText(
                    Texts.get(getLocale(), "board.wall.new-theme-title"), Texts.get(getLocale(), "board.wall.theme-title"), null,
                    LearningTheme.MAX_TITLE_LENGTH, Texts.get(getLocale(), "board.wall.create"), title -> {
                        wall.createTheme(caller, event.id(), title);
                        grouping.setValue(Grouping.BY_THEME);
                    }));
            votesPerPerson.setMin(VotingStatus.MIN_VOTES);
            votesPerPerson.setMax(VotingStatus.MAX_VOTES);
            votesPerPerson.setStepButtonsVisible(true);
            votesPerPerson.setValue(VotingStatus.DEFAULT_VOTES);
            votesPerPerson.addClassName("rt-wall-votes-each");
            votingButton.addClickListener(click -> WallDialogs.attempt(this::toggleVoting));
            Div voting = new Div(votesPerPerson, liveTotals, votingButton);
            voting.addClassName("rt-wall-voting-controls");
            actions.add(newTheme, voting);
        }
        return actions;
    }

    private void toggleVoting() {
        if (wall.votingFor(caller, event.id()).isOpen()) {
            wall.closeVoting(caller, event.id());
        } else {
            int votes = Objects.requireNonNullElse(votesPerPerson.getValue(), VotingStatus.DEFAULT_VOTES);
            wall.openVoting(caller, event.id(), votes, liveTotals.getValue());
        }
        refresh();
    }

    @Override
    public void refresh() {
        Shown now = new Shown(wall.pointsFor(caller, event.id()), wall.themesFor(caller, event.id()),
                wall.votingFor(caller, event.id()), wall.ballotFor(caller, event.id()),
                Objects.requireNonNullElse(grouping.getValue(), Grouping.BY_KIND),
                timelines.timelineFor(caller, event.id()));
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        status.setText(statusText(now));
        votingButton.setText(Texts.get(getLocale(), now.voting().isOpen() ? "board.wall.close-voting" : "board.wall.open-voting"));
        votesPerPerson.setEnabled(!now.voting().isOpen());
        liveTotals.setEnabled(!now.voting().isOpen());
        body.removeAll();
        body.getElement().setAttribute("data-voting", now.voting().phase().name().toLowerCase(Locale.ROOT));
        if (now.voting().isOpen() && mode == Mode.TABLET && now.ballot().canVote()) {
            body.add(ballotLine(now.ballot()));
        }
        if (showThemes(now)) {
            themes(now);
        } else {
            byKind(now);
        }
    }

    /** The projector and voters see themes whenever there are any; the others choose. */
    private boolean showThemes(Shown now) {
        if (now.themes().isEmpty()) {
            return false;
        }
        return mode == Mode.PROJECTOR || now.voting().isOpen() || now.grouping() == Grouping.BY_THEME;
    }

    private String statusText(Shown now) {
        return switch (now.voting().phase()) {
            case NOT_STARTED -> Texts.get(getLocale(), "board.wall.points", now.points().size());
            case OPEN -> Texts.get(getLocale(), "board.wall.voting-open", now.voting().votesPerPerson());
            case CLOSED -> Texts.get(getLocale(), "board.wall.voting-closed");
        };
    }

    private Paragraph ballotLine(Ballot ballot) {
        Paragraph line = new Paragraph(Texts.get(getLocale(), "board.wall.votes-left", ballot.remaining(),
                ballot.votesPerPerson()));
        line.addClassName("rt-wall-ballot");
        return line;
    }

    private void byKind(Shown now) {
        if (now.points().isEmpty()) {
            body.add(new Paragraph(Texts.get(getLocale(), "board.wall.empty")));
            return;
        }
        Map<LearningPointKind, List<LearningPoint>> byKind = now.points().stream()
                .collect(Collectors.groupingBy(LearningPoint::kind));
        Div columns = new Div();
        columns.addClassName("rt-wall-columns");
        for (LearningPointKind kind : LearningPointKind.values()) {
            List<LearningPoint> points = byKind.getOrDefault(kind, List.of());
            if (points.isEmpty()) {
                continue;
            }
            Div group = new Div(new H3(Texts.label(getLocale(), kind)));
            group.addClassNames("rt-wall-group", "rt-wall-kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            points.forEach(point -> group.add(pointCard(point, now, false)));
            columns.add(group);
        }
        body.add(columns);
    }

    private void themes(Shown now) {
        List<LearningTheme> themes = now.themes();
        if (now.voting().phase() == VotingStatus.Phase.CLOSED) {
            // After the vote the room reads the themes from the most votes down.
            themes = themes.stream().sorted(Comparator.comparing((LearningTheme t) ->
                    Objects.requireNonNullElse(t.votes(), 0)).reversed()).toList();
        }
        Map<String, LearningPoint> byId = now.points().stream()
                .collect(Collectors.toMap(LearningPoint::id, Function.identity()));
        Div columns = new Div();
        columns.addClassName("rt-wall-columns");
        for (LearningTheme theme : themes) {
            columns.add(themeCard(theme, byId, now));
        }
        List<LearningPoint> loose = now.points().stream().filter(p -> p.themeId() == null).toList();
        boolean votingOnProjector = mode == Mode.PROJECTOR && now.voting().phase() != VotingStatus.Phase.NOT_STARTED;
        if (!loose.isEmpty() && !votingOnProjector) {
            Div group = new Div(new H3(Texts.get(getLocale(), "board.wall.not-in-theme")));
            group.addClassNames("rt-wall-group", "rt-wall-loose");
            loose.forEach(point -> group.add(pointCard(point, now, false)));
            columns.add(group);
        }
        body.add(columns);
    }

    private Div themeCard(LearningTheme theme, Map<String, LearningPoint> byId, Shown now) {
        Div card = new Div();
        card.addClassName("rt-wall-theme");
        card.getElement().setAttribute("data-theme-id", theme.id());
        Div head = new Div(new H3(theme.title()));
        head.addClassName("rt-wall-theme-head");
        if (theme.votes() != null) {
            Span votes = new Span(Texts.get(getLocale(), "board.wall.votes", theme.votes()));
            votes.addClassName("rt-wall-votes");
            head.add(votes);
        }
        if (theme.agreed()) {
            Span agreed = new Span(Texts.get(getLocale(), "board.wall.agreed"));
            agreed.addClassName("rt-wall-agreed");
            head.add(agreed);
            card.addClassName("rt-wall-theme-agreed");
        }
        if (mode == Mode.CONSOLE) {
            head.add(themeMenu(theme, now));
        }
        card.add(head);
        if (mode == Mode.TABLET && now.voting().isOpen() && now.ballot().canVote()) {
            card.add(voteButtons(theme, now.ballot()));
        }
        theme.pointIds().stream().map(byId::get).filter(Objects::nonNull)
                .forEach(point -> card.add(pointCard(point, now, true)));
        return card;
    }

    private Div voteButtons(LearningTheme theme, Ballot ballot) {
        Button vote = new Button(Texts.get(getLocale(), "board.wall.vote"), click -> WallDialogs.attempt(() -> {
            wall.vote(caller, event.id(), theme.id());
            refresh();
        }));
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        vote.setEnabled(ballot.remaining() > 0);
        vote.setAriaLabel(Texts.get(getLocale(), "board.wall.vote-for", theme.title()));
        vote.addClassName("rt-wall-vote");
        FocusAfterRedraw.mark(vote, "vote:" + theme.id());
        Button back = new Button(Texts.get(getLocale(), "board.wall.take-back"), click -> WallDialogs.attempt(() -> {
            wall.takeBackVote(caller, event.id(), theme.id());
            refresh();
        }));
        back.setEnabled(ballot.on(theme.id()) > 0);
        back.setAriaLabel(Texts.get(getLocale(), "board.wall.take-back-from", theme.title()));
        back.addClassName("rt-wall-take-back");
        FocusAfterRedraw.mark(back, "take-back:" + theme.id());
        Span mine = new Span(Texts.get(getLocale(), "board.wall.your-votes", ballot.on(theme.id())));
        mine.addClassName("rt-wall-your-votes");
        Div buttons = new Div(vote, back, mine);
        buttons.addClassName("rt-wall-vote-buttons");
        return buttons;
    }

    private Component themeMenu(LearningTheme theme, Shown now) {
        Button more = FocusAfterRedraw.mark(menuButton(Texts.get(getLocale(), "board.wall.theme-actions", theme.title())),
                "theme-menu:" + theme.id());
        ContextMenu menu = new ContextMenu(more);
        menu.setOpenOnClick(true);
        menu.addItem(Texts.get(getLocale(), "board.wall.rename-menu"), click -> WallDialogs.askText(
                Texts.get(getLocale(), "board.wall.rename-title"), Texts.get(getLocale(), "board.wall.theme-title"), theme.title(),
                LearningTheme.MAX_TITLE_LENGTH, Texts.get(getLocale(), "board.wall.rename"), title -> wall.renameTheme(caller, event.id(), theme.id(), title)));
        List<LearningTheme> others = now.themes().stream().filter(t -> !t.id().equals(theme.id())).toList();
        if (!others.isEmpty()) {
            menu.addItem(Texts.get(getLocale(), "board.wall.merge-menu"), click -> WallDialogs.choose(
                    Texts.get(getLocale(), "board.wall.merge-title", theme.title()), Texts.get(getLocale(), "board.wall.theme"),
                    others, LearningTheme::title, Texts.get(getLocale(), "board.wall.merge"),
                    into -> wall.mergeThemes(caller, event.id(), theme.id(), into.id())));
        }
        menu.addItem(Texts.get(getLocale(), theme.agreed() ? "board.wall.not-agreed" : "board.wall.mark-agreed"), click -> WallDialogs.attempt(
                () -> wall.markAgreed(caller, event.id(), theme.id(), !theme.agreed())));
        menu.addItem(Texts.get(getLocale(), "board.wall.remove-theme"), click -> WallDialogs.attempt(() -> wall.removeTheme(caller, event.id(), theme.id())));
        return more;
    }

    private Div pointCard(LearningPoint point, Shown now, boolean inTheme) {
        Div card = new Div();
        card.addClassNames("rt-wall-point", "rt-wall-kind-" + point.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        card.getElement().setAttribute("data-point-id", point.id());
        Span kind = new Span(Texts.label(getLocale(), point.kind()));
        kind.addClassName("rt-wall-point-kind");
        Div head = new Div(AgencyChip.of(event, point.by()));
        head.addClassName("rt-wall-point-head");
        if (inTheme || now.grouping() == Grouping.BY_THEME || mode == Mode.PROJECTOR) {
            head.add(kind);
        }
        if (point.sourceLabel() != null) {
            Span source = new Span(point.sourceLabel());
            source.addClassName("rt-wall-point-source");
            head.add(source);
        }
        if (point.hidden()) {
            Span hidden = new Span(Texts.get(getLocale(), "board.wall.hidden"));
            hidden.addClassName("rt-wall-point-hidden-label");
            head.add(hidden);
            card.addClassName("rt-wall-point-hidden");
        }
        Paragraph text = new Paragraph(point.text());
        text.addClassName("rt-wall-point-text");
        card.add(head, text);
        if (!point.entryIds().isEmpty()) {
            String about = point.entryIds().stream()
                    .map(id -> now.timeline().entry(id).map(e -> e.when(getLocale()) + " " + e.agencyCode()).orElse(null))
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(" · "));
            if (!about.isEmpty()) {
                Span entries = new Span(Texts.get(getLocale(), "board.wall.about", about));
                entries.addClassName("rt-wall-point-entries");
                card.add(entries);
            }
        }
        if (mode != Mode.PROJECTOR) {
            Component actions = pointActions(point, now);
            if (actions != null) {
                head.add(actions);
            }
        }
        return card;
    }

    private @Nullable Component pointActions(LearningPoint point, Shown now) {
        boolean yours = point.by().yours();
        if (mode != Mode.CONSOLE && !yours) {
            return null;
        }
        Button more = FocusAfterRedraw.mark(menuButton(Texts.get(getLocale(), "board.wall.point-actions")),
                "point-menu:" + point.id());
        ContextMenu menu = new ContextMenu(more);
        menu.setOpenOnClick(true);
        menu.addItem(Texts.get(getLocale(), "board.wall.edit-menu"), click -> new LearningPointDialog(wall, caller, event.id(), now.timeline(), point).open());
        if (mode == Mode.CONSOLE) {
            if (!now.themes().isEmpty()) {
                menu.addItem(Texts.get(getLocale(), "board.wall.move-menu"), click -> WallDialogs.choose(
                        Texts.get(getLocale(), "board.wall.move-title"), Texts.get(getLocale(), "board.wall.theme"),
                        now.themes(), LearningTheme::title, Texts.get(getLocale(), "board.wall.move"),
                        theme -> wall.moveToTheme(caller, event.id(), point.id(), theme.id())));
            }
            if (point.themeId() != null) {
                menu.addItem(Texts.get(getLocale(), "board.wall.take-out"), click -> WallDialogs.attempt(
                        () -> wall.moveToTheme(caller, event.id(), point.id(), null)));
            }
            menu.addItem(Texts.get(getLocale(), point.hidden() ? "board.wall.show-again" : "board.wall.hide"), click -> WallDialogs.attempt(
                    () -> wall.hide(caller, event.id(), point.id(), !point.hidden())));
        }
        if (yours) {
            menu.addItem(Texts.get(getLocale(), "board.wall.withdraw"), click -> WallDialogs.attempt(() -> wall.withdraw(caller, event.id(), point.id())));
        }
        return more;
    }

    private static Button menuButton(String label) {
        Button more = new Button("⋯");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClassName("rt-wall-menu");
        more.setAriaLabel(label);
        return more;
    }
}
