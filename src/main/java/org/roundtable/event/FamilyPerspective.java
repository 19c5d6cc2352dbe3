package org.roundtable.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The family's perspective, woven into the day: the messages family members gave, or a note that
 * the family declined to take part, with the reason.
 */
public record FamilyPerspective(List<FamilyMessage> messages, boolean declined, @Nullable String declinedReason) {

    public static final FamilyPerspective NOT_GATHERED = new FamilyPerspective(List.of(), false, null);

    public FamilyPerspective {
        messages = List.copyOf(messages);
    }

    public static FamilyPerspective messages(List<FamilyMessage> messages) {
        return new FamilyPerspective(messages, false, null);
    }

    public static FamilyPerspective declined(String reason) {
        return new FamilyPerspective(List.of(), true, reason);
    }
}
