package org.roundtable.event;

import java.time.Instant;
import java.util.Arrays;

import org.roundtable.shared.InvalidInput;

/**
 * The family's genogram (relationship diagram), an image the facilitators may show in the room.
 * It is never included in any export or in the published report (Wales §5.10, LCSPR §7.2): no
 * export may read it, and {@link EventTemplate}s never carry it.
 *
 * @param mediaType        {@code image/png} or {@code image/jpeg}, as the file's first bytes say
 * @param showOnProjector  whether the facilitator chose to show it on the room's screen
 */
public record Genogram(String fileName, String mediaType, byte[] image, boolean showOnProjector, Instant uploadedAt) {

    /** The largest image we take. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public Genogram {
        image = image.clone();
    }

    /** A copy of the image's bytes. */
    @Override
    public byte[] image() {
        return image.clone();
    }

    public int size() {
        return image.length;
    }

    Genogram shownOnProjector(boolean show) {
        return new Genogram(fileName, mediaType, image, show, uploadedAt);
    }

    /**
     * The media type of an uploaded genogram, read from its first bytes (the name's extension and
     * the browser's claim are not trusted); refuses anything that is not a PNG or JPEG image of
     * at most {@link #MAX_BYTES}.
     */
    public static String mediaTypeOf(byte[] bytes) {
        if (bytes.length == 0) {
            throw InvalidInput.because("event.refused.genogram-empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInput.because("event.refused.genogram-too-big", megabytes(bytes.length), megabytes(MAX_BYTES));
        }
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(bytes, JPEG_SIGNATURE)) {
            return JPEG;
        }
        throw InvalidInput.because("event.refused.genogram-not-an-image");
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        return bytes.length >= signature.length
                && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.UK, "%.1f", bytes / (1024.0 * 1024.0));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Genogram that && fileName.equals(that.fileName) && mediaType.equals(that.mediaType)
                && Arrays.equals(image, that.image) && showOnProjector == that.showOnProjector
                && uploadedAt.equals(that.uploadedAt);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(image);
    }

    @Override
    public String toString() {
        return "Genogram[" + fileName + ", " + mediaType + ", " + image.length + " bytes, shown on projector: "
                + showOnProjector + "]";
    }
}
