package org.roundtable.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BarChartSvgTest {

    @Test
    void each_bar_shows_its_label_count_and_share_of_the_responses() {
        String svg = BarChartSvg.render("Met?", List.of(new BarChartSvg.Bar("Yes", 3), new BarChartSvg.Bar("No", 1)),
                4);

        assertThat(svg).startsWith("<svg").contains(">Yes<", ">3 (75%)<", ">No<", ">1 (25%)<");
        assertThat(svg).contains("width=\"165.0\"", "width=\"55.0\"");
    }

    @Test
    void markup_in_a_label_is_escaped_and_the_chart_stays_well_formed_xml() throws Exception {
        String svg = BarChartSvg.render("<b>\"Title\"</b>",
                List.of(new BarChartSvg.Bar("<script>x</script> & y", 1)), 1);

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&amp;");
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void with_no_responses_every_bar_is_empty_at_zero_percent() {
        String svg = BarChartSvg.render("Rating", List.of(new BarChartSvg.Bar("1", 0), new BarChartSvg.Bar("2", 0)), 0);

        assertThat(svg).contains(">0 (0%)<", BarChartSvg.NO_RESPONSES).doesNotContain("NaN", "Infinity");
        assertThat(svg).contains("class=\"rt-eval-chart-bar\"").contains("width=\"0.0\"");
    }

    @Test
    void a_long_label_is_shortened_and_a_control_character_dropped() {
        String svg = BarChartSvg.render("T", List.of(new BarChartSvg.Bar("A\u0001" + "b".repeat(40), 1)), 1);

        assertThat(svg).contains("…").doesNotContain("\u0001");
    }
}
