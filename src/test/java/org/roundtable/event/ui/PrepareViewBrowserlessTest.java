package org.roundtable.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.DayPart;
import org.roundtable.event.EventDay;
import org.roundtable.event.EventPeople;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.Invitee;
import org.roundtable.event.KeyTheme;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.PersonInRole;
import org.roundtable.event.ReviewType;
import org.roundtable.event.StageKind;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The facilitator prepares an event on the Prepare screen, without a browser: every part is edited,
 * saved, and shown again after going away and coming back.
 */
@SpringBootTest
@ActiveProfiles("test")
class PrepareViewBrowserlessTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R'};

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;

    SecuredBrowserlessApplicationContext<Authentication> app;
    BrowserlessUIContext ui;
    LearningEvent event;
    Caller.Account facilitator;

    @BeforeEach
    void openThePrepareScreen() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        facilitator = room.facilitator();
        event = room.newEvent(facilitator, "Child " + UUID.randomUUID().toString().substring(0, 6));
        ui = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        open();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_events_list_has_a_prepare_link_for_each_event() {
        ui.navigate("", EventsView.class);

        Anchor prepare = ui.find(Anchor.class).withAriaLabel("Prepare " + event.pseudonym()).single();
        assertThat(prepare.getHref()).isEqualTo("events/" + event.id() + "/prepare");
    }

    @Test
    void the_event_details_are_saved_and_shown_again() {
        ui.test(field(TextField.class, "Case pseudonym")).setValue("Child Z");
        ui.test(select("Review type")).selectItem("Concise Child Practice Review");
        ui.test(ui.find(Select.class).withLabel("Part of the day").single()).selectItem("Morning");
        click("Add a day");
        List<DatePicker> dates = ui.find(DatePicker.class).withLabel("Date").all();
        ui.test(dates.get(1)).setValue(LocalDate.of(2026, 12, 1));
        ui.test(ui.find(Select.class).withLabel("Part of the day").all().get(1)).selectItem("Afternoon");
        ui.test(field(TextField.class, "Venue")).setValue("Quaker Meeting House");
        click("Save event details");
        assertThat(saved()).startsWith("Saved at");

        goAwayAndBack();
        assertThat(field(TextField.class, "Case pseudonym").getValue()).isEqualTo("Child Z");
        assertThat(select("Review type").getValue()).isEqualTo(ReviewType.CONCISE_CHILD_PRACTICE_REVIEW);
        assertThat(ui.find(DatePicker.class).withLabel("Date").all()).extracting(DatePicker::getValue)
                .containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
        assertThat(ui.find(Select.class).withLabel("Part of the day").all()).extracting(Select::getValue)
                .containsExactly(DayPart.MORNING, DayPart.AFTERNOON);
        assertThat(field(TextField.class, "Venue").getValue()).isEqualTo("Quaker Meeting House");
        assertThat(preparation.detailsFor(facilitator, event.id()).days())
                .contains(new EventDay(LocalDate.of(2026, 12, 1), DayPart.AFTERNOON));
        assertThat(events.readableBy(facilitator, event.id()).pseudonym()).isEqualTo("Child Z");
    }

    @Test
    void a_refused_save_says_why_and_keeps_what_was_typed() {
        ui.test(field(TextField.class, "Case pseudonym")).setValue("   ");
        click("Save event details");

        assertThat(error()).contains("pseudonym");
        assertThat(events.readableBy(facilitator, event.id()).pseudonym()).isEqualTo(event.pseudonym());
    }

    @Test
    void the_people_and_the_invitation_list_are_saved_and_shown_again() {
        tab("People");
        ui.test(field(TextField.class, "Facilitator 1: role")).setValue("Independent reviewer");
        ui.test(field(TextField.class, "Facilitator 2: role (if there are two)")).setValue("Panel chair");
        ui.test(field(TextField.class, "Note-taker: role")).setValue("Business support");
        click("Add an invited person");
        ui.test(field(TextField.class, "Role")).setValue("Health visitor");
        ui.test(select("Agency")).selectItem("HV · Health Visiting");
        ui.test(field(TextField.class, "Name (optional)")).setValue("Sam");
        click("Save people");
        assertThat(error()).isEmpty();

        goAwayAndBack();
        tab("People");
        assertThat(field(TextField.class, "Facilitator 1: role").getValue()).isEqualTo("Independent reviewer");
        assertThat(field(TextField.class, "Facilitator 2: role (if there are two)").getValue()).isEqualTo("Panel chair");
        assertThat(field(TextField.class, "Note-taker: role").getValue()).isEqualTo("Business support");
        assertThat(field(TextField.class, "Role").getValue()).isEqualTo("Health visitor");
        assertThat(field(TextField.class, "Name (optional)").getValue()).isEqualTo("Sam");
        assertThat(preparation.peopleFor(facilitator, event.id())).isEqualTo(new EventPeople(
                List.of(new PersonInRole("Independent reviewer", null), new PersonInRole("Panel chair", null)),
                new PersonInRole("Business support", null), List.of(new Invitee("Health visitor", "HV", "Sam"))));
    }

    @Test
    void the_terms_of_reference_are_shown_formatted_with_every_version_and_earlier_ones_can_be_read() {
        tab("Terms of reference");
        TextArea text = field(TextArea.class, "Terms of reference (Markdown)");
        ui.test(text).setValue("# Terms\n\nFirst **draft**.");
        click("Save as a new version");
        ui.test(text).setValue("# Terms\n\nSecond draft, after the panel met.");
        click("Save as a new version");

        goAwayAndBack();
        tab("Terms of reference");
        Markdown shown = ui.find(Markdown.class).single();
        assertThat(shown.getContent()).isEqualTo("# Terms\n\nSecond draft, after the panel met.");
        List<ListItem> versions = ui.find(ListItem.class).withClassName("rt-terms-version").all();
        assertThat(versions).hasSize(2);
        assertThat(versions.getFirst().getElement().getTextRecursively())
                .contains("version 2", "saved by " + TestRoom.FACILITATOR);
        ui.test(ui.find(Button.class).withAriaLabel("Show version 1").single()).click();
        assertThat(shown.getContent()).isEqualTo("# Terms\n\nFirst **draft**.");
        assertThat(ui.find(Paragraph.class).withClassName("rt-terms-showing").single().getText())
                .contains("earlier version");
    }

    @Test
    void key_themes_are_added_reordered_removed_with_a_warning_above_seven_and_saved() {
        tab("Key themes");
        for (int i = 1; i <= 8; i++) {
            click("Add a key theme");
            ui.test(ui.find(TextField.class).withLabel("Key theme").last()).setValue("Theme " + i);
        }
        assertThat(warning()).contains("8 key themes", "six or seven");
        ui.test(ui.find(TextArea.class).withLabel("Description (optional)").first()).setValue("The first one");

        ui.test(ui.find(Button.class).withAriaLabel("Move key theme 2 up").single()).click();
        ui.test(ui.find(Button.class).withAriaLabel("Remove key theme 8").single()).click();
        assertThat(warning()).isEmpty();
        click("Save key themes");

        goAwayAndBack();
        tab("Key themes");
        assertThat(ui.find(TextField.class).withLabel("Key theme").all()).extracting(TextField::getValue)
                .containsExactly("Theme 2", "Theme 1", "Theme 3", "Theme 4", "Theme 5", "Theme 6", "Theme 7");
        assertThat(preparation.keyThemesFor(facilitator, event.id()).get(1))
                .isEqualTo(new KeyTheme("Theme 1", "The first one"));
    }

    @Test
    void working_principles_start_from_the_defaults_and_edits_are_saved() {
        tab("Principles");
        List<TextArea> principles = ui.find(TextArea.class).withLabel("Working principle").all();
        assertThat(principles).hasSizeGreaterThanOrEqualTo(5);
        int count = principles.size();
        ui.test(principles.getFirst()).setValue("Everyone is heard.");
        ui.test(ui.find(Button.class).withAriaLabel("Remove working principle " + count).single()).click();
        click("Add a working principle");
        ui.test(ui.find(TextArea.class).withLabel("Working principle").last()).setValue("Phones on silent.");
        ui.test(ui.find(Button.class).withAriaLabel("Move working principle " + count + " up").single()).click();
        click("Save working principles");

        goAwayAndBack();
        tab("Principles");
        List<String> shown = ui.find(TextArea.class).withLabel("Working principle").all().stream()
                .map(TextArea::getValue).toList();
        assertThat(shown).hasSize(count).startsWith("Everyone is heard.");
        assertThat(shown.get(count - 2)).isEqualTo("Phones on silent.");
        assertThat(preparation.workingPrinciplesFor(facilitator, event.id())).isEqualTo(shown);
    }

    @Test
    void the_agenda_is_edited_with_its_total_time_and_saved() {
        tab("Agenda");
        List<AgendaStage> before = preparation.agendaFor(facilitator, event.id());
        assertThat(total()).isEqualTo("Total planned time: "
                + AgendaStage.duration(AgendaStage.totalMinutes(before)));

        ui.test(ui.find(IntegerField.class).withLabel("Minutes").first()).setValue(before.getFirst().minutes() + 10);
        assertThat(total()).isEqualTo("Total planned time: "
                + AgendaStage.duration(AgendaStage.totalMinutes(before) + 10));
        click("Add a stage");
        ui.test(ui.find(TextField.class).withLabel("Stage").last()).setValue("Recap of day one");
        ui.test(ui.find(IntegerField.class).withLabel("Minutes").last()).setValue(20);
        ui.test(ui.find(Select.class).withLabel("Kind of stage").last()).selectItem("Other");
        ui.test(ui.find(Button.class).withAriaLabel("Move stage " + (before.size() + 1) + " up").single()).click();
        click("Save agenda");

        goAwayAndBack();
        tab("Agenda");
        List<AgendaStage> after = preparation.agendaFor(facilitator, event.id());
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.get(before.size() - 1)).isEqualTo(new AgendaStage("Recap of day one", 20, StageKind.OTHER));
        assertThat(after.getFirst().minutes()).isEqualTo(before.getFirst().minutes() + 10);
        assertThat(ui.find(TextField.class).withLabel("Stage").all().get(before.size() - 1).getValue())
                .isEqualTo("Recap of day one");
        assertThat(total()).isEqualTo("Total planned time: " + AgendaStage.duration(AgendaStage.totalMinutes(after)));
    }

    @Test
    void the_family_perspective_is_saved_as_messages_or_as_declined_with_a_reason() {
        tab("Family");
        click("Add a message");
        ui.test(field(TextField.class, "Who (relationship to the child, not a name)")).setValue("Maternal grandmother");
        ui.test(field(TextArea.class, "What they want the room to hear")).setValue("She tried to tell people.");
        click("Save family perspective");

        goAwayAndBack();
        tab("Family");
        assertThat(field(TextField.class, "Who (relationship to the child, not a name)").getValue())
                .isEqualTo("Maternal grandmother");
        assertThat(field(TextArea.class, "What they want the room to hear").getValue())
                .isEqualTo("She tried to tell people.");

        ui.test(ui.find(Checkbox.class).withLabel("The family declined to take part").single()).click();
        ui.test(field(TextArea.class, "Why the family declined")).setValue("Not ready to talk");
        click("Save family perspective");

        goAwayAndBack();
        tab("Family");
        assertThat(ui.find(Checkbox.class).withLabel("The family declined to take part").single().getValue()).isTrue();
        assertThat(field(TextArea.class, "Why the family declined").getValue()).isEqualTo("Not ready to talk");
        assertThat(preparation.familyPerspectiveFor(facilitator, event.id()).messages()).isEmpty();
    }

    @Test
    void a_genogram_is_uploaded_shown_to_the_facilitator_and_put_on_the_projector_only_when_chosen() {
        tab("Genogram");
        ui.test(ui.find(Upload.class).single()).upload("family.png", "image/png", PNG);
        assertThat(ui.find(Image.class).single().getAlt()).hasValue("The family's genogram");
        Caller.Projector projector = room.projector(event, facilitator);
        assertThat(preparation.genogramForProjector(projector, event.id())).isEmpty();

        ui.test(ui.find(Checkbox.class).withLabel("Show the genogram on the projector").single()).click();
        assertThat(preparation.genogramForProjector(projector, event.id())).isPresent();

        goAwayAndBack();
        tab("Genogram");
        assertThat(ui.find(Image.class).exists()).isTrue();
        assertThat(ui.find(Checkbox.class).withLabel("Show the genogram on the projector").single().getValue()).isTrue();
    }

    @Test
    void a_file_that_is_not_a_png_or_jpeg_is_refused_with_a_message_even_when_named_png() {
        tab("Genogram");
        ui.test(ui.find(Upload.class).single()).upload("family.png", "image/png", "GIF89a-not-really".getBytes());

        assertThat(error()).contains("not a PNG or JPEG");
        assertThat(ui.find(Image.class).exists()).isFalse();
        assertThat(preparation.genogramFor(facilitator, event.id())).isEmpty();
    }

    @Test
    void a_template_saved_here_starts_a_new_event_with_its_agenda() {
        preparation.changeAgenda(facilitator, event.id(), List.of(new AgendaStage("Short welcome", 10,
                StageKind.INTRODUCTIONS), new AgendaStage("Timeline walk", 50, StageKind.TIMELINE)));
        String name = "Short format " + UUID.randomUUID().toString().substring(0, 6);
        tab("Template");
        ui.test(field(TextField.class, "Template name")).setValue(name);
        click("Save as a template");
        assertThat(ui.find(ListItem.class).withClassName("rt-template")
                .withCondition(li -> li.getElement().getTextRecursively().contains(name)).exists()).isTrue();

        ui.navigate("events/new", NewEventView.class);
        ui.test(field(TextField.class, "Case pseudonym")).setValue("Child T");
        ui.test(ui.find(TextField.class).withLabel("Agency").first()).setValue("Police");
        ui.test(select("Start from a template (optional)")).selectItem(name);
        click("Create learning event");

        assertThat(ui.getCurrentView()).isInstanceOf(PrepareView.class);
        tab("Agenda");
        assertThat(ui.find(TextField.class).withLabel("Stage").all()).extracting(TextField::getValue)
                .containsExactly("Short welcome", "Timeline walk");
        assertThat(total()).isEqualTo("Total planned time: 1 h");
    }

    @Test
    void another_facilitator_cannot_open_the_prepare_screen_of_an_event_not_theirs() {
        Caller.Account other = room.anotherFacilitator();
        BrowserlessUIContext theirs = app.newUser(other.username(), "FACILITATOR").newWindow();

        theirs.navigate("events/" + event.id() + "/prepare", PrepareView.class);

        assertThat(theirs.getCurrentView().getElement().getTextRecursively()).contains("Not available");
        assertThat(theirs.find(TabSheet.class).exists()).isFalse();
    }

    private void open() {
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);
    }

    private void goAwayAndBack() {
        ui.navigate("", EventsView.class);
        open();
    }

    private void tab(String label) {
        ui.test(ui.find(TabSheet.class).single()).select(label);
    }

    private void click(String text) {
        ui.test(ui.find(Button.class).withText(text).single()).click();
    }

    private <T extends Component> T field(Class<T> type, String label) {
        return ui.find(type).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private Select<Object> select(String label) {
        return ui.find(Select.class).withLabel(label).single();
    }

    private String saved() {
        return ui.find(Paragraph.class).withClassName("rt-saved").all().stream().map(Paragraph::getText)
                .filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    private String error() {
        return ui.find(Paragraph.class).withClassName("rt-error").all().stream().map(Paragraph::getText)
                .filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    /** The visible warning above the key themes, or nothing. */
    private String warning() {
        return ui.find(Paragraph.class).withClassName("rt-warning").all().stream().map(Paragraph::getText)
                .findFirst().orElse("");
    }

    private String total() {
        return ui.find(Paragraph.class).withClassName("rt-agenda-total").single().getText();
    }
}
