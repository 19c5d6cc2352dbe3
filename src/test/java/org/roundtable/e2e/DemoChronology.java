package org.roundtable.e2e;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads the fictional demo chronology the app loads, so the test needs no copy of its text. */
final class DemoChronology {

    static final String FILE = "demo/child-j-chronology.csv";
    static final String PSEUDONYM = "Child J (fictional demo)";

    private DemoChronology() {
    }

    /** The first agency comment (analysis meant for facilitators only) in the chronology. */
    static String firstAgencyComment() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(),
                StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String comment = row.get("comments").strip();
                if (!comment.isEmpty()) {
                    return comment;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + FILE, e);
        }
        throw new IllegalStateException(FILE + " has no agency comment");
    }
}
