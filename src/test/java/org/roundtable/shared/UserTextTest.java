package org.roundtable.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserTextTest {

    private static final int LIMIT = 2_000;

    @Test
    void control_characters_are_stripped_but_line_breaks_and_tabs_are_kept() {
        String typed = "Visit\u0000 by\u0007 health\u001B visitor\nfollowed up\tby\u007F phone";

        assertThat(UserText.required(typed, "The note", LIMIT))
                .isEqualTo("Visit by health visitor\nfollowed up\tby phone");
    }

    @Test
    void windows_line_breaks_become_plain_line_breaks() {
        assertThat(UserText.required("first line\r\nsecond line", "The note", LIMIT))
                .isEqualTo("first line\nsecond line");
    }

    @Test
    void bidi_override_characters_are_removed_so_text_cannot_be_shown_reversed() {
        String typed = "\u202Eeciffo\u202C \u2066school\u2069 \u202Anurse\u202B\u202D\u2067\u2068\u200F\u200E";

        assertThat(UserText.required(typed, "The note", LIMIT)).isEqualTo("eciffo school nurse");
    }

    @Test
    void emoji_are_kept_including_joined_sequences_skin_tones_and_flags() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man ZWJ woman ZWJ girl
        String thumbsUpMediumSkin = "\uD83D\uDC4D\uD83C\uDFFD";
        String heart = "\u2764\uFE0F";
        String ukFlag = "\uD83C\uDDEC\uD83C\uDDE7";
        String typed = "Family " + family + " agreed " + thumbsUpMediumSkin + heart + ukFlag;

        assertThat(UserText.required(typed, "The note", LIMIT)).isEqualTo(typed);
    }

    @Test
    void emoji_built_from_tag_characters_such_as_the_flag_of_wales_are_kept_whole() {
        String wales = new String(Character.toChars(0x1F3F4)) // black flag, then tags "gbwls" and cancel tag
                + codePoints(0xE0067, 0xE0062, 0xE0077, 0xE006C, 0xE0073, 0xE007F);
        String keycapOne = "1\uFE0F\u20E3";
        String typed = "Welsh agency " + wales + " item " + keycapOne;

        assertThat(UserText.required(typed, "The note", LIMIT)).isEqualTo(typed);
    }

    @Test
    void tag_characters_outside_a_flag_are_removed_as_invisible_text() {
        String hidden = codePoints(0xE0069, 0xE0067, 0xE006E, 0xE006F, 0xE0072, 0xE0065); // "ignore" in tags

        assertThat(UserText.required("Agreed" + hidden + " actions", "The note", LIMIT)).isEqualTo("Agreed actions");
    }

    @Test
    void surrounding_white_space_is_trimmed() {
        assertThat(UserText.required("  \n\t Strategy meeting \n ", "The note", LIMIT)).isEqualTo("Strategy meeting");
    }

    @Test
    void empty_text_is_refused_with_a_message_naming_what_was_empty() {
        assertThatThrownBy(() -> UserText.required("", "The note", LIMIT))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("The note")
                .hasMessageContaining("empty");
    }

    @Test
    void text_of_only_white_space_and_control_characters_counts_as_empty() {
        assertThatThrownBy(() -> UserText.required(" \u0000\n\t\u202E ", "The note", LIMIT))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> UserText.required(null, "The note", LIMIT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void optional_text_left_blank_is_absent() {
        assertThat(UserText.optional("   ", "The venue", 200)).isNull();
        assertThat(UserText.optional(null, "The venue", 200)).isNull();
        assertThat(UserText.optional(" Town hall ", "The venue", 200)).isEqualTo("Town hall");
    }

    @Test
    void text_one_character_over_the_limit_is_refused_with_a_message_giving_the_limit() {
        String tooLong = "a".repeat(LIMIT + 1);

        assertThatThrownBy(() -> UserText.required(tooLong, "The note", LIMIT))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("The note")
                .hasMessageContaining("2000");
        assertThatThrownBy(() -> UserText.optional(tooLong, "The note", LIMIT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void text_exactly_at_the_limit_is_accepted() {
        String atLimit = "a".repeat(LIMIT);

        assertThat(UserText.required(atLimit, "The note", LIMIT)).hasSize(LIMIT);
    }

    @Test
    void the_limit_counts_characters_as_people_see_them_not_utf16_units() {
        String smile = "\uD83D\uDE00"; // one code point, two UTF-16 units
        String atLimit = smile.repeat(LIMIT);

        assertThat(atLimit.length()).isEqualTo(2 * LIMIT);
        assertThat(UserText.required(atLimit, "The note", LIMIT)).isEqualTo(atLimit);
        assertThatThrownBy(() -> UserText.required(atLimit + smile, "The note", LIMIT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_limit_applies_to_the_cleaned_text() {
        String padded = "  " + "a".repeat(LIMIT) + "\u0000\u0000  ";

        assertThat(UserText.required(padded, "The note", LIMIT)).isEqualTo("a".repeat(LIMIT));
    }

    private static String codePoints(int... codePoints) {
        return new String(codePoints, 0, codePoints.length);
    }
}
