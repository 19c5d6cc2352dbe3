package org.roundtable.record;

/** An exported file, ready to download. */
public record RecordExportFile(String fileName, String mediaType, byte[] bytes) {
}
