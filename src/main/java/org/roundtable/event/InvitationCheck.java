package org.roundtable.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The room list checked against the invitation list, for the facilitators' introductions: who
 * invited appears to be here, who is not (yet), and who came without being on the list. People
 * type their role as they like, so a match is a good guess, not a certainty: the same agency, and
 * the same role (or the same name, where the facilitator may see names), else a role that
 * loosely matches ("Social worker" and "Senior social worker").
 *
 * @param here       invitees matched to someone in the room, in the order of the invitation list
 * @param notYetHere invitees no one in the room matches
 * @param notInvited people in the room no invitee matches, in the order they joined
 */
public record InvitationCheck(List<Arrived> here, List<Invitee> notYetHere, List<RoomMember> notInvited) {

    /** Words too common in job titles to say two roles are the same. */
    private static final Set<String> COMMON_WORDS = Set.of("and", "the", "for", "with", "senior", "lead", "team",
            "officer", "worker", "manager", "practitioner", "assistant", "deputy", "head");

    /** An invitee and the person in the room who appears to be them. */
    public record Arrived(Invitee invitee, RoomMember member) {
    }

    public InvitationCheck {
        here = List.copyOf(here);
        notYetHere = List.copyOf(notYetHere);
        notInvited = List.copyOf(notInvited);
    }

    /** Matches {@code room} (names only where the viewer may see them) against {@code invited}. */
    public static InvitationCheck of(List<Invitee> invited, List<RoomMember> room) {
        @Nullable RoomMember[] matched = new RoomMember[invited.size()];
        List<RoomMember> unmatched = new ArrayList<>(room);
        match(invited, unmatched, matched, InvitationCheck::closely);
        match(invited, unmatched, matched, InvitationCheck::loosely);
        List<Arrived> here = new ArrayList<>();
        List<Invitee> notYetHere = new ArrayList<>();
        for (int i = 0; i < invited.size(); i++) {
            RoomMember member = matched[i];
            if (member == null) {
                notYetHere.add(invited.get(i));
            } else {
                here.add(new Arrived(invited.get(i), member));
            }
        }
        return new InvitationCheck(here, notYetHere, unmatched);
    }

    private static void match(List<Invitee> invited, List<RoomMember> unmatched, @Nullable RoomMember[] matched,
            BiPredicate<Invitee, RoomMember> alike) {
        for (int i = 0; i < invited.size(); i++) {
            if (matched[i] != null) {
                continue;
            }
            Invitee invitee = invited.get(i);
            for (RoomMember member : unmatched) {
                if (invitee.agencyCode().equals(member.agencyCode()) && alike.test(invitee, member)) {
                    matched[i] = member;
                    unmatched.remove(member);
                    break;
                }
            }
        }
    }

    private static boolean closely(Invitee invitee, RoomMember member) {
        boolean sameName = invitee.name() != null && member.name() != null
                && normalised(invitee.name()).equals(normalised(member.name()));
        return sameName || normalised(invitee.role()).equals(normalised(member.role()));
    }

    /** One role contains the other, or they share a telling word ("visitor", "midwife"). */
    static boolean loosely(Invitee invitee, RoomMember member) {
        String invited = normalised(invitee.role());
        String given = normalised(member.role());
        if (invited.isEmpty() || given.isEmpty()) {
            return false;
        }
        if ((" " + invited + " ").contains(" " + given + " ") || (" " + given + " ").contains(" " + invited + " ")) {
            return true;
        }
        Set<String> words = tellingWords(invited);
        return tellingWords(given).stream().anyMatch(words::contains);
    }

    private static Set<String> tellingWords(String role) {
        return Arrays.stream(role.split(" "))
                .filter(word -> word.length() >= 4 && !COMMON_WORDS.contains(word))
                .collect(Collectors.toSet());
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
