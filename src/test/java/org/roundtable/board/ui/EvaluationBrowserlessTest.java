package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.evaluation.EvaluationQuestion;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.evaluation.FormStatus;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The evaluation form on tablets and its results on the console, as the shells will hold them,
 * without a browser. The shells' live follow is stood in for by calling {@code refresh()}.
 */
@SpringBootTest
@ActiveProfiles("test")
class EvaluationBrowserlessTest {

    private static final String OBJECTIVES = "Did the event meet its objectives? *";
    private static final String RATING = "How would you rate the event overall? *";
    private static final String MOST_HELPFUL = "What did you find most helpful?";

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    Evaluations evaluations;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void openTheRoom() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        owner = room.facilitator();
        event = room.newEvent(owner, "Child V");
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    private BrowserlessUIContext screen(Component... parts) {
        BrowserlessUIContext screen = app.newUser().newWindow();
        screen.getUI().add(parts);
        return screen;
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radios(BrowserlessUIContext screen, String label) {
        return screen.find(RadioButtonGroup.class).withLabel(label).single();
    }

    @Test
    void three_participants_fill_in_and_send_and_the_console_shows_three_of_three() {
        EvaluationResultsPanel results = new EvaluationResultsPanel(evaluations, owner, event);
        BrowserlessUIContext console = screen(results);
        List<Caller.Participant> people = List.of(room.join(event, owner, "POL"), room.join(event, owner, "HV"),
                room.join(event, owner, "POL"));
        List<EvaluationFormPanel> forms = people.stream()
                .map(person -> new EvaluationFormPanel(evaluations, person, event)).toList();
        List<BrowserlessUIContext> tablets = forms.stream().map(this::screen).toList();
        assertThat(text(forms.getFirst())).contains(Texts.get(Texts.ENGLISH, EvaluationFormPanel.NOT_OPEN));

        console.test(console.find(Button.class).withText("Open the form").single()).click();
        forms.forEach(EvaluationFormPanel::refresh);
        for (int i = 0; i < 3; i++) {
            BrowserlessUIContext tablet = tablets.get(i);
            tablet.test(radios(tablet, OBJECTIVES)).selectItem(i == 2 ? "Partly" : "Yes");
            tablet.test(radios(tablet, RATING)).selectItem("4");
            tablet.test(tablet.find(TextArea.class).withLabel(MOST_HELPFUL).single()).setValue("Point " + (i + 1));
            assertThat(text(forms.get(i))).contains(Texts.get(Texts.ENGLISH, EvaluationFormPanel.SAVED));
            tablet.test(tablet.find(Button.class).withText("Send").single()).click();
            assertThat(text(forms.get(i))).contains(Texts.get(Texts.ENGLISH, EvaluationFormPanel.SENT));
        }

        results.refresh();
        assertThat(text(results)).contains("3 of 3 responses", "Point 1", "Point 2", "Point 3");
        assertThat(console.find(Svg.class).all()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(console.find(Svg.class).all().getFirst().getElement().toString()).contains("2 (67%)",
                "1 (33%)");
    }

    @Test
    void a_tablet_that_lost_its_connection_comes_back_to_its_half_filled_form_and_refresh_keeps_typing() {
        Caller.Participant person = room.join(event, owner, "HV");
        evaluations.open(owner, event.id());
        EvaluationFormPanel before = new EvaluationFormPanel(evaluations, person, event);
        BrowserlessUIContext tablet = screen(before);
        tablet.test(radios(tablet, RATING)).selectItem("5 Excellent");
        TextArea helpful = tablet.find(TextArea.class).withLabel(MOST_HELPFUL).single();
        tablet.test(helpful).setValue("Hearing each agency");
        before.refresh();
        assertThat(helpful.getValue()).isEqualTo("Hearing each agency");

        EvaluationFormPanel after = new EvaluationFormPanel(evaluations, person, event);
        BrowserlessUIContext again = screen(after);

        assertThat(radios(again, RATING).getValue()).isEqualTo("5");
        assertThat(again.find(TextArea.class).withLabel(MOST_HELPFUL).single().getValue())
                .isEqualTo("Hearing each agency");
    }

    @Test
    void sending_without_a_required_answer_says_which_and_keeps_the_answers() {
        Caller.Participant person = room.join(event, owner, "POL");
        evaluations.open(owner, event.id());
        EvaluationFormPanel form = new EvaluationFormPanel(evaluations, person, event);
        BrowserlessUIContext tablet = screen(form);
        tablet.test(tablet.find(TextArea.class).withLabel(MOST_HELPFUL).single()).setValue("The timeline");

        tablet.test(tablet.find(Button.class).withText("Send").single()).click();

        assertThat(text(form)).contains("Please answer \"Did the event meet its objectives?\"");
        assertThat(tablet.find(TextArea.class).withLabel(MOST_HELPFUL).single().getValue()).isEqualTo("The timeline");
    }

    @Test
    void when_the_facilitator_closes_the_form_the_tablet_thanks_the_person_and_takes_no_more_answers() {
        Caller.Participant person = room.join(event, owner, "POL");
        evaluations.open(owner, event.id());
        EvaluationFormPanel form = new EvaluationFormPanel(evaluations, person, event);
        BrowserlessUIContext tablet = screen(form);
        EvaluationResultsPanel results = new EvaluationResultsPanel(evaluations, owner, event);
        BrowserlessUIContext console = screen(results);

        console.test(console.find(Button.class).withText("Close the form").single()).click();
        form.refresh();

        assertThat(text(form)).contains(Texts.get(Texts.ENGLISH, EvaluationFormPanel.CLOSED));
        assertThat(tablet.find(Button.class).withText("Send").exists()).isFalse();
        assertThat(radios(tablet, RATING).isReadOnly()).isTrue();
    }

    @Test
    void the_facilitator_adds_a_question_and_asks_for_name_and_job_title_before_opening() {
        EvaluationResultsPanel results = new EvaluationResultsPanel(evaluations, owner, event);
        BrowserlessUIContext console = screen(results);

        console.test(console.find(Checkbox.class)
                .withCondition(box -> box.getLabel().startsWith("Ask for name and job title"))
                .single()).click();
        console.test(console.find(Button.class).withText("Add question").single()).click();
        List<TextField> questions = console.find(TextField.class).withLabel("Question").all();
        console.test(questions.getLast()).setValue("What one thing will you change on Monday?");
        console.test(console.find(Button.class).withText("Save questions").single()).click();

        var form = evaluations.formFor(owner, event.id());
        assertThat(form.asksNameAndRole()).isTrue();
        assertThat(form.questions()).hasSize(7);
        assertThat(form.questions().getLast().text()).isEqualTo("What one thing will you change on Monday?");
        assertThat(form.status()).isEqualTo(FormStatus.NOT_OPEN);

        Caller.Participant person = room.join(event, owner, "POL");
        console.test(console.find(Button.class).withText("Open the form").single()).click();
        EvaluationFormPanel tabletForm = new EvaluationFormPanel(evaluations, person, event);
        BrowserlessUIContext tablet = screen(tabletForm);
        assertThat(tablet.find(TextArea.class).withLabel("Your name").exists()).isTrue();
        assertThat(tablet.find(TextArea.class).withLabel("What one thing will you change on Monday?").exists())
                .isTrue();
        assertThat(console.find(Button.class).withText("Save questions").exists()).isFalse();
    }

    @Test
    void a_question_refused_by_its_rules_keeps_the_editor_as_typed_with_the_reason() {
        EvaluationResultsPanel results = new EvaluationResultsPanel(evaluations, owner, event);
        BrowserlessUIContext console = screen(results);
        TextField first = console.find(TextField.class).withLabel("Question").all().getFirst();
        String tooLong = "q".repeat(EvaluationQuestion.MAX_TEXT + 1);
        first.setValue(tooLong);

        console.test(console.find(Button.class).withText("Save questions").single()).click();

        assertThat(text(results)).contains("Question 1:", "300");
        assertThat(first.getValue()).isEqualTo(tooLong);
        assertThat(evaluations.formFor(owner, event.id()).questions().getFirst().text())
                .isEqualTo("Did the event meet its objectives?");
    }
}
