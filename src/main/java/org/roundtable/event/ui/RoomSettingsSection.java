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
    private final Checkbox anonymous = new Checkbox("Anonymous contributions");
    private final Checkbox facilitatorsSeeNames = new Checkbox("Facilitators see names");
    private final Checkbox namesInRoomList = new Checkbox("Names in the room list");

    RoomSettingsSection(EventPreparation preparation, Contributors contributors, Caller caller, String eventId) {
        super("The room", preparation, caller, eventId);
        this.contributors = contributors;
        anonymous.setHelperText("Participants and the projector see \"Anonymous\" instead of the author's agency; "
                + "you still see the agency.");
        facilitatorsSeeNames.setHelperText("You see the name a participant gave, next to their contributions and "
                + "in the room list; no one else does.");
        namesInRoomList.setHelperText("The room list for introductions shows the names people gave, "
                + "on every screen.");
        add(new Paragraph("Contributions show the author's agency, never a name, on participants' screens and the "
                + "projector. These settings apply at once, on every screen."),
                anonymous, facilitatorsSeeNames, namesInRoomList);
        addFooter("Save room settings", () -> contributors.changeSettings(caller, eventId,
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
