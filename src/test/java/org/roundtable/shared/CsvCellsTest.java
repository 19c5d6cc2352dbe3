package org.roundtable.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "''{0}'' is written as ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            =SUM(A1:A9)|'=SUM(A1:A9)
            +44 161 000 0000|'+44 161 000 0000
            -2+3|'-2+3
            @SUM(A1)|'@SUM(A1)
            =HYPERLINK("http://x","click")|'=HYPERLINK("http://x","click")
            Home visit|Home visit
            ' quoted already|' quoted already
            a = b|a = b
            3 - 2|3 - 2
            """)
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_made_text(String cell, String written) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(written);
    }

    @Test
    void a_cell_starting_with_a_tab_or_carriage_return_is_made_text_and_an_empty_one_stays_empty() {
        assertThat(CsvCells.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }
}
