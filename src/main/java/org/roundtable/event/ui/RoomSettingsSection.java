package org.roundtable.event.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import org.roundtable.access.Caller;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.RoomSettings;

/**
 * How the room shows who contributed what: each setting explained in one plain sentence. Whatever
 * is chosen, no name is shown next to a contribution on a participant's screen or the projector.
 */
final class RoomSettingsSection extends SetupSection {

    private final Contributors contributors;
    private final Checkbox anonymous = new Checkbox(getTranslation("event.room-settings.anonymous"));
    private final Checkbox facilitatorsSeeNames =
            new Checkbox(getTranslation("event.room-settings.facilitators-see-names"));
    private final Checkbox namesInRoomList = new Checkbox(getTranslation("event.room-settings.names-in-room-list"));

    RoomSettingsSection(EventPreparation preparation, Contributors contributors, Caller caller, String eventId) {
        super("event.room-settings.heading", preparation, caller, eventId);
        this.contributors = contributors;
        anonymous.setHelperText(getTranslation("event.room-settings.anonymous-help"));
        facilitatorsSeeNames.setHelperText(getTranslation("event.room-settings.facilitators-see-names-help"));
        namesInRoomList.setHelperText(getTranslation("event.room-settings.names-in-room-list-help"));
        add(new Paragraph(getTranslation("event.room-settings.intro")),
                anonymous, facilitatorsSeeNames, namesInRoomList);
        addFooter("event.room-settings.save", () -> contributors.changeSettings(caller, eventId,
                new RoomSettings(anonymous.getValue(), facilitatorsSeeNames.getValue(), namesInRoomList.getValue())));
        load();
    }

    @Override
    void load() {
        RoomSettings settings = contributors.settingsFor(caller, eventId);
        anonymous.setValue(settings.anonymousContributions());
        facilitatorsSeeNames.setValue(settings.facilitatorsSeeNames());
        namesInRoomList.setValue(settings.namesInRoomList());
    }
}
