package org.roundtable.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.CoFacilitator;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The owner shares the event on the Prepare screen: co-facilitators with rights, and a note-taker link. */
@SpringBootTest
@ActiveProfiles("test")
class CoFacilitatorsSectionBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;

    SecuredBrowserlessApplicationContext<Authentication> app;
    LearningEvent event;

    @BeforeEach
    void anEvent() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        event = room.newEvent(room.facilitator(), "Child " + UUID.randomUUID().toString().substring(0, 6));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_owner_adds_a_co_facilitator_with_rights_on_the_prepare_screen() {
        Caller.Account colleague = room.anotherFacilitator();
        BrowserlessUIContext owner = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        owner.navigate("events/" + event.id() + "/prepare", PrepareView.class);
        owner.test(owner.find(TabSheet.class).single()).select("Co-facilitators");

        owner.test(owner.find(TextField.class).withLabel("Facilitator's user name").single())
                .setValue(colleague.username());
        @SuppressWarnings("unchecked")
        CheckboxGroup<EventRight> rights = owner.find(CheckboxGroup.class).withLabel("Rights").single();
        rights.setValue(Set.of(EventRight.MODERATE));
        owner.test(owner.find(Button.class).withText("Add or change the rights").single()).click();

        assertThat(events.coFacilitatorsOf(room.facilitator(), event.id()))
                .containsExactly(new CoFacilitator(colleague.username(), Set.of(EventRight.MODERATE)));
        assertThat(owner.find(Button.class).withAriaLabel("Remove " + colleague.username()).exists()).isTrue();
    }

    @Test
    void the_note_taker_link_is_shown_once_when_created_and_can_be_revoked() {
        BrowserlessUIContext owner = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        owner.navigate("events/" + event.id() + "/prepare", PrepareView.class);
        owner.test(owner.find(TabSheet.class).single()).select("Note-taker");

        owner.test(owner.find(Button.class).withText("Create a note-taker link").single()).click();
        String link = owner.find(TextField.class).withLabel("The note-taker link").single().getValue();

        assertThat(link).containsPattern("/notes/[0-9a-f]{32}$");
        assertThat(events.noteTakerForLink(link.substring(link.lastIndexOf('/') + 1))).isPresent();
        owner.test(owner.find(Button.class).withText("Revoke the link").single()).click();
        assertThat(events.noteTakerForLink(link.substring(link.lastIndexOf('/') + 1))).isEmpty();
        assertThat(owner.find(TextField.class).withLabel("The note-taker link").exists()).isFalse();
    }

    @Test
    void a_panel_member_gets_no_prepare_tabs_and_a_co_facilitator_only_those_of_their_rights() {
        Caller.Account colleague = room.anotherFacilitator();
        events.grantCoFacilitator(room.facilitator(), event.id(), colleague.username(), Set.of(EventRight.RUN_ROOM));
        BrowserlessUIContext helper = app.newUser(colleague.username(), "FACILITATOR").newWindow();

        helper.navigate("events/" + event.id() + "/prepare", PrepareView.class);

        assertThat(helper.find(Tab.class).all()).extracting(Tab::getLabel).containsExactly("Room");
    }
}
