package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JoinCodeTest {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void a_new_code_is_eight_characters_of_crockford_base32() {
        for (int i = 0; i < 1_000; i++) {
            String code = JoinCode.generate();

            assertThat(code).hasSize(8);
            assertThat(code.chars()).allMatch(c -> CROCKFORD.indexOf(c) >= 0);
            assertThat(code).doesNotContain("I", "L", "O", "U");
            assertThat(JoinCode.wellFormed(code)).isTrue();
        }
    }

    @Test
    void new_codes_do_not_repeat() {
        int count = 300_000;
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            codes.add(JoinCode.generate());
        }

        // With 40 random bits about 0.04 repeats are expected among 300,000 codes, three or more
        // almost never; with 32 bits about ten would be.
        assertThat(count - codes.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void every_position_of_new_codes_uses_the_whole_alphabet() {
        // A code with fewer than 40 random bits would leave some position short of its 32 symbols
        // (the first one, for instance, if the bits ran out).
        Set<Character>[] seen = newSets(8);
        for (int i = 0; i < 5_000; i++) {
            String code = JoinCode.generate();
            for (int p = 0; p < 8; p++) {
                seen[p].add(code.charAt(p));
            }
        }

        for (Set<Character> position : seen) {
            assertThat(position).hasSize(32);
        }
    }

    @Test
    void typed_codes_are_read_forgivingly() {
        assertThat(JoinCode.normalise("7kq2-xm9d")).isEqualTo("7KQ2XM9D");
        assertThat(JoinCode.normalise(" 7KQ2 XM9D ")).isEqualTo("7KQ2XM9D");
        assertThat(JoinCode.normalise("7kq2\txm9d")).isEqualTo("7KQ2XM9D");
        assertThat(JoinCode.normalise("o0Oo-iIlL")).isEqualTo("00001111");
    }

    @Test
    void a_code_read_off_the_projector_with_look_alike_letters_finds_the_event() {
        String code = "10AB0CD1";

        assertThat(JoinCode.normalise("lOab-ocdI")).isEqualTo(code);
        assertThat(JoinCode.wellFormed(JoinCode.normalise("lOab-ocdI"))).isTrue();
    }

    @Test
    void codes_of_the_wrong_length_or_with_letters_outside_the_alphabet_are_not_well_formed() {
        assertThat(JoinCode.wellFormed("7KQ2XM9")).isFalse();
        assertThat(JoinCode.wellFormed("7KQ2XM9DD")).isFalse();
        assertThat(JoinCode.wellFormed("")).isFalse();
        assertThat(JoinCode.wellFormed(JoinCode.normalise("7KQ2-XM9U"))).isFalse();
        assertThat(JoinCode.wellFormed(JoinCode.normalise("7KQ2-XM9!"))).isFalse();
        assertThat(JoinCode.wellFormed("7kq2xm9d")).as("canonical codes are upper case").isFalse();
    }

    @Test
    void a_code_is_shown_as_two_groups_of_four() {
        assertThat(JoinCode.display("7KQ2XM9D")).isEqualTo("7KQ2-XM9D");
    }

    @Test
    void a_displayed_code_typed_back_in_is_the_same_code() {
        for (int i = 0; i < 100; i++) {
            String code = JoinCode.generate();

            assertThat(JoinCode.display(code)).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(JoinCode.normalise(JoinCode.display(code))).isEqualTo(code);
            assertThat(JoinCode.normalise(JoinCode.display(code).toLowerCase())).isEqualTo(code);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Character>[] newSets(int n) {
        Set<Character>[] sets = new Set[n];
        for (int i = 0; i < n; i++) {
            sets[i] = new HashSet<>();
        }
        return sets;
    }
}
